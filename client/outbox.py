"""The outbox as the sync engine works through it: entries to send, their states, and
what each send reads.

Local commands (``client.commands``) queue entries; the engine reads a group's next
entries in order, claims one (``SENDING``: its outcome is unknown until recorded), sends
it and records it as sent, or lets it wait for a retry, or marks it failed. Entries come
back as frozen ``Entry`` values, never as live rows.

An entry remembers since when it fails transiently (``failing_since``); once that is longer
than ``STUCK_AFTER`` ago it counts as stuck: still retried, but the user is told.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from client import appointments, membership
from client.changes import Changes
from client.clock import utcnow
from client.models import Document, OutboxEntry
from client.models import OutboxKind as OutboxKind
from client.models import OutboxState as OutboxState
from client.store import Replica, Transaction

# An entry that has failed transiently for longer than this is shown as stuck.
STUCK_AFTER = timedelta(days=1)


@dataclass(frozen=True)
class Entry:
    """One outbox entry as it was read."""

    id: int
    txn_id: str
    group_id: str
    kind: OutboxKind
    payload: Mapping[str, object]
    message_id: int | None
    reaction_id: int | None
    document_id: str | None
    state: OutboxState
    attempts: int
    next_attempt_at: datetime | None
    created_at: datetime
    failing_since: datetime | None = None


def outbox_counts(session: Session) -> dict[OutboxState, int]:
    """Entries by state, read markers left out: they are not something the user wrote, and
    nothing is lost if one is never sent."""
    rows = session.execute(
        select(OutboxEntry.state, func.count())
        .where(OutboxEntry.kind != OutboxKind.READ)
        .group_by(OutboxEntry.state)
    ).all()
    counts = dict.fromkeys(OutboxState, 0)
    counts.update({state: n for state, n in rows})
    return counts


def stuck_since(failing_since: datetime | None, now: datetime) -> datetime | None:
    """``failing_since`` if that makes the entry stuck at ``now``, else None."""
    if failing_since is None or now - failing_since <= STUCK_AFTER:
        return None
    return failing_since


@dataclass(frozen=True)
class Stuck:
    """Entries still retried that have failed for longer than ``STUCK_AFTER``."""

    count: int
    since: datetime | None  # when the longest-failing of them first failed


def stuck(session: Session, now: datetime) -> Stuck:
    count, since = session.execute(
        select(func.count(), func.min(OutboxEntry.failing_since)).where(
            OutboxEntry.state.in_([OutboxState.WAITING, OutboxState.SENDING]),
            OutboxEntry.failing_since < now - STUCK_AFTER,
        )
    ).one()
    return Stuck(int(count), since)


def groups_to_send(replica: Replica) -> list[str]:
    """Groups with entries waiting or being sent."""
    with replica.session() as session:
        return list(
            session.scalars(
                select(OutboxEntry.group_id)
                .where(OutboxEntry.state.in_([OutboxState.WAITING, OutboxState.SENDING]))
                .distinct()
            ).all()
        )


def next_entries(replica: Replica, group_id: str, limit: int) -> list[Entry]:
    """The group's next unsent entries in order, failed ones included (they hold up the
    ones behind them)."""
    with replica.session() as session:
        return [
            _entry(row)
            for row in session.scalars(
                select(OutboxEntry)
                .where(
                    OutboxEntry.group_id == group_id,
                    OutboxEntry.state.in_(
                        [OutboxState.WAITING, OutboxState.SENDING, OutboxState.FAILED]
                    ),
                )
                .order_by(OutboxEntry.id)
                .limit(limit)
            )
        ]


def _entry(row: OutboxEntry) -> Entry:
    return Entry(
        id=row.id,
        txn_id=row.txn_id,
        group_id=row.group_id,
        kind=row.kind,
        payload=row.payload,
        message_id=row.message_id,
        reaction_id=row.reaction_id,
        document_id=row.document_id,
        state=row.state,
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        created_at=row.created_at,
        failing_since=row.failing_since,
    )


def claim(
    replica: Replica, entry: Entry, done: tuple[Entry, str | None] | None
) -> tuple[bool, Changes]:
    """Mark ``entry`` as being sent (its outcome unknown until recorded), recording
    ``done`` as sent in the same transaction: one write per send. Returns whether
    ``entry`` was claimed (not if it changed since it was read: deleted, discarded) and
    what recording ``done`` changed."""
    with replica.begin() as conn:
        changes = Changes() if done is None else _record_sent(conn, *done)
        claimed = conn.exec_driver_sql(
            "UPDATE outbox_entry SET state = 'sending' WHERE id = ? AND state = ?",
            (entry.id, entry.state.value),
        )
        return claimed.rowcount == 1, changes


def retry_later(
    replica: Replica,
    entry: Entry,
    error: str,
    next_attempt_at: datetime,
    *,
    outcome_unknown: bool,
    failed_at: datetime | None = None,
) -> None:
    """Try ``entry`` again at ``next_attempt_at``. One whose request may have reached the
    server stays ``SENDING`` until it is settled; the others wait. ``failed_at`` starts
    its ``failing_since`` unless an earlier failure did."""
    state = OutboxState.SENDING if outcome_unknown else OutboxState.WAITING
    with replica.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE outbox_entry SET state = ?, attempts = ?, last_error = ?, "
            "next_attempt_at = ?, failing_since = coalesce(failing_since, ?) WHERE id = ?",
            (
                state.value,
                entry.attempts + 1,
                error,
                next_attempt_at,
                failed_at or utcnow(),
                entry.id,
            ),
        )


def fail(replica: Replica, entry: Entry, error: str) -> None:
    """The entry cannot be sent as it is: it waits for the user to retry or discard it."""
    with replica.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE outbox_entry SET state = 'failed', attempts = attempts + 1, "
            "last_error = ? WHERE id = ?",
            (error, entry.id),
        )


def record_sent(replica: Replica, entry: Entry, event_id: str | None) -> Changes:
    """The server has the entry (as ``event_id``): its local echo is confirmed, the entry
    removed."""
    with replica.begin() as conn:
        return _record_sent(conn, entry, event_id)


def _record_sent(conn: Transaction, entry: Entry, event_id: str | None) -> Changes:
    conn.exec_driver_sql(
        "UPDATE outbox_entry SET state = 'sent', sent_event_id = ?, last_error = NULL WHERE id = ?",
        (event_id, entry.id),
    )
    changed: set[int] = set()
    groups: frozenset[str] = frozenset()
    left = Changes()
    if entry.kind in (OutboxKind.POST, OutboxKind.COMMENT) and entry.message_id:
        conn.exec_driver_sql(
            "UPDATE message SET event_id = coalesce(event_id, ?), pending = 0 "
            "WHERE id = ? AND (event_id IS NULL OR event_id = ?)",
            (event_id, entry.message_id, event_id),
        )
        changed.add(entry.message_id)
    elif entry.kind is OutboxKind.REACT and entry.reaction_id:
        conn.exec_driver_sql(
            "UPDATE reaction SET event_id = coalesce(event_id, ?), pending = 0 WHERE id = ?",
            (event_id, entry.reaction_id),
        )
    elif entry.kind in (OutboxKind.DOCUMENT, OutboxKind.DOCUMENT_CHANGE) and entry.document_id:
        conn.exec_driver_sql("UPDATE document SET pending = 0 WHERE id = ?", (entry.document_id,))
    elif entry.kind in (OutboxKind.APPOINTMENT, OutboxKind.RSVP):
        appointments.record_sent(
            conn, entry.kind, entry.group_id, entry.txn_id, entry.payload, event_id
        )
        groups = frozenset({entry.group_id})
    elif entry.kind in (OutboxKind.DECLINE, OutboxKind.LEAVE):
        # Left: nothing of the room stays.
        left = membership.record_left(conn, entry.group_id)
    # Sent entries are history; keep the table small.
    conn.exec_driver_sql("DELETE FROM outbox_entry WHERE id = ?", (entry.id,))
    return left | Changes(messages=frozenset(changed), groups=groups, outbox=True)


def current_payload(replica: Replica, entry: Entry) -> dict[str, object]:
    """The entry's payload as stored now: a local command may have added to it after the
    entry was read and before it was claimed."""
    with replica.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT payload FROM outbox_entry WHERE id = ?", (entry.id,)
        ).first()
    if row is None:
        return dict(entry.payload)
    stored = row[0] if isinstance(row[0], dict) else json.loads(row[0] or "{}")
    return dict(stored) if isinstance(stored, dict) else {}


def save_payload(replica: Replica, entry: Entry, payload: Mapping[str, object]) -> None:
    """Keep what a send has done so far (an uploaded file's URL, a conflict copy's name)
    with the entry, so that a retry does not do it again."""
    with replica.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE outbox_entry SET payload = ? WHERE id = ?", (json.dumps(payload), entry.id)
        )


# -- what a send reads -------------------------------------------------------------------


def message_event_id(replica: Replica, message_id: int | None) -> tuple[bool, str | None]:
    """(whether the message exists, its event id: None while the server does not have it)."""
    with replica.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT event_id FROM message WHERE id = ?", (message_id,)
        ).first()
    if row is None:
        return False, None
    return True, None if row[0] is None else str(row[0])


@dataclass(frozen=True)
class Outgoing:
    """A post or comment as the outbox sends it."""

    id: int
    kind: str
    body: str
    body_html: str
    thread_root_id: int | None
    mentions: tuple[str, ...]


def outgoing(replica: Replica, message_id: int | None) -> Outgoing | None:
    """What a post or comment is sent with, read with plain SQL: this runs once per send,
    and the ORM's session and lazy loads cost more than the query."""
    if message_id is None:
        return None
    with replica.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT id, kind, body, body_html, thread_root_id FROM message WHERE id = ?",
            (message_id,),
        ).first()
        if row is None:
            return None
        mentions = conn.exec_driver_sql(
            "SELECT user_id FROM mention WHERE message_id = ?", (message_id,)
        ).scalars()
        return Outgoing(row[0], str(row[1]), row[2], row[3], row[4], tuple(mentions))


def latest_in_thread(replica: Replica, message: Outgoing) -> str | None:
    """The event id of the newest sent message before ``message`` in its thread."""
    with replica.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT event_id FROM message WHERE thread_root_id = ? AND id < ? "
            "AND event_id IS NOT NULL ORDER BY id DESC LIMIT 1",
            (message.thread_root_id, message.id),
        ).first()
    return None if row is None else str(row[0])


@dataclass(frozen=True)
class DocumentToSend:
    id: str
    name: str
    folder: str
    mimetype: str


def document_to_send(replica: Replica, document_id: str | None) -> DocumentToSend | None:
    if not document_id:
        return None
    with replica.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            return None
        return DocumentToSend(document.id, document.name, document.folder, document.mimetype)
