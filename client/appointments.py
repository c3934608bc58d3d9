"""Appointments in the replica: the local commands' writes, the server's state as sync
applies it, what the outbox sends, and the reminders.

Creating, changing and cancelling an appointment (its organiser only) and answering one
write the local row and an outbox entry in one transaction, like a post. Only the newest
unsent change of an appointment, and the newest unsent answer of the user, are kept: one
entry each, which says whether the appointment is new to the server.

From the server, an appointment is current state: a revision replaces ours unless ours is
newer (history brings older revisions after newer ones, and our own change may still be
waiting to be sent). An answer is an
event: the newest one of each member counts, and our own answer still to send is not
overwritten by an older one of ours coming back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from client.agenda import ANSWERS, MAX_COMMENT, AppointmentError, Draft, checked
from client.changes import Changes
from client.clock import utcnow
from client.models import (
    Appointment,
    AppointmentAnswer,
    OutboxEntry,
    OutboxKind,
    OutboxState,
)
from client.store import Replica

Enqueue = Callable[[Session, OutboxKind, str], OutboxEntry]
_DRAFT_FIELDS = tuple(f.name for f in fields(Draft))
_UNSENT = (OutboxState.WAITING, OutboxState.FAILED)


class NotOrganiserError(AppointmentError):
    """Only the organiser changes or cancels an appointment."""


# -- local commands --------------------------------------------------------------------


def create(
    session: Session,
    user_id: str,
    group_id: str,
    appointment_id: str,
    draft: Draft,
    enqueue: Enqueue,
) -> Changes:
    draft = checked(draft)
    appointment = Appointment(
        id=appointment_id,
        group_id=group_id,
        organiser=user_id,
        cancelled=False,
        revision=1,
        updated_at=utcnow(),
        pending=True,
    )
    _set_draft(appointment, draft)
    session.add(appointment)
    session.flush()
    _queue_change(session, appointment, enqueue, new=True)
    return _changes(appointment, created=True)


def change(
    session: Session, user_id: str, appointment_id: str, draft: Draft | None, enqueue: Enqueue
) -> Changes:
    """A new revision of the user's appointment: ``draft``, or cancelled (None)."""
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise AppointmentError(f"no appointment {appointment_id}")
    if appointment.organiser != user_id:
        raise NotOrganiserError("only the organiser changes an appointment")
    if draft is None:
        if appointment.cancelled:
            return Changes()
        appointment.cancelled = True
    else:
        _set_draft(appointment, checked(draft))
    appointment.revision += 1
    appointment.updated_at = utcnow()
    appointment.pending = True
    _queue_change(session, appointment, enqueue, new=False)
    return _changes(appointment)


def answer(
    session: Session,
    user_id: str,
    appointment_id: str,
    reply: str,
    comment: str,
    enqueue: Enqueue,
) -> Changes:
    if reply not in ANSWERS:
        raise AppointmentError(f"an answer is one of {', '.join(ANSWERS)}")
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise AppointmentError(f"no appointment {appointment_id}")
    if appointment.cancelled:
        raise AppointmentError("the appointment is cancelled")
    group_id = appointment.group_id
    _drop_unsent(session, group_id, OutboxKind.RSVP, appointment_id)
    entry = enqueue(session, OutboxKind.RSVP, group_id)
    entry.payload = {"appointment_id": appointment_id}
    row = session.get(AppointmentAnswer, (group_id, appointment_id, user_id))
    if row is None:
        row = AppointmentAnswer(group_id=group_id, appointment_id=appointment_id, user_id=user_id)
        session.add(row)
    row.answer = reply
    row.comment = " ".join(comment.split())[:MAX_COMMENT]
    row.answered_at = utcnow()
    row.event_id = None
    row.txn_id = entry.txn_id
    row.pending = True
    return Changes(groups=frozenset({group_id}), outbox=True)


def _set_draft(appointment: Appointment, draft: Draft) -> None:
    # The row's columns are named as the draft's fields.
    for name in _DRAFT_FIELDS:
        setattr(appointment, name, getattr(draft, name))


