"""What the sync engine keeps in the replica between rounds, and where each group's
backfill stands.

Key-value rows of ``sync_state``: the ``since`` token of the next /sync, when the last
sync attempt ended and whether it reached the server, the uploaded filter, links between
spaces and groups still waiting for one of them, and the retention horizon at which a
group's backfill stopped. Where a group's backfill goes on from is its ``backfill_token``;
events that relate to one still to come (a comment before its post, a like, edit, answer
mark or redaction before its target) are held in ``held_event`` until it arrives.

Functions that take a ``Transaction`` run in the caller's write transaction, so that
state is committed together with the events it belongs to (the ``since`` token with the
events it brought); the others open their own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from client import quarantine
from client.clock import utcnow
from client.outbox import outbox_counts, stuck
from client.store import Replica, Transaction

# A group's backfill token that means "from the newest message back".
FROM_NEWEST = ""
# Key prefix: the retention horizon at which a group's backfill stopped (or before which
# its history was removed).
_HORIZON_KEY = "backfill_horizon:"


def _get(conn: Transaction, key: str) -> str | None:
    row = conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?", (key,)).first()
    return None if row is None else str(row[0])


def _put(conn: Transaction, key: str, value: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _delete(conn: Transaction, key: str) -> None:
    conn.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (key,))


# -- the sync round ----------------------------------------------------------------------


def since(replica: Replica) -> str | None:
    """The token the next /sync goes on from; None before the first."""
    with replica.connect() as conn:
        return _get(conn, "since")


def record_sync(tx: Transaction, next_batch: str, at: datetime) -> None:
    """A /sync answer is applied in ``tx``: the next round goes on from ``next_batch``."""
    _put(tx, "since", next_batch)
    _put(tx, "last_sync", at.isoformat())
    _put(tx, "online", "1")


def record_offline(replica: Replica) -> None:
    """The last sync attempt did not reach the server."""
    with replica.begin() as conn:
        _put(conn, "online", "0")


@dataclass(frozen=True)
class Recorded:
    """What the replica says about an account's sync, without asking the server."""

    # Entries per outbox state, and "stuck": those still retried that have failed for
    # more than a day (``client.outbox.STUCK_AFTER``).
    outbox: dict[str, int]
    last_sync: datetime | None
    online: bool | None  # whether the last attempt reached the server; None: never tried


def recorded(replica: Replica, now: datetime | None = None) -> Recorded:
    with replica.session() as session:
        counts = outbox_counts(session)
        stuck_entries = stuck(session, now or utcnow())
        last = _get(session.connection(), "last_sync")
        online = _get(session.connection(), "online")
    return Recorded(
        outbox={state.value: n for state, n in counts.items()} | {"stuck": stuck_entries.count},
        last_sync=datetime.fromisoformat(last) if last else None,
        online=None if online is None else online == "1",
    )


def record_upload_limit(replica: Replica, size: int | None) -> None:
    """The largest upload the server takes (``m.upload.size``; None: it says none)."""
    with replica.begin() as conn:
        _put(conn, "upload_limit", "" if size is None else str(size))


def upload_limit(replica: Replica) -> int | None:
    """The server's largest upload as last learnt; None when unknown or unlimited."""
    with replica.connect() as conn:
        value = _get(conn, "upload_limit")
    return int(value) if value else None


def filter_id(replica: Replica, definition: str) -> str | None:
    """The id the server gave the filter ``definition``; None if it has another now."""
    with replica.connect() as conn:
        stored = _get(conn, "filter")
    if stored:
        found, _, stored_definition = stored.partition(" ")
        if stored_definition == definition:
            return found
    return None


def store_filter_id(replica: Replica, filter_id: str, definition: str) -> None:
    with replica.begin() as conn:
        _put(conn, "filter", f"{filter_id} {definition}")


# -- spaces and their groups -------------------------------------------------------------


