"""The Matrix Client-Server API as plain data: requests to build, responses to parse.

Nothing here does I/O. A request function returns a frozen `Request` that says which
method and (URL-quoted) path to call, with what query and JSON body, whether it needs
an access token, and which parser turns the reply into a typed response. The one
transport (`sync.transport`) executes it; tests can feed recorded JSON straight to
`interpret` or to the parsers.

Server data is never trusted: a malformed event, room or entry is logged (ids only,
never content) and skipped, and the rest of the response is returned. Only a reply
that is unusable as a whole (not JSON, not an object, a required top-level field
missing) becomes a `TransportError` of kind `INVALID_RESPONSE`; one longer than its
request's `max_body` is never read whole (kind `TOO_LARGE`). Server errors are `MatrixError`
values, not exceptions; a delay the server asks for is taken only as a non-negative integer
and capped (`MAX_DELAY_MS`).

Endpoints follow the Client-Server API v1.16 and Synapse's admin API.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import quote, unquote

from sync.backoff import BACKOFF_CAP_S

log = logging.getLogger(__name__)

Json = dict[str, Any]
R = TypeVar("R")
# Covariant so a Request[SubType] is accepted where a Request[object] is expected.
R_co = TypeVar("R_co", covariant=True)

CLIENT_V3 = "/_matrix/client/v3"
CLIENT_V1 = "/_matrix/client/v1"
MEDIA_V3 = "/_matrix/media/v3"
SYNAPSE_ADMIN_V1 = "/_synapse/admin/v1"
SYNAPSE_ADMIN_V2 = "/_synapse/admin/v2"

# The longest wait a server can ask for: a broken or hostile one must not park us for hours.
MAX_DELAY_MS = int(BACKOFF_CAP_S * 1000)

# The most of a JSON reply that is read; a longer one is a TransportError of kind TOO_LARGE
# and is never held whole in memory (parsed, a body takes five to ten times its size). The
# spec caps an event at 64 KiB:
MIB = 1024 * 1024
# ordinary replies (sign-in, a sent event's id, one state event, a profile, a page of the
# user directory or of a space's rooms, a 20,000-member list) are kilobytes to a few MiB;
MAX_BODY = 8 * MIB
# a /messages page of 200 events is at most 12.5 MiB, plus the state it brings; a room's
# whole state is a directory of thousands of people;
MAX_ROOM_BODY = 32 * MIB
# /sync carries up to 200 events of every group plus, at first, every room's state.
MAX_SYNC_BODY = 64 * MIB


def q(segment: str) -> str:
    """Quote one path segment: ids contain '!', '@', ':', '$', '#' and may contain '/'."""
    return quote(segment, safe="")


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class MatrixError:
    """An error reply from the server (any non-2xx status), as a value."""

    errcode: str
    error: str
    status: int
    retry_after_ms: int | None = None
    soft_logout: bool = False

    @property
    def is_transient(self) -> bool:
        """Worth retrying later: rate limited or a server-side failure."""
        if self.errcode == "M_UNRECOGNIZED":  # endpoint not there: retrying won't help
            return False
        return self.status == 429 or self.status >= 500 or self.errcode == "M_LIMIT_EXCEEDED"

    @property
    def is_unknown_token(self) -> bool:
        return self.errcode == "M_UNKNOWN_TOKEN"


class TransportErrorKind(enum.Enum):
    CONNECT = "connect"  # no connection could be made (refused, DNS, unreachable)
    TIMEOUT = "timeout"  # connect, read, write or pool timeout
    RESET = "reset"  # connection dropped mid-request or mid-body (incl. truncated body)
    INVALID_RESPONSE = "invalid_response"  # 2xx reply that is not the JSON we need
    TOO_LARGE = "too_large"  # a body longer than the request allows (or than declared)
    NETWORK = "network"  # any other failure below HTTP


@dataclass(frozen=True)
class TransportError:
    """The request did not produce a usable reply; the server may or may not have acted."""

    kind: TransportErrorKind
    detail: str

    @property
    def is_transient(self) -> bool:
        # Always: even a 200 that is not our JSON is most often a captive portal or a
        # proxy cutting the body, which goes away; the engine's backoff is capped, so a
        # server bug costs retries, never lost data.
        return True


class MalformedResponseError(ValueError):
    """Raised by a parser when a reply is unusable as a whole; `interpret` turns it
    into a `TransportError`. Parsers never raise anything else on bad server data."""


# --------------------------------------------------------------------------- requests

HttpMethod = Literal["GET", "POST", "PUT", "DELETE"]


@dataclass(frozen=True, kw_only=True)
class Request(Generic[R_co]):
    """One Client-Server API call, ready for a transport to execute."""

    method: HttpMethod
    path: str  # already URL-quoted, starting with "/"
    parser: Callable[[Json], R_co] = field(compare=False, repr=False)
    query: tuple[tuple[str, str], ...] = ()
    # Not in repr: login and registration bodies hold passwords.
    body: Json | None = field(default=None, hash=False, repr=False)
    needs_auth: bool = True
    # For a long-poll (/sync with timeout) the transport waits this much longer to read.
    long_poll_ms: int = 0
    # For a raw upload the transport sends the caller's file with this content type.
    content_type: str | None = None
    # The longest reply body read; a longer one is a TransportError of kind TOO_LARGE.
    max_body: int = MAX_BODY


@dataclass(frozen=True, kw_only=True)
class DownloadRequest:
    """A media download; the transport streams the body into the caller's file."""

    path: str
    query: tuple[tuple[str, str], ...] = ()
    needs_auth: bool = True


# --------------------------------------------------------------------------- helpers

_USER_ID = re.compile(r"^@[^:]+:.+$")


def is_user_id(value: object) -> bool:
    """Whether ``value`` has the shape of a Matrix user id."""
    return isinstance(value, str) and len(value) <= 255 and bool(_USER_ID.match(value))


_ASCII_DIGITS = re.compile(r"[0-9]+")


def _is_str(value: object) -> bool:
    return isinstance(value, str)


def _opt_str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


# Pagination tokens are opaque, but a server's are short (Synapse's multi-writer tokens take
# a few hundred characters); one longer than a URL can carry, or with control characters,
# cannot be sent back and is treated as absent.
MAX_TOKEN_CHARS = 4096


def _opt_token(data: Mapping[str, Any], key: str) -> str | None:
    value = _opt_str(data, key)
    if value is None or not value or len(value) > MAX_TOKEN_CHARS or not value.isprintable():
        return None
    return value


