"""Hostile /sync and /messages answers (hypothesis) applied through the real engine.

Each case is a realistic answer for a fresh group: a /sync timeline of good posts, a
comment and a like, plus one event that a mutation broke (a key gone, a value of another
type, a huge or deeply nested value, a relation to an unknown event, a timestamp out of
range), and a /messages page of older good posts with the same broken event. The engine
fetches both over ``httpx.MockTransport`` and applies them in its usual way. Nothing may
raise, every good event must land, and the ``since`` token must advance. Some cases break
a room-level field instead (receipts, counts, ``limited``) or add a room that is garbage;
then the good events of the timeline must still land.
"""

from __future__ import annotations

import copy
import itertools
import json
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from client import quarantine
from client.models import Message
from client.store import Replica, open_replica
from sync import mapping
from sync.engine import SyncEngine
from sync.transport import HttpTransport

Json = dict[str, Any]
USER = "@fuzz:chaos.test"
OTHER = "@jan:chaos.test"
BASE_URL = "https://chaos.test"
T0 = 1_780_000_000_000


def _deep(depth: int) -> Any:
    value: Any = "bottom"
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    return value


# Values of the wrong type, huge, deeply nested, or out of range, for any field.
HOSTILE: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from(
        [
            -(2**63),
            2**63,
            10**30,
            -1,
            0,
            # Timestamps out of range: year 11476, before 1 AD, beyond a double.
            299_999_999_999_999,
            -62_135_596_800_001,
            float("inf"),
            float("-inf"),
            float("nan"),
            1e400,
        ]
    ),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from(["x" * 70_000, "\u202e\u0000\ud7ff" * 50, "$unknown:chaos.test", ""]),
    st.builds(_deep, st.integers(1, 400)),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.just({"rel_type": "m.unknown", "event_id": "$nowhere:chaos.test"}),
)

# Timestamps out of range in every way: the year 11476, before the year 1, beyond what a
# platform's time_t or SQLite's integer holds, not a number.
TIMESTAMPS: st.SearchStrategy[Any] = st.one_of(
    st.integers(min_value=253_402_300_800_000),
    st.integers(max_value=-62_135_596_800_001),
    st.sampled_from([299_999_999_999_999, 2**63, -(2**63) - 1, 10**30, 1e400, -1, "1780000000000"]),
)
RELATION_TYPES = ("m.annotation", "m.replace", "m.thread", "m.reference", mapping.ANSWER_EVENT)
# Relations of every kind to events that are not there, or of kinds that do not exist.
RELATIONS: st.SearchStrategy[Any] = st.fixed_dictionaries(
    {
        "rel_type": st.one_of(st.sampled_from([*RELATION_TYPES, "m.unknown"]), HOSTILE),
        "event_id": st.one_of(st.just("$nowhere:chaos.test"), HOSTILE),
    },
    optional={"key": HOSTILE, "m.in_reply_to": HOSTILE, "is_falling_back": HOSTILE},
)

# Where a room-level mutation may strike: the timeline's events stay a list.
ROOM_FIELDS = (
    ("timeline", "limited"),
    ("timeline", "prev_batch"),
    ("ephemeral",),
    ("ephemeral", "events"),
    ("account_data",),
    ("account_data", "events"),
    ("unread_notifications",),
    ("unread_notifications", "notification_count"),
    ("unread_notifications", "highlight_count"),
    ("summary",),
    ("state",),
)


# Fields a mutation aims at more often than chance would.
FOCUS = (
    "origin_server_ts",
    "content",
    "m.relates_to",
    "rel_type",
    "event_id",
    "redacts",
    "sender",
    "state_key",
    "type",
    "body",
    "membership",
    "key",
    "m.new_content",
    "size",
    "version",
)


@dataclass(frozen=True)
class Change:
    """One change to an event at a path into it (keys or list indexes): ``pick`` chooses
    among the event's own paths, or the first ending in that key; the value there is
    removed or replaced by ``value``."""

    pick: int | str
    remove: bool
    value: Any


@dataclass(frozen=True)
class Mutation:
    """What breaks in one case: a template event and the changes made to it, where it
    goes, or which room-level field breaks instead."""

    template: str
    changes: list[Change]
    where: str  # "sync", "messages", "room", "garbage-room"
    position: int
    room_field: int


