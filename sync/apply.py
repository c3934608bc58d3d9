"""Applying /sync answers to the replica: spaces, directories, groups and their content.

One answer is applied in one transaction together with its ``since`` token, so that a
crash never keeps events without the token that brought them, nor the token without its
events. Spaces come first, then directories, then groups: each needs the one before. A
room the user left is forgotten: its local copy goes, as access to it has.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from client import ingest
from client.changes import Changes
from client.store import Replica
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
    with replica.begin() as conn:
        changes = _apply_batches(conn, batches, user_id, initial=initial)
        for room_id, room in response.joined.items():
            if room.timeline.limited and room.timeline.prev_batch:
                conn.exec_driver_sql(
                    'UPDATE "group" SET backfill_token = coalesce(backfill_token, ?) WHERE id = ?',
                    (room.timeline.prev_batch, room_id),
                )
                # A comment whose post is older than the timeline waits for the
                # backfill that brings the post.
                waiting = [*orphans(conn, room_id), *batches[room_id].messages]
                keep_orphans(conn, room_id, waiting)
        for room_id in response.left:
            changes = changes | forget_room(conn, room_id)
        put_state(conn, "since", response.next_batch)
        put_state(conn, "last_sync", clock().isoformat())
        put_state(conn, "online", "1")
    return changes


def _apply_batches(
    conn: Connection, batches: Mapping[str, mapping.RoomBatch], user_id: str, *, initial: bool
) -> Changes:
    changes = Changes()
    known_orgs = {row[0] for row in conn.exec_driver_sql("SELECT id FROM organisation")}
    directories = {
        row[0]: row[1]
        for row in conn.exec_driver_sql(
            "SELECT directory_room_id, id FROM organisation WHERE directory_room_id IS NOT NULL"
        )
    }
    # Spaces first, then directories, then groups: each needs the one before.
    for batch in batches.values():
        if batch.is_space or batch.room_id in known_orgs:
            changes = changes | _apply_space(conn, batch, batch.room_id in known_orgs)
            known_orgs.add(batch.room_id)
    for batch in batches.values():
        org = batch.directory_of or directories.get(batch.room_id)
        if batch.is_directory or batch.room_id in directories:
            changes = changes | _apply_directory(conn, batch, org, known_orgs)
    for batch in batches.values():
        if batch.room_id in known_orgs or batch.is_directory or batch.room_id in directories:
            continue
        changes = changes | _apply_group(conn, batch, user_id, initial=initial)
    return changes


def _apply_space(conn: Connection, batch: mapping.RoomBatch, known: bool) -> Changes:
    if not known or batch.name or batch.organisation_name or batch.topic:
        current = conn.exec_driver_sql(
            "SELECT name, description FROM organisation WHERE id = ?", (batch.room_id,)
        ).first()
        row = batch.organisation_row()
        if current is not None:
            row = ingest.OrganisationRow(
                row.id,
                batch.organisation_name or batch.name or current[0],
                batch.organisation_description or batch.topic or current[1],
            )
        ingest.upsert_organisations(conn, [row])
    if batch.space_children:
        pending = json.loads(get_state(conn, "space_links") or "[]")
        pending.extend([batch.room_id, child] for child in batch.space_children)
        put_state(conn, "space_links", json.dumps(pending))
    _link_groups(conn)
    return Changes(organisations=frozenset({batch.room_id}))


def _link_groups(conn: Connection) -> None:
    """Link groups to organisation spaces once both are in the replica."""
    pending = json.loads(get_state(conn, "space_links") or "[]")
    if not pending:
        return
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO group_organisation (group_id, organisation_id) "
        'SELECT ?, ? WHERE EXISTS (SELECT 1 FROM "group" WHERE id = ?) '
        "AND EXISTS (SELECT 1 FROM organisation WHERE id = ?)",
        [(child, space, child, space) for space, child in pending],
    )


def _apply_directory(
    conn: Connection, batch: mapping.RoomBatch, org: str | None, known_orgs: set[str]
) -> Changes:
    if org is not None and org in known_orgs:
        conn.exec_driver_sql(
            "UPDATE organisation SET directory_room_id = ? WHERE id = ?", (batch.room_id, org)
        )
    else:
        org = None
    people = [ingest.PersonRow(**{**p.__dict__, "organisation_id": org}) for p in batch.people]
    return ingest.upsert_people(conn, people) if people else Changes()


def _apply_group(
    conn: Connection, batch: mapping.RoomBatch, user_id: str, *, initial: bool
) -> Changes:
    current = conn.exec_driver_sql(
        'SELECT name, description, kind FROM "group" WHERE id = ?', (batch.room_id,)
    ).first()
    changes = Changes(groups=frozenset({batch.room_id}))
    if current is None:
        ingest.upsert_groups(conn, [batch.group_row()])
    elif batch.name or batch.topic or batch.group_description or batch.group_kind:
        conn.exec_driver_sql(
            'UPDATE "group" SET name = ?, description = ?, kind = ? WHERE id = ?',
            (
                batch.name or current[0],
                batch.group_description or batch.topic or current[1],
                batch.group_kind or current[2],
                batch.room_id,
            ),
        )
    if batch.space_parents:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO group_organisation (group_id, organisation_id) "
            "SELECT ?, id FROM organisation WHERE id = ?",
            [(batch.room_id, parent) for parent in batch.space_parents],
        )
    if current is None:
        _link_groups(conn)
    if batch.members:
        changes = changes | ingest.set_members(
            conn,
            batch.room_id,
            [(m.user_id, m.membership, m.display_name) for m in batch.members],
        )
    changes = changes | apply_content(conn, batch)
    if not initial:
        fresh = [m for m in batch.messages if m.author != user_id and m.txn_id is None]
        mentioned = sum(1 for m in fresh if user_id in m.mentions)
        if fresh:
            conn.exec_driver_sql(
                'UPDATE "group" SET unread_count = unread_count + ?, '
                "mention_count = mention_count + ? WHERE id = ?",
                (len(fresh), mentioned, batch.room_id),
            )
    return changes


def apply_content(conn: Connection, batch: mapping.RoomBatch) -> Changes:
    """A group's messages, edits, reactions, redactions, answers and documents."""
    changes = ingest.ingest_messages(conn, batch.messages)
    if batch.edits:
        changes = changes | ingest.apply_edits(
            conn,
            [(e.target_event_id, e.sender, e.body, e.body_html, e.edited_at) for e in batch.edits],
        )
    if batch.reactions:
        changes = changes | ingest.ingest_reactions(
            conn,
            [
                (r.event_id, r.target_event_id, r.author, r.key, r.created_at, r.txn_id)
                for r in batch.reactions
            ],
        )
    if batch.redactions:
        changes = changes | ingest.apply_redactions(conn, batch.redactions)
    if batch.answers:
        changes = changes | ingest.apply_answers(
            conn, [(a.question_event_id, a.answer_event_id, a.sender) for a in batch.answers]
        )
    if batch.documents:
        changes = changes | ingest.upsert_documents(conn, batch.documents)
    return changes