def space_links(tx: Transaction) -> list[tuple[str, str]]:
    """(space, child) links seen so far; a link is made once both are in the replica."""
    return [(space, child) for space, child in json.loads(_get(tx, "space_links") or "[]")]


def add_space_links(tx: Transaction, space: str, children: Iterable[str]) -> None:
    pending: list[Any] = json.loads(_get(tx, "space_links") or "[]")
    pending.extend([space, child] for child in children)
    _put(tx, "space_links", json.dumps(pending))


# -- events waiting for the one they relate to ------------------------------------------


@dataclass(frozen=True)
class Held:
    """An event held until its target arrives: the event's JSON, as the server sent it."""

    event_id: str
    target_event_id: str
    event_json: str


def hold(tx: Transaction, group_id: str, events: Sequence[Held], at: datetime) -> None:
    """Keep events of a group that relate to one the replica does not hold yet (older
    history still to come); ``release_held`` hands them back once it is there."""
    if events:
        tx.exec_driver_sql(
            "INSERT INTO held_event (group_id, event_id, target_event_id, event, held_at) "
            "VALUES (?,?,?,?,?) ON CONFLICT(group_id, event_id) DO NOTHING",
            [(group_id, e.event_id, e.target_event_id, e.event_json, at) for e in events],
        )


def held(tx: Transaction, group_id: str) -> list[Held]:
    """What the group holds, in the order it was held."""
    return [
        Held(str(event_id), str(target), str(event))
        for event_id, target, event in tx.exec_driver_sql(
            "SELECT event_id, target_event_id, event FROM held_event WHERE group_id = ? "
            "ORDER BY rowid",
            (group_id,),
        )
    ]


def groups_holding(tx: Transaction) -> set[str]:
    """The groups that hold events for their target."""
    return {str(row[0]) for row in tx.exec_driver_sql("SELECT DISTINCT group_id FROM held_event")}


def release_held(tx: Transaction, group_id: str) -> list[Held]:
    """The held events of a group whose target the group now holds (a message, or a
    reaction or a document's announcement for a redaction), in the order they were held;
    they are held no longer."""
    if (
        tx.exec_driver_sql(
            "SELECT 1 FROM held_event WHERE group_id = ? LIMIT 1", (group_id,)
        ).first()
        is None
    ):
        return []  # the common case, one cheap look
    found = [
        Held(str(event_id), str(target), str(event))
        for event_id, target, event in tx.exec_driver_sql(
            "SELECT h.event_id, h.target_event_id, h.event FROM held_event h "
            "WHERE h.group_id = ? AND (EXISTS (SELECT 1 FROM message m "
            "WHERE m.event_id = h.target_event_id AND m.group_id = h.group_id) "
            "OR EXISTS (SELECT 1 FROM reaction r JOIN message m ON m.id = r.message_id "
            "WHERE r.event_id = h.target_event_id AND m.group_id = h.group_id) "
            "OR EXISTS (SELECT 1 FROM announcement a "
            "WHERE a.event_id = h.target_event_id AND a.group_id = h.group_id)) "
            "ORDER BY h.rowid",
            (group_id,),
        )
    ]
    _delete_held(tx, group_id, [h.event_id for h in found])
    return found


def drop_held(tx: Transaction, group_id: str, target_event_ids: Sequence[str]) -> int:
    """Forget held events whose target arrived redacted (the server has applied the
    redaction already); returns how many."""
    dropped = 0
    for start in range(0, len(target_event_ids), 500):
        chunk = target_event_ids[start : start + 500]
        dropped += tx.exec_driver_sql(
            f"DELETE FROM held_event WHERE group_id = ? "
            f"AND target_event_id IN ({','.join('?' * len(chunk))})",
            (group_id, *chunk),
        ).rowcount
    return dropped