def _queue_change(
    session: Session, appointment: Appointment, enqueue: Enqueue, *, new: bool
) -> None:
    """One entry for the appointment's newest revision; an unsent earlier one is replaced
    (and a creation stays a creation: the server has never seen it)."""
    replaced = _drop_unsent(session, appointment.group_id, OutboxKind.APPOINTMENT, appointment.id)
    entry = enqueue(session, OutboxKind.APPOINTMENT, appointment.group_id)
    entry.payload = {
        "appointment_id": appointment.id,
        "revision": appointment.revision,
        "new": new or any(bool(e.payload.get("new")) for e in replaced),
    }


def _drop_unsent(
    session: Session, group_id: str, kind: OutboxKind, appointment_id: str
) -> list[OutboxEntry]:
    entries = [
        e
        for e in session.scalars(
            select(OutboxEntry).where(
                OutboxEntry.group_id == group_id,
                OutboxEntry.kind == kind,
                OutboxEntry.state.in_(_UNSENT),
            )
        )
        if e.payload.get("appointment_id") == appointment_id
    ]
    for entry in entries:
        session.delete(entry)
    session.flush()
    return entries


def _changes(appointment: Appointment, *, created: bool = False) -> Changes:
    return Changes(
        groups=frozenset({appointment.group_id}),
        outbox=True,
        created=appointment.id if created else None,
    )


def set_reminded(replica: Replica, reminded: Sequence[tuple[str, datetime]]) -> None:
    """The reminders shown: ``(appointment id, the start they were shown for)``."""
    with replica.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE appointment SET reminded_start = ? WHERE id = ?",
            [(start, appointment_id) for appointment_id, start in reminded],
        )


# -- what the outbox sends ---------------------------------------------------------------


@dataclass(frozen=True)
class Outgoing:
    """An appointment's newest revision as the outbox sends it."""

    id: str
    organiser: str
    draft: Draft
    cancelled: bool
    revision: int


def outgoing(replica: Replica, appointment_id: object) -> Outgoing | None:
    if not isinstance(appointment_id, str):
        return None
    with replica.session() as session:
        row = session.get(Appointment, appointment_id)
        if row is None:
            return None
        return Outgoing(row.id, row.organiser, draft_of(row), row.cancelled, row.revision)


def outgoing_answer(
    replica: Replica, group_id: str, appointment_id: object, user_id: str
) -> tuple[str, str] | None:
    """(answer, comment) of the user's answer to send, None if there is none."""
    if not isinstance(appointment_id, str):
        return None
    with replica.session() as session:
        row = session.get(AppointmentAnswer, (group_id, appointment_id, user_id))
        return None if row is None else (row.answer, row.comment)


def record_sent(
    conn: Connection,
    kind: OutboxKind,
    group_id: str,
    txn_id: str,
    payload: Mapping[str, object],
    event_id: str | None,
) -> None:
    """An appointment or answer entry the server has: its row is confirmed, unless a newer
    change of it is waiting."""
    appointment_id = payload.get("appointment_id")
    if kind is OutboxKind.APPOINTMENT:
        conn.exec_driver_sql(
            "UPDATE appointment SET pending = 0, event_id = coalesce(?, event_id) "
            "WHERE id = ? AND revision = ?",
            (event_id, appointment_id, payload.get("revision")),
        )
    else:
        conn.exec_driver_sql(
            "UPDATE appointment_answer SET pending = 0, event_id = coalesce(?, event_id) "
            "WHERE group_id = ? AND appointment_id = ? AND txn_id = ?",
            (event_id, group_id, appointment_id, txn_id),
        )


# -- from the server ---------------------------------------------------------------------


@dataclass(frozen=True)
class AppointmentState:
    """The server's current state of one appointment; ``draft`` None: removed."""

    id: str
    group_id: str
    sender: str
    event_id: str
    updated_at: datetime
    draft: Draft | None = None
    organiser: str = ""
    cancelled: bool = False
    revision: int = 1


@dataclass(frozen=True)
class AnswerEvent:
    group_id: str
    appointment_id: str
    user_id: str
    answer: str
    comment: str
    answered_at: datetime
    event_id: str
    txn_id: str | None = None


