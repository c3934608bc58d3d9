"""Appointments: the agenda across all groups, a group's appointments, one appointment,
and the reminders that are due.

Each appointment comes with every member's answer, named as the directory or the room
names them, its texts cleaned of bidi and control characters (``client.text``). Upcoming
means not over yet (an all-day appointment lasts to the end of its last day); the agenda
lists those soonest first and the past ones newest first, fewer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from client.agenda import AnswerItem, AppointmentItem, Draft, day
from client.text import clean_name, clean_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from client.store import Replica

PAST_LIMIT = 100
# Each is a card in the window (about 2 ms each to build): a year of a busy region.
UPCOMING_LIMIT = 200
# A group shows its appointments from this long ago on.
GROUP_PAST = timedelta(days=7)
# An all-day appointment is reminded of at this local time on its first day.
ALL_DAY_REMINDER = time(8, 0)


@dataclass(frozen=True)
class Agenda:
    upcoming: list[AppointmentItem]
    past: list[AppointmentItem]


def agenda(replica: Replica, now: datetime, past_limit: int = PAST_LIMIT) -> Agenda:
    """Every joined group's appointments: upcoming soonest first, past newest first."""
    from client.models import Appointment

    with replica.session() as conn:
        upcoming = _read(conn, _not_over(now), Appointment.starts_at.asc(), UPCOMING_LIMIT)
        past = _read(conn, ~_not_over(now), Appointment.starts_at.desc(), past_limit)
    return Agenda(upcoming, past)


def of_group(replica: Replica, group_id: str, now: datetime) -> list[AppointmentItem]:
    """A group's appointments not over for long, soonest first."""
    from client.models import Appointment

    with replica.session() as conn:
        return _read(
            conn,
            (Appointment.group_id == group_id) & _not_over(now - GROUP_PAST),
            Appointment.starts_at.asc(),
            UPCOMING_LIMIT,
        )


def one(replica: Replica, appointment_id: str) -> AppointmentItem | None:
    from client.models import Appointment

    with replica.session() as conn:
        found = _read(conn, Appointment.id == appointment_id, Appointment.starts_at.asc(), 1)
    return found[0] if found else None


def due_reminders(
    replica: Replica, now: datetime, lead: timedelta, local_now: datetime | None = None
) -> list[AppointmentItem]:
    """Timed appointments starting within ``lead``, and, from ``ALL_DAY_REMINDER`` of the
    user's day on (``local_now``: the wall clock where the user is), the all-day ones that
    begin that day; each not reminded of at this start yet (a moved appointment is
    reminded of again). Cancelled ones are not."""
    from sqlalchemy import and_, or_

    from client.models import Appointment

    due = and_(
        Appointment.all_day.is_(False),
        Appointment.starts_at > now,
        Appointment.starts_at <= now + lead,
    )
    if local_now is not None and local_now.time() >= ALL_DAY_REMINDER:
        # An all-day appointment's first day is kept as that day's midnight.
        first_day = day(local_now.date())
        due = or_(due, and_(Appointment.all_day.is_(True), Appointment.starts_at == first_day))
    with replica.session() as conn:
        return _read(
            conn,
            due
            & Appointment.cancelled.is_(False)
            & or_(
                Appointment.reminded_start.is_(None),
                Appointment.reminded_start != Appointment.starts_at,
            ),
            Appointment.starts_at.asc(),
            50,
        )


def _not_over(now: datetime) -> Any:
    from sqlalchemy import and_, or_

    from client.models import Appointment

    # An all-day appointment's last day is kept at midnight: it is over a day later.
    return or_(
        and_(Appointment.all_day.is_(False), Appointment.ends_at > now),
        and_(Appointment.all_day.is_(True), Appointment.ends_at > now - timedelta(days=1)),
    )


def _read(session: Session, where: Any, order: Any, limit: int) -> list[AppointmentItem]:
    from sqlalchemy import select

    from client.appointments import draft_of
    from client.models import Account, Appointment, Group

    user_id = session.scalar(select(Account.user_id)) or ""
    rows = session.execute(
        select(Appointment, Group.name)
        .join(Group, Group.id == Appointment.group_id)
        .where(Group.joined.is_(True), where)
        .order_by(order, Appointment.id)
        .limit(limit)
    ).all()
    if not rows:
        return []
    answers = _answers(session, [row[0] for row in rows])
    names = _names(
        session, {row[0].organiser for row in rows} | {a[0] for v in answers.values() for a in v}
    )

    def name(user: str) -> str:
        return clean_name(names.get(user) or "", user)

    items = []
    for appointment, group_name in rows:
        given = tuple(
            AnswerItem(user, name(user), answer, clean_name(comment), bool(pending))
            for user, answer, comment, pending in answers.get(appointment.id, ())
        )
        items.append(
            AppointmentItem(
                id=appointment.id,
                group_id=appointment.group_id,
                group_name=clean_name(group_name, appointment.group_id),
                organiser=appointment.organiser,
                organiser_name=name(appointment.organiser),
                draft=_cleaned(draft_of(appointment)),
                cancelled=bool(appointment.cancelled),
                revision=appointment.revision,
                pending=bool(appointment.pending),
                answers=given,
                mine=appointment.organiser == user_id,
                my_answer=next((a.answer for a in given if a.user_id == user_id), None),
            )
        )
    return items


def _cleaned(draft: Draft) -> Draft:
    """Server text as the views may show it: no bidi or control characters."""
    return replace(
        draft,
        title=clean_name(draft.title),
        place=clean_name(draft.place),
        description=clean_text(draft.description),
    )


def _answers(session: Session, rows: Sequence[Any]) -> dict[str, list[tuple[Any, ...]]]:
    from sqlalchemy import select, tuple_

    from client.models import AppointmentAnswer

    found: dict[str, list[tuple[Any, ...]]] = {}
    keys = [(row.group_id, row.id) for row in rows]
    for appointment_id, *answer in session.execute(
        select(
            AppointmentAnswer.appointment_id,
            AppointmentAnswer.user_id,
            AppointmentAnswer.answer,
            AppointmentAnswer.comment,
            AppointmentAnswer.pending,
        )
        .where(tuple_(AppointmentAnswer.group_id, AppointmentAnswer.appointment_id).in_(keys))
        .order_by(AppointmentAnswer.answered_at)
    ):
        found.setdefault(appointment_id, []).append(tuple(answer))
    return found


def _names(session: Session, users: set[str]) -> dict[str, str]:
    """Directory names, else a name a room gives them."""
    from sqlalchemy import select

    from client.models import Membership, Person

    names: dict[str, str] = {}
    for user, display in session.execute(
        select(Membership.user_id, Membership.display_name).where(
            Membership.user_id.in_(users), Membership.display_name.is_not(None)
        )
    ):
        names[user] = display or user
    for user, name in session.execute(
        select(Person.user_id, Person.name).where(Person.user_id.in_(users))
    ):
        names[user] = name
    return names
