"""An in-memory Matrix homeserver for testing the sync engine without Synapse.

``FakeServer.handle`` answers httpx requests (``httpx.MockTransport(server.handle)``, or
``server.transport()``) with the part of the Client-Server API the engine uses: /sync with
since tokens, the filter's timeline limit and gaps (``limited``, ``prev_batch``);
/messages backwards from a token or the live end; sending events with transaction-id
deduplication per device, as Synapse does (``forget_transactions`` plays its window
running out); redactions; state events; reactions, a second identical one refused with
``M_DUPLICATE_ANNOTATION``; a space's hierarchy and joining; media upload and download.
The token is given (``register``), there is no login. ``multi_writer_tokens`` makes /sync
hand out tokens shaped like Synapse's behind several event persisters and refuse any it did
not hand out.

Rooms, users and other people's events are set up directly (``create_room``, ``join``,
``send``, ``forbid``), not over HTTP. Faults come from ``tests.sync.faults`` in front of
it: ``FaultyTransport(rules, inner=server.transport())`` resets, truncates, stalls or
answers 429/5xx, before or after the server acted.

The oracle (Nextcloud's FakeFolder): once the engine has settled, the replica equals the
server's state (``assert_replica_equals_fake``), every change there exactly once.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import httpx
from sqlalchemy import select

from client.models import Document, Group, GroupOrganisation, Membership, Organisation, Person
from client.store import Replica
from sync import api, mapping
from sync.transport import HttpTransport
from tests.homeserver import assert_replica_equals_events

Json = dict[str, Any]
NAME = "fake.test"
BASE_URL = f"https://{NAME}"
# Synapse's timeline limit when a filter sets none.
DEFAULT_TIMELINE_LIMIT = 10


@dataclass(frozen=True)
class FakeUser:
    user_id: str
    access_token: str


@dataclass
class _Event:
    pos: int  # the server's stream ordering: since tokens count these
    data: Json  # the event in client format, redacted in place when it is
    # The access token (device) and transaction id it was sent with: the transaction id
    # is shown to that device only, and repeating it returns this event.
    device: str | None = None
    txn_id: str | None = None

    @property
    def event_id(self) -> str:
        return str(self.data.get("event_id"))

    @property
    def state_key(self) -> tuple[str, str] | None:
        key = self.data.get("state_key")
        return None if key is None else (str(self.data.get("type")), str(key))


@dataclass
class _Room:
    room_id: str
    events: list[_Event] = field(default_factory=list)
    # Users whose events the room refuses (403), as missing power would.
    forbidden: set[str] = field(default_factory=set)

    def state_before(self, index: int) -> dict[tuple[str, str], _Event]:
        state: dict[tuple[str, str], _Event] = {}
        for event in self.events[:index]:
            if event.state_key is not None:
                state[event.state_key] = event
        return state

    def state(self) -> dict[tuple[str, str], _Event]:
        return self.state_before(len(self.events))

    def membership(self, user_id: str, at_pos: int | None = None) -> str | None:
        found = None
        for event in self.events:
            if at_pos is not None and event.pos > at_pos:
                break
            if event.data["type"] == "m.room.member" and event.data.get("state_key") == user_id:
                found = event.data["content"].get("membership")
        return found

    def content(self, event_type: str, state_key: str = "") -> Json | None:
        event = self.state().get((event_type, state_key))
        return None if event is None else dict(event.data["content"])


class RefusedError(Exception):
    """The server says no: an error answer's status, errcode and message."""

    def __init__(self, status: int, errcode: str, error: str = "") -> None:
        super().__init__(error or errcode)
        self.status = status
        self.errcode = errcode
        self.error = error or errcode


