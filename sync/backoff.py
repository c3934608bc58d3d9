"""How long to wait before asking a server again: one policy for the engine and the admin tool."""

from __future__ import annotations

from collections.abc import Callable

BACKOFF_BASE_S = 1.0
BACKOFF_CAP_S = 300.0


def backoff_delay(attempts: int, retry_after_ms: int | None, rng: Callable[[], float]) -> float:
    """Capped exponential backoff with jitter; a server's retry_after is a floor.

    The jitter is "equal jitter" (between half and all of the ceiling), so that many
    clients coming back online together spread out and none retries at once. A
    retry_after beyond the cap is capped too: a broken or hostile server must not park
    the outbox for hours.
    """
    # The exponent is clamped: an entry retried for days must not overflow a float.
    ceiling = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2.0 ** min(max(attempts - 1, 0), 32))
    delay = ceiling * (0.5 + rng() / 2)
    if retry_after_ms is not None:
        # Capped before dividing: a huge integer would overflow a float.
        delay = max(delay, min(max(retry_after_ms, 0), int(BACKOFF_CAP_S * 1000)) / 1000)
    return min(delay, BACKOFF_CAP_S)
