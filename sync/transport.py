"""HTTP transport for the Matrix API layer: the only module in Treffpunkt that imports httpx.

`HttpTransport` executes the plain requests built by `sync.api` and hands back the
typed response, a `MatrixError` (the server said no) or a `TransportError` (no usable
reply: connect failure, timeout, reset, truncated or invalid body). httpx exceptions
never escape, so the sync engine decides about retries from values alone.

Media goes through files, never whole in memory: `upload` streams from a binary file
object, `download` streams into one. Every body is read as a stream with a limit: a JSON
reply longer than its request's `max_body`, or a download longer than the caller allows, is
cut off and comes back as a `TransportError` of kind `TOO_LARGE`, whatever its
Content-Length claimed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Protocol, TypeVar

import httpx

from sync.api import (
    DownloadRequest,
    DownloadResponse,
    MatrixError,
    Request,
    TransportError,
    TransportErrorKind,
    interpret,
    parse_download,
    parse_error,
)

log = logging.getLogger(__name__)

R = TypeVar("R")

CHUNK_SIZE = 64 * 1024
# An error body is read into memory to parse it; a hostile or broken server must not
# make that unbounded.
MAX_ERROR_BODY = 64 * 1024
_ASCII_DIGITS = re.compile(r"[0-9]{1,19}")


class ByteSource(Protocol):
    """What an upload reads from: a binary file, or a reader over the media cache."""

    def read(self, size: int = ..., /) -> bytes: ...


class ByteSink(Protocol):
    """What a download writes to: a binary file, or a writer into the media cache."""

    def write(self, data: bytes, /) -> object: ...


class HttpTransport:
    """Executes `sync.api` requests against one homeserver base URL."""

    def __init__(
        self,
        base_url: str,
        *,
        access_token: str | None = None,
        transport: httpx.BaseTransport | None = None,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        write_timeout: float = 30.0,
        pool_timeout: float = 10.0,
        user_agent: str = "Treffpunkt",
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.access_token = access_token
        self._read_timeout = read_timeout
        self._timeout = httpx.Timeout(
            connect=connect_timeout, read=read_timeout, write=write_timeout, pool=pool_timeout
        )
        self._client = httpx.Client(
            base_url=self.base_url,
            transport=transport,
            timeout=self._timeout,
            headers={"User-Agent": user_agent},
            # Matrix never redirects the API; following one could leak the token elsewhere.
            follow_redirects=False,
            # No proxy or .netrc from the environment: the endpoint comes from IT's config.
            trust_env=False,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpTransport:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ----------------------------------------------------------------- requests

    def execute(
        self, request: Request[R], *, access_token: str | None = None
    ) -> R | MatrixError | TransportError:
        """Send a JSON request; `access_token` overrides the transport's own for this call."""
        if request.content_type is not None:
            raise ValueError("a raw-body request goes through upload()")
        return self._send(request, access_token, content=None)

    def upload(
        self,
        request: Request[R],
        source: ByteSource,
        *,
        size: int | None = None,
        access_token: str | None = None,
    ) -> R | MatrixError | TransportError:
        """Send a raw-body request (media upload), streaming `source` from where it is."""
        if request.content_type is None:
            raise ValueError("upload() needs a request with a content type")
        return self._send(request, access_token, content=_chunks(source), size=size)

    def download(
        self,
        request: DownloadRequest,
        sink: ByteSink,
        *,
        max_bytes: int | None = None,
        access_token: str | None = None,
    ) -> DownloadResponse | MatrixError | TransportError:
        """Stream a media body into `sink`, at most `max_bytes` of it: a longer body is cut
        off there (`TOO_LARGE`). On an error value `sink` may hold part of the body: write
        to a temporary file and move it into place only on success."""
        headers = self._auth_headers(request.needs_auth, access_token)
        try:
            with self._client.stream(
                "GET", request.path, params=list(request.query), headers=headers
            ) as response:
                if not response.is_success:
                    return parse_error(
                        response.status_code,
                        _read_capped(response),
                        response.headers.get("Retry-After"),
                    )
                if max_bytes is not None and _declared_length(response) > max_bytes:
                    return _too_large(max_bytes)
                written = 0
                for chunk in response.iter_bytes(CHUNK_SIZE):
                    written += len(chunk)
                    if max_bytes is not None and written > max_bytes:
                        return _too_large(max_bytes)
                    sink.write(chunk)
                return parse_download(
                    response.headers.get("Content-Type"),
                    response.headers.get("Content-Disposition"),
                    written,
                )
        except httpx.HTTPError as exc:
            return _transport_error(exc)

    # ----------------------------------------------------------------- internals

    def _auth_headers(self, needs_auth: bool, override: str | None) -> dict[str, str]:
        if not needs_auth:
            return {}
        token = override or self.access_token
        if not token:
            # A programming error, not a server condition: the caller forgot to log in.
            raise ValueError("this request needs an access token")
        return {"Authorization": f"Bearer {token}"}

    def _send(
        self,
        request: Request[R],
        access_token: str | None,
        *,
        content: Iterator[bytes] | None,
        size: int | None = None,
    ) -> R | MatrixError | TransportError:
        headers = self._auth_headers(request.needs_auth, access_token)
        timeout = self._timeout
        if request.long_poll_ms:
            timeout = httpx.Timeout(
                connect=self._timeout.connect,
                read=self._read_timeout + request.long_poll_ms / 1000,
                write=self._timeout.write,
                pool=self._timeout.pool,
            )
        if content is not None:
            headers["Content-Type"] = request.content_type or "application/octet-stream"
            if size is not None:
                # Without a length httpx sends chunked, which some proxies refuse.
                headers["Content-Length"] = str(size)
        try:
            with self._client.stream(
                request.method,
                request.path,
                params=list(request.query),
                json=request.body if content is None else None,
                content=content,
                headers=headers,
                timeout=timeout,
            ) as response:
                if not response.is_success:
                    body = _read_capped(response)  # enough for any error a server means
                elif _declared_length(response) > request.max_body:
                    return _too_large(request.max_body)
                else:
                    limited = _read_limited(response, request.max_body)
                    if limited is None:
                        return _too_large(request.max_body)
                    body = limited
        except httpx.HTTPError as exc:
            return _transport_error(exc)
        return interpret(request, response.status_code, body, response.headers.get("Retry-After"))


