"""HttpTransport under faults injected with httpx.MockTransport: every failure comes
back as a typed value, never as an httpx exception."""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from sync import api
from sync.transport import HttpTransport

Handler = Callable[[httpx.Request], httpx.Response]
Kind = api.TransportErrorKind
DATA = Path(__file__).resolve().parent.parent / "data"


class Recorder:
    """A mock server: answers with `handler` and keeps every request it saw."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)


def transport(handler: Handler, token: str | None = "tok") -> HttpTransport:
    return HttpTransport(
        "https://matrix.example.test", access_token=token, transport=httpx.MockTransport(handler)
    )


def raising(exc: Exception) -> Handler:
    def handler(_: httpx.Request) -> httpx.Response:
        raise exc

    return handler


class BreakingStream(httpx.SyncByteStream):
    """A body that delivers some bytes and then the connection drops."""

    def __init__(self, first: bytes) -> None:
        self.first = first

    def __iter__(self) -> Iterator[bytes]:
        yield self.first
        raise httpx.ReadError("Connection reset by peer")


def test_success_sends_auth_query_and_body() -> None:
    server = Recorder(lambda _: httpx.Response(200, content=(DATA / "sync_bob.json").read_bytes()))
    with transport(server) as http:
        reply = http.execute(api.sync(since="s1", timeout_ms=0))
        sent = http.execute(api.send_event("!r:x", "m.room.message", "t1", {"body": "ä"}))
    assert isinstance(reply, api.SyncResponse)
    first, second = server.requests
    assert first.headers["Authorization"] == "Bearer tok"
    assert first.url.params["since"] == "s1"
    # The quoted path must reach the wire as quoted, not be decoded again.
    assert second.url.raw_path == b"/_matrix/client/v3/rooms/%21r%3Ax/send/m.room.message/t1"
    assert json.loads(second.content) == {"body": "ä"}
    assert isinstance(sent, api.TransportError)  # a sync reply has no event_id
    assert sent.kind is Kind.INVALID_RESPONSE


def test_token_override_and_no_token_for_login() -> None:
    server = Recorder(lambda _: httpx.Response(200, json={"user_id": "@a:x"}))
    with transport(server) as http:
        http.execute(api.whoami(), access_token="other")
        http.execute(api.versions())
    assert server.requests[0].headers["Authorization"] == "Bearer other"
    assert "Authorization" not in server.requests[1].headers


def test_missing_token_is_a_programming_error() -> None:
    with (
        transport(lambda _: httpx.Response(200), token=None) as http,
        pytest.raises(ValueError, match="access token"),
    ):
        http.execute(api.whoami())


def test_429_with_retry_after_ms() -> None:
    reply = {"errcode": "M_LIMIT_EXCEEDED", "error": "Too Many Requests", "retry_after_ms": 2500}
    with transport(lambda _: httpx.Response(429, json=reply)) as http:
        error = http.execute(api.send_event("!r:x", "m.room.message", "t", {}))
    assert error == api.MatrixError("M_LIMIT_EXCEEDED", "Too Many Requests", 429, 2500)
    assert isinstance(error, api.MatrixError) and error.is_transient


def test_429_with_retry_after_header_only() -> None:
    with transport(
        lambda _: httpx.Response(
            429, headers={"Retry-After": "3"}, json={"errcode": "M_LIMIT_EXCEEDED"}
        )
    ) as http:
        error = http.execute(api.whoami())
    assert isinstance(error, api.MatrixError) and error.retry_after_ms == 3000


def test_502_html_from_a_proxy() -> None:
    with transport(lambda _: httpx.Response(502, text="<h1>502 Bad Gateway</h1>")) as http:
        error = http.execute(api.sync())
    assert isinstance(error, api.MatrixError)
    assert (error.status, error.errcode, error.is_transient) == (502, "M_UNKNOWN", True)


def test_soft_logout() -> None:
    reply = {"errcode": "M_UNKNOWN_TOKEN", "error": "expired", "soft_logout": True}
    with transport(lambda _: httpx.Response(401, json=reply)) as http:
        error = http.execute(api.whoami())
    assert isinstance(error, api.MatrixError) and error.soft_logout and error.is_unknown_token


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (httpx.ConnectError("Connection refused"), Kind.CONNECT),
        (httpx.ConnectTimeout("timed out"), Kind.TIMEOUT),
        (httpx.ReadTimeout("timed out"), Kind.TIMEOUT),
        (httpx.WriteTimeout("timed out"), Kind.TIMEOUT),
        (httpx.PoolTimeout("no connection free"), Kind.TIMEOUT),
        (httpx.ReadError("Connection reset by peer"), Kind.RESET),
        (httpx.WriteError("Broken pipe"), Kind.RESET),
        (httpx.RemoteProtocolError("Server disconnected without response"), Kind.RESET),
        (httpx.ProxyError("proxy said no"), Kind.NETWORK),
    ],
)
def test_network_failures_are_typed(exc: Exception, kind: Kind) -> None:
    with transport(raising(exc)) as http:
        error = http.execute(api.sync(timeout_ms=30000))
    assert isinstance(error, api.TransportError)
    assert error.kind is kind
    assert error.is_transient


def test_connection_reset_mid_body() -> None:
    def handler(_: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=BreakingStream(b'{"next_batch": "s'))

    with transport(handler) as http:
        error = http.execute(api.sync())
    assert isinstance(error, api.TransportError) and error.kind is Kind.RESET


def test_truncated_body() -> None:
    whole = (DATA / "sync_alice.json").read_bytes()
    with transport(lambda _: httpx.Response(200, content=whole[: len(whole) // 2])) as http:
        error = http.execute(api.sync())
    assert isinstance(error, api.TransportError)
    assert error.kind is Kind.INVALID_RESPONSE and error.is_transient


def test_long_poll_extends_the_read_timeout() -> None:
    seen: list[dict[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json={"next_batch": "s2"})

    with transport(handler) as http:
        http.execute(api.sync(timeout_ms=30000))
        http.execute(api.whoami())
    assert seen[0]["read"] == pytest.approx(60.0)
    assert seen[1]["read"] == pytest.approx(30.0)


def test_upload_streams_the_file_with_its_length() -> None:
    payload = bytes(range(256)) * 1000
    server = Recorder(lambda _: httpx.Response(200, json={"content_uri": "mxc://x.test/abc"}))
    with transport(server) as http:
        reply = http.upload(
            api.upload_media("image/png", "a.png"), io.BytesIO(payload), size=len(payload)
        )
    assert reply == api.UploadResponse("mxc://x.test/abc")
    (request,) = server.requests
    assert request.headers["Content-Type"] == "image/png"
    assert request.headers["Content-Length"] == str(len(payload))
    assert request.read() == payload


def test_download_streams_into_the_sink() -> None:
    payload = b"x" * 200_000

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/_matrix/client/v1/media/download/x.test/abc"
        return httpx.Response(
            200,
            content=payload,
            headers={
                "Content-Type": "application/pdf",
                "Content-Disposition": "attachment; filename=plan.pdf",
            },
        )

    sink = io.BytesIO()
    with transport(handler) as http:
        reply = http.download(api.download_media("mxc://x.test/abc"), sink)
    assert reply == api.DownloadResponse("application/pdf", "plan.pdf", len(payload))
    assert sink.getvalue() == payload


def test_download_errors_are_typed() -> None:
    def reset(_: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=BreakingStream(b"partial"))

    def not_found(_: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"errcode": "M_NOT_FOUND", "error": "gone"})

    request = api.download_media("mxc://x.test/abc")
    with transport(reset) as http:
        broken = http.download(request, io.BytesIO())
    with transport(not_found) as http:
        missing = http.download(request, io.BytesIO())
    with transport(raising(httpx.ReadTimeout("slow"))) as http:
        slow = http.download(request, io.BytesIO())
    assert isinstance(broken, api.TransportError) and broken.kind is Kind.RESET
    assert isinstance(missing, api.MatrixError) and missing.errcode == "M_NOT_FOUND"
    assert isinstance(slow, api.TransportError) and slow.kind is Kind.TIMEOUT


def test_no_redirects_are_followed() -> None:
    server = Recorder(
        lambda _: httpx.Response(302, headers={"Location": "https://elsewhere.test/steal"})
    )
    with transport(server) as http:
        error = http.execute(api.whoami())
    assert isinstance(error, api.MatrixError) and error.status == 302
    assert len(server.requests) == 1


# --------------------------------------------------------------------------- body limits


class EndlessStream(httpx.SyncByteStream):
    """A body that never ends (after an optional start); counts what the client pulled."""

    def __init__(self, start: bytes = b"", piece: bytes = b" " * 65536) -> None:
        self.start = start
        self.piece = piece
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        if self.start:
            self.pulled += len(self.start)
            yield self.start
        while True:
            self.pulled += len(self.piece)
            yield self.piece


def test_a_json_reply_longer_than_its_limit_is_cut_off_whatever_it_declares() -> None:
    limit = 256 * 1024
    request = dataclasses.replace(api.whoami(), max_body=limit)
    # Declares nothing, or a small length, and then keeps sending.
    for headers in ({}, {"Content-Length": "20"}):
        body = EndlessStream(b'{"user_id": "@a:x", "pad": "')

        def lying(
            _: httpx.Request, h: dict[str, str] = headers, b: EndlessStream = body
        ) -> httpx.Response:
            return httpx.Response(200, headers=h, stream=b)

        with transport(lying) as http:
            error = http.execute(request)
        assert isinstance(error, api.TransportError) and error.kind is Kind.TOO_LARGE, error
        assert body.pulled <= limit + 2 * 65536  # stopped reading, not a memory blow-up
    # Declares honestly that it is too long: not read at all.
    honest = EndlessStream()
    declared = {"Content-Length": str(limit + 1)}
    with transport(lambda _: httpx.Response(200, headers=declared, stream=honest)) as http:
        error = http.execute(request)
    assert isinstance(error, api.TransportError) and error.kind is Kind.TOO_LARGE
    assert honest.pulled == 0
    # Exactly the limit is fine.
    exact = b'{"user_id": "@a:x"}'.ljust(limit)
    with transport(lambda _: httpx.Response(200, content=exact)) as http:
        assert http.execute(request) == api.WhoamiResponse("@a:x")


def test_sync_reads_at_most_its_cap() -> None:
    body = EndlessStream(b'{"next_batch": "s1", "pad": "')
    with transport(lambda _: httpx.Response(200, stream=body)) as http:
        error = http.execute(api.sync())
    assert isinstance(error, api.TransportError) and error.kind is Kind.TOO_LARGE
    assert api.MAX_SYNC_BODY < body.pulled <= api.MAX_SYNC_BODY + 2 * 65536
    assert api.MAX_BODY < api.MAX_ROOM_BODY < api.MAX_SYNC_BODY
    assert api.messages("!r:x").max_body == api.MAX_ROOM_BODY
    assert api.whoami().max_body == api.MAX_BODY


def test_an_endless_error_body_is_read_only_in_part() -> None:
    body = EndlessStream(b"<html>busy")
    with transport(lambda _: httpx.Response(503, stream=body)) as http:
        error = http.execute(api.whoami())
    assert isinstance(error, api.MatrixError) and error.status == 503 and error.is_transient
    assert body.pulled <= 2 * 65536


def test_a_download_stops_at_the_callers_limit() -> None:
    request = api.download_media("mxc://x.test/abc")
    limit = 300_000
    endless = EndlessStream()
    sink = io.BytesIO()
    with transport(lambda _: httpx.Response(200, stream=endless)) as http:
        error = http.download(request, sink, max_bytes=limit)
    assert isinstance(error, api.TransportError) and error.kind is Kind.TOO_LARGE
    assert len(sink.getvalue()) <= limit
    # A declared length over the limit: nothing is read.
    declared = EndlessStream()
    headers = {"Content-Length": str(limit + 1)}
    with transport(lambda _: httpx.Response(200, headers=headers, stream=declared)) as http:
        error = http.download(request, io.BytesIO(), max_bytes=limit)
    assert isinstance(error, api.TransportError) and error.kind is Kind.TOO_LARGE
    assert declared.pulled == 0
    # Exactly the limit arrives whole.
    sink = io.BytesIO()
    with transport(lambda _: httpx.Response(200, content=b"y" * limit)) as http:
        reply = http.download(request, sink, max_bytes=limit)
    assert isinstance(reply, api.DownloadResponse) and reply.size == limit
