"""The activity view's figures against a count done here in plain Python over the generated
group, not with the read's SQL; and the CSV export's guard against formulas."""

from __future__ import annotations

import csv
import random
import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from client.csvexport import safe_cell, write_csv
from client.ingest import MessageRow, apply_answers, apply_redactions, ingest_messages
from client.reads.activity import (
    ACTIVE_DAYS,
    QUIET_AFTER,
    WEEKS,
    group_activity,
    organisation_activity,
    week_start,
)
from client.store import Replica
from tests.conftest import GROUP, ORG, OTHER_GROUP

NOW = datetime(2026, 3, 4, 15, 30)  # a Wednesday
AUTHORS = [f"@member{i}:harderwijk.test" for i in range(9)]


@dataclass
class Written:
    event_id: str
    kind: str
    author: str
    at: datetime
    root: str | None = None
    deleted: bool = False
    answer: str | None = None


def _generate(seed: int) -> list[Written]:
    """A group's history: about a year of posts, questions and comments, some removed,
    some questions answered, a few written in the future by a wrong clock."""
    rng = random.Random(seed)
    out: list[Written] = []
    roots: list[Written] = []
    for n in range(900):
        at = NOW - timedelta(minutes=rng.randrange(-600, 365 * 24 * 60))
        author = rng.choice(AUTHORS)
        if roots and rng.random() < 0.6:
            root = rng.choice(roots)
            at = max(at, root.at + timedelta(minutes=rng.randrange(1, 5000)))
            out.append(Written(f"$c{n}", "comment", author, at, root=root.event_id))
        else:
            kind = "question" if rng.random() < 0.3 else "post"
            written = Written(f"$p{n}", kind, author, at)
            roots.append(written)
            out.append(written)
    by_id = {w.event_id: w for w in out}
    for w in out:
        if rng.random() < 0.05:
            w.deleted = True
        if w.kind == "comment" and by_id[w.root or ""].kind == "question" and rng.random() < 0.3:
            by_id[w.root or ""].answer = w.event_id
    return out


def _write(replica: Replica, written: list[Written], group_id: str = GROUP) -> None:
    ordered = sorted(written, key=lambda w: (w.root is not None, w.at))
    with replica.begin() as conn:
        ingest_messages(
            conn,
            [
                MessageRow(
                    w.event_id,
                    w.kind,
                    group_id,
                    w.author,
                    f"Frage {w.event_id}\nmehr",
                    "<p>x</p>",
                    w.at,
                    thread_root_event_id=w.root,
                )
                for w in ordered
            ],
        )
        apply_answers(
            conn, [(w.event_id, w.answer, w.author) for w in written if w.answer is not None]
        )
        apply_redactions(conn, [w.event_id for w in written if w.deleted])


def test_a_generated_group_counts_as_a_plain_count_does(replica: Replica) -> None:
    written = _generate(16)
    _write(replica, written)
    activity = group_activity(replica, GROUP, NOW)

    # Counted here: Mondays, days and minutes, not the read's julianday weeks.
    monday = (NOW - timedelta(days=NOW.weekday())).replace(hour=0, minute=0, second=0)
    first = monday - timedelta(days=7 * (WEEKS - 1))
    live = [w for w in written if not w.deleted]
    posts = [0] * WEEKS
    comments = [0] * WEEKS
    for w in live:
        if w.at >= first:
            week = min((w.at - first).days // 7, WEEKS - 1)
            (comments if w.kind == "comment" else posts)[week] += 1
    assert [w.posts for w in activity.weeks] == posts
    assert [w.comments for w in activity.weeks] == comments
    assert activity.weeks[0].start == first and activity.since == first
    assert sum(posts) > 100 and sum(comments) > 100 and any(w.at > NOW for w in live)

    recent = {w.author for w in live if w.at >= NOW - timedelta(days=ACTIVE_DAYS)}
    assert {m.user_id for m in activity.members} == recent
    (group,) = activity.groups
    assert group.active_members == len(recent)
    assert (group.posts, group.comments) == (sum(posts), sum(comments))

    open_questions = sorted(
        (w for w in live if w.kind == "question" and w.answer is None), key=lambda w: w.at
    )
    assert activity.open_count == group.open_questions == len(open_questions)
    assert [q.asked_at for q in activity.open_questions] == [w.at for w in open_questions]
    assert activity.open_questions[0].title == f"Frage {open_questions[0].event_id}"

    waits = []
    for q in live:
        if q.kind == "question" and q.at >= first:
            replies = [c.at for c in live if c.root == q.event_id and c.author != q.author]
            if replies:
                waits.append((min(replies) - q.at).total_seconds())
    assert waits and activity.median_first_answer == statistics.median(waits)

    newest = max(w.at for w in written)
    assert group.last_activity == newest and group.quiet is (NOW - newest >= QUIET_AFTER)


def test_an_organisation_adds_its_groups_and_names_the_quiet_ones(replica: Replica) -> None:
    written = _generate(3)
    _write(replica, written)
    old = [Written("$old", "question", AUTHORS[0], NOW - timedelta(days=500))]
    _write(replica, old, OTHER_GROUP)
    activity = organisation_activity(replica, ORG, NOW)
    by_id = {g.group_id: g for g in activity.groups}
    assert set(by_id) == {GROUP, OTHER_GROUP}
    assert by_id[OTHER_GROUP].quiet and not by_id[GROUP].quiet
    assert activity.open_count == by_id[GROUP].open_questions + 1
    alone = group_activity(replica, GROUP, NOW)
    assert [w.posts for w in activity.weeks] == [w.posts for w in alone.weeks]
    assert activity.open_questions[0].group_id == OTHER_GROUP  # the oldest first


def test_a_group_without_posts_is_quiet_and_empty(replica: Replica) -> None:
    activity = group_activity(replica, OTHER_GROUP, NOW)
    assert activity.groups[0].quiet and activity.groups[0].last_activity is None
    assert activity.median_first_answer is None and not activity.members
    assert week_start(NOW).weekday() == 0


def test_csv_cells_that_a_spreadsheet_would_run_are_made_text(tmp_path: Path) -> None:
    hostile = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\t=1", "\r=1", "Gruppe"]
    path = tmp_path / "activity.csv"
    write_csv(path, ["name", "posts"], [[h, 3] for h in hostile])
    with path.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["name", "posts"]
    assert [r[0] for r in rows[1:]] == ["'" + h for h in hostile[:-1]] + ["Gruppe"]
    assert all(r[1] == "3" for r in rows[1:])
    assert safe_cell(-2) == "-2"  # a number stays a number
