"""The activity view's figures for a group or an organisation, from the replica alone.

What is counted, so that a community manager can rely on it:

- **Weeks**: the last ``WEEKS`` weeks (Monday to Sunday, UTC), the current one last;
  posts (questions included) and comments written in each, removed ones left out.
- **Active members**: whoever wrote a post or comment in the last ``ACTIVE_DAYS`` days.
- **Open questions**: every question, of any age, that is not removed and has no comment
  marked as its answer; the oldest ``OPEN_LIST`` are listed.
- **Median time to a first answer**: over the questions asked since the first week, the
  time from the question to its first comment by someone other than the asker.
- **Quiet**: a group where nothing (not even what was removed later) was written for
  ``QUIET_AFTER``.

An organisation's figures are those of its joined groups together. Each figure is one
query that reads an index alone (``ix_message_activity`` for the weeks and writers,
``ix_message_question`` for the questions), so that the view opens quickly on a replica of
a million posts.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from client.rows import Activity, GroupActivity, MemberActivity, OpenQuestion, WeekActivity
from client.text import clean_name

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from client.store import Replica

WEEKS = 26
ACTIVE_DAYS = 28
QUIET_AFTER = timedelta(days=28)
OPEN_LIST = 200
_CHUNK = 500


def _stamp(value: datetime) -> str:
    # The replica's DateTime columns hold this text, so it compares as the stored values do.
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def week_start(at: datetime) -> datetime:
    """Monday 00:00 of ``at``'s week."""
    day = at.replace(hour=0, minute=0, second=0, microsecond=0)
    return day - timedelta(days=day.weekday())


def _marks(n: int) -> str:
    return ",".join("?" * n)


def group_activity(replica: Replica, group_id: str, now: datetime) -> Activity:
    """The activity of one group."""
    return _activity(replica, [group_id], now)


def organisation_activity(replica: Replica, organisation_id: str, now: datetime) -> Activity:
    """The activity of an organisation's joined groups together, each also on its own."""
    with replica.connect() as conn:
        ids = [
            str(row[0])
            for row in conn.exec_driver_sql(
                'SELECT g.id FROM "group" g JOIN group_organisation o ON o.group_id = g.id '
                "WHERE o.organisation_id = ? AND g.joined = 1",
                (organisation_id,),
            )
        ]
    return _activity(replica, ids, now)


def _activity(replica: Replica, group_ids: Sequence[str], now: datetime) -> Activity:
    since = week_start(now) - timedelta(weeks=WEEKS - 1)
    active_since = now - timedelta(days=ACTIVE_DAYS)
    weeks = [[0, 0] for _ in range(WEEKS)]
    per_group: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    writers: dict[str, set[str]] = defaultdict(set)
    member_counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    open_counts: Counter[str] = Counter()
    first_answers: list[float] = []
    opened: list[tuple[str, int, str, str, str]] = []
    with replica.connect() as conn:
        names = _group_names(conn, group_ids)
        last = {g: _last_activity(conn, g) for g in group_ids}
        for chunk in _chunks(group_ids):
            marks = _marks(len(chunk))
            for group_id, kind, week, count in conn.exec_driver_sql(
                "SELECT group_id, kind = 'comment', CAST((julianday(created_at) - "
                "julianday(?)) / 7 AS INTEGER), COUNT(*) FROM message "
                f"WHERE group_id IN ({marks}) AND created_at >= ? AND deleted = 0 "
                "GROUP BY 1, 2, 3",
                (_stamp(since), *chunk, _stamp(since)),
            ):
                # Later than now (a sender's clock ahead): counted in the current week.
                weeks[min(week, WEEKS - 1)][int(kind)] += count
                per_group[group_id][int(kind)] += count
            for group_id, author, kind, count in conn.exec_driver_sql(
                "SELECT group_id, author, kind = 'comment', COUNT(*) FROM message "
                f"WHERE group_id IN ({marks}) AND created_at >= ? AND deleted = 0 "
                "GROUP BY 1, 2, 3",
                (*chunk, _stamp(active_since)),
            ):
                writers[group_id].add(author)
                member_counts[author][int(kind)] += count
            open_counts.update(
                dict(
                    conn.exec_driver_sql(
                        "SELECT group_id, COUNT(*) FROM message "
                        f"WHERE group_id IN ({marks}) AND kind = 'question' "
                        "AND answer_id IS NULL AND deleted = 0 GROUP BY group_id",
                        tuple(chunk),
                    ).all()
                )
            )
            opened += conn.exec_driver_sql(
                "SELECT created_at, id, group_id, author, substr(body, 1, 300) FROM message "
                f"WHERE group_id IN ({marks}) AND kind = 'question' AND answer_id IS NULL "
                "AND deleted = 0 ORDER BY created_at, id LIMIT ?",
                (*chunk, OPEN_LIST),
            ).all()
            first_answers += _first_answers(conn, chunk, since)
        opened.sort(key=lambda row: (str(row[0]), row[1]))
        opened = opened[:OPEN_LIST]
        people = _names(conn, {*member_counts, *(row[3] for row in opened)})
    groups = tuple(
        GroupActivity(
            group_id=g,
            name=names.get(g, g),
            posts=per_group[g][0] if g in per_group else 0,
            comments=per_group[g][1] if g in per_group else 0,
            active_members=len(writers.get(g, ())),
            open_questions=open_counts.get(g, 0),
            last_activity=at,
            quiet=at is None or now - at >= QUIET_AFTER,
        )
        for g, at in sorted(
            last.items(), key=lambda item: (names.get(item[0], item[0]).casefold(), item[0])
        )
    )
    members = sorted(
        (
            MemberActivity(user, people.get(user, user), posts, comments)
            for user, (posts, comments) in member_counts.items()
        ),
        key=lambda m: (-(m.posts + m.comments), m.name.casefold(), m.user_id),
    )
    return Activity(
        now=now,
        since=since,
        weeks=tuple(
            WeekActivity(since + timedelta(weeks=i), posts, comments)
            for i, (posts, comments) in enumerate(weeks)
        ),
        groups=groups,
        members=tuple(members),
        open_questions=tuple(
            OpenQuestion(
                id=int(message_id),
                group_id=group_id,
                group_name=names.get(group_id, group_id),
                author_name=people.get(author, author),
                title=clean_name((body or "").strip().split("\n", 1)[0][:200]),
                asked_at=_as_datetime(at),
            )
            for at, message_id, group_id, author, body in opened
        ),
        open_count=sum(open_counts.values()),
        median_first_answer=statistics.median(first_answers) if first_answers else None,
    )


