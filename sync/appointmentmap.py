"""Appointments and answers in Matrix, both ways (docs/matrix-mapping.md, "Appointments").

An appointment is the state event ``app.treffpunkt.appointment`` keyed by its id; each new
revision is announced by an ``m.notice`` message that any Matrix client shows, which carries
the appointment's id so that Treffpunkt does not show it as a post. An answer is a
timeline event ``app.treffpunkt.rsvp`` naming the appointment; the newest of a member's
answers counts.

Every field from the server is hostile: a time that is not ISO 8601 with an offset (or a
plain date for an all-day appointment), out of range, ending before it starts, a zone that
is no IANA name, a link that is not a web address, an organiser who is not the sender: the
parsers raise ``ValueError`` and the mapping quarantines the event.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from client.agenda import (
    ANSWERS,
    MAX_COMMENT,
    MAX_DESCRIPTION,
    MAX_TITLE,
    AppointmentError,
    Draft,
    checked,
    day,
    in_zone,
)
from client.appointments import AnswerEvent, AppointmentState, Outgoing
from sync.api import Event

APPOINTMENT_STATE = "app.treffpunkt.appointment"
RSVP_EVENT = "app.treffpunkt.rsvp"
# On the fallback message: which appointment (and revision) it announces.
APPOINTMENT_KEY = "app.treffpunkt.appointment"
MAX_ID = 255
MAX_REVISION = 2**31 - 1
# Longest text of a time field read at all: "2026-12-08T09:00:00.000000+05:30" is 32.
_MAX_TIME_TEXT = 40


def _text(content: Any, key: str, cap: int, *, required: bool = False) -> str:
    value = content.get(key, "")
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise AppointmentError(f"{key} is missing or not text")
    return value[: cap * 2]  # checked() trims and cuts; this bounds the work before it


def _instant(value: object) -> datetime:
    """ISO 8601 with an offset, as naive UTC."""
    if not isinstance(value, str) or len(value) > _MAX_TIME_TEXT:
        raise AppointmentError("a time that is not ISO 8601 text")
    try:
        parsed = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError as exc:
        raise AppointmentError("a time that is not ISO 8601") from exc
    if parsed.tzinfo is None:
        raise AppointmentError("a time without its offset")
    try:
        return parsed.astimezone(UTC).replace(tzinfo=None)
    except (OverflowError, ValueError) as exc:
        raise AppointmentError("a time out of range") from exc


def _day(value: object) -> datetime:
    if not isinstance(value, str) or len(value) != 10:
        raise AppointmentError("an all-day appointment's day is not YYYY-MM-DD")
    try:
        return day(date.fromisoformat(value))
    except ValueError as exc:
        raise AppointmentError("an all-day appointment's day is not a date") from exc


def parse_state(room_id: str, event: Event, updated_at: datetime) -> AppointmentState | None:
    """The appointment a state event holds; None for an emptied one (ignored: an
    appointment ends by being cancelled, and history would bring old emptied states)."""
    content = event.content
    key = event.state_key or ""
    if not content:
        return None
    if not key or len(key) > MAX_ID:
        raise AppointmentError("an appointment without a usable id")
    organiser = content.get("organiser")
    if organiser != event.sender:
        raise AppointmentError("an appointment whose organiser is not its sender")
    all_day = content.get("all_day", False)
    cancelled = content.get("cancelled", False)
    revision = content.get("revision")
    if not isinstance(all_day, bool) or not isinstance(cancelled, bool):
        raise AppointmentError("all_day or cancelled is not true or false")
    if isinstance(revision, bool) or not isinstance(revision, int):
        raise AppointmentError("the revision is not a number")
    if not 1 <= revision <= MAX_REVISION:
        raise AppointmentError("the revision is out of range")
    read = _day if all_day else _instant
    zone_name = content.get("timezone", "UTC")
    draft = checked(
        Draft(
            title=_text(content, "title", MAX_TITLE, required=True),
            starts_at=read(content.get("start")),
            ends_at=read(content.get("end")),
            all_day=all_day,
            timezone=zone_name if isinstance(zone_name, str) else "",
            place=_text(content, "place", MAX_DESCRIPTION),
            link=_text(content, "link", MAX_DESCRIPTION),
            description=_text(content, "description", MAX_DESCRIPTION),
        )
    )
    return AppointmentState(
        id=key,
        group_id=room_id,
        sender=event.sender,
        event_id=event.event_id,
        updated_at=updated_at,
        draft=draft,
        organiser=event.sender,
        cancelled=cancelled,
        revision=revision,
    )


def parse_answer(room_id: str, event: Event, answered_at: datetime) -> AnswerEvent:
    content = event.content
    appointment = content.get("appointment")
    if not isinstance(appointment, str) or not appointment or len(appointment) > MAX_ID:
        raise AppointmentError("an answer without its appointment")
    answer = content.get("answer")
    if answer not in ANSWERS:
        raise AppointmentError("an answer that is not yes, no or maybe")
    comment = content.get("comment") or ""
    if not isinstance(comment, str):
        raise AppointmentError("an answer's comment is not text")
    txn = event.unsigned.get("transaction_id")
    return AnswerEvent(
        group_id=room_id,
        appointment_id=appointment,
        user_id=event.sender,
        answer=str(answer),
        comment=" ".join(comment.split())[:MAX_COMMENT],
        answered_at=answered_at,
        event_id=event.event_id,
        txn_id=txn if isinstance(txn, str) else None,
    )


def is_fallback(content: Any) -> bool:
    """Whether a message announces an appointment (shown as the appointment, not a post)."""
    return APPOINTMENT_KEY in content


# -- outbound --------------------------------------------------------------------------


def _time_text(value: datetime, all_day: bool) -> str:
    if all_day:
        return value.date().isoformat()
    return value.replace(tzinfo=UTC).isoformat().replace("+00:00", "Z")


def state_content(appointment: Outgoing) -> dict[str, Any]:
    d = appointment.draft
    return {
        "title": d.title,
        "start": _time_text(d.starts_at, d.all_day),
        "end": _time_text(d.ends_at, d.all_day),
        "all_day": d.all_day,
        "timezone": d.timezone,
        "place": d.place,
        "link": d.link,
        "description": d.description,
        "organiser": appointment.organiser,
        "cancelled": appointment.cancelled,
        "revision": appointment.revision,
    }


def when_text(draft: Draft) -> str:
    """When, in the appointment's own zone, in a form every language reads."""
    if draft.all_day:
        first, last = draft.starts_at.date(), draft.ends_at.date()
        return first.isoformat() if first == last else f"{first.isoformat()} - {last.isoformat()}"
    start, end = in_zone(draft.starts_at, draft.timezone), in_zone(draft.ends_at, draft.timezone)
    until = end.strftime("%H:%M") if end.date() == start.date() else end.strftime("%Y-%m-%d %H:%M")
    return f"{start:%Y-%m-%d %H:%M} - {until} ({draft.timezone})"


