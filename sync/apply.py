"""Applying /sync answers to the replica: spaces, directories, groups and their content.

One answer is applied in one transaction together with its ``since`` token, so that a
crash never keeps events without the token that brought them, nor the token without its
events. Spaces come first, then directories, then groups: each needs the one before. A
room the user left is forgotten: its local copy goes, as access to it has.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from client import ingest, rooms, syncstate
from client.changes import Changes
from client.store import Replica, Transaction
from sync import api, mapping


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
        room_id: mapping.map_room(room_id, room.state, room.timeline.events)
        for room_id, room in response.joined.items()
    }
    for room_id, room in response.joined.items():
        batches[room_id].read = mapping.read_state(room, user_id)
    with replica.begin() as tx:
        changes = _apply_batches(tx, batches, user_id, initial=initial)
        for room_id, room in response.joined.items():
            if room.timeline.limited and room.timeline.prev_batch:
                syncstate.keep_backfill_token(tx, room_id, room.timeline.prev_batch)
                # A comment whose post is older than the timeline waits for the
                # backfill that brings the post.
                waiting = [*syncstate.orphans(tx, room_id), *batches[room_id].messages]
                syncstate.keep_orphans(tx, room_id, waiting)
        for room_id in response.left:
            changes = changes | forget_room(tx, room_id)
        syncstate.record_sync(tx, response.next_batch, clock())
    return changes


def _apply_batches(
    tx: Transaction, batches: Mapping[str, mapping.RoomBatch], user_id: str, *, initial: bool
) -> Changes:
    changes = Changes()
    known_orgs = rooms.organisation_ids(tx)
    directories = rooms.directory_rooms(tx)
    # Spaces first, then directories, then groups: each needs the one before.
    for batch in batches.values():
        if batch.is_space or batch.room_id in known_orgs:
            changes = changes | _apply_space(tx, batch, batch.room_id in known_orgs)
            known_orgs.add(batch.room_id)
    for batch in batches.values():
        org = batch.directory_of or directories.get(batch.room_id)
        if batch.is_directory or batch.room_id in directories:
            changes = changes | _apply_directory(tx, batch, org, known_orgs)
    for batch in batches.values():
        if batch.room_id in known_orgs or batch.is_directory or batch.room_id in directories:
            continue
        changes = changes | _apply_group(tx, batch, user_id, initial=initial)
    return changes


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
    tx: Transaction, batch: mapping.RoomBatch, user_id: str, *, initial: bool
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
    if batch.members:
        changes = changes | ingest.set_members(
            tx,
            batch.room_id,
            [(m.user_id, m.membership, m.display_name) for m in batch.members],
        )
    changes = changes | apply_content(tx, batch)
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


def apply_content(tx: Transaction, batch: mapping.RoomBatch) -> Changes:
    """A group's messages, edits, reactions, redactions, answers and documents."""
    changes = ingest.ingest_messages(tx, batch.messages)
    if batch.edits:
        changes = changes | ingest.apply_edits(
            tx,
            [(e.target_event_id, e.sender, e.body, e.body_html, e.edited_at) for e in batch.edits],
        )
    if batch.reactions:
        changes = changes | ingest.ingest_reactions(
            tx,
            [
                (r.event_id, r.target_event_id, r.author, r.key, r.created_at, r.txn_id)
                for r in batch.reactions
            ],
        )
    if batch.redactions:
        changes = changes | ingest.apply_redactions(tx, batch.redactions)
    if batch.answers:
        changes = changes | ingest.apply_answers(
            tx, [(a.question_event_id, a.answer_event_id, a.sender) for a in batch.answers]
        )
    if batch.documents:
        changes = changes | ingest.upsert_documents(tx, batch.documents)
    return changes


def forget_room(tx: Transaction, room_id: str) -> Changes:
    """Access taken away: remove the local copy of what is no longer allowed."""
    syncstate.drop_orphans(tx, room_id)
    return rooms.forget_room(tx, room_id)