def upsert_appointments(
    conn: Connection, rows: Sequence[AppointmentState]
) -> tuple[Changes, list[tuple[str, str]]]:
    """Apply the server's state of appointments. Returns what changed and the events
    refused, with the reason: a change by someone other than the organiser."""
    if not rows:
        return Changes(), []
    refused: list[tuple[str, str]] = []
    changed: set[str] = set()
    for row in rows:
        current = conn.exec_driver_sql(
            "SELECT group_id, organiser, revision FROM appointment WHERE id = ?",
            (row.id,),
        ).first()
        if current is not None and (current[0] != row.group_id or current[1] != row.sender):
            refused.append(
                (row.event_id, "an appointment changed by someone other than its organiser")
            )
            continue
        if row.draft is None:
            if current is not None:
                conn.exec_driver_sql("DELETE FROM appointment WHERE id = ?", (row.id,))
                changed.add(row.group_id)
            continue
        if current is not None and row.revision < current[2]:
            continue  # older than ours: from history, or our newer change is still to send
        d = row.draft
        values = (
            row.id,
            row.group_id,
            row.organiser,
            d.title,
            d.starts_at,
            d.ends_at,
            d.all_day,
            d.timezone,
            d.place,
            d.link,
            d.description,
            row.cancelled,
            row.revision,
            row.updated_at,
            row.event_id,
        )
        conn.exec_driver_sql(
            "INSERT INTO appointment (id, group_id, organiser, title, starts_at, ends_at, "
            "all_day, timezone, place, link, description, cancelled, revision, updated_at, "
            "event_id, pending) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0) "
            "ON CONFLICT(id) DO UPDATE SET title=excluded.title, starts_at=excluded.starts_at, "
            "ends_at=excluded.ends_at, all_day=excluded.all_day, timezone=excluded.timezone, "
            "place=excluded.place, link=excluded.link, description=excluded.description, "
            "cancelled=excluded.cancelled, revision=excluded.revision, "
            "updated_at=excluded.updated_at, event_id=excluded.event_id, pending=0",
            values,
        )
        changed.add(row.group_id)
    return Changes(groups=frozenset(changed)), refused


def apply_answers(conn: Connection, rows: Sequence[AnswerEvent]) -> Changes:
    """The members' answers: the newest of each member counts."""
    changed: set[str] = set()
    for row in rows:
        current = conn.execute(
            select(
                AppointmentAnswer.txn_id,
                AppointmentAnswer.pending,
                AppointmentAnswer.answered_at,
                AppointmentAnswer.event_id,
            ).where(
                AppointmentAnswer.group_id == row.group_id,
                AppointmentAnswer.appointment_id == row.appointment_id,
                AppointmentAnswer.user_id == row.user_id,
            )
        ).first()
        if current is not None:
            txn_id, pending, answered_at, event_id = current
            if row.txn_id is not None and row.txn_id == txn_id:
                # Our own answer back from the server: confirmed as it is here.
                conn.exec_driver_sql(
                    "UPDATE appointment_answer SET pending = 0, event_id = ? "
                    "WHERE group_id = ? AND appointment_id = ? AND user_id = ?",
                    (row.event_id, row.group_id, row.appointment_id, row.user_id),
                )
                changed.add(row.group_id)
                continue
            if pending or event_id == row.event_id or answered_at > row.answered_at:
                continue  # ours still to send, seen already, or older than what we have
        conn.exec_driver_sql(
            "INSERT INTO appointment_answer (group_id, appointment_id, user_id, answer, "
            "comment, answered_at, event_id, txn_id, pending) VALUES (?,?,?,?,?,?,?,?,0) "
            "ON CONFLICT(group_id, appointment_id, user_id) DO UPDATE SET "
            "answer=excluded.answer, comment=excluded.comment, "
            "answered_at=excluded.answered_at, event_id=excluded.event_id, "
            "txn_id=excluded.txn_id, pending=0",
            (
                row.group_id,
                row.appointment_id,
                row.user_id,
                row.answer,
                row.comment,
                row.answered_at,
                row.event_id,
                row.txn_id,
            ),
        )
        changed.add(row.group_id)
    return Changes(groups=frozenset(changed))


def draft_of(row: Appointment) -> Draft:
    """The draft an appointment row holds."""
    return Draft(**{name: getattr(row, name) for name in _DRAFT_FIELDS})
