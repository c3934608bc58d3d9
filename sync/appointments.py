"""Appointments as sync applies them and as the outbox sends them.

Applying: a group's appointment states and answers, after its messages. A change of an
appointment by someone other than the organiser the replica knows is quarantined (the
room's power levels let any member write the state event; only the organiser's count).

Sending: an appointment entry puts the appointment's newest revision as state, then sends
the message other clients show, with the entry's transaction id; a retry puts the same
state again (the server keeps one current state, so nothing doubles) and the message is
deduplicated by its transaction id. An answer entry sends the user's newest answer.
"""

from __future__ import annotations

from datetime import datetime

from client import appointments
from client.changes import Changes
from client.outbox import Entry, OutboxKind
from client.store import Replica, Transaction
from sync import api, appointmentmap
from sync.calls import Caller, PermanentEntryError
from sync.mapping import RoomBatch
from sync.poison import quarantine_event


def apply_appointments(tx: Transaction, batch: RoomBatch, at: datetime) -> Changes:
    changes, refused = appointments.upsert_appointments(tx, batch.appointments)
    if refused:
        events = {e.event_id: e for e in batch.events}
        for event_id, reason in refused:
            if event_id in events:
                quarantine_event(tx, batch.room_id, events[event_id], reason, at)
    if batch.appointment_answers:
        changes = changes | appointments.apply_answers(tx, batch.appointment_answers)
    return changes


def send(caller: Caller, replica: Replica, user_id: str, entry: Entry) -> str | None:
    """Send an appointment or answer entry; returns the event id to record."""
    appointment_id = entry.payload.get("appointment_id")
    if entry.kind is OutboxKind.RSVP:
        mine = appointments.outgoing_answer(replica, entry.group_id, appointment_id, user_id)
        if mine is None or not isinstance(appointment_id, str):
            return None  # nothing left to say
        content = appointmentmap.answer_content(appointment_id, *mine)
        return caller.call(
            api.send_event(entry.group_id, appointmentmap.RSVP_EVENT, entry.txn_id, content)
        ).event_id
    outgoing = appointments.outgoing(replica, appointment_id)
    if outgoing is None:
        raise PermanentEntryError("the appointment no longer exists")
    state = caller.call(
        api.put_state_event(
            entry.group_id,
            appointmentmap.APPOINTMENT_STATE,
            appointmentmap.state_content(outgoing),
            outgoing.id,
        )
    )
    fallback = appointmentmap.fallback_content(outgoing, new=bool(entry.payload.get("new")))
    caller.call(api.send_event(entry.group_id, "m.room.message", entry.txn_id, fallback))
    return state.event_id
