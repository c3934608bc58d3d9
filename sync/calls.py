"""Requests as the sync engine's parts make them: an answer, or one of the engine's errors.

``Caller.call`` sends a ``sync.api`` request through the transport and returns its parsed
answer. A token the server no longer accepts raises ``AuthLostError``, no usable answer
(the network, a 5xx, a rate limit) ``OfflineError``, a refusal for good
``MatrixRequestError``; a lost token or connection is reported to the engine first, so
that its status says so before the error travels up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sync import api
from sync.api import MatrixError, TransportError, TransportErrorKind
from sync.state import EngineState
from sync.transport import HttpTransport

R = TypeVar("R")


class AuthLostError(Exception):
    """The server no longer accepts the access token.

    With ``soft_logout`` the user signs in again and keeps everything; without it the
    account's local data must be wiped (the Matrix spec says so).
    """

    def __init__(self, error: MatrixError) -> None:
        super().__init__(error.error or error.errcode)
        self.soft_logout = error.soft_logout


class OfflineError(Exception):
    """No usable answer from the server right now."""

    def __init__(self, error: TransportError | MatrixError) -> None:
        super().__init__(getattr(error, "detail", None) or getattr(error, "error", ""))
        self.error = error


class MatrixRequestError(Exception):
    """The server refused a request for good (a 4xx other than rate limiting)."""

    def __init__(self, error: MatrixError) -> None:
        super().__init__(f"{error.errcode}: {error.error}")
        self.error = error


class PermanentEntryError(Exception):
    """An outbox entry that cannot be sent as it is; the user edits, retries or discards."""


class Caller:
    """The transport with the engine's reading of its results."""

    def __init__(
        self,
        transport: HttpTransport,
        on_state: Callable[[EngineState, str | None], None],
    ) -> None:
        self.transport = transport
        self._on_state = on_state

    def call(self, request: api.Request[R]) -> R:
        return self.unwrap(self.transport.execute(request))

    def unwrap(self, result: R | MatrixError | TransportError) -> R:
        if isinstance(result, MatrixError):
            if result.is_unknown_token:
                self._on_state(EngineState.SIGNED_OUT, result.error)
                raise AuthLostError(result)
            if result.is_transient:
                raise OfflineError(result)
            raise MatrixRequestError(result)
        if isinstance(result, TransportError):
            self._on_state(EngineState.OFFLINE, result.detail)
            raise OfflineError(result)
        return result


def may_have_reached_server(error: TransportError | MatrixError) -> bool:
    """Whether a failed request may still have been carried out by the server.

    Only a refused connection and a rate limit say for sure that nothing happened; a
    reset, a timeout, a cut-off body or a 5xx (often a proxy whose upstream did act) do not.
    """
    if isinstance(error, TransportError):
        return error.kind is not TransportErrorKind.CONNECT
    return not (error.status == 429 or error.errcode == "M_LIMIT_EXCEEDED")
