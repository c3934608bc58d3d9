"""Organisations, people directories and groups as sync applies them from the server's
rooms, and what goes when access to a room is lost.

The companion of ``client.ingest`` (which writes rows in bulk): these read what the
replica holds of a room, so that sync can merge a partial update into it, and make the
links between spaces and groups. Every function runs in the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from client import ingest, quarantine
from client.changes import Changes
from client.store import Transaction


def organisation_ids(tx: Transaction) -> set[str]:
    return {str(row[0]) for row in tx.exec_driver_sql("SELECT id FROM organisation")}


def directory_rooms(tx: Transaction) -> dict[str, str]:
    """Each organisation's people directory: directory room id -> organisation id."""
    return {
        str(row[0]): str(row[1])
        for row in tx.exec_driver_sql(
            "SELECT directory_room_id, id FROM organisation WHERE directory_room_id IS NOT NULL"
        )
    }


def organisation_text(tx: Transaction, organisation_id: str) -> tuple[str, str] | None:
    """(name, description) of an organisation the replica holds."""
    row = tx.exec_driver_sql(
        "SELECT name, description FROM organisation WHERE id = ?", (organisation_id,)
    ).first()
    return None if row is None else (row[0], row[1])


def set_directory(tx: Transaction, organisation_id: str, room_id: str) -> None:
    tx.exec_driver_sql(
        "UPDATE organisation SET directory_room_id = ? WHERE id = ?", (room_id, organisation_id)
    )


def link_spaces(tx: Transaction, links: Sequence[tuple[str, str]]) -> None:
    """Link groups to organisation spaces, ``(space, child)``, where both are in the
    replica; the others wait."""
    if not links:
        return
    tx.exec_driver_sql(
        "INSERT OR IGNORE INTO group_organisation (group_id, organisation_id) "
        'SELECT ?, ? WHERE EXISTS (SELECT 1 FROM "group" WHERE id = ?) '
        "AND EXISTS (SELECT 1 FROM organisation WHERE id = ?)",
        [(child, space, child, space) for space, child in links],
    )


def group_text(tx: Transaction, group_id: str) -> tuple[str, str, str] | None:
    """(name, description, kind) of a group the replica holds."""
    row = tx.exec_driver_sql(
        'SELECT name, description, kind FROM "group" WHERE id = ?', (group_id,)
    ).first()
    return None if row is None else (row[0], row[1], row[2])


def has_group(tx: Transaction, group_id: str) -> bool:
    return tx.exec_driver_sql('SELECT 1 FROM "group" WHERE id = ?', (group_id,)).first() is not None


def update_group(tx: Transaction, group_id: str, name: str, description: str, kind: str) -> None:
    tx.exec_driver_sql(
        'UPDATE "group" SET name = ?, description = ?, kind = ? WHERE id = ?',
        (name, description, kind, group_id),
    )


def link_parents(tx: Transaction, group_id: str, parents: Iterable[str]) -> None:
    """Link a group to the spaces it names as parents, those the replica holds."""
    tx.exec_driver_sql(
        "INSERT OR IGNORE INTO group_organisation (group_id, organisation_id) "
        "SELECT ?, id FROM organisation WHERE id = ?",
        [(group_id, parent) for parent in parents],
    )


def set_power_levels(tx: Transaction, group_id: str, levels: str) -> None:
    """The group's power levels as sync reads them (JSON; ``sync.mapping.PowerLevels``)."""
    tx.exec_driver_sql('UPDATE "group" SET power_levels = ? WHERE id = ?', (levels, group_id))


def creators(tx: Transaction, group_id: str) -> str | None:
    """Who created the room, as ``client.membership.set_creators`` stored it (JSON)."""
    row = tx.exec_driver_sql('SELECT creators FROM "group" WHERE id = ?', (group_id,)).first()
    return None if row is None or row[0] is None else str(row[0])