def quarantine_held(tx: Transaction, group_id: str, reason: str, at: datetime) -> int:
    """The group's history is complete and these targets never came: the held events go
    to the quarantine (``client.quarantine``); returns how many."""
    waiting = held(tx, group_id)
    for item in waiting:
        data = json.loads(item.event_json)
        event_type = data.get("type") if isinstance(data, dict) else None
        quarantine.add(
            tx,
            group_id,
            item.event_id,
            event_type if isinstance(event_type, str) else "",
            reason,
            data,
            at,
        )
    _delete_held(tx, group_id, [h.event_id for h in waiting])
    return len(waiting)


def _delete_held(tx: Transaction, group_id: str, event_ids: Sequence[str]) -> None:
    if event_ids:
        tx.exec_driver_sql(
            "DELETE FROM held_event WHERE group_id = ? AND event_id = ?",
            [(group_id, event_id) for event_id in event_ids],
        )


# -- backfill ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BackfillPosition:
    """Where a group's backfill goes on from, and the horizon it stopped at, if any."""

    group_id: str
    token: str  # FROM_NEWEST: from the newest message back
    retention_days: int | None
    stopped_at: datetime | None


def backfill_positions(replica: Replica, group_id: str | None) -> list[BackfillPosition]:
    """The groups whose backfill is not complete: one (``group_id``) or every joined group."""
    query = (
        'SELECT id, backfill_token, retention_days FROM "group" WHERE backfill_token IS NOT NULL'
    )
    with replica.connect() as conn:
        if group_id is None:
            rows = conn.exec_driver_sql(query + " AND joined = 1 ORDER BY id").all()
        else:
            rows = conn.exec_driver_sql(query + " AND id = ?", (group_id,)).all()
        stopped = {
            str(key)[len(_HORIZON_KEY) :]: datetime.fromisoformat(str(value))
            for key, value in conn.exec_driver_sql(
                "SELECT key, value FROM sync_state WHERE key LIKE ?", (_HORIZON_KEY + "%",)
            )
        }
    return [
        BackfillPosition(str(room_id), str(token), days, stopped.get(room_id))
        for room_id, token, days in rows
    ]


def keep_backfill_token(tx: Transaction, group_id: str, token: str) -> None:
    """A gap in the timeline: backfill starts at ``token`` unless it has a start already."""
    tx.exec_driver_sql(
        'UPDATE "group" SET backfill_token = coalesce(backfill_token, ?) WHERE id = ?',
        (token, group_id),
    )


def save_backfill(
    tx: Transaction, group_id: str, token: str | None, stopped_at: datetime | None
) -> None:
    """Where the group's backfill goes on (None: history is complete), and the horizon it
    stopped at (None: it did not stop at one)."""
    if stopped_at is not None:
        _put(tx, _HORIZON_KEY + group_id, stopped_at.isoformat())
    else:
        _delete(tx, _HORIZON_KEY + group_id)
    _set_backfill_token(tx, group_id, token)


def history_removed(tx: Transaction, group_id: str, before: datetime) -> None:
    """History before ``before`` is gone: should more be wanted later, backfill walks back
    from the newest message (ingest skips what the replica has)."""
    stopped = _get(tx, _HORIZON_KEY + group_id)
    if not stopped or datetime.fromisoformat(stopped) < before:
        _put(tx, _HORIZON_KEY + group_id, before.isoformat())
    _set_backfill_token(tx, group_id, FROM_NEWEST)


def history_complete(tx: Transaction, group_id: str) -> bool:
    """Whether the replica holds the group's history back to its start: no backfill is
    wanted, so an event that is not there will not come."""
    row = tx.exec_driver_sql(
        'SELECT backfill_token IS NULL FROM "group" WHERE id = ?', (group_id,)
    ).first()
    return row is None or bool(row[0])


def _set_backfill_token(tx: Transaction, group_id: str, token: str | None) -> None:
    tx.exec_driver_sql('UPDATE "group" SET backfill_token = ? WHERE id = ?', (token, group_id))
