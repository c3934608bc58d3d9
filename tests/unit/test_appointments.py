"""Appointments: hostile state and answers quarantined, never fatal; the server's state and
answers applied as they converge; the local commands and their outbox entries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from client import quarantine
from client.agenda import AppointmentError, AppointmentItem, Draft, checked, to_utc
from client.commands import LocalCommands
from client.ics import file_name, to_ics
from client.models import OutboxEntry, OutboxKind, Person
from client.reads import appointments as reads
from client.store import Replica
from sync import appointmentmap, mapping
from sync.api import parse_event
from sync.content import apply_isolated
from sync.poison import record_unusable
from tests.conftest import GROUP, USER

JAN = "@jan:harderwijk.test"
NOW = datetime(2031, 1, 1)
_ts = iter(range(1_900_000_000_000, 2_000_000_000_000, 60_000))


def _state(key: str = "apt-1", sender: str = JAN, **content: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": "Teamoverleg",
        "start": "2031-03-04T09:30:00+01:00",
        "end": "2031-03-04T10:30:00+01:00",
        "timezone": "Europe/Amsterdam",
        "organiser": sender,
        "revision": 1,
    }
    body.update(content)
    return {
        "type": appointmentmap.APPOINTMENT_STATE,
        "state_key": key,
        "event_id": f"${key}-{body.get('revision')}-{next(_ts)}",
        "sender": sender,
        "origin_server_ts": next(_ts),
        "content": {k: v for k, v in body.items() if v is not None},
    }


def _answer(sender: str, answer: object, ts: int, **extra: Any) -> dict[str, Any]:
    return {
        "type": appointmentmap.RSVP_EVENT,
        "event_id": f"$rsvp-{ts}",
        "sender": sender,
        "origin_server_ts": ts,
        "content": {"appointment": "apt-1", "answer": answer, **extra},
    }


def _map(*events: dict[str, Any]) -> mapping.RoomBatch:
    parsed = [parse_event(e, GROUP) for e in events]
    return mapping.map_room(GROUP, [], [e for e in parsed if e is not None])


def _apply(replica: Replica, *events: dict[str, Any]) -> None:
    batch = _map(*events)
    with replica.begin() as tx:
        record_unusable(tx, batch, (), NOW)
        apply_isolated(tx, batch, NOW)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"start": "2031-03-04T09:30:00"}, "without its offset"),
        ({"start": "morgen"}, "not ISO 8601"),
        ({"start": 1_900_000_000}, "not ISO 8601 text"),
        ({"start": "9999-12-31T23:59:59+14:00"}, "outside 1970-2099"),
        ({"end": "2031-03-04T08:00:00+01:00"}, "end is before the start"),
        ({"end": "2033-03-04T08:00:00+01:00"}, "longer than a year"),
        ({"timezone": "../../etc/passwd"}, "IANA"),
        ({"timezone": "Mars/Olympus_Mons"}, "IANA"),
        ({"title": "   "}, "title"),
        ({"title": ["x"]}, "title"),
        ({"link": "javascript:alert(1)"}, "web address"),
        ({"revision": True}, "revision"),
        ({"revision": 0}, "revision"),
        ({"cancelled": "yes"}, "true or false"),
        ({"organiser": "@mallory:evil.test"}, "organiser"),
        ({"all_day": True, "start": "2031-03-04T09:30:00+01:00"}, "YYYY-MM-DD"),
        ({"all_day": True, "start": "2031-02-30", "end": "2031-03-01"}, "not a date"),
    ],
)
def test_hostile_appointments_are_quarantined_with_the_reason(
    change: dict[str, Any], reason: str
) -> None:
    batch = _map(_state(**change))
    assert batch.appointments == []
    [bad] = batch.quarantined
    assert reason in bad.reason


def test_times_with_any_offset_become_utc_and_all_day_appointments_stay_days() -> None:
    timed = _map(_state(start="2031-07-01T08:00:00-04:00", end="2031-07-01T12:00:00Z"))
    [row] = timed.appointments
    assert row.draft is not None
    assert (row.draft.starts_at, row.draft.ends_at) == (
        datetime(2031, 7, 1, 12, 0),
        datetime(2031, 7, 1, 12, 0),
    )
    whole = _map(_state(all_day=True, start="2031-07-01", end="2031-07-03", timezone=None))
    [day] = whole.appointments
    assert day.draft is not None and day.draft.all_day and day.draft.timezone == "UTC"
    assert (day.draft.starts_at, day.draft.ends_at) == (datetime(2031, 7, 1), datetime(2031, 7, 3))


def test_the_text_for_other_clients_is_no_post_and_bad_answers_are_quarantined() -> None:
    fallback = {
        "type": "m.room.message",
        "event_id": "$fallback",
        "sender": JAN,
        "origin_server_ts": next(_ts),
        "content": {"msgtype": "m.text", "body": "📅 x", "app.treffpunkt.appointment": {}},
    }
    batch = _map(
        fallback,
        _answer(USER, "perhaps", next(_ts)),
        _answer(USER, "yes", next(_ts), comment=7),
        _answer(USER, "no", next(_ts), appointment=None),
    )
    assert batch.messages == [] and batch.skipped == 1
    assert len(batch.quarantined) == 3


def test_the_server_state_converges_and_only_the_organiser_changes_it(replica: Replica) -> None:
    _apply(replica, _state(revision=2, title="Teamoverleg (verzet)"))
    # History brings an older revision later: it does not win.
    _apply(replica, _state(revision=1))
    # Someone else writes the same state key: set aside.
    _apply(replica, _state(sender="@mallory:evil.test", revision=9, title="Gehackt"))
    [item] = reads.agenda(replica, NOW).upcoming
    assert (item.draft.title, item.revision, item.organiser) == ("Teamoverleg (verzet)", 2, JAN)
    [entry] = quarantine.entries(replica)
    assert "someone other than its organiser" in entry.reason
    _apply(replica, _state(revision=3, cancelled=True))
    [item] = reads.agenda(replica, NOW).upcoming
    assert item.cancelled and item.revision == 3


def test_the_newest_answer_of_each_member_counts(replica: Replica) -> None:
    with replica.session() as session, session.begin():
        session.add(Person(user_id=JAN, name="Jan\u202e de Vries"))
        session.add(Person(user_id=USER, name="Anke Bakker"))
    _apply(replica, _state())
    _apply(replica, _answer(JAN, "yes", 1_900_100_000_000, comment="gern"))
    _apply(replica, _answer(JAN, "no", 1_900_000_000_001))  # older, from history
    commands = LocalCommands(replica, USER)
    commands.answer_appointment("apt-1", "maybe", "  weet  nog niet ")
    # An older answer of ours coming back does not replace the one still to send.
    _apply(replica, _answer(USER, "no", 1_900_000_000_002))
    [item] = reads.agenda(replica, NOW).upcoming
    assert {(a.user_id, a.answer, a.comment, a.pending) for a in item.answers} == {
        (JAN, "yes", "gern", False),
        (USER, "maybe", "weet nog niet", True),
    }
    assert item.my_answer == "maybe" and item.count("yes") == 1
    assert item.names("yes") == ["Jan de Vries"]  # the directory's name, cleaned
    assert item.names("maybe") == ["Anke Bakker"]
    assert item.organiser_name == "Jan de Vries"
    # Our own answer back from the server, by its transaction id: confirmed.
    with replica.session() as session:
        [entry] = session.scalars(select(OutboxEntry)).all()
        txn = entry.txn_id
    echo = _answer(USER, "maybe", next(_ts))
    echo["unsigned"] = {"transaction_id": txn}
    _apply(replica, echo)
    [item] = reads.agenda(replica, NOW).upcoming
    assert not [a for a in item.answers if a.pending]


def test_commands_keep_one_entry_per_appointment_and_only_the_organiser_changes(
    replica: Replica,
) -> None:
    commands = LocalCommands(replica, USER)
    start = to_utc(datetime(2031, 5, 6, 10, 0), "Europe/Amsterdam")
    draft = Draft("Intervisie", start, start + timedelta(hours=1), timezone="Europe/Amsterdam")
    made = commands.create_appointment(GROUP, draft)
    appointment_id = str(made.created)
    assert made.groups == {GROUP} and made.outbox
    commands.change_appointment(appointment_id, draft)
    commands.cancel_appointment(appointment_id)
    with replica.session() as session:
        [entry] = session.scalars(select(OutboxEntry)).all()
        assert entry.kind is OutboxKind.APPOINTMENT
        assert dict(entry.payload) == {"appointment_id": appointment_id, "revision": 3, "new": True}
    with pytest.raises(AppointmentError, match="cancelled"):
        commands.answer_appointment(appointment_id, "yes")
    _apply(replica, _state())
    with pytest.raises(AppointmentError, match="organiser"):
        commands.change_appointment("apt-1", draft)
    with pytest.raises(AppointmentError, match="title"):
        commands.create_appointment(GROUP, Draft(" ", start, start))


def test_a_draft_is_trimmed_and_cut() -> None:
    start = datetime(2031, 1, 1, 9)
    kept = checked(Draft("  Team \n overleg ", start, start, place=" a\tb ", link=" https://x.nl "))
    assert (kept.title, kept.place, kept.link) == ("Team overleg", "a b", "https://x.nl")
    with pytest.raises(AppointmentError, match="days, not times"):
        checked(Draft("x", start, start, all_day=True))


def _item(draft: Draft, **fields: Any) -> AppointmentItem:
    values: dict[str, Any] = {
        "id": "apt-1",
        "group_id": GROUP,
        "group_name": "Jeugd, Gezin; & Zorg",
        "organiser": JAN,
        "organiser_name": "Jan",
        "draft": draft,
        "cancelled": False,
        "revision": 2,
        "pending": False,
        "answers": (),
        "mine": False,
        "my_answer": None,
        **fields,
    }
    return AppointmentItem(**values)


def test_the_ics_file_parses_escapes_everything_and_keeps_times_with_their_zones() -> None:
    from icalendar import Calendar

    hostile = 'Overleg; "BEGIN:VEVENT" END:VCALENDAR, \\n <b>'
    start = to_utc(datetime(2031, 7, 1, 9, 30), "America/New_York")
    timed = Draft(
        hostile,
        start,
        start + timedelta(hours=2),
        timezone="America/New_York",
        place="Raum 1, Etage 2; links",
        link="https://meet.example/a?b=c;d",
        description="Regel 1\nRegel 2\nEND:VEVENT",
    )
    whole = Draft("Heidag", datetime(2031, 12, 30), datetime(2031, 12, 31), all_day=True)
    data = to_ics([_item(timed), _item(whole, id="apt-2", cancelled=True)], datetime(2031, 1, 1, 8))
    lines = data.split(b"\r\n")
    # The hostile title makes no line of its own: two events, one calendar.
    assert lines.count(b"BEGIN:VEVENT") == 2 and lines.count(b"END:VCALENDAR") == 1
    assert all(len(line) <= 75 for line in lines)
    [calendar] = [Calendar.from_ical(data)]
    first, second = calendar.walk("VEVENT")
    assert str(first["summary"]) == hostile
    assert str(first["location"]) == "Raum 1, Etage 2; links"
    assert str(first["description"]).startswith("Regel 1\nRegel 2\nEND:VEVENT")
    begins = first.decoded("dtstart")
    assert begins.tzinfo is not None and str(begins.tzinfo) == "America/New_York"
    assert (begins.hour, begins.minute) == (9, 30)
    assert begins.astimezone(UTC).replace(tzinfo=None) == start
    assert first.decoded("dtend") - begins == timedelta(hours=2)
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    assert (second.decoded("dtstart"), second.decoded("dtend")) == (
        date(2031, 12, 30),
        date(2032, 1, 1),  # the exclusive end RFC 5545 asks for
    )
    assert str(second["status"]) == "CANCELLED" and first.decoded("sequence") == 1
    assert file_name(_item(timed)).endswith(".ics")
    assert "/" not in file_name(_item(Draft("../../x", start, start)))
