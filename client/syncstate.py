"""What the sync engine keeps in the replica between rounds, and where each group's
backfill stands.

Key-value rows of ``sync_state``: the ``since`` token of the next /sync, when the last
sync attempt ended and whether it reached the server, the uploaded filter, links between
spaces and groups still waiting for one of them, the comments held back until their post
arrives (orphans), and the retention horizon at which a group's backfill stopped. Where a
group's backfill goes on from is its ``backfill_token``.

Functions that take a ``Transaction`` run in the caller's write transaction, so that
state is committed together with the events it belongs to (the ``since`` token with the
events it brought); the others open their own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from client import ingest
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


# -- comments waiting for their post -----------------------------------------------------


def _orphans_key(group_id: str) -> str:
    return f"orphans {group_id}"


def orphans(tx: Transaction, group_id: str) -> list[ingest.MessageRow]:
    """The comments of a group held back until their post arrives."""
    stored = _get(tx, _orphans_key(group_id))
    return [_message_row(item) for item in json.loads(stored)] if stored else []


def keep_orphans(tx: Transaction, group_id: str, messages: Sequence[ingest.MessageRow]) -> None:
    """Keep the comments of ``messages`` that were not stored for want of their post
    (it is older, still to be backfilled), with the backfill token they wait for."""
    comments = {m.event_id: m for m in messages if m.kind == "comment"}
    stored = ingest.stored_event_ids(tx, list(comments))
    waiting = [_message_json(m) for e, m in comments.items() if e not in stored]
    if waiting:
        _put(tx, _orphans_key(group_id), json.dumps(waiting))
    else:
        _delete(tx, _orphans_key(group_id))


def drop_orphans(tx: Transaction, group_id: str) -> None:
    _delete(tx, _orphans_key(group_id))


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


def _set_backfill_token(tx: Transaction, group_id: str, token: str | None) -> None:
    tx.exec_driver_sql('UPDATE "group" SET backfill_token = ? WHERE id = ?', (token, group_id))
