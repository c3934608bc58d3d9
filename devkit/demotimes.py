"""When the demo's sample history happened: realistic timestamps for the seed.

The seed sends thousands of posts in minutes; with the server's clock they would all be
"just now". An application service may set an event's timestamp (``?ts=``), so the seed
plans one for each event here: posts on working days (Monday to Friday, 08:00 to 17:00 in
the region's time zone) over the ``WEEKS`` weeks before the seeding day, every comment after
the one before it in its thread, likes after what they like, an accepted answer after both
question and answer. Planning counts *working* seconds, so a thread that runs past five
o'clock continues the next working morning.

The plan depends only on the sample, the seed and the seeding day, so a re-run on the same
day (or with the day recorded by the first run) plans the same times. Nothing here touches
the network.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from devkit import sample

WEEKS = 6
DAY_START = time(8, 0)
DAY_HOURS = 9  # 08:00 to 17:00
DAY_SECONDS = DAY_HOURS * 3600
# A post is never planned in the last part of the period, so its thread has room to follow.
POST_SPAN = 0.92


def region_zone() -> tzinfo:
    """The region's time zone; a fixed UTC+1 where the system has no time zone data."""
    try:
        return ZoneInfo("Europe/Amsterdam")
    except ZoneInfoNotFoundError:
        return timezone(timedelta(hours=1))


class WorkingClock:
    """Working seconds of the weeks before ``today`` mapped to real instants (ms, UTC)."""

    def __init__(self, today: date, weeks: int = WEEKS, zone: tzinfo | None = None) -> None:
        self.zone = zone if zone is not None else region_zone()
        first = today - timedelta(weeks=weeks)
        self.days = [
            first + timedelta(days=n)
            for n in range((today - first).days)
            if (first + timedelta(days=n)).weekday() < 5
        ]
        self.total = len(self.days) * DAY_SECONDS

    def ms(self, working_second: float) -> int:
        """The instant of a working second; clamped to the period."""
        second = min(max(0.0, working_second), self.total - 0.001)
        day, offset = divmod(second, DAY_SECONDS)
        start = datetime.combine(self.days[int(day)], DAY_START, self.zone)
        return int((start + timedelta(seconds=offset)).astimezone(UTC).timestamp() * 1000)


def _after(rng: random.Random, clock: WorkingClock, at: float, low: int, high: int) -> float:
    """A working second ``low``..``high`` minutes after ``at``, always later than ``at`` and
    inside the period (near its end the steps shrink rather than run past it)."""
    wanted = at + rng.uniform(low * 60, high * 60)
    if wanted < clock.total:
        return wanted
    return at + (clock.total - at) * rng.uniform(0.05, 0.5)


def plan(
    messages: Sequence[sample.SampleMessage],
    documents: Sequence[sample.SampleDocument],
    today: date,
    seed: int = sample.SEED,
) -> dict[str, int]:
    """A timestamp (ms since the epoch) for every key the seed sends: each message's key,
    ``<key>-like-<n>``, ``<key>-answer`` and each document's key."""
    rng = random.Random(f"{seed}:demo-times")
    clock = WorkingClock(today)
    at: dict[str, float] = {}  # message key -> working second
    latest: dict[str, float] = {}  # thread root key -> its latest message
    times: dict[str, int] = {}
    for m in messages:
        if m.thread_root is None:
            at[m.key] = rng.uniform(0, clock.total * POST_SPAN)
        else:
            previous = latest.get(m.thread_root, at.get(m.thread_root, 0.0))
            at[m.key] = _after(rng, clock, previous, 3, 240)
        latest[m.thread_root or m.key] = at[m.key]
        times[m.key] = clock.ms(at[m.key])
    for m in messages:
        for index, _liker in enumerate(m.likes):
            times[f"{m.key}-like-{index}"] = clock.ms(_after(rng, clock, at[m.key], 1, 600))
        if m.answer is not None and m.answer in at:
            marked = _after(rng, clock, max(at[m.key], at[m.answer]), 5, 300)
            times[f"{m.key}-answer"] = clock.ms(marked)
    for d in documents:
        times[d.key] = clock.ms(rng.uniform(0, clock.total))
    return times