def set_pinned(tx: Transaction, group_id: str, event_ids: Sequence[str]) -> None:
    """The room's pinned posts, as sync read them from ``m.room.pinned_events``."""
    tx.exec_driver_sql(
        'UPDATE "group" SET pinned = ? WHERE id = ?', (json.dumps(list(event_ids)), group_id)
    )


def power_levels(tx: Transaction, group_id: str) -> str | None:
    """What ``set_power_levels`` stored; None before sync has seen the room's levels."""
    row = tx.exec_driver_sql('SELECT power_levels FROM "group" WHERE id = ?', (group_id,)).first()
    return None if row is None or row[0] is None else str(row[0])


def count_unread(tx: Transaction, group_id: str, messages: int, mentions: int) -> None:
    """New messages from others arrived, ``mentions`` of them naming the user: counted
    here where the server sends no counts of its own (``set_unread``)."""
    tx.exec_driver_sql(
        'UPDATE "group" SET unread_count = unread_count + ?, '
        "mention_count = mention_count + ? WHERE id = ?",
        (messages, mentions, group_id),
    )


def set_unread(tx: Transaction, group_id: str, unread: int, mentions: int) -> bool:
    """The server's counts for the group, which follow the user's reads on every device.
    Not while a read marker of ours waits to be sent: the server's counts are older than
    what the user read here then (False; the caller counts locally instead)."""
    waiting = tx.exec_driver_sql(
        "SELECT 1 FROM outbox_entry WHERE group_id = ? AND kind = 'read' AND state != 'sent'",
        (group_id,),
    ).first()
    if waiting is not None:
        return False
    tx.exec_driver_sql(
        'UPDATE "group" SET unread_count = ?, mention_count = ? WHERE id = ?',
        (unread, mentions, group_id),
    )
    return True


def read_through(tx: Transaction, group_id: str, user_id: str, event_ids: Sequence[str]) -> bool:
    """Whether one of ``event_ids`` (where the user's read receipts and read marker point)
    is a message of the group at or after its newest message from someone else."""
    if not event_ids:
        return False
    marks = ",".join("?" * len(event_ids))
    found = tx.exec_driver_sql(
        f"SELECT 1 FROM message r WHERE r.group_id = ? AND r.event_id IN ({marks}) "
        "AND NOT EXISTS (SELECT 1 FROM message m WHERE m.group_id = r.group_id "
        "AND m.author != ? AND m.created_at > r.created_at) LIMIT 1",
        (group_id, *event_ids, user_id),
    ).first()
    return found is not None


def clear_unread(tx: Transaction, group_id: str) -> None:
    """Read on another device: nothing is unread any more."""
    tx.exec_driver_sql(
        'UPDATE "group" SET unread_count = 0, mention_count = 0 WHERE id = ?', (group_id,)
    )


def forget_room(tx: Transaction, room_id: str) -> Changes:
    """Access taken away: remove the local copy of what is no longer allowed, whether the
    room was a group, a people directory or an organisation's space."""
    changes = Changes()
    quarantine.forget_room(tx, room_id)
    if has_group(tx, room_id):
        changes = changes | ingest.purge_group(tx, room_id)
    org = tx.exec_driver_sql(
        "SELECT id FROM organisation WHERE directory_room_id = ?", (room_id,)
    ).scalar()
    if org is not None:
        people = [
            row[0]
            for row in tx.exec_driver_sql(
                "SELECT user_id FROM person WHERE organisation_id = ?", (org,)
            )
        ]
        ingest.remove_people(tx, people)
        tx.exec_driver_sql("UPDATE organisation SET directory_room_id = NULL WHERE id = ?", (org,))
        changes = changes | Changes(people=frozenset(people))
    if tx.exec_driver_sql("SELECT 1 FROM organisation WHERE id = ?", (room_id,)).first():
        tx.exec_driver_sql("DELETE FROM organisation WHERE id = ?", (room_id,))
        changes = changes | Changes(organisations=frozenset({room_id}))
    return changes