def _opt_int(data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    # bool is an int in Python but never a valid integer in Matrix JSON
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def _obj(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    return value if isinstance(value, list) else []


def _req_str(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise MalformedResponseError(f"missing or invalid {key!r}")
    return value


def _req_token(data: Mapping[str, Any], key: str) -> str:
    value = _opt_token(data, key)
    if value is None:
        raise MalformedResponseError(f"missing or invalid {key!r}")
    return value


def _empty(_: Json) -> None:
    return None


# --------------------------------------------------------------------------- events


@dataclass(frozen=True)
class Event:
    """A room event (client format) that passed validation."""

    event_id: str
    type: str
    sender: str
    origin_server_ts: int
    content: Mapping[str, Any] = field(hash=False)
    state_key: str | None = None
    unsigned: Mapping[str, Any] = field(default_factory=dict, hash=False)
    redacts: str | None = None
    room_id: str | None = None
    # The event as the server sent it (quarantined and held events keep it).
    raw: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False, repr=False)

    @property
    def is_state(self) -> bool:
        return self.state_key is not None

    @property
    def transaction_id(self) -> str | None:
        """Set only in the sender's own sync, on the device that sent it."""
        value = self.unsigned.get("transaction_id")
        return value if isinstance(value, str) else None

    @property
    def is_redacted(self) -> bool:
        return isinstance(self.unsigned.get("redacted_because"), dict)

    def as_sent(self) -> Mapping[str, Any]:
        """The event as the server sent it, or as near as its fields tell."""
        if self.raw:
            return self.raw
        data: dict[str, Any] = {
            "event_id": self.event_id,
            "type": self.type,
            "sender": self.sender,
            "origin_server_ts": self.origin_server_ts,
            "content": dict(self.content),
            "unsigned": dict(self.unsigned),
        }
        for key in ("state_key", "redacts", "room_id"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data


@dataclass(frozen=True)
class Rejected:
    """An item of an event list that is not a usable event: what came, and why not."""

    data: object = field(hash=False, compare=False, repr=False)
    reason: str = ""


def parse_event(
    data: object, room_id: str | None = None, rejected: list[Rejected] | None = None
) -> Event | None:
    """A validated event, or None (logged, and added to ``rejected``) if the data is not
    a usable event."""
    if not isinstance(data, dict):
        log.warning("skipping event that is not an object in room %s", room_id)
        if rejected is not None:
            rejected.append(Rejected(data, "not an object"))
        return None
    event_id = data.get("event_id")
    problem = _event_problem(data)
    if problem:
        log.warning(
            "skipping malformed event %s in room %s: %s",
            event_id if isinstance(event_id, str) else "?",
            room_id,
            problem,
        )
        if rejected is not None:
            rejected.append(Rejected(data, problem))
        return None
    unsigned = data.get("unsigned")
    # Room v11 moved `redacts` into content; older rooms have it at the top level.
    redacts = _opt_str(data, "redacts") or _opt_str(_obj(data, "content"), "redacts")
    return Event(
        event_id=data["event_id"],
        type=data["type"],
        sender=data["sender"],
        origin_server_ts=data["origin_server_ts"],
        content=data["content"],
        state_key=_opt_str(data, "state_key"),
        unsigned=unsigned if isinstance(unsigned, dict) else {},
        redacts=redacts if data["type"] == "m.room.redaction" else None,
        room_id=_opt_str(data, "room_id") or room_id,
        raw=data,
    )


def _event_problem(data: Mapping[str, Any]) -> str | None:
    event_id = data.get("event_id")
    if not isinstance(event_id, str) or not event_id.startswith("$"):
        return "bad event_id"
    event_type = data.get("type")
    if not isinstance(event_type, str) or not event_type:
        return "bad type"
    sender = data.get("sender")
    if not isinstance(sender, str) or not _USER_ID.match(sender):
        return "bad sender"
    ts = data.get("origin_server_ts")
    if not isinstance(ts, int) or isinstance(ts, bool) or ts < 0:
        return "bad origin_server_ts"
    if not isinstance(data.get("content"), dict):
        return "content is not an object"
    if "state_key" in data and not isinstance(data["state_key"], str):
        return "bad state_key"
    if "unsigned" in data and not isinstance(data["unsigned"], dict):
        return "unsigned is not an object"
    return None


def parse_events(
    items: object, room_id: str | None = None, rejected: list[Rejected] | None = None
) -> tuple[Event, ...]:
    """The usable events of a list; the others are logged (and added to ``rejected``)."""
    if not isinstance(items, list):
        if items is not None:
            log.warning("skipping event list that is not a list in room %s", room_id)
        return ()
    events = (parse_event(item, room_id, rejected) for item in items)
    return tuple(e for e in events if e is not None)


@dataclass(frozen=True)
class StrippedEvent:
    """Stripped state (invites, space hierarchy): no event id, no timestamp."""

    type: str
    state_key: str
    sender: str
    content: Mapping[str, Any] = field(hash=False)


def parse_stripped_events(items: object, room_id: str | None = None) -> tuple[StrippedEvent, ...]:
    out: list[StrippedEvent] = []
    for item in items if isinstance(items, list) else []:
        if (
            isinstance(item, dict)
            and isinstance(item.get("type"), str)
            and isinstance(item.get("state_key"), str)
            and isinstance(item.get("sender"), str)
            and isinstance(item.get("content"), dict)
        ):
            out.append(
                StrippedEvent(item["type"], item["state_key"], item["sender"], item["content"])
            )
        else:
            log.warning("skipping malformed stripped state event in room %s", room_id)
    return tuple(out)


@dataclass(frozen=True)
class AccountDataEvent:
    type: str
    content: Mapping[str, Any] = field(hash=False)


def _parse_account_data(section: Mapping[str, Any]) -> tuple[AccountDataEvent, ...]:
    out: list[AccountDataEvent] = []
    for item in _list(section, "events"):
        if (
            isinstance(item, dict)
            and _is_str(item.get("type"))
            and isinstance(item.get("content"), dict)
        ):
            out.append(AccountDataEvent(item["type"], item["content"]))
        else:
            log.warning("skipping malformed account data event")
    return tuple(out)


# --------------------------------------------------------------------------- interpret


def parse_error(status: int, body: bytes, retry_after_header: str | None = None) -> MatrixError:
    """A non-2xx reply as a MatrixError, whatever the body (proxies send HTML)."""
    data: object = None
    try:
        data = json.loads(body) if body else None
    except (ValueError, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict):
        snippet = body[:200].decode("utf-8", "replace").strip()
        return MatrixError(
            "M_UNKNOWN",
            snippet or f"HTTP {status}",
            status,
            _retry_after_header_ms(retry_after_header),
        )
    retry_after_ms = delay_ms(data.get("retry_after_ms"))
    if retry_after_ms is None:
        retry_after_ms = _retry_after_header_ms(retry_after_header)
    return MatrixError(
        errcode=_opt_str(data, "errcode") or "M_UNKNOWN",
        error=_opt_str(data, "error") or "",
        status=status,
        retry_after_ms=retry_after_ms,
        soft_logout=data.get("soft_logout") is True,
    )


def delay_ms(value: object) -> int | None:
    """A delay the server asks for in milliseconds, capped at the backoff's cap; None
    unless it is a non-negative JSON integer (never a float: ``1e400`` is infinity)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return min(value, MAX_DELAY_MS)


def _retry_after_header_ms(value: str | None) -> int | None:
    # Only the delta-seconds form: an HTTP date needs the server's clock, which we
    # must not trust over our own. ASCII digits only (``str.isdigit`` takes "²", which
    # ``int`` refuses), and a long number is not converted at all: it is the cap anyway.
    if value is None:
        return None
    digits = value.strip(" \t")
    if not _ASCII_DIGITS.fullmatch(digits):
        return None
    if len(digits) > 9:
        return MAX_DELAY_MS
    return min(int(digits) * 1000, MAX_DELAY_MS)


def interpret(
    request: Request[R], status: int, body: bytes, retry_after_header: str | None = None
) -> R | MatrixError | TransportError:
    """Turn a complete HTTP reply into the request's typed response or an error value."""
    if not 200 <= status < 300:
        return parse_error(status, body, retry_after_header)
    try:
        data = json.loads(body) if body.strip() else {}
    except (ValueError, UnicodeDecodeError) as exc:
        return TransportError(TransportErrorKind.INVALID_RESPONSE, f"body is not JSON: {exc}")
    if isinstance(data, list):
        data = {LIST_KEY: data}
    if not isinstance(data, dict):
        return TransportError(TransportErrorKind.INVALID_RESPONSE, "body is not a JSON object")
    try:
        return request.parser(data)
    except MalformedResponseError as exc:
        return TransportError(TransportErrorKind.INVALID_RESPONSE, str(exc))


# --------------------------------------------------------------------------- discovery


@dataclass(frozen=True)
class VersionsResponse:
    versions: tuple[str, ...]
    unstable_features: Mapping[str, bool] = field(default_factory=dict, hash=False)


def _parse_versions(data: Json) -> VersionsResponse:
    versions = data.get("versions")
    if not isinstance(versions, list):
        raise MalformedResponseError("missing 'versions'")
    features = {k: v for k, v in _obj(data, "unstable_features").items() if isinstance(v, bool)}
    return VersionsResponse(tuple(v for v in versions if isinstance(v, str)), features)


def as_user(request: Request[R], user_id: str, ts: int | None = None) -> Request[R]:
    """The request as an application service makes it in a user's name (``user_id``), and
    with the event's timestamp (``ts``, ms) when given: the spec's "timestamp massaging",
    which servers honour only from an application service."""
    query = (*request.query, ("user_id", user_id))
    if ts is not None:
        query = (*query, ("ts", str(ts)))
    return replace(request, query=query)


def versions() -> Request[VersionsResponse]:
    return Request(
        method="GET", path="/_matrix/client/versions", needs_auth=False, parser=_parse_versions
    )


@dataclass(frozen=True)
class WellKnownResponse:
    homeserver_base_url: str
    identity_server_base_url: str | None = None


def _parse_well_known(data: Json) -> WellKnownResponse:
    base_url = _opt_str(_obj(data, "m.homeserver"), "base_url")
    if not base_url or not base_url.startswith(("https://", "http://")):
        raise MalformedResponseError("missing or invalid m.homeserver.base_url")
    identity = _opt_str(_obj(data, "m.identity_server"), "base_url")
    return WellKnownResponse(base_url.rstrip("/"), identity.rstrip("/") if identity else None)


def well_known() -> Request[WellKnownResponse]:
    """Client discovery; execute against `https://<server name>`, not the homeserver."""
    return Request(
        method="GET",
        path="/.well-known/matrix/client",
        needs_auth=False,
        parser=_parse_well_known,
    )


# --------------------------------------------------------------------------- session


@dataclass(frozen=True)
class LoginResponse:
    user_id: str
    access_token: str = field(repr=False)
    device_id: str
    homeserver_base_url: str | None = None


def _parse_login(data: Json) -> LoginResponse:
    base_url = _opt_str(_obj(_obj(data, "well_known"), "m.homeserver"), "base_url")
    return LoginResponse(
        user_id=_req_str(data, "user_id"),
        access_token=_req_str(data, "access_token"),
        device_id=_req_str(data, "device_id"),
        homeserver_base_url=base_url.rstrip("/") if base_url else None,
    )


def login_password(
    user: str,
    password: str,
    *,
    device_id: str | None = None,
    initial_device_display_name: str | None = None,
) -> Request[LoginResponse]:
    """Password login; pass the stored device_id so re-login keeps txn-id dedupe."""
    body: Json = {
        "type": "m.login.password",
        "identifier": {"type": "m.id.user", "user": user},
        "password": password,
    }
    if device_id is not None:
        body["device_id"] = device_id
    if initial_device_display_name is not None:
        body["initial_device_display_name"] = initial_device_display_name
    return Request(
        method="POST",
        path=f"{CLIENT_V3}/login",
        body=body,
        needs_auth=False,
        parser=_parse_login,
    )


def logout() -> Request[None]:
    return Request(method="POST", path=f"{CLIENT_V3}/logout", body={}, parser=_empty)


@dataclass(frozen=True)
class WhoamiResponse:
    user_id: str
    device_id: str | None = None
    is_guest: bool = False


def _parse_whoami(data: Json) -> WhoamiResponse:
    return WhoamiResponse(
        user_id=_req_str(data, "user_id"),
        device_id=_opt_str(data, "device_id"),
        is_guest=data.get("is_guest") is True,
    )


def whoami() -> Request[WhoamiResponse]:
    return Request(method="GET", path=f"{CLIENT_V3}/account/whoami", parser=_parse_whoami)


# --------------------------------------------------------------------------- sync


@dataclass(frozen=True)
class Timeline:
    events: tuple[Event, ...] = ()
    limited: bool = False
    prev_batch: str | None = None


@dataclass(frozen=True)
class UnreadCounts:
    """A joined room's ``unread_notifications``: what the server counts as unread since the
    user's newest read receipt, following their push rules."""

    notification_count: int
    highlight_count: int


@dataclass(frozen=True)
class Receipt:
    """One user's receipt of one event, from an ``m.receipt`` ephemeral event."""

    event_id: str
    receipt_type: str  # m.read, m.read.private, ...
    user_id: str
    thread_id: str | None = None  # None: unthreaded, covering the whole room


@dataclass(frozen=True)
class JoinedRoom:
    room_id: str
    timeline: Timeline
    state: tuple[Event, ...] = ()
    account_data: tuple[AccountDataEvent, ...] = ()
    receipts: tuple[Receipt, ...] = ()
    unread: UnreadCounts | None = None  # None where the server sends no counts
    # Items of its state and timeline that are not usable events.
    rejected: tuple[Rejected, ...] = ()


@dataclass(frozen=True)
class LeftRoom:
    room_id: str
    timeline: Timeline
    state: tuple[Event, ...] = ()


@dataclass(frozen=True)
class InvitedRoom:
    room_id: str
    invite_state: tuple[StrippedEvent, ...] = ()


@dataclass(frozen=True)
class SyncResponse:
    next_batch: str
    joined: Mapping[str, JoinedRoom] = field(default_factory=dict, hash=False)
    left: Mapping[str, LeftRoom] = field(default_factory=dict, hash=False)
    invited: Mapping[str, InvitedRoom] = field(default_factory=dict, hash=False)
    account_data: tuple[AccountDataEvent, ...] = ()


def _parse_timeline(
    data: Mapping[str, Any], room_id: str, rejected: list[Rejected] | None = None
) -> Timeline:
    section = _obj(data, "timeline")
    return Timeline(
        events=parse_events(section.get("events"), room_id, rejected),
        limited=section.get("limited") is True,
        prev_batch=_opt_token(section, "prev_batch"),
    )


# Counts above this are shown as this: more would only mean a server gone wrong.
MAX_UNREAD = 999_999


def _parse_unread(room: Mapping[str, Any]) -> UnreadCounts | None:
    section = room.get("unread_notifications")
    if not isinstance(section, dict):
        return None
    notifications = _opt_int(section, "notification_count")
    highlights = _opt_int(section, "highlight_count")
    if notifications is None or notifications < 0:
        return None
    if highlights is None or highlights < 0:
        highlights = 0
    return UnreadCounts(min(notifications, MAX_UNREAD), min(highlights, MAX_UNREAD))


def _parse_receipts(room: Mapping[str, Any]) -> tuple[Receipt, ...]:
    """The receipts of a room's ephemeral ``m.receipt`` events; malformed entries skipped."""
    out: list[Receipt] = []
    for event in _list(_obj(room, "ephemeral"), "events"):
        if not isinstance(event, dict) or event.get("type") != "m.receipt":
            continue
        for event_id, by_type in _obj(event, "content").items():
            if not (_is_str(event_id) and event_id.startswith("$") and isinstance(by_type, dict)):
                continue
            for receipt_type, by_user in by_type.items():
                if not _is_str(receipt_type) or not isinstance(by_user, dict):
                    continue
                for user_id, data in by_user.items():
                    if not (
                        _is_str(user_id) and _USER_ID.match(user_id) and isinstance(data, dict)
                    ):
                        continue
                    out.append(
                        Receipt(event_id, receipt_type, user_id, _opt_str(data, "thread_id"))
                    )
    return tuple(out)


def _rooms(section: Mapping[str, Any], key: str) -> list[tuple[str, Mapping[str, Any]]]:
    out: list[tuple[str, Mapping[str, Any]]] = []
    for room_id, room in _obj(section, key).items():
        if room_id.startswith("!") and isinstance(room, dict):
            out.append((room_id, room))
        else:
            log.warning("skipping malformed %s room entry %r", key, room_id[:100])
    return out


def _joined_room(room_id: str, room: Mapping[str, Any]) -> JoinedRoom:
    rejected: list[Rejected] = []
    state = parse_events(_obj(room, "state").get("events"), room_id, rejected)
    return JoinedRoom(
        room_id=room_id,
        timeline=_parse_timeline(room, room_id, rejected),
        state=state,
        account_data=_parse_account_data(_obj(room, "account_data")),
        receipts=_parse_receipts(room),
        unread=_parse_unread(room),
        rejected=tuple(rejected),
    )


def parse_sync(data: Json) -> SyncResponse:
    rooms = _obj(data, "rooms")
    joined = {room_id: _joined_room(room_id, room) for room_id, room in _rooms(rooms, "join")}
    left = {
        room_id: LeftRoom(
            room_id=room_id,
            timeline=_parse_timeline(room, room_id),
            state=parse_events(_obj(room, "state").get("events"), room_id),
        )
        for room_id, room in _rooms(rooms, "leave")
    }
    invited = {
        room_id: InvitedRoom(
            room_id=room_id,
            invite_state=parse_stripped_events(_obj(room, "invite_state").get("events"), room_id),
        )
        for room_id, room in _rooms(rooms, "invite")
    }
    return SyncResponse(
        next_batch=_req_token(data, "next_batch"),
        joined=joined,
        left=left,
        invited=invited,
        account_data=_parse_account_data(_obj(data, "account_data")),
    )


def sync(
    *,
    since: str | None = None,
    filter: str | Json | None = None,
    timeout_ms: int = 0,
    full_state: bool = False,
    set_presence: Literal["offline", "online", "unavailable"] = "offline",
) -> Request[SyncResponse]:
    """/sync; `filter` is a filter id or an inline filter object."""
    query: list[tuple[str, str]] = [("timeout", str(timeout_ms)), ("set_presence", set_presence)]
    if since is not None:
        query.append(("since", since))
    if filter is not None:
        if not isinstance(filter, str):
            filter = json.dumps(filter, separators=(",", ":"))
        query.append(("filter", filter))
    if full_state:
        query.append(("full_state", "true"))
    return Request(
        method="GET",
        path=f"{CLIENT_V3}/sync",
        query=tuple(query),
        long_poll_ms=timeout_ms,
        parser=parse_sync,
        max_body=MAX_SYNC_BODY,
    )


@dataclass(frozen=True)
class FilterResponse:
    filter_id: str


def upload_filter(user_id: str, filter_definition: Json) -> Request[FilterResponse]:
    return Request(
        method="POST",
        path=f"{CLIENT_V3}/user/{q(user_id)}/filter",
        body=filter_definition,
        parser=lambda data: FilterResponse(_req_str(data, "filter_id")),
    )


# --------------------------------------------------------------------------- rooms


@dataclass(frozen=True)
class MessagesResponse:
    start: str
    end: str | None  # None: no more events in this direction
    chunk: tuple[Event, ...] = ()
    state: tuple[Event, ...] = ()
    # Items of its chunk and state that are not usable events.
    rejected: tuple[Rejected, ...] = ()


def _parse_messages(room_id: str) -> Callable[[Json], MessagesResponse]:
    def parse(data: Json) -> MessagesResponse:
        rejected: list[Rejected] = []
        return MessagesResponse(
            start=_req_token(data, "start"),
            end=_opt_token(data, "end"),
            chunk=parse_events(data.get("chunk"), room_id, rejected),
            state=parse_events(data.get("state"), room_id, rejected),
            rejected=tuple(rejected),
        )

    return parse


def messages(
    room_id: str,
    *,
    from_token: str | None = None,
    direction: Literal["b", "f"] = "b",
    limit: int = 50,
    to_token: str | None = None,
    filter: Json | None = None,
) -> Request[MessagesResponse]:
    """/messages; without from_token the server starts at the live end (dir=b)."""
    query: list[tuple[str, str]] = [("dir", direction), ("limit", str(limit))]
    if from_token is not None:
        query.append(("from", from_token))
    if to_token is not None:
        query.append(("to", to_token))
    if filter is not None:
        query.append(("filter", json.dumps(filter, separators=(",", ":"))))
    return Request(
        method="GET",
        path=f"{CLIENT_V3}/rooms/{q(room_id)}/messages",
        query=tuple(query),
        parser=_parse_messages(room_id),
        max_body=MAX_ROOM_BODY,
    )


@dataclass(frozen=True)
class EventIdResponse:
    event_id: str


def _parse_event_id(data: Json) -> EventIdResponse:
    return EventIdResponse(_req_str(data, "event_id"))


def send_event(
    room_id: str, event_type: str, txn_id: str, content: Json
) -> Request[EventIdResponse]:
    """PUT with a client txn id: the same device repeating it gets the same event id."""
    return Request(
        method="PUT",
        path=f"{CLIENT_V3}/rooms/{q(room_id)}/send/{q(event_type)}/{q(txn_id)}",
        body=content,
        parser=_parse_event_id,
    )


def send_receipt(
    room_id: str, event_id: str, receipt_type: str = "m.read.private"
) -> Request[None]:
    """An unthreaded receipt: the user has read ``event_id`` and everything before it."""
    return Request(
        method="POST",
        path=f"{CLIENT_V3}/rooms/{q(room_id)}/receipt/{q(receipt_type)}/{q(event_id)}",
        body={},
        parser=_empty,
    )


def set_read_markers(
    room_id: str, fully_read: str, *, read_private: str | None = None
) -> Request[None]:
    """The room's ``m.fully_read`` marker and, in the same call, a private read receipt."""
    body: Json = {"m.fully_read": fully_read}
    if read_private is not None:
        body["m.read.private"] = read_private
    return Request(
        method="POST",
        path=f"{CLIENT_V3}/rooms/{q(room_id)}/read_markers",
        body=body,
        parser=_empty,
    )


@dataclass(frozen=True)
class ContentResponse:
    """The content of one state event or account data event."""

    content: Mapping[str, Any] = field(hash=False)


def get_state_event(room_id: str, event_type: str, state_key: str = "") -> Request[ContentResponse]:
    # An empty state key still needs its path segment: .../state/{type}/
    return Request(
        method="GET",
        path=f"{CLIENT_V3}/rooms/{q(room_id)}/state/{q(event_type)}/{q(state_key)}",
        parser=lambda data: ContentResponse(data),
    )


def get_room_account_data(user_id: str, room_id: str, event_type: str) -> Request[ContentResponse]:
    """One of the user's own account data events in a room (``m.fully_read``, say)."""
    return Request(
        method="GET",
        path=f"{CLIENT_V3}/user/{q(user_id)}/rooms/{q(room_id)}/account_data/{q(event_type)}",
        parser=lambda data: ContentResponse(data),
    )


def put_state_event(
    room_id: str, event_type: str, content: Json, state_key: str = ""
) -> Request[EventIdResponse]:
    return Request(
        method="PUT",
        path=f"{CLIENT_V3}/rooms/{q(room_id)}/state/{q(event_type)}/{q(state_key)}",
        body=content,
        parser=_parse_event_id,
    )


@dataclass(frozen=True)
class RelationsResponse:
    chunk: tuple[Event, ...]
    next_batch: str | None  # None: no older relations


def relations(
    room_id: str, event_id: str, rel_type: str, *, from_token: str | None = None, limit: int = 50
) -> Request[RelationsResponse]:
    """The events that relate to ``event_id`` with ``rel_type`` (newest first)."""
    query: list[tuple[str, str]] = [("limit", str(limit))]
    if from_token is not None:
        query.append(("from", from_token))

    def parse(data: Json) -> RelationsResponse:
        return RelationsResponse(
            parse_events(data.get("chunk"), room_id), _opt_token(data, "next_batch")
        )

    return Request(
        method="GET",
        path=f"{CLIENT_V1}/rooms/{q(room_id)}/relations/{q(event_id)}/{q(rel_type)}",
        query=tuple(query),
        parser=parse,
        max_body=MAX_ROOM_BODY,
    )


def _parse_one_event(room_id: str) -> Callable[[Json], Event]:
    def parse(data: Json) -> Event:
        event = parse_event(data, room_id)
        if event is None:
            raise MalformedResponseError("not a usable event")
        return event

    return parse


def get_event(room_id: str, event_id: str) -> Request[Event]:
    return Request(
        method="GET",
        path=f"{CLIENT_V3}/rooms/{q(room_id)}/event/{q(event_id)}",
        parser=_parse_one_event(room_id),
    )


def get_push_rules() -> Request[ContentResponse]:
    """The user's push rules, as ``{"global": {"override": [...], "room": [...], ...}}``."""
    return Request(
        method="GET", path=f"{CLIENT_V3}/pushrules/", parser=lambda data: ContentResponse(data)
    )


def put_push_rule(kind: str, rule_id: str, body: Json) -> Request[None]:
    """Create or replace one of the user's global push rules (``kind``: override, room, …)."""
    return Request(
        method="PUT",
        path=f"{CLIENT_V3}/pushrules/global/{q(kind)}/{q(rule_id)}",
        body=body,
        parser=_empty,
    )


def delete_push_rule(kind: str, rule_id: str) -> Request[None]:
    return Request(
        method="DELETE",
        path=f"{CLIENT_V3}/pushrules/global/{q(kind)}/{q(rule_id)}",
        parser=_empty,
    )


@dataclass(frozen=True)
class RoomStateResponse:
    events: tuple[Event, ...]


def get_room_state(room_id: str) -> Request[RoomStateResponse]:
    """All current state events of a room (the reply is a JSON array)."""
    return Request(
        method="GET",
        path=f"{CLIENT_V3}/rooms/{q(room_id)}/state",
        parser=lambda data: RoomStateResponse(parse_events(data.get(LIST_KEY), room_id)),
        max_body=MAX_ROOM_BODY,
    )


# `interpret` wraps a top-level JSON array in {LIST_KEY: [...]} so parsers take objects.
LIST_KEY = "__list__"


def redact(
    room_id: str,
    event_id: str,
    txn_id: str,
    reason: str | None = None,
    content: Json | None = None,
) -> Request[EventIdResponse]:
    """A redaction; ``content`` is the redaction event's content (with its reason)."""
    body = dict(content) if content is not None else ({"reason": reason} if reason else {})
    return Request(
        method="PUT",
        path=f"{CLIENT_V3}/rooms/{q(room_id)}/redact/{q(event_id)}/{q(txn_id)}",
        body=body,
        parser=_parse_event_id,
    )


@dataclass(frozen=True)
class RoomIdResponse:
    room_id: str


def _parse_room_id(data: Json) -> RoomIdResponse:
    room_id = _req_str(data, "room_id")
    if not room_id.startswith("!"):
        raise MalformedResponseError("invalid room_id")
    return RoomIdResponse(room_id)


def create_room(
    *,
    name: str | None = None,
    topic: str | None = None,
    preset: Literal["private_chat", "public_chat", "trusted_private_chat"] | None = None,
    visibility: Literal["public", "private"] = "private",
    invite: tuple[str, ...] = (),
    room_alias_name: str | None = None,
    room_version: str | None = None,
    creation_content: Json | None = None,
    initial_state: tuple[Json, ...] = (),
    power_level_content_override: Json | None = None,
    is_space: bool = False,
) -> Request[RoomIdResponse]:
    body: Json = {"visibility": visibility}
    optional: dict[str, object] = {
        "name": name,
        "topic": topic,
        "preset": preset,
        "room_alias_name": room_alias_name,
        "room_version": room_version,
        "power_level_content_override": power_level_content_override,
    }
    body.update({k: v for k, v in optional.items() if v is not None})
    if invite:
        body["invite"] = list(invite)
    if initial_state:
        body["initial_state"] = list(initial_state)
    creation = dict(creation_content or {})
    if is_space:
        creation["type"] = "m.space"
    if creation:
        body["creation_content"] = creation
    return Request(method="POST", path=f"{CLIENT_V3}/createRoom", body=body, parser=_parse_room_id)


def join(room_id_or_alias: str, *, via: tuple[str, ...] = ()) -> Request[RoomIdResponse]:
    return Request(
        method="POST",
        path=f"{CLIENT_V3}/join/{q(room_id_or_alias)}",
        query=tuple(("via", server) for server in via),
        body={},
        parser=_parse_room_id,
    )


def leave(room_id: str, reason: str | None = None) -> Request[None]:
    return Request(
        method="POST",
        path=f"{CLIENT_V3}/rooms/{q(room_id)}/leave",
        body={"reason": reason} if reason else {},
        parser=_empty,
    )


def invite(room_id: str, user_id: str, reason: str | None = None) -> Request[None]:
    body: Json = {"user_id": user_id}
    if reason:
        body["reason"] = reason
    return Request(
        method="POST", path=f"{CLIENT_V3}/rooms/{q(room_id)}/invite", body=body, parser=_empty
    )


def kick(room_id: str, user_id: str, reason: str | None = None) -> Request[None]:
    body: Json = {"user_id": user_id}
    if reason:
        body["reason"] = reason
    return Request(
        method="POST", path=f"{CLIENT_V3}/rooms/{q(room_id)}/kick", body=body, parser=_empty
    )


@dataclass(frozen=True)
class AliasResponse:
    room_id: str
    servers: tuple[str, ...] = ()


def _parse_alias(data: Json) -> AliasResponse:
    room = _parse_room_id(data)
    return AliasResponse(room.room_id, tuple(s for s in _list(data, "servers") if _is_str(s)))


def resolve_alias(alias: str) -> Request[AliasResponse]:
    """The room an alias points to; M_NOT_FOUND (404) when there is none."""
    return Request(method="GET", path=f"{CLIENT_V3}/directory/room/{q(alias)}", parser=_parse_alias)


@dataclass(frozen=True)
class JoinedMembersResponse:
    user_ids: frozenset[str]


def _parse_joined_members(data: Json) -> JoinedMembersResponse:
    joined = data.get("joined")
    if not isinstance(joined, dict):
        raise MalformedResponseError("missing 'joined'")
    return JoinedMembersResponse(frozenset(u for u in joined if _USER_ID.match(u)))


def joined_members(room_id: str) -> Request[JoinedMembersResponse]:
    return Request(
        method="GET",
        path=f"{CLIENT_V3}/rooms/{q(room_id)}/joined_members",
        parser=_parse_joined_members,
        max_body=MAX_ROOM_BODY,
    )


@dataclass(frozen=True)
class JoinedRoomsResponse:
    room_ids: tuple[str, ...]


def _parse_joined_rooms(data: Json) -> JoinedRoomsResponse:
    rooms = data.get("joined_rooms")
    if not isinstance(rooms, list):
        raise MalformedResponseError("missing 'joined_rooms'")
    return JoinedRoomsResponse(tuple(r for r in rooms if _is_str(r) and r.startswith("!")))


def joined_rooms() -> Request[JoinedRoomsResponse]:
    return Request(method="GET", path=f"{CLIENT_V3}/joined_rooms", parser=_parse_joined_rooms)


# --------------------------------------------------------------------------- media


@dataclass(frozen=True)
class UploadResponse:
    content_uri: str


def _parse_upload(data: Json) -> UploadResponse:
    uri = _req_str(data, "content_uri")
    if parse_mxc(uri) is None:
        raise MalformedResponseError("content_uri is not an mxc:// URI")
    return UploadResponse(uri)


def upload_media(content_type: str, filename: str | None = None) -> Request[UploadResponse]:
    """The body is the caller's file, sent by `HttpTransport.upload`."""
    return Request(
        method="POST",
        path=f"{MEDIA_V3}/upload",
        query=(("filename", filename),) if filename else (),
        content_type=content_type,
        parser=_parse_upload,
    )


@dataclass(frozen=True)
class MediaConfigResponse:
    upload_size: int | None  # the largest upload the server takes; None: it does not say


def _parse_media_config(data: Json) -> MediaConfigResponse:
    size = data.get("m.upload.size")
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        return MediaConfigResponse(None)
    return MediaConfigResponse(size)


def media_config() -> Request[MediaConfigResponse]:
    """The server's media limits (v1.11+, authenticated)."""
    return Request(method="GET", path=f"{CLIENT_V1}/media/config", parser=_parse_media_config)


_MXC = re.compile(r"^mxc://([A-Za-z0-9.\-:\[\]]+)/([A-Za-z0-9_\-]+)$")


def parse_mxc(uri: str) -> tuple[str, str] | None:
    """(server name, media id) of an mxc:// URI, or None if it is not a valid one."""
    match = _MXC.match(uri)
    return (match.group(1), match.group(2)) if match else None


def _media_path(endpoint: str, mxc_uri: str) -> str:
    parts = parse_mxc(mxc_uri)
    if parts is None:
        raise ValueError(f"not an mxc URI: {mxc_uri!r}")
    server, media_id = parts
    return f"{CLIENT_V1}/media/{endpoint}/{q(server)}/{q(media_id)}"


def download_media(mxc_uri: str, *, timeout_ms: int | None = None) -> DownloadRequest:
    """Authenticated download (v1.11+); raises ValueError for an invalid mxc URI."""
    return DownloadRequest(
        path=_media_path("download", mxc_uri),
        query=(("timeout_ms", str(timeout_ms)),) if timeout_ms is not None else (),
    )


def thumbnail_media(mxc_uri: str, width: int, height: int) -> DownloadRequest:
    """Authenticated server thumbnail (v1.11+), scaled to fit; raises ValueError for an
    invalid mxc URI."""
    return DownloadRequest(
        path=_media_path("thumbnail", mxc_uri),
        query=(("width", str(width)), ("height", str(height)), ("method", "scale")),
    )


@dataclass(frozen=True)
class DownloadResponse:
    content_type: str | None
    filename: str | None
    size: int  # bytes written to the caller's file


_FILENAME_STAR = re.compile(r"filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)")
_FILENAME = re.compile(r'filename\s*=\s*"?([^";]+)"?')


def parse_download(
    content_type: str | None, content_disposition: str | None, size: int
) -> DownloadResponse:
    filename = None
    if content_disposition:
        star = _FILENAME_STAR.search(content_disposition)
        plain = _FILENAME.search(content_disposition)
        if star:
            filename = unquote(star.group(1).strip())
        elif plain:
            filename = plain.group(1).strip()
    return DownloadResponse(content_type, filename, size)


# --------------------------------------------------------------------------- people


@dataclass(frozen=True)
class ProfileResponse:
    displayname: str | None = None
    avatar_url: str | None = None


def get_profile(user_id: str) -> Request[ProfileResponse]:
    return Request(
        method="GET",
        path=f"{CLIENT_V3}/profile/{q(user_id)}",
        parser=lambda d: ProfileResponse(_opt_str(d, "displayname"), _opt_str(d, "avatar_url")),
    )


def set_displayname(user_id: str, displayname: str) -> Request[None]:
    return Request(
        method="PUT",
        path=f"{CLIENT_V3}/profile/{q(user_id)}/displayname",
        body={"displayname": displayname},
        parser=_empty,
    )


@dataclass(frozen=True)
class DirectoryUser:
    user_id: str
    display_name: str | None = None
    avatar_url: str | None = None


@dataclass(frozen=True)
class UserDirectoryResponse:
    results: tuple[DirectoryUser, ...]
    limited: bool


def _parse_user_directory(data: Json) -> UserDirectoryResponse:
    if not isinstance(data.get("results"), list):
        raise MalformedResponseError("missing 'results'")
    results = []
    for item in data["results"]:
        if isinstance(item, dict) and _USER_ID.match(str(item.get("user_id", ""))):
            results.append(
                DirectoryUser(
                    item["user_id"], _opt_str(item, "display_name"), _opt_str(item, "avatar_url")
                )
            )
        else:
            log.warning("skipping malformed user directory entry")
    return UserDirectoryResponse(tuple(results), data.get("limited") is True)


def search_user_directory(term: str, limit: int = 10) -> Request[UserDirectoryResponse]:
    return Request(
        method="POST",
        path=f"{CLIENT_V3}/user_directory/search",
        body={"search_term": term, "limit": limit},
        parser=_parse_user_directory,
    )


# --------------------------------------------------------------------------- spaces


@dataclass(frozen=True)
class HierarchyRoom:
    room_id: str
    name: str | None = None
    topic: str | None = None
    room_type: str | None = None
    join_rule: str | None = None
    num_joined_members: int = 0
    world_readable: bool = False
    guest_can_join: bool = False
    children_state: tuple[StrippedEvent, ...] = ()


@dataclass(frozen=True)
class HierarchyResponse:
    rooms: tuple[HierarchyRoom, ...]
    next_batch: str | None = None


def _parse_hierarchy(data: Json) -> HierarchyResponse:
    if not isinstance(data.get("rooms"), list):
        raise MalformedResponseError("missing 'rooms'")
    rooms = []
    for item in data["rooms"]:
        room_id = item.get("room_id") if isinstance(item, dict) else None
        if not isinstance(room_id, str) or not room_id.startswith("!"):
            log.warning("skipping malformed hierarchy room")
            continue
        rooms.append(
            HierarchyRoom(
                room_id=room_id,
                name=_opt_str(item, "name"),
                topic=_opt_str(item, "topic"),
                room_type=_opt_str(item, "room_type"),
                join_rule=_opt_str(item, "join_rule"),
                num_joined_members=_opt_int(item, "num_joined_members") or 0,
                world_readable=item.get("world_readable") is True,
                guest_can_join=item.get("guest_can_join") is True,
                children_state=parse_stripped_events(item.get("children_state"), room_id),
            )
        )
    return HierarchyResponse(tuple(rooms), _opt_token(data, "next_batch"))


def room_hierarchy(
    room_id: str,
    *,
    from_token: str | None = None,
    limit: int | None = None,
    max_depth: int | None = None,
    suggested_only: bool = False,
) -> Request[HierarchyResponse]:
    query: list[tuple[str, str]] = []
    if from_token is not None:
        query.append(("from", from_token))
    if limit is not None:
        query.append(("limit", str(limit)))
    if max_depth is not None:
        query.append(("max_depth", str(max_depth)))
    if suggested_only:
        query.append(("suggested_only", "true"))
    return Request(
        method="GET",
        path=f"{CLIENT_V1}/rooms/{q(room_id)}/hierarchy",
        query=tuple(query),
        parser=_parse_hierarchy,
    )


# --------------------------------------------------------------------------- Synapse admin


@dataclass(frozen=True)
class AdminLoginResponse:
    access_token: str = field(repr=False)


def admin_login_as_user(
    user_id: str, *, valid_until_ms: int | None = None
) -> Request[AdminLoginResponse]:
    """Synapse admin: a token for `user_id` (needs an admin's token; not for admins)."""
    body: Json = {} if valid_until_ms is None else {"valid_until_ms": valid_until_ms}
    return Request(
        method="POST",
        path=f"{SYNAPSE_ADMIN_V1}/users/{q(user_id)}/login",
        body=body,
        parser=lambda data: AdminLoginResponse(_req_str(data, "access_token")),
    )


def admin_delete_device(user_id: str, device_id: str) -> Request[None]:
    """Synapse admin: remove a user's device, which revokes its access tokens (IT takes a
    lost laptop's access away)."""
    return Request(
        method="DELETE",
        path=f"{SYNAPSE_ADMIN_V2}/users/{q(user_id)}/devices/{q(device_id)}",
        parser=_empty,
    )


@dataclass(frozen=True)
class NonceResponse:
    nonce: str


def admin_register_nonce() -> Request[NonceResponse]:
    return Request(
        method="GET",
        path=f"{SYNAPSE_ADMIN_V1}/register",
        needs_auth=False,
        parser=lambda data: NonceResponse(_req_str(data, "nonce")),
    )


@dataclass(frozen=True)
class RegisterResponse:
    user_id: str
    access_token: str = field(repr=False)
    device_id: str | None = None


def _parse_register(data: Json) -> RegisterResponse:
    return RegisterResponse(
        _req_str(data, "user_id"), _req_str(data, "access_token"), _opt_str(data, "device_id")
    )


def registration_mac(
    shared_secret: str, nonce: str, username: str, password: str, admin: bool
) -> str:
    """HMAC-SHA1 over nonce, user, password and admin flag, NUL-separated (Synapse's scheme)."""
    message = "\x00".join((nonce, username, password, "admin" if admin else "notadmin"))
    return hmac.new(shared_secret.encode(), message.encode(), hashlib.sha1).hexdigest()


def admin_register(
    shared_secret: str,
    nonce: str,
    username: str,
    password: str,
    *,
    admin: bool = False,
    displayname: str | None = None,
) -> Request[RegisterResponse]:
    """Shared-secret registration (works with `enable_registration: false`)."""
    body: Json = {
        "nonce": nonce,
        "username": username,
        "password": password,
        "admin": admin,
        "mac": registration_mac(shared_secret, nonce, username, password, admin),
    }
    if displayname is not None:
        body["displayname"] = displayname
    return Request(
        method="POST",
        path=f"{SYNAPSE_ADMIN_V1}/register",
        body=body,
        needs_auth=False,
        parser=_parse_register,
    )


@dataclass(frozen=True)
class AdminUser:
    """An account as Synapse's admin API describes it (GET/PUT /_synapse/admin/v2/users)."""

    user_id: str
    displayname: str | None = None
    admin: bool = False
    deactivated: bool = False
    emails: tuple[str, ...] = ()


def _parse_admin_user(data: Json) -> AdminUser:
    emails = tuple(
        t["address"]
        for t in _list(data, "threepids")
        if isinstance(t, dict) and t.get("medium") == "email" and _is_str(t.get("address"))
    )
    return AdminUser(
        user_id=_req_str(data, "name"),
        displayname=_opt_str(data, "displayname"),
        admin=data.get("admin") is True,
        deactivated=data.get("deactivated") is True,
        emails=emails,
    )


def admin_get_user(user_id: str) -> Request[AdminUser]:
    """Synapse admin: one account; M_NOT_FOUND (404) when it does not exist."""
    return Request(
        method="GET", path=f"{SYNAPSE_ADMIN_V2}/users/{q(user_id)}", parser=_parse_admin_user
    )


def admin_put_user(
    user_id: str,
    *,
    password: str | None = None,
    displayname: str | None = None,
    emails: tuple[str, ...] | None = None,
    admin: bool | None = None,
    logout_devices: bool = False,
) -> Request[AdminUser]:
    """Synapse admin: create the account or change the given fields of an existing one.

    Fields left at None are not sent and so not touched. `emails` replaces all the
    account's e-mail addresses. A password on an existing account changes it; with
    `logout_devices` false its sessions stay signed in.
    """
    body: Json = {"logout_devices": logout_devices}
    if password is not None:
        body["password"] = password
    if displayname is not None:
        body["displayname"] = displayname
    if emails is not None:
        body["threepids"] = [{"medium": "email", "address": e} for e in emails]
    if admin is not None:
        body["admin"] = admin
    return Request(
        method="PUT",
        path=f"{SYNAPSE_ADMIN_V2}/users/{q(user_id)}",
        body=body,
        parser=_parse_admin_user,
    )


def admin_join(room_id_or_alias: str, user_id: str) -> Request[RoomIdResponse]:
    """Synapse admin: make a local user join a room the admin is in (invites first
    when the room is not public; the admin needs the power to invite)."""
    return Request(
        method="POST",
        path=f"{SYNAPSE_ADMIN_V1}/join/{q(room_id_or_alias)}",
        body={"user_id": user_id},
        parser=_parse_room_id,
    )
