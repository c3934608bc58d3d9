"""Signing in and out: homeserver discovery, password login, the account's local data.

The device id is kept across re-logins so that the server's transaction-id deduplication
keeps holding. The access token lives only in the keyring. A token the server rejects with
``soft_logout`` asks for the password and keeps everything; a hard rejection wipes the
account's local data, as the Matrix spec requires (``handle_auth_lost``, for the command
line and the window alike).

Every address is checked before a request goes to it (``sync.serverurl``): https, or
http:// only to this computer or a host the IT policy names; ``.well-known`` may not point
to http://.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from client.accounts import AccountInfo, Home
from client.store import Replica
from sync import api
from sync.api import MatrixError, TransportError
from sync.engine import SyncEngine
from sync.serverurl import InsecureServerError, check_discovered_url, check_server_url
from sync.transport import HttpTransport

log = logging.getLogger(__name__)

DEVICE_NAME = "Treffpunkt"


class LoginFailure(StrEnum):
    """Why signing in failed: the window words each in the user's language."""

    WRONG_PASSWORD = "wrong-password"
    REFUSED = "refused"  # detail: the server's reason
    UNREACHABLE = "unreachable"  # detail: the server's address and what went wrong
    NOT_SIGNED_IN = "not-signed-in"  # detail: the user id
    INSECURE = "insecure"  # detail: the http:// address
    DOWNGRADE = "downgrade"  # details: the domain, the http:// address its .well-known names