class FakeServer:
    """One homeserver's rooms, users and media, in memory."""

    def __init__(self, name: str = NAME, *, now_ms: Callable[[], int] | None = None) -> None:
        self.name = name
        self._now_ms = now_ms or (lambda: int(time.time() * 1000))
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._pos = 0
        self._ids = itertools.count(1)
        self._rooms: dict[str, _Room] = {}
        self._tokens: dict[str, str] = {}
        self._txns: dict[tuple[str, str], str] = {}
        self._filters: dict[str, Json] = {}
        self._media: dict[str, tuple[bytes, str]] = {}
        # The newest read markers and receipts per (user, room), as the client sent them.
        self.read_markers: dict[tuple[str, str], Json] = {}
        # How long /sync waits for news at most, whatever the client asks: tests stay fast.
        self.long_poll_cap_s = 0.2
        # Since tokens as Synapse gives them with several event persisters, refused unless
        # handed back exactly as given.
        self.multi_writer_tokens = False
        self._issued: set[str] = set()
        # (method, path) of every request, in order.
        self.requests: list[tuple[str, str]] = []

    # -- set-up, as the server's other users and admins would do it ----------------------

    def register(self, localpart: str) -> FakeUser:
        with self._lock:
            user = FakeUser(f"@{localpart}:{self.name}", f"token-{localpart}-{next(self._ids)}")
            self._tokens[user.access_token] = user.user_id
            return user

    def create_room(
        self,
        creator: str,
        *,
        name: str | None = None,
        topic: str | None = None,
        space: bool = False,
        join_rule: str = "invite",
        state: Iterable[tuple[str, str, Json]] = (),
        members: Iterable[str] = (),
    ) -> str:
        """A room made by ``creator`` with ``state`` (type, state key, content), which
        ``members`` have joined."""
        with self._lock:
            room_id = f"!r{next(self._ids)}:{self.name}"
            self._rooms[room_id] = _Room(room_id)
            create: Json = {"creator": creator, "room_version": "10"}
            if space:
                create["type"] = "m.space"
            self.put_state(room_id, creator, "m.room.create", "", create)
            self.put_state(room_id, creator, "m.room.member", creator, {"membership": "join"})
            self.put_state(room_id, creator, "m.room.join_rules", "", {"join_rule": join_rule})
            if name is not None:
                self.put_state(room_id, creator, "m.room.name", "", {"name": name})
            if topic is not None:
                self.put_state(room_id, creator, "m.room.topic", "", {"topic": topic})
            for event_type, key, content in state:
                self.put_state(room_id, creator, event_type, key, content)
            for member in members:
                self.join(room_id, member)
            return room_id

    def add_child(self, space_id: str, child_id: str, sender: str) -> None:
        """Make ``child_id`` a child of the space, and the space its parent."""
        via = {"via": [self.name]}
        self.put_state(space_id, sender, "m.space.child", child_id, via)
        self.put_state(child_id, sender, "m.space.parent", space_id, via)

    def join(self, room_id: str, user_id: str) -> str:
        return self.put_state(room_id, user_id, "m.room.member", user_id, {"membership": "join"})

    def leave(self, room_id: str, user_id: str) -> str:
        return self.put_state(room_id, user_id, "m.room.member", user_id, {"membership": "leave"})

    def forbid(self, room_id: str, user_id: str, forbidden: bool = True) -> None:
        """Refuse (or again accept) events from ``user_id`` in the room, with 403."""
        with self._lock:
            room = self._rooms[room_id]
            (room.forbidden.add if forbidden else room.forbidden.discard)(user_id)

    def send(self, room_id: str, sender: str, event_type: str, content: Json) -> str:
        with self._lock:
            return self._append(room_id, sender, event_type, content).event_id

    def inject(self, room_id: str, data: Json) -> str:
        """An event exactly as given, whatever its shape (what Synapse would refuse, as a
        misbehaving federated server could still send it); returns its event id, or ""."""
        with self._lock:
            self._pos += 1
            self._rooms[room_id].events.append(_Event(self._pos, data))
            self._changed.notify_all()
            event_id = data.get("event_id")
            return event_id if isinstance(event_id, str) else ""

    def put_state(
        self, room_id: str, sender: str, event_type: str, state_key: str, content: Json
    ) -> str:
        with self._lock:
            event = self._append(room_id, sender, event_type, content, state_key=state_key)
            return event.event_id

    def redact(self, room_id: str, sender: str, event_id: str) -> str:
        with self._lock:
            return self._redact(room_id, sender, event_id, None, None)

    def upload(self, data: bytes, mimetype: str = "application/octet-stream") -> str:
        """Media someone else uploaded; returns its mxc:// URI."""
        with self._lock:
            media_id = f"m{next(self._ids)}"
            self._media[media_id] = (data, mimetype)
            return f"mxc://{self.name}/{media_id}"

    def revoke(self, user: FakeUser) -> None:
        """The server forgets the user's access token (signed out elsewhere, or by IT)."""
        with self._lock:
            self._tokens.pop(user.access_token, None)

    def forget_transactions(self) -> None:
        """The deduplication window ran out: a repeated transaction id makes a new event."""
        with self._lock:
            self._txns.clear()

    # -- what the server holds, for the oracle -----------------------------------------

    def timeline(self, room_id: str) -> list[api.Event]:
        """Every event of the room, oldest first, each with the transaction id it was sent
        with (Synapse shows that to the sending device only)."""
        with self._lock:
            events = [self._served(e, e.device) for e in self._rooms[room_id].events]
        return [e for e in (api.parse_event(d, room_id) for d in events) if e is not None]

    def state(self, room_id: str) -> dict[tuple[str, str], Json]:
        """The room's current state: (type, state key) -> content."""
        with self._lock:
            state = self._rooms[room_id].state()
            return {key: dict(event.data["content"]) for key, event in state.items()}

    def joined_rooms(self, user_id: str) -> list[str]:
        with self._lock:
            return [r.room_id for r in self._rooms.values() if r.membership(user_id) == "join"]

    def media(self, mxc: str) -> bytes | None:
        parts = api.parse_mxc(mxc)
        with self._lock:
            found = self._media.get(parts[1]) if parts else None
        return None if found is None else found[0]

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def http(self, user: FakeUser, transport: httpx.BaseTransport | None = None) -> HttpTransport:
        """A transport signed in as ``user``, straight to this server or through
        ``transport`` (faults in front of it)."""
        return HttpTransport(
            BASE_URL, access_token=user.access_token, transport=transport or self.transport()
        )

    def count(self, method: str, fragment: str) -> int:
        """Requests with this method whose path contains ``fragment``."""
        with self._lock:
            return sum(1 for m, p in self.requests if m == method and fragment in p)

    # -- the server's side -------------------------------------------------------------

    def _append(
        self,
        room_id: str,
        sender: str,
        event_type: str,
        content: Json,
        *,
        state_key: str | None = None,
        redacts: str | None = None,
        device: str | None = None,
        txn_id: str | None = None,
    ) -> _Event:
        room = self._rooms.get(room_id)
        if room is None:
            raise RefusedError(404, "M_NOT_FOUND", "no such room")
        self._pos += 1
        data: Json = {
            "event_id": f"$ev{next(self._ids)}",
            "type": event_type,
            "sender": sender,
            "origin_server_ts": self._now_ms(),
            "content": content,
            "room_id": room_id,
            "unsigned": {},
        }
        if state_key is not None:
            data["state_key"] = state_key
        if redacts is not None:
            data["redacts"] = redacts
        event = _Event(self._pos, data, device, txn_id)
        room.events.append(event)
        self._changed.notify_all()
        return event

    def _redact(
        self, room_id: str, sender: str, event_id: str, device: str | None, txn_id: str | None
    ) -> str:
        room = self._rooms[room_id]
        content = {"redacts": event_id}
        redaction = self._append(
            room_id,
            sender,
            "m.room.redaction",
            content,
            redacts=event_id,
            device=device,
            txn_id=txn_id,
        )
        for event in room.events:
            if event.event_id == event_id:
                event.data["content"] = {}
                because = {k: v for k, v in redaction.data.items() if k != "unsigned"}
                event.data["unsigned"] = {"redacted_because": because}
        return redaction.event_id

    def _served(self, event: _Event, device: str | None) -> Json:
        data: Json = json.loads(json.dumps(event.data))
        if device is not None and event.device == device and event.txn_id is not None:
            data["unsigned"]["transaction_id"] = event.txn_id
        return data

    def handle(self, request: httpx.Request) -> httpx.Response:
        raw_path = request.url.raw_path.decode("ascii").partition("?")[0]
        parts = [unquote(p) for p in raw_path.split("/")[1:]]
        with self._lock:
            self.requests.append((request.method, unquote(raw_path)))
        try:
            return self._route(request, parts)
        except RefusedError as fault:
            body = {"errcode": fault.errcode, "error": fault.error}
            return httpx.Response(fault.status, json=body)

    def _route(self, request: httpx.Request, parts: list[str]) -> httpx.Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        with self._lock:
            user = self._tokens.get(token)
        if user is None:
            raise RefusedError(401, "M_UNKNOWN_TOKEN", "unknown access token")
        method = request.method
        match parts:
            case ["_matrix", "client", "v3", "sync"] if method == "GET":
                return _ok(self._sync(user, token, request.url.params))
            case ["_matrix", "client", "v3", "user", _, "filter"] if method == "POST":
                with self._lock:
                    filter_id = str(next(self._ids))
                    self._filters[filter_id] = json.loads(request.content)
                return _ok({"filter_id": filter_id})
            case ["_matrix", "client", "v3", "rooms", room_id, "messages"] if method == "GET":
                return _ok(self._messages(user, token, room_id, request.url.params))
            case ["_matrix", "client", "v3", "rooms", room_id, "send", event_type, txn_id]:
                content = json.loads(request.content)
                return _ok(self._send(user, token, room_id, event_type, txn_id, content))
            case ["_matrix", "client", "v3", "rooms", room_id, "redact", event_id, txn_id]:
                return _ok(self._send_redaction(user, token, room_id, event_id, txn_id))
            case ["_matrix", "client", "v3", "rooms", room_id, "state", event_type, state_key]:
                if method == "PUT":
                    content = json.loads(request.content)
                    with self._lock:
                        self._member(user, room_id, writing=True)
                        event_id = self.put_state(room_id, user, event_type, state_key, content)
                    return _ok({"event_id": event_id})
                with self._lock:
                    self._member(user, room_id)
                    found = self._rooms[room_id].content(event_type, state_key)
                if found is None:
                    raise RefusedError(404, "M_NOT_FOUND", "no such state")
                return _ok(found)
            case ["_matrix", "client", "v3", "rooms", room_id, "read_markers"] if method == "POST":
                with self._lock:
                    self._member(user, room_id)
                    self.read_markers[(user, room_id)] = json.loads(request.content)
                return _ok({})
            case ["_matrix", "client", "v3", "rooms", room_id, "receipt", receipt_type, event_id]:
                with self._lock:
                    self._member(user, room_id)
                    self.read_markers[(user, room_id)] = {receipt_type: event_id}
                return _ok({})
            case ["_matrix", "client", "v3", "join", room_id] if method == "POST":
                return _ok(self._join(user, room_id))
            case ["_matrix", "client", "v1", "rooms", room_id, "hierarchy"] if method == "GET":
                return _ok(self._hierarchy(user, room_id))
            case ["_matrix", "media", "v3", "upload"] if method == "POST":
                mimetype = request.headers.get("Content-Type", "application/octet-stream")
                return _ok({"content_uri": self.upload(request.content, mimetype)})
            case ["_matrix", "client", "v1", "media", "download", _, media_id]:
                with self._lock:
                    found_media = self._media.get(media_id)
                if found_media is None:
                    raise RefusedError(404, "M_NOT_FOUND", "no such media")
                body, mimetype = found_media
                return httpx.Response(200, content=body, headers={"Content-Type": mimetype})
        raise RefusedError(404, "M_UNRECOGNIZED", f"{method} {'/'.join(parts)}")

    def _member(self, user: str, room_id: str, *, writing: bool = False) -> _Room:
        room = self._rooms.get(room_id)
        if room is None or room.membership(user) != "join":
            raise RefusedError(403, "M_FORBIDDEN", f"{user} is not in room {room_id}")
        if writing and user in room.forbidden:
            raise RefusedError(403, "M_FORBIDDEN", "you may not send events here")
        return room

    def _send(
        self, user: str, token: str, room_id: str, event_type: str, txn_id: str, content: Json
    ) -> Json:
        with self._lock:
            room = self._member(user, room_id, writing=True)
            known = self._txns.get((token, txn_id))
            if known is not None:
                return {"event_id": known}
            if event_type == "m.reaction" and _annotates_again(room, user, content):
                raise RefusedError(400, "M_DUPLICATE_ANNOTATION", "already reacted")
            event = self._append(room_id, user, event_type, content, device=token, txn_id=txn_id)
            self._txns[(token, txn_id)] = event.event_id
            return {"event_id": event.event_id}

    def _send_redaction(
        self, user: str, token: str, room_id: str, event_id: str, txn_id: str
    ) -> Json:
        with self._lock:
            self._member(user, room_id, writing=True)
            known = self._txns.get((token, txn_id))
            if known is None:
                known = self._redact(room_id, user, event_id, token, txn_id)
                self._txns[(token, txn_id)] = known
            return {"event_id": known}

    def _join(self, user: str, room_id: str) -> Json:
        with self._lock:
            room = self._rooms.get(room_id)
            if room is None:
                raise RefusedError(404, "M_NOT_FOUND", "no such room")
            rule = (room.content("m.room.join_rules") or {}).get("join_rule")
            if room.membership(user) != "join":
                if rule not in ("public", "restricted"):
                    raise RefusedError(403, "M_FORBIDDEN", "you are not invited")
                self.join(room_id, user)
            return {"room_id": room_id}

    def _hierarchy(self, user: str, space_id: str) -> Json:
        with self._lock:
            space = self._member(user, space_id)
            children = [
                key
                for (event_type, key), event in space.state().items()
                if event_type == "m.space.child" and event.data["content"].get("via")
            ]
            rooms = [self._summary(space_id)]
            rooms.extend(self._summary(child) for child in children if child in self._rooms)
            return {"rooms": rooms}

    def _summary(self, room_id: str) -> Json:
        room = self._rooms[room_id]
        state = room.state()
        return {
            "room_id": room_id,
            "name": (room.content("m.room.name") or {}).get("name"),
            "topic": (room.content("m.room.topic") or {}).get("topic"),
            "room_type": (room.content("m.room.create") or {}).get("type"),
            "join_rule": (room.content("m.room.join_rules") or {}).get("join_rule"),
            "num_joined_members": sum(
                1
                for (event_type, _), e in state.items()
                if event_type == "m.room.member" and e.data["content"].get("membership") == "join"
            ),
            "children_state": [
                {k: e.data[k] for k in ("type", "state_key", "sender", "content")}
                for (event_type, _), e in state.items()
                if event_type == "m.space.child"
            ],
        }

    # -- /sync and /messages -----------------------------------------------------------

    def _sync(self, user: str, token: str, params: httpx.QueryParams) -> Json:
        since = self._since(params.get("since"))
        limit = self._timeline_limit(params.get("filter"))
        wait_s = min(int(params.get("timeout") or 0) / 1000, self.long_poll_cap_s)
        with self._changed:
            if since is not None and wait_s > 0:
                self._changed.wait_for(lambda: self._news_for(user, since), timeout=wait_s)
            joined: dict[str, Json] = {}
            left: dict[str, Json] = {}
            for room in self._rooms.values():
                now = room.membership(user)
                if since is None:
                    if now == "join":
                        joined[room.room_id] = self._full_room(room, token, limit)
                    continue
                new = [e for e in room.events if e.pos > since]
                if not new:
                    continue
                before = room.membership(user, since)
                if now == "join" and before != "join":
                    joined[room.room_id] = self._full_room(room, token, limit)
                elif now == "join":
                    joined[room.room_id] = self._room_since(room, new, token, limit)
                elif before == "join":
                    left[room.room_id] = {
                        "timeline": {"events": [self._served(e, token) for e in new]},
                        "state": {"events": []},
                    }
            return {
                "next_batch": self._next_batch(),
                "rooms": {"join": joined, "leave": left, "invite": {}},
            }

    def _next_batch(self) -> str:
        if not self.multi_writer_tokens:
            return f"s{self._pos}"
        # Synapse's shape with several event persisters: the position all writers have
        # passed, then each writer's own, then the other streams. Only ever handed back.
        token = f"m{self._pos}~1.{self._pos + 2}~2.{self._pos + 1}_{self._pos}_0_0"
        self._issued.add(token)
        return token

    def _since(self, token: str | None) -> int | None:
        if token is None or not self.multi_writer_tokens:
            return _position(token, "s")
        if token not in self._issued:  # parsed, compared or made up by the client
            raise RefusedError(400, "M_INVALID_PARAM", f"bad token {token!r}")
        return int(token[1 : token.index("~")])

    def _news_for(self, user: str, since: int) -> bool:
        return any(
            e.pos > since
            for room in self._rooms.values()
            if room.membership(user) == "join" or room.membership(user, since) == "join"
            for e in room.events[-1:]
        )

    def _timeline_limit(self, filter_param: str | None) -> int:
        definition: Json | None = None
        if filter_param:
            definition = (
                json.loads(filter_param)
                if filter_param.startswith("{")
                else self._filters.get(filter_param)
            )
        timeline = (definition or {}).get("room", {}).get("timeline", {})
        limit = timeline.get("limit")
        return limit if isinstance(limit, int) else DEFAULT_TIMELINE_LIMIT

    def _full_room(self, room: _Room, token: str, limit: int) -> Json:
        """A room the client has not seen: the state at the timeline's start, and the
        newest ``limit`` events."""
        start = max(0, len(room.events) - limit)
        timeline = room.events[start:]
        return {
            "timeline": {
                "events": [self._served(e, token) for e in timeline],
                "limited": start > 0,
                "prev_batch": f"t{timeline[0].pos}",
            },
            "state": {
                "events": [self._served(e, token) for e in room.state_before(start).values()]
            },
        }

    def _room_since(self, room: _Room, new: list[_Event], token: str, limit: int) -> Json:
        """What happened since the client's token; with more than ``limit`` events, the
        newest of them and the state changes in the gap before them."""
        timeline = new[-limit:]
        gap = new[: len(new) - len(timeline)]
        changed: dict[tuple[str, str], _Event] = {}
        for event in gap:
            if event.state_key is not None:
                changed[event.state_key] = event
        return {
            "timeline": {
                "events": [self._served(e, token) for e in timeline],
                "limited": bool(gap),
                "prev_batch": f"t{timeline[0].pos}",
            },
            "state": {"events": [self._served(e, token) for e in changed.values()]},
        }

    def _messages(self, user: str, token: str, room_id: str, params: httpx.QueryParams) -> Json:
        if params.get("dir", "b") != "b":
            raise RefusedError(400, "M_INVALID_PARAM", "only dir=b here")
        limit = int(params.get("limit") or 10)
        with self._lock:
            room = self._member(user, room_id)
            before = _position(params.get("from"), "t")
            older = [e for e in room.events if before is None or e.pos < before]
            chunk = list(reversed(older[-limit:])) if limit > 0 else []
            start = params.get("from") or f"t{self._pos + 1}"
            page: Json = {
                "start": start,
                "chunk": [self._served(e, token) for e in chunk],
                "state": [],
            }
            if chunk and len(older) > len(chunk):
                page["end"] = f"t{chunk[-1].pos}"
            return page


