"""The outbox's retry delay: exponential, capped, jittered, and a server's retry_after a floor."""

from __future__ import annotations

import random

import pytest

from sync.backoff import BACKOFF_CAP_S, backoff_delay


def test_doubles_per_attempt_until_the_cap() -> None:
    top = [backoff_delay(n, None, lambda: 1.0) for n in range(1, 12)]
    assert top[:5] == [1.0, 2.0, 4.0, 8.0, 16.0]
    assert max(top) == BACKOFF_CAP_S
    assert top == sorted(top)


def test_jitter_stays_between_half_and_all_of_the_ceiling() -> None:
    rng = random.Random(4)
    for attempts in (1, 3, 6, 20):
        ceiling = min(BACKOFF_CAP_S, 2.0 ** (attempts - 1))
        delays = {backoff_delay(attempts, None, rng.random) for _ in range(200)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 100  # really random: clients coming back online spread out


def test_retry_after_is_a_floor_but_capped() -> None:
    assert backoff_delay(1, 7000, lambda: 0.0) == 7.0
    assert backoff_delay(9, 7000, lambda: 1.0) == 256.0  # our own backoff is longer
    assert backoff_delay(1, 10_000_000, lambda: 0.5) == BACKOFF_CAP_S


@pytest.mark.parametrize("attempts", [0, 1025, 10**9])
def test_any_number_of_attempts_gives_a_finite_delay(attempts: int) -> None:
    # Days offline mean thousands of attempts; 2.0 ** 1025 would overflow.
    assert 0 < backoff_delay(attempts, None, lambda: 0.5) <= BACKOFF_CAP_S


@pytest.mark.parametrize("retry_after_ms", [10**400, -5, 0])
def test_any_retry_after_gives_a_finite_delay(retry_after_ms: int) -> None:
    # A huge integer divided by 1000 would overflow a float.
    assert 0 < backoff_delay(1, retry_after_ms, lambda: 0.5) <= BACKOFF_CAP_S
