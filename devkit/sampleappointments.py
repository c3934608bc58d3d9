"""The sample region's appointments (``resources/sample/appointments.json``), placed around
the day the sample is written: mostly in the days to come, one that is over.

Each names its group, its organiser and those who answered by their place in the group's
member list, so that it stays right when the directory is generated again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from client.agenda import Draft, checked, day, to_utc
from client.appointments import (
    AnswerEvent,
    AppointmentState,
    apply_answers,
    upsert_appointments,
)
from client.changes import Changes

RESOURCE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "appointments.json"


def _draft(spec: dict[str, Any], today: date) -> Draft:
    first = today + timedelta(days=int(spec["day"]))
    if spec.get("all_day"):
        last = first + timedelta(days=int(spec.get("days", 1)) - 1)
        return checked(
            Draft(
                spec["title"],
                day(first),
                day(last),
                all_day=True,
                place=spec.get("place", ""),
                description=spec.get("description", ""),
            )
        )
    zone = spec["timezone"]
    start = to_utc(datetime.combine(first, time.fromisoformat(spec["time"])), zone)
    return checked(
        Draft(
            spec["title"],
            start,
            start + timedelta(minutes=int(spec["minutes"])),
            timezone=zone,
            place=spec.get("place", ""),
            link=spec.get("link", ""),
            description=spec.get("description", ""),
        )
    )


def appointments(
    groups: Sequence[Any], today: date | None = None
) -> list[tuple[AppointmentState, list[AnswerEvent]]]:
    """The sample's appointments with their answers, as sync would read them."""
    today = today or date.today()
    by_key = {g.key: g for g in groups}
    found = []
    for spec in json.loads(RESOURCE.read_text(encoding="utf-8")):
        group = by_key.get(spec["group"])
        people = [spec["organiser"], *(a[0] for a in spec.get("answers", ()))]
        # A cut-down sample (the fleet benchmark's) keeps those whose people it has.
        if group is None or max(people) >= len(group.members):
            continue
        draft = _draft(spec, today)
        made = draft.starts_at - timedelta(days=7)
        organiser = group.members[spec["organiser"]]
        state = AppointmentState(
            id=f"apt-{spec['key']}",
            group_id=group.room_id,
            sender=organiser,
            event_id=f"$apt-{spec['key']}",
            updated_at=made,
            draft=draft,
            organiser=organiser,
        )
        answers = [
            AnswerEvent(
                group_id=group.room_id,
                appointment_id=state.id,
                user_id=group.members[member],
                answer=answer,
                comment=comment,
                answered_at=made + timedelta(hours=n + 1),
                event_id=f"$rsvp-{spec['key']}-{n}",
            )
            for n, (member, answer, comment) in enumerate(spec.get("answers", ()))
        ]
        found.append((state, answers))
    return found


def write(conn: Connection, groups: Sequence[Any], today: date | None = None) -> Changes:
    """The sample's appointments and answers, through the path sync writes them."""
    found = appointments(groups, today)
    changes, _refused = upsert_appointments(conn, [state for state, _ in found])
    return changes | apply_answers(conn, [a for _, answers in found for a in answers])