mutations = st.builds(
    Mutation,
    template=st.sampled_from(
        [
            "post",
            "comment",
            "like",
            "edit",
            "redaction",
            "answer",
            "document",
            "group",
            "name",
            "member",
            "unknown",
        ]
    ),
    changes=st.lists(
        st.one_of(
            st.builds(
                Change,
                pick=st.one_of(st.integers(0, 10_000), st.sampled_from(FOCUS)),
                remove=st.booleans(),
                value=HOSTILE,
            ),
            st.builds(Change, st.just("origin_server_ts"), st.just(False), TIMESTAMPS),
            st.builds(Change, st.just("m.relates_to"), st.just(False), RELATIONS),
        ),
        min_size=1,
        max_size=3,
    ),
    where=st.sampled_from(["sync", "sync", "messages", "messages", "room", "garbage-room"]),
    position=st.integers(0, 8),
    room_field=st.integers(0, len(ROOM_FIELDS) - 1),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []
    if len(prefix) > 8:
        pass  # not into a deeply nested value a change put there
    elif isinstance(value, dict):
        for key, inner in value.items():
            found.append((*prefix, key))
            found.extend(_paths(inner, (*prefix, key)))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found.append((*prefix, index))
            found.extend(_paths(inner, (*prefix, index)))
    return found


def mutate(event: Json, changes: list[Change]) -> Json:
    """A copy of ``event`` with each change made at one of its paths."""
    broken = copy.deepcopy(event)
    for change in changes:
        paths = _paths(broken)
        if not paths:
            break
        aimed = [p for p in paths if p[-1] == change.pick]
        if aimed:
            path = aimed[0]
        elif isinstance(change.pick, int):
            path = paths[change.pick % len(paths)]
        else:
            path = (change.pick,)  # a key the event lacks: added
        parent: Any = broken
        for step in path[:-1]:
            parent = parent[step]
        if change.remove:
            if path[-1] in parent or isinstance(parent, list):
                del parent[path[-1]]
        else:
            parent[path[-1]] = copy.deepcopy(change.value)
    return broken


class Case:
    """One group's answers: the good events and the broken one."""

    _ids = itertools.count(1)

    def __init__(self, mutation: Mutation) -> None:
        self.n = next(self._ids)
        self.room = f"!fuzz{self.n}:chaos.test"
        self.next_batch = f"s{self.n}"
        self.prev_batch = f"p{self.n}"
        self._events = itertools.count()
        self.mutation = mutation
        victim = self._event("m.room.message", self._post("Ziel"))
        self.victim_id = victim["event_id"]
        posts = [self._event("m.room.message", self._post(f"Neu {i}")) for i in range(3)]
        comment = self._event(
            "m.room.message",
            mapping.message_content(
                markdown="Antwort",
                html_body="<p>Antwort</p>",
                kind="comment",
                mentions=(),
                thread_root=posts[0]["event_id"],
            ),
        )
        like = self._event("m.reaction", mapping.reaction_content(posts[1]["event_id"]))
        self.good_new = [victim, *posts, comment, like]
        self.good_old = [self._event("m.room.message", self._post(f"Alt {i}")) for i in range(3)]
        for i, event in enumerate(self.good_old):
            event["origin_server_ts"] = T0 - 3_600_000 + i
        self.broken = mutate(self._template(mutation.template), mutation.changes)

    def _post(self, text: str) -> Json:
        return mapping.message_content(
            markdown=f"{text} {self.n}",
            html_body=f"<p>{text} {self.n}</p>",
            kind="post",
            mentions=(),
        )

    def _event(self, type_: str, content: Json, **extra: Any) -> Json:
        n = next(self._events)
        return {
            "type": type_,
            "event_id": f"$e{self.n}-{n}:chaos.test",
            "sender": OTHER,
            "origin_server_ts": T0 + self.n * 1000 + n,
            "content": content,
            "unsigned": {"age": 10},
            **extra,
        }

    def _template(self, name: str) -> Json:
        target = self.victim_id
        if name == "post":
            return self._event("m.room.message", self._post("Kaputt"))
        if name == "comment":
            content = mapping.message_content(
                markdown="k",
                html_body="<p>k</p>",
                kind="comment",
                mentions=(USER,),
                thread_root=target,
            )
            return self._event("m.room.message", content)
        if name == "like":
            return self._event("m.reaction", mapping.reaction_content(target))
        if name == "edit":
            new = self._post("Bearbeitet")
            return self._event("m.room.message", mapping.edit_content(target, new))
        if name == "redaction":
            return self._event("m.room.redaction", {"redacts": target}, redacts=target)
        if name == "answer":
            return self._event(mapping.ANSWER_EVENT, mapping.answer_content(target, target))
        if name == "document":
            content = mapping.document_content(
                name="Protokoll.pdf",
                folder="/",
                mimetype="application/pdf",
                size=10,
                sha256="0" * 64,
                url="mxc://chaos.test/x",
                version=1,
                based_on=None,
            )
            return self._event(mapping.DOCUMENT_STATE, content, state_key="doc1")
        if name == "group":
            content = {"description": "Kaputt", "kind": "group"}
            return self._event(mapping.GROUP_STATE, content, state_key="")
        if name == "name":
            return self._event("m.room.name", {"name": "Kaputt"}, state_key="")
        if name == "member":
            content = {"membership": "join", "displayname": "Jan"}
            return self._event("m.room.member", content, state_key=OTHER)
        return self._event("app.treffpunkt.unknown", {"x": {"y": [1, 2, 3]}})

    def _state(self) -> list[Json]:
        return [
            self._event("m.room.create", {"creator": OTHER, "room_version": "10"}, state_key=""),
            self._event("m.room.name", {"name": f"Fuzz {self.n}"}, state_key=""),
            self._event(mapping.GROUP_STATE, {"description": "", "kind": "group"}, state_key=""),
            self._event("m.room.member", {"membership": "join"}, state_key=OTHER),
            self._event("m.room.member", {"membership": "join"}, state_key=USER),
        ]

    def sync_answer(self) -> Json:
        timeline = list(self.good_new)
        where = self.mutation.where
        if where == "sync":
            timeline.insert(self.mutation.position % (len(timeline) + 1), self.broken)
        room: Json = {
            "timeline": {"events": timeline, "limited": True, "prev_batch": self.prev_batch},
            "state": {"events": self._state()},
            "ephemeral": {"events": []},
            "account_data": {"events": []},
            "unread_notifications": {"notification_count": 1, "highlight_count": 0},
            "summary": {},
        }
        rooms: Json = {self.room: room}
        if where == "room":
            path = ROOM_FIELDS[self.mutation.room_field]
            parent = room
            for step in path[:-1]:
                parent = parent[step]
            change = self.mutation.changes[0]
            if change.remove:
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = copy.deepcopy(change.value)
        elif where == "garbage-room":
            rooms[f"!garbage{self.n}:chaos.test"] = copy.deepcopy(self.mutation.changes[0].value)
        return {"next_batch": self.next_batch, "rooms": {"join": rooms}}

    def messages_answer(self) -> Json:
        chunk = list(reversed(self.good_old))  # newest first, as /messages sends them
        if self.mutation.where == "messages":
            chunk.insert(self.mutation.position % (len(chunk) + 1), self.broken)
        return {"chunk": chunk, "start": self.prev_batch}

    @property
    def expect_old(self) -> bool:
        """Whether the older page must land too: not when ``limited`` or ``prev_batch``
        were broken (there is then no gap to fill, or no token to fill it from)."""
        return self.mutation.where != "room" or ROOM_FIELDS[self.mutation.room_field] not in {
            ("timeline", "limited"),
            ("timeline", "prev_batch"),
        }


class HostileServer:
    """Serves the current case's answers, as bytes (NaN and Infinity included)."""

    def __init__(self) -> None:
        self.case: Case | None = None

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/filter"):
            return httpx.Response(200, json={"filter_id": "1"})
        assert self.case is not None
        if path.endswith("/sync"):
            body = self.case.sync_answer()
        elif path.endswith("/messages"):
            query = parse_qs(request.url.query.decode())
            if query.get("from") != [self.case.prev_batch]:
                body = {"chunk": [], "start": "x"}
            else:
                body = self.case.messages_answer()
        else:
            return httpx.Response(404, json={"errcode": "M_UNRECOGNIZED", "error": path})
        return httpx.Response(
            200,
            content=json.dumps(body, allow_nan=True).encode(),
            headers={"content-type": "application/json"},
        )


@dataclass
class FuzzReport:
    cases: int = 0
    crashes: int = 0
    quarantined: int = 0
    # The first few failures, for the report: what broke where, and the traceback.
    failures: list[str] = field(default_factory=list)


class Fuzzer:
    """One replica and engine for every case (each case has a group of its own)."""

    def __init__(self, folder: Path, key: bytes) -> None:
        self.replica: Replica = open_replica(folder / "replica.db", key, create=True)
        self.server = HostileServer()
        mock = httpx.MockTransport(self.server.handle)
        transport = HttpTransport(BASE_URL, access_token="t", transport=mock)
        self.engine = SyncEngine(self.replica, transport, USER)
        self.report = FuzzReport()

    def close(self) -> None:
        self.engine.transport.close()
        self.replica.close()

    def run_case(self, mutation: Mutation) -> None:
        case = Case(mutation)
        self.server.case = case
        self.report.cases += 1
        try:
            self.engine.sync_once()
            self.engine.backfill(case.room)
            problem = self._check(case)
        except Exception:
            problem = traceback.format_exc(limit=6)
        if problem is not None:
            self.report.crashes += 1
            if len(self.report.failures) < 5:
                self.report.failures.append(f"{mutation!r:.600}\n{problem}")

    def _check(self, case: Case) -> str | None:
        if self.engine.since() != case.next_batch:
            return f"since is {self.engine.since()!r}, not {case.next_batch!r}"
        with self.replica.session() as session:
            landed = set(
                session.scalars(select(Message.event_id).where(Message.group_id == case.room))
            )
        wanted = [e for e in case.good_new if e["type"] == "m.room.message"]
        if case.expect_old:
            wanted += case.good_old
        missing = [e["event_id"] for e in wanted if e["event_id"] not in landed]
        return f"good events missing: {missing}" if missing else None

    def run(self, cases: int, *, seed: int | None = None) -> FuzzReport:
        """``cases`` hypothesis examples; a fixed ``seed`` makes them the same each run."""

        @settings(
            max_examples=cases,
            database=None,
            deadline=None,
            derandomize=seed is not None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(mutations)
        def one(mutation: Mutation) -> None:
            self.run_case(mutation)

        one()
        self.report.quarantined = quarantine.count(self.replica)
        return self.report
