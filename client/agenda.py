"""Appointments as plain values: what a user enters, what the views show, and the rules a
time must follow, whoever wrote it.

Light on purpose (no database stack), so that the pages can name these types before a
replica is open. The same checks serve a draft from the dialog and an appointment from
the server (``sync.appointmentmap``): a time out of range, an end before its start, a zone
that is no IANA name or a link that is not a web address is refused with a reason.

A timed appointment is kept as its start and end in UTC (naive datetimes, as the replica
stores times) plus the IANA zone it was made in; an all-day one as its first and last day
(inclusive), at midnight, in no zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

YES, NO, MAYBE = "yes", "no", "maybe"
ANSWERS = (YES, NO, MAYBE)

MAX_TITLE = 300
MAX_PLACE = 500
MAX_LINK = 2048
MAX_DESCRIPTION = 20_000
MAX_COMMENT = 1_000
MAX_ZONE = 64
# The longest an appointment may last; a conference of a year is a typo or an attack.
MAX_DURATION = timedelta(days=366)
EARLIEST = datetime(1970, 1, 1)
LATEST = datetime(2099, 12, 31, 23, 59, 59)

_LINK = re.compile(r"^https?://[^\s\x00-\x1f\x7f]+$", re.IGNORECASE)
_ZONE = re.compile(r"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*$")


class AppointmentError(ValueError):
    """An appointment that cannot be kept as it is, with the reason."""


@dataclass(frozen=True)
class Draft:
    """What an appointment says, as entered or as received (times as described above)."""

    title: str
    starts_at: datetime
    ends_at: datetime
    all_day: bool = False
    timezone: str = "UTC"
    place: str = ""
    link: str = ""
    description: str = ""


@dataclass(frozen=True)
class AnswerItem:
    user_id: str
    name: str
    answer: str  # yes, no or maybe
    comment: str
    pending: bool


@dataclass(frozen=True)
class AppointmentItem:
    """An appointment as the agenda, a group's stream and the CLI show it."""

    id: str
    group_id: str
    group_name: str
    organiser: str
    organiser_name: str
    draft: Draft
    cancelled: bool
    revision: int
    pending: bool
    answers: tuple[AnswerItem, ...]
    mine: bool  # organised by the signed-in user
    my_answer: str | None

    def count(self, answer: str) -> int:
        return sum(1 for a in self.answers if a.answer == answer)

    def names(self, answer: str) -> list[str]:
        return [a.name for a in self.answers if a.answer == answer]

    def over_at(self) -> datetime:
        """When it is over, in UTC (an all-day one: the day after its last day)."""
        return ends_after(self.draft)


def ends_after(draft: Draft) -> datetime:
    """The first moment after the appointment (UTC, naive); an all-day one counts in UTC."""
    return draft.ends_at + timedelta(days=1) if draft.all_day else draft.ends_at


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``; AppointmentError if it is none (a path, garbage, unknown)."""
    if not isinstance(name, str) or not name or len(name) > MAX_ZONE or not _ZONE.match(name):
        raise AppointmentError("the time zone is not an IANA zone name")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise AppointmentError("the time zone is not an IANA zone name") from exc


def checked(draft: Draft) -> Draft:
    """``draft`` with its text trimmed and cut to size; AppointmentError if it breaks a
    rule."""
    title = " ".join(draft.title.split())[:MAX_TITLE]
    if not title:
        raise AppointmentError("an appointment needs a title")
    link = draft.link.strip()
    if link and (len(link) > MAX_LINK or not _LINK.match(link)):
        raise AppointmentError("the link is not a web address")
    zone(draft.timezone)
    start, end = draft.starts_at, draft.ends_at
    if start.tzinfo is not None or end.tzinfo is not None:
        raise AppointmentError("times are kept in UTC without a zone")
    if not (EARLIEST <= start <= LATEST and EARLIEST <= end <= LATEST):
        raise AppointmentError("a time outside 1970-2099")
    if draft.all_day and (start.time() != datetime.min.time() or end.time() != start.time()):
        raise AppointmentError("an all-day appointment has days, not times")
    if end < start:
        raise AppointmentError("the end is before the start")
    if end - start > MAX_DURATION:
        raise AppointmentError("longer than a year")
    return Draft(
        title=title,
        starts_at=start,
        ends_at=end,
        all_day=draft.all_day,
        timezone=draft.timezone,
        place=" ".join(draft.place.split())[:MAX_PLACE],
        link=link,
        description=draft.description.strip()[:MAX_DESCRIPTION],
    )


def to_utc(local: datetime, zone_name: str) -> datetime:
    """A wall-clock time in ``zone_name`` as naive UTC."""
    return local.replace(tzinfo=zone(zone_name)).astimezone(UTC).replace(tzinfo=None)


def in_zone(utc: datetime, zone_name: str) -> datetime:
    """Naive UTC as an aware time in ``zone_name`` (UTC if the name is no zone)."""
    try:
        tz = zone(zone_name)
    except AppointmentError:
        tz = ZoneInfo("UTC")
    return utc.replace(tzinfo=UTC).astimezone(tz)


def day(value: date) -> datetime:
    """An all-day appointment's day as the replica keeps it."""
    return datetime(value.year, value.month, value.day)
