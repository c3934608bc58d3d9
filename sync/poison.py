"""One bad event never fails a batch: applying with isolation, and quarantining culprits.

A batch (a /sync answer, a page of history, the events released by one that arrived) is
applied as a whole inside a savepoint, which costs nothing when it works. Only when it
raises is the savepoint undone and the batch applied again event by event, each in a
savepoint of its own: an event that fails alone is quarantined (``client.quarantine``)
and the others stay. A failure of the machine (disk full, database locked) is not an
event's fault: it is raised, and the whole batch is tried again later.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TypeVar

from client import quarantine
from client.changes import Changes
from client.store import Transaction
from sync import api
from sync.mapping import RoomBatch

log = logging.getLogger(__name__)

T = TypeVar("T")


def isolated(
    tx: Transaction,
    items: Sequence[T],
    apply_all: Callable[[], Changes],
    apply_one: Callable[[T], Changes],
    poisoned: Callable[[T, BaseException], None],
) -> Changes:
    """``apply_all()``; if an event's fault makes it fail, ``apply_one`` for each of
    ``items`` instead, and ``poisoned`` for each that fails alone."""
    try:
        with quarantine.savepoint(tx):
            return apply_all()
    except Exception as exc:
        if not quarantine.is_event_fault(exc):
            raise
        log.warning("a batch failed (%s); applying it event by event", type(exc).__name__)
    changes = Changes()
    for item in items:
        try:
            with quarantine.savepoint(tx):
                changes = changes | apply_one(item)
        except Exception as exc:
            if not quarantine.is_event_fault(exc):
                raise
            poisoned(item, exc)
    return changes


def quarantine_event(
    tx: Transaction, room_id: str, event: api.Event, reason: str, at: datetime
) -> None:
    quarantine.add(tx, room_id, event.event_id, event.type, reason, event.as_sent(), at)


def record_unusable(
    tx: Transaction, batch: RoomBatch, rejected: Sequence[api.Rejected], at: datetime
) -> None:
    """Quarantine what the mapping of ``batch`` could not use, what the parser rejected,
    and note the events kept with their time clamped."""
    room_id = batch.room_id
    for item in rejected:
        data = item.data if isinstance(item.data, dict) else {}
        event_id, event_type = data.get("event_id"), data.get("type")
        quarantine.add(
            tx,
            room_id,
            event_id if isinstance(event_id, str) else "",
            event_type if isinstance(event_type, str) else "",
            f"not a usable event: {item.reason}",
            item.data,
            at,
        )
    for found in batch.quarantined:
        quarantine_event(tx, room_id, found.event, found.reason, at)
    for event in batch.clamped:
        quarantine.add(
            tx,
            room_id,
            event.event_id,
            event.type,
            f"origin_server_ts {event.origin_server_ts} is out of range: kept, its time clamped",
            event.as_sent(),
            at,
            applied=True,
        )