def fallback_content(appointment: Outgoing, *, new: bool) -> dict[str, Any]:
    """The message a plain Matrix client shows for a new, changed or cancelled appointment.
    The server's users share no language, so it is mostly the appointment's own words."""
    d = appointment.draft
    if appointment.cancelled:
        head = f"📅 ❌ {d.title} (cancelled / abgesagt / geannuleerd)"
    elif new:
        head = f"📅 {d.title}"
    else:
        head = f"📅 {d.title} (changed / geändert / gewijzigd)"
    lines = [head, f"🕒 {when_text(d)}"]
    if d.place:
        lines.append(f"📍 {d.place}")
    if d.link:
        lines.append(f"🔗 {d.link}")
    if d.description and not appointment.cancelled:
        lines.extend(["", d.description])
    return {
        # A notice: the server's push rules neither notify nor count it as unread, so that
        # a group's badge clears when its posts are read.
        "msgtype": "m.notice",
        "body": "\n".join(lines),
        APPOINTMENT_KEY: {"id": appointment.id, "revision": appointment.revision},
        "m.mentions": {},
    }


def answer_content(appointment_id: str, answer: str, comment: str) -> dict[str, Any]:
    content: dict[str, Any] = {"appointment": appointment_id, "answer": answer}
    if comment:
        content["comment"] = comment
    return content
