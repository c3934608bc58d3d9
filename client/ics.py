"""Appointments as an iCalendar file (RFC 5545), for Outlook, Thunderbird and the like.

Timed appointments keep their own zone (``DTSTART;TZID=…`` with the zone's
``VTIMEZONE`` for the years they need), all-day ones are dates with the exclusive end the
RFC asks for. Every text comes from the server or the user and is escaped by the
``icalendar`` package (commas, semicolons, backslashes, line breaks); a link is only
written if it is a web address (``client.agenda.checked`` made sure).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from client.agenda import AppointmentItem, in_zone
from client.filenames import safe_filename

PRODUCT = "-//Treffpunkt//Agenda//EN"
UID_DOMAIN = "treffpunkt"


def to_ics(items: Sequence[AppointmentItem], now: datetime) -> bytes:
    """A calendar of ``items``; ``now`` (naive UTC) is their time stamp."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    stamp = now.replace(tzinfo=UTC)
    for item in items:
        d = item.draft
        event = Event()
        event.add("uid", f"{item.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        # An update of the same UID with a higher SEQUENCE replaces the one imported before.
        event.add("sequence", max(item.revision - 1, 0))
        event.add("summary", d.title)
        if d.all_day:
            event.add("dtstart", d.starts_at.date())
            event.add("dtend", d.ends_at.date() + timedelta(days=1))
        else:
            event.add("dtstart", in_zone(d.starts_at, d.timezone))
            event.add("dtend", in_zone(d.ends_at, d.timezone))
        if d.place:
            event.add("location", d.place)
        if d.link:
            event.add("url", d.link)
        description = "\n\n".join(part for part in (d.description, d.link) if part)
        if description:
            event.add("description", description)
        event.add("categories", [item.group_name])
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        calendar.add_component(event)
    if items:
        first = min(i.draft.starts_at for i in items).date()
        last = max(i.draft.ends_at for i in items).date()
        calendar.add_missing_timezones(
            first_date=date(first.year, 1, 1), last_date=date(last.year + 1, 12, 31)
        )
    data: bytes = calendar.to_ical()
    return data


def file_name(item: AppointmentItem | None) -> str:
    """A name to offer when saving: the appointment's day and title, or the agenda's."""
    if item is None:
        return "agenda.ics"
    return safe_filename(f"{item.draft.starts_at:%Y-%m-%d} {item.draft.title}.ics")