class LoginError(Exception):
    """Signing in failed. The message says why in English (logs, the command line); the
    window words ``reason`` with ``details`` in the user's language."""

    def __init__(self, message: str, reason: LoginFailure, *details: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.details = details


@dataclass
class Connected:
    """A signed-in account: its replica, a transport with its token, and its engine."""

    info: AccountInfo
    replica: Replica
    transport: HttpTransport
    engine: SyncEngine

    def close(self) -> None:
        self.transport.close()
        self.replica.close()


def allowed_http_hosts(allow_http: Collection[str] | None) -> Collection[str]:
    """The hosts that may be reached over http://: as given, or the machine's IT policy."""
    if allow_http is not None:
        return allow_http
    from client import policy  # the window and the worker pass theirs; the CLI reads it

    return list(policy.load().value("allow_insecure_http") or [])


def _refused(error: InsecureServerError) -> LoginError:
    if error.discovered_from is not None:
        return LoginError(str(error), LoginFailure.DOWNGRADE, error.discovered_from, error.url)
    return LoginError(str(error), LoginFailure.INSECURE, error.url)


def resolve_homeserver(
    server: str,
    transport_factory: Callable[[str], HttpTransport] = HttpTransport,
    *,
    allow_http: Collection[str] | None = None,
) -> str:
    """A URL is used as it is; a bare domain is looked up through .well-known.

    Raises ``LoginError`` for an unencrypted address the rule does not allow, and for a
    .well-known that points to http:// (``sync.serverurl``).
    """
    server = server.strip().rstrip("/")
    try:
        if urlsplit(server).scheme in {"http", "https"}:
            return check_server_url(server, allowed_http_hosts(allow_http))
        with transport_factory(f"https://{server}") as probe:
            found = probe.execute(api.well_known())
        if isinstance(found, api.WellKnownResponse):
            return check_discovered_url(found.homeserver_base_url, server)
    except InsecureServerError as exc:
        raise _refused(exc) from None
    return f"https://{server}"


def login(
    home: Home,
    server: str,
    user: str,
    password: str,
    *,
    allow_http: Collection[str] | None = None,
) -> Connected:
    """Sign in with a password; ``allow_http``: the policy's hosts that may be reached over
    http:// (None: read the machine's policy)."""
    base_url = resolve_homeserver(server, allow_http=allow_http)
    transport = HttpTransport(base_url)
    known = {a.user_id: a for a in home.accounts()}
    # The device id of an earlier session of this user on this machine, if any.
    guess = next(
        (
            a
            for a in known.values()
            if a.user_id.lstrip("@").split(":")[0] == user or a.user_id == user
        ),
        None,
    )
    result = transport.execute(
        api.login_password(
            user,
            password,
            device_id=guess.device_id if guess else None,
            initial_device_display_name=DEVICE_NAME,
        )
    )
    if isinstance(result, MatrixError):
        transport.close()
        if result.errcode == "M_FORBIDDEN":
            raise LoginError("Wrong user name or password.", LoginFailure.WRONG_PASSWORD)
        reason = result.error or result.errcode
        raise LoginError(f"The server refused the sign-in: {reason}", LoginFailure.REFUSED, reason)
    if isinstance(result, TransportError):
        transport.close()
        raise LoginError(
            f"The server {base_url} cannot be reached ({result.kind.value}).",
            LoginFailure.UNREACHABLE,
            base_url,
            result.kind.value,
        )
    info = AccountInfo(result.user_id, base_url, result.device_id)
    home.credentials.set_access_token(result.user_id, result.access_token)
    previous = known.get(result.user_id)
    if previous is not None and home.replica_path(result.user_id).exists():
        try:
            replica = home.open_account(result.user_id)
        except Exception as exc:  # a lost key: start afresh from the server
            log.warning("local data of %s unusable, rebuilding: %s", result.user_id, exc)
            replica = home.create_account(result.user_id, base_url, result.device_id)
        home.remember(info)
    else:
        replica = home.create_account(result.user_id, base_url, result.device_id)
    transport.access_token = result.access_token
    return _connected(home, info, replica, transport)


def resume(home: Home, user_id: str, *, allow_http: Collection[str] | None = None) -> Connected:
    """Open an account that signed in before; raises ``LoginError`` if it must sign in, or
    if its server's address is not allowed (any more) by the rule of ``sync.serverurl``."""
    info = home.account(user_id)
    token = home.credentials.access_token(user_id)
    if info is None or token is None:
        raise LoginError(
            f"{user_id} is not signed in on this computer.", LoginFailure.NOT_SIGNED_IN, user_id
        )
    try:
        check_server_url(info.homeserver, allowed_http_hosts(allow_http))
    except InsecureServerError as exc:
        raise _refused(exc) from None
    replica = home.open_account(user_id)
    transport = HttpTransport(info.homeserver, access_token=token)
    return _connected(home, info, replica, transport)


def _connected(
    home: Home, info: AccountInfo, replica: Replica, transport: HttpTransport
) -> Connected:
    engine = SyncEngine(replica, transport, info.user_id, media=home.media_cache(info.user_id))
    return Connected(info, replica, transport, engine)


def logout(home: Home, connected: Connected) -> None:
    """Sign out on the server (best effort) and wipe the account's local data."""
    sign_out(home, connected.info.user_id, connected, connected.replica)


def sign_out(
    home: Home,
    user_id: str,
    connected: Connected | None,
    replica: Replica,
    *,
    wait_for_sync: Callable[[], object] | None = None,
) -> None:
    """Sign an account out: on the server when signed in (best effort), then wipe its
    replica, media cache and keyring secrets and drop it from the index.

    Closing the transport ends a long poll in flight; ``wait_for_sync`` then waits for the
    account's sync thread to finish before its replica is closed and deleted under it.
    Talks to the server and the keyring: call it on a worker.
    """
    if connected is not None:
        result = connected.transport.execute(api.logout())
        if isinstance(result, MatrixError | TransportError):
            log.info("server logout failed (%s); wiping local data anyway", result)
        connected.transport.close()
    _wipe(home, user_id, replica, wait_for_sync)


def handle_auth_lost(
    home: Home,
    connected: Connected,
    *,
    soft_logout: bool,
    wait_for_sync: Callable[[], object] | None = None,
) -> None:
    """The server no longer accepts the account's token (``AuthLostError``).

    With ``soft_logout`` (the session expired) only the token is forgotten: the replica,
    what waits to be sent and the device id stay, and signing in again goes on where it
    stopped. Without it (the device was removed, the token revoked) the account is wiped as
    on signing out, without asking the server: replica, media cache, keyring secrets and
    its entry in the account index. The window removes its opened copies of documents
    itself. Touches the keyring: call it on a worker.
    """
    user_id = connected.info.user_id
    if soft_logout:
        home.credentials.forget_access_token(user_id)
        return
    connected.transport.close()
    _wipe(home, user_id, connected.replica, wait_for_sync)


def _wipe(
    home: Home, user_id: str, replica: Replica, wait_for_sync: Callable[[], object] | None
) -> None:
    if wait_for_sync is not None:
        wait_for_sync()  # the sync worker must not write into a replica deleted under it
    replica.close()
    home.remove_account(user_id)
