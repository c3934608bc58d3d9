"""Applying /sync answers to the replica: spaces, directories, groups and their content.

One answer is applied in one transaction together with its ``since`` token, so that a
crash never keeps events without the token that brought them, nor the token without its
events. Spaces come first, then directories, then groups: each needs the one before. A
room the user left is forgotten: its local copy goes, as access to it has.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime

from client import ingest, membership, quarantine, rooms, syncstate
from client.changes import Changes
from client.store import Replica, Transaction
from sync import api, mapping, pushrules
from sync import membership as memberships
from sync.content import apply_content
from sync.poison import isolated, quarantine_event, record_unusable

log = logging.getLogger(__name__)

_SPACE, _DIRECTORY, _GROUP = "space", "directory", "group"


def apply_sync(
    replica: Replica,
    response: api.SyncResponse,
    *,
    user_id: str,
    clock: Callable[[], datetime],
    initial: bool = False,
) -> Changes:
    """Apply one /sync answer; ``initial`` for the first (its messages are not news)."""
    batches = {
        room_id: mapping.map_room(
            room_id,
            room.state,
            room.timeline.events,
            gap_token=room.timeline.prev_batch if room.timeline.limited else None,
        )
        for room_id, room in response.joined.items()
    }
    for room_id, room in response.joined.items():
        batches[room_id].read = mapping.read_state(room, user_id)
    at = clock()
    with replica.begin() as tx:
        for room_id, room in response.joined.items():
            record_unusable(tx, batches[room_id], room.rejected, at)
        plan = _plan(tx, batches)
        holding = syncstate.groups_holding(tx)
        every = {batch.room_id for _, batch in plan}
        # Each room with no event (what the room is), then each of its events.
        items = [(kind, batch, event) for kind, batch in plan for event in (None, *batch.events)]
        changes = isolated(
            tx,
            items,
            lambda: _apply_plan(tx, plan, user_id, at, holding, initial=initial),
            # One by one, an event can be held and its target come later in the answer.
            lambda item: _apply_room(
                tx, item[0], item[1].single(item[2]), user_id, at, every, initial=initial
            ),
            lambda item, exc: _poisoned(tx, item[1], item[2], exc, at),
        )
        changes = changes | memberships.apply_invitations(tx, response, user_id, at)
        for room_id in response.left:
            changes = changes | forget_room(tx, room_id)
        changes = changes | pushrules.apply(tx, response.account_data)
        syncstate.record_sync(tx, response.next_batch, at)
    return changes


def _poisoned(
    tx: Transaction,
    batch: mapping.RoomBatch,
    event: api.Event | None,
    exc: BaseException,
    at: datetime,
) -> None:
    if event is None:
        # The room itself (with nothing of its events) failed: its events fail one by one.
        log.warning("room %s could not be applied: %s", batch.room_id, type(exc).__name__)
        return
    quarantine_event(tx, batch.room_id, event, quarantine.reason_of(exc), at)


def _plan(
    tx: Transaction, batches: Mapping[str, mapping.RoomBatch]
) -> list[tuple[str, mapping.RoomBatch]]:
    """The rooms in the order they are applied: spaces first, then directories, then
    groups, as each needs the one before."""
    known_orgs = rooms.organisation_ids(tx)
    directories = rooms.directory_rooms(tx)
    spaces = [b for b in batches.values() if b.is_space or b.room_id in known_orgs]
    orgs = known_orgs | {b.room_id for b in spaces}
    directory = [b for b in batches.values() if b.is_directory or b.room_id in directories]
    for batch in directory:
        if batch.directory_of is None:
            batch.directory_of = directories.get(batch.room_id)
    groups = [
        b
        for b in batches.values()
        if b.room_id not in orgs and not b.is_directory and b.room_id not in directories
    ]
    return [
        *((_SPACE, b) for b in spaces),
        *((_DIRECTORY, b) for b in directory),
        *((_GROUP, b) for b in groups),
    ]


def _apply_plan(
    tx: Transaction,
    plan: list[tuple[str, mapping.RoomBatch]],
    user_id: str,
    at: datetime,
    holding: set[str],
    *,
    initial: bool,
) -> Changes:
    changes = Changes()
    for kind, batch in plan:
        changes = changes | _apply_room(tx, kind, batch, user_id, at, holding, initial=initial)
    return changes


def _apply_room(
    tx: Transaction,
    kind: str,
    batch: mapping.RoomBatch,
    user_id: str,
    at: datetime,
    holding: set[str],
    *,
    initial: bool,
) -> Changes:
    """One room of the answer; ``holding``: the groups that held events before it."""
    if kind == _SPACE:
        return _apply_space(tx, batch, batch.room_id in rooms.organisation_ids(tx))
    if kind == _DIRECTORY:
        return _apply_directory(tx, batch, batch.directory_of, rooms.organisation_ids(tx))
    return _apply_group(tx, batch, user_id, at, holding=batch.room_id in holding, initial=initial)


def _apply_space(tx: Transaction, batch: mapping.RoomBatch, known: bool) -> Changes:
    if not known or batch.name or batch.organisation_name or batch.topic:
        current = rooms.organisation_text(tx, batch.room_id)
        row = batch.organisation_row()
        if current is not None:
            row = ingest.OrganisationRow(
                row.id,
                batch.organisation_name or batch.name or current[0],
                batch.organisation_description or batch.topic or current[1],
            )
        ingest.upsert_organisations(tx, [row])
    if batch.space_children:
        syncstate.add_space_links(tx, batch.room_id, batch.space_children)
    _link_groups(tx)
    return Changes(organisations=frozenset({batch.room_id}))


def _link_groups(tx: Transaction) -> None:
    """Link groups to organisation spaces once both are in the replica."""
    rooms.link_spaces(tx, syncstate.space_links(tx))


def _apply_directory(
    tx: Transaction, batch: mapping.RoomBatch, org: str | None, known_orgs: set[str]
) -> Changes:
    if org is not None and org in known_orgs:
        rooms.set_directory(tx, org, batch.room_id)
    else:
        org = None
    people = [ingest.PersonEntry(**{**p.__dict__, "organisation_id": org}) for p in batch.people]
    return ingest.upsert_people(tx, people) if people else Changes()


def _apply_group(
    tx: Transaction,
    batch: mapping.RoomBatch,
    user_id: str,
    at: datetime,
    *,
    holding: bool,
    initial: bool,
) -> Changes:
    current = rooms.group_text(tx, batch.room_id)
    changes = Changes(groups=frozenset({batch.room_id}))
    if current is None:
        ingest.upsert_groups(tx, [batch.group_row()])
    elif batch.name or batch.topic or batch.group_description or batch.group_kind:
        rooms.update_group(
            tx,
            batch.room_id,
            batch.name or current[0],
            batch.group_description or batch.topic or current[1],
            batch.group_kind or current[2],
        )
    if batch.space_parents:
        rooms.link_parents(tx, batch.room_id, batch.space_parents)
    if current is None:
        _link_groups(tx)
    if batch.power_levels is not None:
        rooms.set_power_levels(tx, batch.room_id, batch.power_levels.to_json())
    if batch.pinned is not None:
        rooms.set_pinned(tx, batch.room_id, batch.pinned)
    if batch.creators is not None:
        membership.set_creators(tx, batch.room_id, batch.creators)
    if batch.gap_token is not None:
        # A gap in the timeline: what is older comes by backfill, and what relates to it
        # is held until then.
        syncstate.keep_backfill_token(tx, batch.room_id, batch.gap_token)
    if batch.members:
        changes = changes | ingest.set_members(
            tx,
            batch.room_id,
            [(m.user_id, m.membership, m.display_name) for m in batch.members],
        )
    changes = changes | apply_content(tx, batch, at, holding=holding)
    _apply_read_state(tx, batch, user_id, initial=initial)
    return changes


def _apply_read_state(
    tx: Transaction, batch: mapping.RoomBatch, user_id: str, *, initial: bool
) -> None:
    """Unread and mention counts: the server's where it sends them (they follow reads on
    every device); otherwise counted here, and cleared when the user's own receipt or read
    marker from another device reaches the newest message."""
    read = batch.read
    if read.counts is not None and rooms.set_unread(tx, batch.room_id, *read.counts):
        return
    if not initial:
        fresh = [m for m in batch.messages if m.author != user_id and m.txn_id is None]
        mentioned = sum(1 for m in fresh if user_id in m.mentions)
        if fresh:
            rooms.count_unread(tx, batch.room_id, len(fresh), mentioned)
    if read.read_through or rooms.read_through(tx, batch.room_id, user_id, read.read_event_ids):
        rooms.clear_unread(tx, batch.room_id)


def forget_room(tx: Transaction, room_id: str) -> Changes:
    """Access taken away: remove the local copy of what is no longer allowed."""
    return rooms.forget_room(tx, room_id)