def _chunks(source: ByteSource) -> Iterator[bytes]:
    while chunk := source.read(CHUNK_SIZE):
        yield chunk


def _read_capped(response: httpx.Response) -> bytes:
    body = bytearray()
    for chunk in response.iter_bytes(CHUNK_SIZE):
        body += chunk
        if len(body) >= MAX_ERROR_BODY:
            break
    return bytes(body[:MAX_ERROR_BODY])


def _read_limited(response: httpx.Response, limit: int) -> bytes | None:
    """The whole body, or None as soon as it is longer than `limit`."""
    body = bytearray()
    for chunk in response.iter_bytes(CHUNK_SIZE):
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def _declared_length(response: httpx.Response) -> int:
    """The Content-Length the server claims, 0 when it claims none or nonsense. Only a
    refusal is based on it: what is read is counted, whatever was claimed."""
    value = response.headers.get("Content-Length", "").strip()
    return int(value) if _ASCII_DIGITS.fullmatch(value) else 0


def _too_large(limit: int) -> TransportError:
    log.debug("reply cut off: longer than %d bytes", limit)
    return TransportError(TransportErrorKind.TOO_LARGE, f"the reply is longer than {limit} bytes")


def _transport_error(exc: httpx.HTTPError) -> TransportError:
    # Order matters: ConnectTimeout is both a timeout and a connect failure; we call it
    # a timeout because the remedy (wait and retry) is the same as for a read timeout.
    if isinstance(exc, httpx.TimeoutException):
        kind = TransportErrorKind.TIMEOUT
    elif isinstance(exc, httpx.ConnectError):
        kind = TransportErrorKind.CONNECT
    elif isinstance(exc, httpx.ReadError | httpx.WriteError | httpx.RemoteProtocolError):
        kind = TransportErrorKind.RESET
    elif isinstance(exc, httpx.DecodingError):
        kind = TransportErrorKind.INVALID_RESPONSE
    else:
        kind = TransportErrorKind.NETWORK
    log.debug("request failed: %s: %s", kind.value, type(exc).__name__)
    return TransportError(kind, f"{type(exc).__name__}: {exc}")