def forget_room(conn: Connection, room_id: str) -> Changes:
    """Access taken away: remove the local copy of what is no longer allowed."""
    changes = Changes()
    conn.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (_orphans_key(room_id),))
    if conn.exec_driver_sql('SELECT 1 FROM "group" WHERE id = ?', (room_id,)).first():
        changes = changes | ingest.purge_group(conn, room_id)
    org = conn.exec_driver_sql(
        "SELECT id FROM organisation WHERE directory_room_id = ?", (room_id,)
    ).scalar()
    if org is not None:
        people = [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT user_id FROM person WHERE organisation_id = ?", (org,)
            )
        ]
        ingest.remove_people(conn, people)
        conn.exec_driver_sql(
            "UPDATE organisation SET directory_room_id = NULL WHERE id = ?", (org,)
        )
        changes = changes | Changes(people=frozenset(people))
    if conn.exec_driver_sql("SELECT 1 FROM organisation WHERE id = ?", (room_id,)).first():
        conn.exec_driver_sql("DELETE FROM organisation WHERE id = ?", (room_id,))
        changes = changes | Changes(organisations=frozenset({room_id}))
    return changes


# -- sync state --------------------------------------------------------------------------


def get_state(conn: Connection, key: str) -> str | None:
    row = conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?", (key,)).first()
    return None if row is None else str(row[0])


def put_state(conn: Connection, key: str, value: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _orphans_key(group_id: str) -> str:
    return f"orphans {group_id}"


def orphans(conn: Connection, group_id: str) -> list[ingest.MessageRow]:
    stored = get_state(conn, _orphans_key(group_id))
    return [_message_row(item) for item in json.loads(stored)] if stored else []


def keep_orphans(conn: Connection, group_id: str, messages: Sequence[ingest.MessageRow]) -> None:
    """Keep the comments of ``messages`` that were not stored for want of their post
    (it is older, still to be backfilled), with the backfill token they wait for."""
    comments = {m.event_id: m for m in messages if m.kind == "comment"}
    stored = ingest.stored_event_ids(conn, list(comments))
    waiting = [_message_json(m) for e, m in comments.items() if e not in stored]
    if waiting:
        put_state(conn, _orphans_key(group_id), json.dumps(waiting))
    else:
        conn.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (_orphans_key(group_id),))


def _message_json(row: ingest.MessageRow) -> dict[str, Any]:
    return {**asdict(row), "created_at": row.created_at.isoformat(), "mentions": row.mentions}


def _message_row(data: dict[str, Any]) -> ingest.MessageRow:
    return ingest.MessageRow(
        **{
            **data,
            "created_at": datetime.fromisoformat(data["created_at"]),
            "mentions": tuple(data["mentions"]),
        }
    )
