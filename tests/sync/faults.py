"""A fault-injecting httpx transport in front of a real Synapse or the fake server.

A real server cannot drop a connection after it has acted, cut a body short or stall on
demand; this transport can. Requests go on to Synapse through ``httpx.HTTPTransport``
unless the script says otherwise, and a ``Rule`` decides, per matching request, what the
client gets: the real answer, a reset before or after the server acted, a truncated
body, a stall until the read timeout, or a made-up status such as 429 or 502.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx

from client.clock import utcnow

Forward = Callable[[], httpx.Response]
Action = Callable[[httpx.Request, Forward], httpx.Response]


def _read(response: httpx.Response) -> httpx.Response:
    try:
        response.read()
    finally:
        response.close()
    return response


def reset_before() -> Action:
    """The connection drops before the request reaches the server."""

    def act(request: httpx.Request, forward: Forward) -> httpx.Response:
        raise httpx.ConnectError("Connection reset by peer", request=request)

    return act


def reset_after() -> Action:
    """The server acts, then the connection drops before its answer arrives."""

    def act(request: httpx.Request, forward: Forward) -> httpx.Response:
        _read(forward())
        raise httpx.ReadError("Connection reset by peer", request=request)

    return act


class _BreakingStream(httpx.SyncByteStream):
    def __init__(self, first: bytes) -> None:
        self.first = first

    def __iter__(self) -> Iterator[bytes]:
        yield self.first
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body"
        )


def truncated() -> Action:
    """The server acts; its answer breaks off half-way (the connection closes)."""

    def act(request: httpx.Request, forward: Forward) -> httpx.Response:
        real = _read(forward())
        half = real.content[: len(real.content) // 2]
        headers = {k: v for k, v in real.headers.items() if k.lower() != "content-length"}
        return httpx.Response(real.status_code, headers=headers, stream=_BreakingStream(half))

    return act


def cut_short() -> Action:
    """The server acts; a proxy passes on half of its answer as if it were all of it."""

    def act(request: httpx.Request, forward: Forward) -> httpx.Response:
        real = _read(forward())
        return httpx.Response(real.status_code, content=real.content[: len(real.content) // 2])

    return act


def stall(*, forwarded: bool = True) -> Action:
    """No answer until the client's read timeout runs out (the server may have acted)."""

    def act(request: httpx.Request, forward: Forward) -> httpx.Response:
        if forwarded:
            _read(forward())
        timeouts = request.extensions.get("timeout", {})
        # Shortened: what matters is that the client gives up, not how long it waited.
        time.sleep(min(float(timeouts.get("read") or 0.0), 0.1))
        raise httpx.ReadTimeout("timed out", request=request)

    return act


def status(
    code: int,
    errcode: str = "M_UNKNOWN",
    *,
    retry_after_ms: int | None = None,
    forwarded: bool = False,
) -> Action:
    """A made-up error answer; ``forwarded`` lets the server act first (a proxy's 502
    after its upstream timed out)."""

    def act(request: httpx.Request, forward: Forward) -> httpx.Response:
        if forwarded:
            _read(forward())
        body: dict[str, object] = {"errcode": errcode, "error": f"injected {code}"}
        if retry_after_ms is not None:
            body["retry_after_ms"] = retry_after_ms
        return httpx.Response(code, json=body)

    return act


def reply(code: int, content: bytes, headers: dict[bytes, bytes] | None = None) -> Action:
    """A made-up answer of exactly these bytes and headers (hostile ones included)."""

    def act(request: httpx.Request, forward: Forward) -> httpx.Response:
        return httpx.Response(code, headers=headers, content=content)

    return act


@dataclass
class Rule:
    """Apply ``action`` to the n-th matching request for every n in ``calls`` (1-based)."""

    method: str
    path: str  # a regular expression searched in the URL-decoded path
    action: Action
    calls: Container[int] = field(default_factory=lambda: range(1, 1_000_000))
    seen: int = 0

    def matches(self, request: httpx.Request) -> bool:
        return request.method == self.method and re.search(self.path, request.url.path) is not None


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    fault: str | None


class FaultyTransport(httpx.BaseTransport):
    """Forwards to the server, except where a rule injects a fault. The server is Synapse
    over the network, or ``inner`` (the in-memory ``FakeServer`` of tests/sync)."""

    def __init__(
        self, rules: list[Rule] | None = None, inner: httpx.BaseTransport | None = None
    ) -> None:
        self.rules = list(rules or [])
        self.log: list[Seen] = []
        self._inner = inner or httpx.HTTPTransport()
        self._lock = threading.Lock()
        # A chaos source may decide per request instead of (or as well as) the rules.
        self.chaos: Callable[[httpx.Request], Action | None] | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        action: Action | None = None
        name: str | None = None
        with self._lock:
            # Every matching rule counts the request, so "calls" always means the n-th
            # matching request, whichever rule fired before.
            for rule in self.rules:
                if rule.matches(request):
                    rule.seen += 1
                    if action is None and rule.seen in rule.calls:
                        action = rule.action
            if action is None and self.chaos is not None:
                action = self.chaos(request)
            if action is not None:
                name = action.__qualname__.split(".")[0]
            self.log.append(Seen(request.method, request.url.path, name))

        def forward() -> httpx.Response:
            return self._inner.handle_request(request)

        if action is None:
            return forward()
        return action(request, forward)

    def count(self, method: str, path: str) -> int:
        return sum(1 for s in self.log if s.method == method and re.search(path, s.path))

    def stop_faults(self) -> None:
        self.rules.clear()
        self.chaos = None

    def close(self) -> None:
        self._inner.close()


class FakeClock:
    """The engine's clock, moved by the test: backoff and the dedupe window run out
    without waiting."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)
