"""The demo seed's timestamp plan: weeks of working days before the seeding day, in order."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from devkit import demotimes, sample

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.fixture(scope="module")
def data() -> sample.SampleData:
    return sample.generate()


@pytest.fixture(scope="module")
def times(data: sample.SampleData) -> dict[str, int]:
    return demotimes.plan(data.messages, data.documents, TODAY)


def _local(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone(demotimes.region_zone())


def test_every_event_has_a_time_in_working_hours_of_the_weeks_before(
    data: sample.SampleData, times: dict[str, int]
) -> None:
    keys = {m.key for m in data.messages} | {d.key for d in data.documents}
    keys |= {f"{m.key}-like-{i}" for m in data.messages for i in range(len(m.likes))}
    keys |= {f"{m.key}-answer" for m in data.messages if m.answer}
    assert set(times) == keys
    first = TODAY - timedelta(weeks=demotimes.WEEKS)
    for key, ms in times.items():
        at = _local(ms)
        assert first <= at.date() < TODAY, key
        assert at.weekday() < 5, key
        assert time(8, 0) <= at.time() < time(17, 0), key
    # Spread over the weeks, not bunched: posts on most working days of the period.
    days = {_local(times[m.key]).date() for m in data.messages if m.thread_root is None}
    assert len(days) >= 25


def test_comments_follow_their_post_and_likes_and_answers_what_they_follow(
    data: sample.SampleData, times: dict[str, int]
) -> None:
    by_key = {m.key: m for m in data.messages}
    previous: dict[str, int] = {}
    for m in data.messages:
        if m.thread_root is not None:
            assert times[m.key] > previous[m.thread_root], m.key
        previous[m.thread_root or m.key] = times[m.key]
        for index in range(len(m.likes)):
            assert times[f"{m.key}-like-{index}"] > times[m.key]
        if m.answer:
            assert times[f"{m.key}-answer"] > times[m.key]
            assert times[f"{m.key}-answer"] > times[by_key[m.answer].key]
    assert len(set(times.values())) == len(times)  # unique: they identify the events


def test_the_plan_is_deterministic_from_the_seed_and_relative_to_the_day(
    data: sample.SampleData, times: dict[str, int]
) -> None:
    assert demotimes.plan(data.messages, data.documents, TODAY) == times
    other = demotimes.plan(data.messages, data.documents, TODAY, seed=sample.SEED + 1)
    assert other != times
    week_later = demotimes.plan(data.messages, data.documents, TODAY + timedelta(weeks=1))
    # A week later, the same working days one week on: the same history, moved.
    shifted = {k: _local(v) for k, v in week_later.items()}
    for key, ms in times.items():
        assert shifted[key].date() - _local(ms).date() == timedelta(weeks=1), key
        assert shifted[key].time() == _local(ms).time(), key


def test_the_working_clock_skips_nights_and_weekends() -> None:
    clock = demotimes.WorkingClock(date(2026, 11, 30), weeks=1)  # Mon 23 .. Fri 27 Nov
    assert len(clock.days) == 5
    assert _local(clock.ms(0)) == datetime(2026, 11, 23, 8, 0, tzinfo=demotimes.region_zone())
    end_of_monday = _local(clock.ms(demotimes.DAY_SECONDS - 1))
    assert (end_of_monday.day, end_of_monday.hour, end_of_monday.minute) == (23, 16, 59)
    assert _local(clock.ms(demotimes.DAY_SECONDS)).day == 24
    assert _local(clock.ms(clock.total + 10**6)).date() == date(2026, 11, 27)  # clamped