def _chunks(items: Sequence[str]) -> list[Sequence[str]]:
    return [items[i : i + _CHUNK] for i in range(0, len(items), _CHUNK)]


def _group_names(conn: Connection, group_ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(group_ids):
        for group_id, name in conn.exec_driver_sql(
            f'SELECT id, name FROM "group" WHERE id IN ({_marks(len(chunk))})', tuple(chunk)
        ):
            out[group_id] = clean_name(name or "", group_id)
    return out


def _last_activity(conn: Connection, group_id: str) -> datetime | None:
    # One index seek per group (SQLite's min/max optimisation), where GROUP BY would scan.
    value = conn.exec_driver_sql(
        "SELECT MAX(created_at) FROM message WHERE group_id = ?", (group_id,)
    ).scalar()
    return None if value is None else _as_datetime(value)


def _first_answers(conn: Connection, group_ids: Sequence[str], since: datetime) -> list[float]:
    """Seconds from each question asked since ``since`` to its first comment by another."""
    rows = conn.exec_driver_sql(
        "SELECT q.created_at, (SELECT MIN(c.created_at) FROM message c "
        "WHERE c.thread_root_id = q.id AND c.author != q.author AND c.deleted = 0) "
        f"FROM message q WHERE q.group_id IN ({_marks(len(group_ids))}) "
        "AND q.created_at >= ? AND q.kind = 'question' AND q.deleted = 0",
        (*group_ids, _stamp(since)),
    ).all()
    return [
        (_as_datetime(answered) - _as_datetime(asked)).total_seconds()
        for asked, answered in rows
        if answered is not None
    ]


def _names(conn: Connection, user_ids: set[str]) -> dict[str, str]:
    """Display names: the directory's, else one the user gave in a group, else the id."""
    found: dict[str, str] = {}
    users = sorted(user_ids)
    for chunk in _chunks(users):
        marks = _marks(len(chunk))
        for user_id, name in conn.exec_driver_sql(
            "SELECT user_id, display_name FROM membership "
            f"WHERE user_id IN ({marks}) AND display_name IS NOT NULL",
            tuple(chunk),
        ):
            found[user_id] = name
        for user_id, name in conn.exec_driver_sql(
            f"SELECT user_id, name FROM person WHERE user_id IN ({marks})", tuple(chunk)
        ):
            found[user_id] = name
    return {u: clean_name(found.get(u, ""), u) for u in users}
