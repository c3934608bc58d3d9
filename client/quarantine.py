"""Events sync could not apply, kept aside with the reason: one bad event never stops sync.

Sync applies a /sync answer or a page of history as a whole inside a savepoint
(``savepoint``); only when that fails does it apply the batch again event by event, each
in a savepoint of its own, and an event that fails on its own is recorded here (``add``)
while the rest of the batch, and the ``since`` token or backfill position, go on. So is an
event that cannot be right: unreadable, a relation to an event of another room or to one
that never came, a redaction by someone without the power to redact. An event kept with
a repair (a timestamp out of range, clamped) is recorded too, marked ``applied``.

The event is kept as the server sent it, as JSON of up to ``RAW_CAP`` bytes, so that a
later version of the client can apply it again (``entries``, then ``release`` what it
applied); support reads the list with ``treffpunkt quarantine``. The rows live in the
encrypted replica and go with the room when access to it is lost (``forget_room``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    InterfaceError,
    ProgrammingError,
)

from client.store import Replica, Transaction

log = logging.getLogger(__name__)

# The most of an event's JSON kept (bytes of UTF-8); a longer event is cut and marked.
RAW_CAP = 64 * 1024
_ID_CAP = 255
_REASON_CAP = 1000


@dataclass(frozen=True)
class QuarantinedEvent:
    room_id: str
    event_id: str
    event_type: str
    reason: str
    event_json: str  # as the server sent it; cut at RAW_CAP bytes when ``truncated``
    truncated: bool
    applied: bool  # kept in the replica with a repair; not to be applied again
    quarantined_at: datetime

    def event(self) -> dict[str, Any] | None:
        """The event as the server sent it; None when it was cut."""
        if self.truncated:
            return None
        data = json.loads(self.event_json)
        return data if isinstance(data, dict) else None


def event_json(event: object) -> tuple[str, bool]:
    """``event`` as JSON text of at most ``RAW_CAP`` bytes, and whether it was cut."""
    try:
        text = json.dumps(event, ensure_ascii=True, separators=(",", ":"), default=repr)
    except (ValueError, TypeError, RecursionError):
        text = json.dumps(repr(event))
    if len(text) <= RAW_CAP:  # ASCII: characters are bytes
        return text, False
    return text[:RAW_CAP], True


@contextlib.contextmanager
def savepoint(tx: Transaction) -> Iterator[None]:
    """A savepoint in ``tx``: what runs inside is undone if it raises, the rest stays."""
    with tx.begin_nested():
        yield


def is_event_fault(exc: BaseException) -> bool:
    """Whether ``exc`` can be an event's fault rather than the machine's. A value the
    database refuses (a constraint, a type, a size, text it cannot encode) can be; a full
    disk, a locked, damaged or unreadable database, no memory cannot, and must stop the
    round (to be tried again) rather than quarantine every event of the batch."""
    if not isinstance(exc, Exception) or isinstance(exc, MemoryError | OSError):
        return False
    if isinstance(exc, DBAPIError):
        return isinstance(exc, IntegrityError | DataError | InterfaceError | ProgrammingError)
    return True


def reason_of(exc: BaseException) -> str:
    """Why an event failed, without the statement and its values (the driver's message)."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    return f"{type(exc).__name__}: {cause}"[:_REASON_CAP]


def add(
    tx: Transaction,
    room_id: str,
    event_id: str,
    event_type: str,
    reason: str,
    event: object,
    at: datetime,
    *,
    applied: bool = False,
) -> None:
    """Quarantine one event of ``room_id``; the same event again replaces its row."""
    text, truncated = event_json(event)
    if not event_id:  # junk without an id: the same junk again is the same row
        event_id = "?" + hashlib.sha256(text.encode()).hexdigest()[:32]
    tx.exec_driver_sql(
        "INSERT INTO quarantined_event (room_id, event_id, event_type, reason, event, "
        "truncated, applied, quarantined_at) VALUES (?,?,?,?,?,?,?,?) "
        "ON CONFLICT(room_id, event_id) DO UPDATE SET event_type=excluded.event_type, "
        "reason=excluded.reason, event=excluded.event, truncated=excluded.truncated, "
        "applied=excluded.applied, quarantined_at=excluded.quarantined_at",
        (
            _safe(room_id[:_ID_CAP]),
            _safe(event_id[:_ID_CAP]),
            _safe(event_type[:_ID_CAP]),
            _safe(reason[:_REASON_CAP]),
            text,
            truncated,
            applied,
            at,
        ),
    )
    log.warning("quarantined event %s (%s) in %s", event_id[:_ID_CAP], event_type[:80], room_id)


def _safe(text: str) -> str:
    # What the server sent may hold lone surrogates, which SQLite refuses.
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def count(replica: Replica) -> int:
    """How many events are quarantined (also those kept with a repair)."""
    with replica.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM quarantined_event").scalar() or 0)


def counts_by_room(conn: Connection) -> dict[str, int]:
    return {
        str(room): int(n)
        for room, n in conn.exec_driver_sql(
            "SELECT room_id, count(*) FROM quarantined_event GROUP BY room_id"
        )
    }


def entries(replica: Replica, room_id: str | None = None) -> list[QuarantinedEvent]:
    """The quarantined events, oldest first: all, or those of one room."""
    query = (
        "SELECT room_id, event_id, event_type, reason, event, truncated, applied, "
        "quarantined_at FROM quarantined_event"
    )
    with replica.connect() as conn:
        if room_id is None:
            rows = conn.exec_driver_sql(query + " ORDER BY id").all()
        else:
            rows = conn.exec_driver_sql(query + " WHERE room_id = ? ORDER BY id", (room_id,)).all()
    return [
        QuarantinedEvent(
            str(room),
            str(event_id),
            str(event_type),
            str(reason),
            str(event),
            bool(truncated),
            bool(applied),
            _as_datetime(at),
        )
        for room, event_id, event_type, reason, event, truncated, applied, at in rows
    ]


def _as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def quarantined_ids(tx: Transaction, room_id: str, event_ids: Iterable[str]) -> set[str]:
    """Which of these events of ``room_id`` are quarantined (and not applied)."""
    wanted = list(dict.fromkeys(event_ids))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(
            str(row[0])
            for row in tx.exec_driver_sql(
                f"SELECT event_id FROM quarantined_event WHERE room_id = ? AND applied = 0 "
                f"AND event_id IN ({','.join('?' * len(chunk))})",
                (room_id, *chunk),
            )
        )
    return found


def release(tx: Transaction, room_id: str, event_ids: Sequence[str]) -> None:
    """These events are no longer quarantined: applied again, or redacted by the server."""
    if not event_ids:
        return
    tx.exec_driver_sql(
        "DELETE FROM quarantined_event WHERE room_id = ? AND event_id = ?",
        [(room_id, event_id) for event_id in event_ids],
    )


def forget_room(tx: Transaction, room_id: str) -> None:
    """Access to the room is gone: so are its quarantined events."""
    tx.exec_driver_sql("DELETE FROM quarantined_event WHERE room_id = ?", (room_id,))