def _ok(body: Json) -> httpx.Response:
    # ASCII JSON, as Synapse writes it: an injected lone surrogate goes out as "\\ud800".
    content = json.dumps(body).encode()
    return httpx.Response(200, content=content, headers={"Content-Type": "application/json"})


def _position(token: str | None, prefix: str) -> int | None:
    if token is None:
        return None
    if not token.startswith(prefix) or not token[1:].isdigit():
        raise RefusedError(400, "M_INVALID_PARAM", f"bad token {token!r}")
    return int(token[1:])


def _annotates_again(room: _Room, sender: str, content: Json) -> bool:
    rel = content.get("m.relates_to") or {}
    return any(
        e.data["type"] == "m.reaction"
        and e.data["sender"] == sender
        and e.data["content"].get("m.relates_to") == rel
        for e in room.events
    )


# -- the oracle ------------------------------------------------------------------------------


def assert_replica_equals_fake(replica: Replica, server: FakeServer, user_id: str) -> None:
    """What the user's replica holds equals what the server shows them: their groups
    with their messages, likes and documents, the organisations (spaces) and their
    people directories, and every change on the server exactly once."""
    groups, spaces, directories = {}, {}, {}
    for room_id in server.joined_rooms(user_id):
        state = server.state(room_id)
        if state.get(("m.room.create", ""), {}).get("type") == "m.space":
            spaces[room_id] = state
        elif ("app.treffpunkt.directory", "") in state:
            directories[room_id] = state
        else:
            groups[room_id] = state
    with replica.session() as session:
        replica_groups = {
            g.id: g.name for g in session.scalars(select(Group).where(Group.joined.is_(True)))
        }
        organisations = {o.id: o.name for o in session.scalars(select(Organisation))}
        links = {
            (row.group_id, row.organisation_id)
            for row in session.execute(
                select(GroupOrganisation.group_id, GroupOrganisation.organisation_id)
            )
        }
        people = {p.user_id: (p.name, p.organisation_id) for p in session.scalars(select(Person))}
        documents = {
            d.id: (d.group_id, d.name, d.sha256, d.version, d.mxc_url)
            for d in session.scalars(select(Document).where(Document.deleted.is_(False)))
        }
        members = {
            (m.group_id, m.user_id)
            for m in session.scalars(select(Membership).where(Membership.membership == "join"))
        }
    assert replica_groups == {room: _name(state, room) for room, state in groups.items()}
    assert organisations == {room: _name(state, room) for room, state in spaces.items()}
    assert links == {
        (child, space)
        for space, state in spaces.items()
        for (event_type, child), content in state.items()
        if event_type == "m.space.child" and content.get("via") and child in groups
    }
    directory_people = {}
    for state in directories.values():
        org = state[(mapping.DIRECTORY_STATE, "")].get("organisation")
        for (event_type, key), content in state.items():
            if event_type == mapping.PERSON_STATE and content:
                directory_people[key] = (content["name"], org if org in spaces else None)
    assert people == directory_people
    server_documents = {
        key: (room, c["name"], c["sha256"], c["version"], c["url"])
        for room, state in groups.items()
        for (event_type, key), c in state.items()
        if event_type == mapping.DOCUMENT_STATE and c
    }
    assert documents == server_documents
    assert members == {
        (room, key)
        for room, state in groups.items()
        for (event_type, key), c in state.items()
        if event_type == "m.room.member" and c.get("membership") == "join"
    }
    for room in groups:
        assert_replica_equals_events(replica, server.timeline(room), room)


def _name(state: dict[tuple[str, str], Json], room_id: str) -> str:
    organisation = state.get((mapping.ORGANISATION_STATE, ""), {}).get("name")
    return str(organisation or state.get(("m.room.name", ""), {}).get("name") or room_id)
