"""The real engine against the in-memory server of ``tests.sync.fakeserver``: fast, no
Synapse. Ordering of the outbox, faults (transient ones retried, permanent ones stopping
the entry only, exactly one event after a lost answer) and a sync with backfill, each
ending with the oracle: the replica equals the server's state.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from client.commands import LocalCommands, NewDocument, discard_entry, retry_entry
from client.mediacache import MediaCache
from client.models import Message, OutboxEntry, OutboxState
from client.store import Replica, open_replica
from sync import api, engine, joining, mapping
from sync.backoff import BACKOFF_CAP_S, backoff_delay
from sync.engine import AuthLostError, EngineState, OfflineError, Status, SyncEngine
from tests.conftest import TEST_KEY
from tests.sync import faults
from tests.sync.fakeserver import FakeServer, FakeUser, assert_replica_equals_fake
from tests.sync.faults import FakeClock, FaultyTransport, Rule

SEND = r"/send/m\.room\.message/"
REACT = r"/send/m\.reaction/"
SYNC = r"/v3/sync$"


@dataclass
class Device:
    """One user's client: replica, media cache, engine, with faults in front of the server."""

    user: FakeUser
    replica: Replica
    engine: SyncEngine
    commands: LocalCommands
    faults: FaultyTransport
    clock: FakeClock
    statuses: list[Status]

    def post(self, group: str, text: str) -> int:
        created = self.commands.post(group, text).created
        assert isinstance(created, int)
        return created

    def entry_of(self, message_id: int) -> OutboxEntry:
        with self.replica.session() as session:
            entry = session.scalar(select(OutboxEntry).where(OutboxEntry.message_id == message_id))
            assert entry is not None
            return entry

    def outbox(self) -> list[OutboxEntry]:
        with self.replica.session() as session:
            return list(session.scalars(select(OutboxEntry)))

    def settle(self, max_rounds: int = 8) -> None:
        """Faults stop; flush and sync until the outbox is empty."""
        self.faults.stop_faults()
        for _ in range(max_rounds):
            self.clock.advance(minutes=10)  # past any backoff
            self.engine.flush()
            self.engine.sync_once()
            if not self.outbox():
                return
        raise AssertionError(f"outbox did not drain: {self.outbox()}")


MakeDevice = Callable[[FakeUser], Device]


@pytest.fixture(scope="session")
def empty_replica(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated replica with nothing in it yet, copied for each device."""
    path = tmp_path_factory.mktemp("fake-template") / "replica.db"
    replica = open_replica(path, TEST_KEY, create=True)
    replica.close()
    return path


@pytest.fixture
def fake() -> FakeServer:
    return FakeServer()


@pytest.fixture
def device(fake: FakeServer, empty_replica: Path, tmp_path: Path) -> Iterator[MakeDevice]:
    opened: list[Device] = []

    def make(user: FakeUser) -> Device:
        folder = tmp_path / user.user_id.strip("@").replace(":", "_")
        folder.mkdir()
        shutil.copyfile(empty_replica, folder / "replica.db")
        replica = open_replica(folder / "replica.db", TEST_KEY)
        media = MediaCache(folder / "media", TEST_KEY)
        injector = FaultyTransport(inner=fake.transport())
        clock = FakeClock()
        statuses: list[Status] = []
        sync_engine = SyncEngine(
            replica,
            fake.http(user, injector),
            user.user_id,
            media=media,
            clock=clock,
            rng=lambda: 0.5,
            on_status=statuses.append,
        )
        commands = LocalCommands(replica, user.user_id, media)
        made = Device(user, replica, sync_engine, commands, injector, clock, statuses)
        opened.append(made)
        return made

    yield make
    for made in opened:
        made.engine.transport.close()
        made.replica.close()


def _group(fake: FakeServer, owner: FakeUser, *members: FakeUser, name: str = "Jeugd") -> str:
    return fake.create_room(
        owner.user_id,
        name=name,
        state=[(mapping.GROUP_STATE, "", {"description": "Samenwerking", "kind": "group"})],
        members=[m.user_id for m in members],
    )


def _alone_in_a_group(fake: FakeServer, device: MakeDevice) -> tuple[Device, str]:
    """Anke, signed in and synced, in a group of her own."""
    anke = fake.register("anke")
    room = _group(fake, anke)
    a = device(anke)
    a.engine.sync_once()
    return a, room


def _bodies(fake: FakeServer, room: str) -> list[str]:
    return [
        str(e.content.get("body"))
        for e in fake.timeline(room)
        if e.type == "m.room.message" and not e.is_redacted
    ]


def _post_content(text: str, thread_root: str | None = None) -> dict[str, object]:
    return mapping.message_content(
        markdown=text,
        html_body=f"<p>{text}</p>",
        kind="post",
        mentions=(),
        thread_root=thread_root,
    )


# -- order -------------------------------------------------------------------------------


def test_the_outbox_keeps_each_groups_order_and_a_failing_group_blocks_no_other(
    fake: FakeServer, device: MakeDevice
) -> None:
    anke, chef = fake.register("anke"), fake.register("chef")
    closed = _group(fake, chef, anke, name="Mitteilungen")
    flaky = _group(fake, anke, name="Bauhof")
    fine = _group(fake, anke, name="Kantine")
    fake.forbid(closed, anke.user_id)  # a real refusal: the server says 403
    a = device(anke)
    a.engine.sync_once()
    a.faults.rules = [Rule("PUT", re.escape(flaky) + SEND, faults.status(502))]

    first = a.post(closed, "Ankündigung ohne Recht dazu")
    second = a.post(closed, "Noch eine")
    a.post(flaky, "Bauhof heute zu")
    lunch = a.post(fine, "Mittagessen 12 Uhr")
    a.commands.comment(lunch, "Ich komme mit")  # needs the post's event id: sent first
    a.post(fine, "Nachtisch gibt es auch")

    report = a.engine.flush()
    assert (report.sent, report.failed, report.deferred) == (3, 1, 1)
    assert _bodies(fake, fine) == ["Mittagessen 12 Uhr", "Ich komme mit", "Nachtisch gibt es auch"]
    by_body = {e.content.get("body"): e for e in fake.timeline(fine)}
    relation = by_body["Ich komme mit"].content["m.relates_to"]
    assert relation["event_id"] == by_body["Mittagessen 12 Uhr"].event_id
    failed = a.entry_of(first)
    assert failed.state is OutboxState.FAILED and failed.last_error is not None
    assert failed.last_error.startswith("M_FORBIDDEN")
    assert a.entry_of(second).state is OutboxState.WAITING  # order kept behind it

    a.clock.advance(minutes=10)
    a.engine.flush()
    assert _bodies(fake, closed) == [] and _bodies(fake, flaky) == []

    # The moderator lets anke post; she retries the failed entry. The proxy recovers.
    fake.forbid(closed, anke.user_id, False)
    retry_entry(a.replica, failed.id)
    a.settle()
    assert _bodies(fake, closed) == ["Ankündigung ohne Recht dazu", "Noch eine"]
    assert _bodies(fake, flaky) == ["Bauhof heute zu"]
    assert_replica_equals_fake(a.replica, fake, a.user.user_id)


def test_a_permanent_failure_stops_that_entry_only_until_the_user_decides(
    fake: FakeServer, device: MakeDevice
) -> None:
    a, room = _alone_in_a_group(fake, device)
    a.faults.rules = [Rule("PUT", SEND, faults.status(400, "M_BAD_JSON"), calls={1})]
    wrong = a.post(room, "Kaputt")
    later = a.post(room, "Danach")
    report = a.engine.flush()
    assert (report.sent, report.failed) == (0, 1)
    assert a.entry_of(wrong).last_error == "M_BAD_JSON: injected 400"
    assert a.faults.count("PUT", SEND) == 1  # not tried again on its own, nothing after it
    a.clock.advance(hours=1)
    assert a.engine.flush().deferred == 1
    discard_entry(a.replica, a.entry_of(wrong).id)
    assert a.engine.flush().sent == 1
    a.settle()
    assert _bodies(fake, room) == ["Danach"]
    with a.replica.session() as session:
        assert session.get(Message, wrong) is None and session.get(Message, later) is not None
    assert_replica_equals_fake(a.replica, fake, a.user.user_id)


# -- read markers ------------------------------------------------------------------------


def _unread_group(fake: FakeServer, device: MakeDevice) -> tuple[Device, FakeUser, str]:
    """Anke, synced, in a group where Jan wrote something since."""
    anke, jan = fake.register("anke"), fake.register("jan")
    room = _group(fake, jan, anke)
    fake.send(room, jan.user_id, "m.room.message", _post_content("Vorher"))
    a = device(anke)
    a.engine.sync_once()
    fake.send(room, jan.user_id, "m.room.message", _post_content("Neu"))
    a.engine.sync_once()
    return a, jan, room


def test_read_markers_queued_offline_go_up_once_the_newest_per_group(
    fake: FakeServer, device: MakeDevice
) -> None:
    a, jan, room = _unread_group(fake, device)
    a.commands.mark_read(room)
    newest = fake.send(room, jan.user_id, "m.room.message", _post_content("Noch neuer"))
    a.engine.sync_once()  # nothing sent meanwhile: the first marker still waits
    a.commands.mark_read(room)
    a.faults.rules = [Rule("POST", r"/read_markers$", faults.status(502), calls={1})]
    assert a.engine.flush().deferred == 1
    a.clock.advance(minutes=10)
    assert a.engine.flush().sent == 1
    assert a.engine.flush().sent == 0  # sent once
    assert a.faults.count("POST", r"/read_markers$") == 2  # the failed try and the one
    assert fake.read_markers[(a.user.user_id, room)] == {
        "m.fully_read": newest,
        "m.read.private": newest,
    }
    assert a.outbox() == []


def test_a_refused_read_marker_is_dropped_and_holds_up_nothing(
    fake: FakeServer, device: MakeDevice
) -> None:
    a, _jan, room = _unread_group(fake, device)
    a.faults.rules = [Rule("POST", r"/read_markers$", faults.status(400, "M_UNKNOWN"))]
    a.commands.mark_read(room)
    a.post(room, "Danach")
    report = a.engine.flush()
    assert (report.sent, report.failed) == (2, 0)
    assert a.outbox() == [] and "Danach" in _bodies(fake, room)


# -- faults ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({b"Retry-After": "²".encode()}, b'{"errcode": "M_LIMIT_EXCEEDED"}'),
        ({b"Retry-After": "²".encode()}, b"<html>slow down</html>"),
        ({}, b'{"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 1e400}'),
        ({}, b'{"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 1' + b"0" * 400 + b"}"),
        ({b"Retry-After": b"9" * 5000}, b""),
    ],
    ids=["superscript-two", "superscript-two-html", "float-infinity", "huge-integer", "huge"],
)
def test_a_hostile_retry_after_is_a_capped_wait_never_a_crash(
    fake: FakeServer, device: MakeDevice, headers: dict[bytes, bytes], body: bytes
) -> None:
    a, room = _alone_in_a_group(fake, device)
    a.faults.rules = [
        Rule("PUT", SEND, faults.reply(429, body, headers), {1}),
        Rule("GET", SYNC, faults.reply(429, body, headers), {1}),
    ]
    post = a.post(room, "Trotzdem gesendet")
    start = a.clock.now
    assert a.engine.flush().deferred == 1
    entry = a.entry_of(post)
    assert entry.state is OutboxState.WAITING
    assert entry.next_attempt_at is not None
    assert start < entry.next_attempt_at <= start + timedelta(seconds=BACKOFF_CAP_S)
    # The sync loop's wait is computed from the same value: capped as well.
    with pytest.raises(OfflineError) as offline:
        a.engine.sync_once()
    waited = backoff_delay(1, getattr(offline.value.error, "retry_after_ms", None), lambda: 0.5)
    assert 0 < waited <= BACKOFF_CAP_S
    a.settle()
    assert _bodies(fake, room) == ["Trotzdem gesendet"]


def test_transient_errors_are_retried_after_the_servers_retry_after(
    fake: FakeServer, device: MakeDevice
) -> None:
    a, room = _alone_in_a_group(fake, device)
    a.faults.rules = [
        Rule("PUT", SEND, faults.status(429, "M_LIMIT_EXCEEDED", retry_after_ms=7000), {1, 2}),
        Rule("PUT", SEND, faults.status(503), {3}),
    ]
    post = a.post(room, "Zu viele Nachrichten auf einmal")

    start = a.clock.now
    assert a.engine.flush().deferred == 1
    entry = a.entry_of(post)
    # A 429 says the server did not act: the entry simply waits, outcome known.
    assert entry.state is OutboxState.WAITING and entry.attempts == 1
    assert entry.next_attempt_at == start + timedelta(seconds=7)
    a.clock.advance(seconds=6.9)
    assert a.engine.flush().deferred == 1
    assert a.faults.count("PUT", SEND) == 1  # nothing sent before its time
    a.clock.advance(seconds=0.2)
    a.engine.flush()  # the second 429
    a.clock.advance(seconds=7)
    a.engine.flush()  # a 503 this time, after which the server may have acted
    assert a.entry_of(post).state is OutboxState.SENDING
    a.clock.advance(minutes=10)
    assert a.engine.flush().sent == 1
    assert a.faults.count("PUT", SEND) == 4
    a.settle()
    assert _bodies(fake, room) == ["Zu viele Nachrichten auf einmal"]
    assert_replica_equals_fake(a.replica, fake, a.user.user_id)


def test_an_entry_failing_for_more_than_a_day_is_reported_stuck_and_still_retried(
    fake: FakeServer, device: MakeDevice
) -> None:
    a, room = _alone_in_a_group(fake, device)
    a.faults.rules = [Rule("PUT", SEND, faults.status(503))]
    post = a.post(room, "Der Server ist krank")
    start = a.clock.now
    a.engine.flush()
    assert a.entry_of(post).failing_since == start
    for _ in range(20):
        a.clock.advance(hours=1)
        a.engine.flush()
    assert a.engine.status().outbox["stuck"] == 0  # not a day yet
    for _ in range(6):
        a.clock.advance(hours=1)
        a.engine.flush()
    entry = a.entry_of(post)
    assert a.engine.status().outbox["stuck"] == 1
    assert entry.failing_since == start and entry.attempts == 27  # still retried
    a.settle()
    assert _bodies(fake, room) == ["Der Server ist krank"]
    assert a.engine.status().outbox["stuck"] == 0


@pytest.mark.parametrize(
    "fault", [faults.reset_after, faults.truncated, faults.cut_short, faults.stall]
)
def test_a_lost_answer_still_gives_exactly_one_event(
    fault: Callable[[], faults.Action], fake: FakeServer, device: MakeDevice
) -> None:
    a, room = _alone_in_a_group(fake, device)
    post = a.post(room, "Vor dem Funkloch")
    a.engine.flush()
    a.faults.rules = [
        Rule("PUT", SEND, fault(), calls={1}),
        Rule("PUT", REACT, fault(), calls={1}),
    ]
    comment = a.commands.comment(post, "Im Funkloch").created
    like = a.commands.like(post)
    a.engine.flush()  # the comment: its answer lost; the like waits behind it
    assert isinstance(comment, int) and a.entry_of(comment).state is OutboxState.SENDING
    a.clock.advance(minutes=10)
    a.engine.flush()  # the comment again, then the like: its answer lost
    with a.replica.session() as session:
        [reaction] = session.scalars(select(OutboxEntry)).all()
        assert reaction.state is OutboxState.SENDING and like.messages == {post}
    a.settle()
    # Sent again with the same transaction ids; the server recognised them.
    assert a.faults.count("PUT", SEND) == 3 and a.faults.count("PUT", REACT) == 2
    assert _bodies(fake, room) == ["Vor dem Funkloch", "Im Funkloch"]
    assert len([e for e in fake.timeline(room) if e.type == "m.reaction"]) == 1
    assert_replica_equals_fake(a.replica, fake, a.user.user_id)


def test_past_the_dedupe_window_a_lost_send_is_looked_up_not_sent_again(
    fake: FakeServer, device: MakeDevice
) -> None:
    a, room = _alone_in_a_group(fake, device)
    post = a.post(room, "Vor zwei Tagen geschrieben")
    a.engine.flush()
    a.faults.rules = [Rule("PUT", SEND + "|" + REACT, faults.reset_after(), calls={1, 2})]
    a.commands.like(post)
    a.commands.comment(post, "Und kommentiert")
    a.engine.flush()  # the like: reset after the server acted
    fake.forget_transactions()  # the server's window ran out
    a.clock.advance(days=2)
    a.engine.flush()  # the like is found in the timeline; then the comment: reset again
    fake.forget_transactions()
    a.clock.advance(days=2)
    a.engine.flush()
    assert fake.count("PUT", "/send/m.room.message/") == 2  # post and comment, each once
    assert fake.count("PUT", "/send/m.reaction/") == 1
    a.settle()
    assert_replica_equals_fake(a.replica, fake, a.user.user_id)


def test_multi_writer_since_tokens_are_handed_back_as_they_are(
    fake: FakeServer, device: MakeDevice
) -> None:
    """Behind several event persisters Synapse's tokens are "m<pos>~<writer>.<pos>...":
    the engine stores and sends them unparsed (the server refuses any other)."""
    fake.multi_writer_tokens = True
    anke, jan = fake.register("anke"), fake.register("jan")
    room = _group(fake, jan, anke)
    a = device(anke)
    a.engine.sync_once()
    first = a.engine.since()
    assert first is not None and first.startswith("m") and "~" in first
    for n in range(3):
        fake.send(room, jan.user_id, "m.room.message", _post_content(f"Bericht {n}"))
        a.engine.sync_once()
    assert a.engine.since() not in (None, first)
    assert_replica_equals_fake(a.replica, fake, a.user.user_id)


def test_sync_faults_keep_the_since_token_and_recover(fake: FakeServer, device: MakeDevice) -> None:
    anke, jan = fake.register("anke"), fake.register("jan")
    room = _group(fake, jan, anke)
    a = device(anke)
    a.engine.sync_once()
    since = a.engine.since()
    fake.send(room, jan.user_id, "m.room.message", _post_content("Neu auf dem Server"))
    a.faults.rules = [
        Rule("GET", SYNC, faults.truncated(), calls={1}),
        Rule("GET", SYNC, faults.reset_before(), calls={2}),
        Rule("GET", SYNC, faults.status(502), calls={3}),
    ]
    for _ in range(3):
        with pytest.raises(OfflineError):
            a.engine.sync_once()
        assert a.engine.since() == since
        assert a.engine.status().online is False
    assert EngineState.OFFLINE in {s.state for s in a.statuses}
    a.engine.sync_once()
    assert a.engine.status().state is EngineState.UP_TO_DATE and a.engine.status().online
    assert_replica_equals_fake(a.replica, fake, a.user.user_id)


def test_a_sync_answer_too_long_to_read_is_asked_for_again_with_fewer_events(
    fake: FakeServer, device: MakeDevice
) -> None:
    anke, jan = fake.register("anke"), fake.register("jan")
    room = _group(fake, jan, anke)
    for n in range(60):
        fake.send(room, jan.user_id, "m.room.message", _post_content(f"Bericht {n}"))
    filters: list[str | None] = []

    def endless(request: httpx.Request, forward: faults.Forward) -> httpx.Response:
        filters.append(request.url.params.get("filter"))
        return httpx.Response(200, stream=_Endless())

    def seen(request: httpx.Request, forward: faults.Forward) -> httpx.Response:
        filters.append(request.url.params.get("filter"))
        return forward()

    a = device(anke)
    a.faults.rules = [Rule("GET", SYNC, endless, {1}), Rule("GET", SYNC, seen, {2, 3})]
    with pytest.raises(OfflineError):
        a.engine.sync_once()
    assert a.engine.since() is None
    a.engine.sync_once()
    small = json.loads(filters[1] or "{}")
    assert small["room"]["timeline"]["limit"] == engine.SMALL_TIMELINE
    with a.replica.session() as session:
        assert len(session.scalars(select(Message)).all()) == engine.SMALL_TIMELINE
    # Once an answer arrived, the stored filter is used again; backfill brings the rest.
    a.engine.sync_once()
    assert not (filters[2] or "").startswith("{")
    a.engine.backfill(room, max_pages=None)
    assert_replica_equals_fake(a.replica, fake, a.user.user_id)


class _Endless(httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b'{"next_batch": "s9", "pad": "'
        while True:
            yield b" " * 65536


def test_a_revoked_token_signs_out(fake: FakeServer, device: MakeDevice) -> None:
    a, _ = _alone_in_a_group(fake, device)
    fake.revoke(a.user)
    with pytest.raises(AuthLostError):
        a.engine.sync_once()
    assert a.statuses[-1].state is EngineState.SIGNED_OUT


# -- pull --------------------------------------------------------------------------------


def test_sync_and_backfill_bring_what_the_server_holds(
    fake: FakeServer, device: MakeDevice, monkeypatch: pytest.MonkeyPatch
) -> None:
    anke, jan = fake.register("anke"), fake.register("jan")
    space = fake.create_room(
        jan.user_id,
        name="Harderwijk",
        space=True,
        state=[(mapping.ORGANISATION_STATE, "", {"name": "Gemeente Harderwijk"})],
        members=[anke.user_id],
    )
    directory = fake.create_room(
        jan.user_id,
        name="Mensen",
        state=[(mapping.DIRECTORY_STATE, "", {"organisation": space})],
        members=[anke.user_id],
    )
    for user, name in ((jan, "Jan de Vries"), (anke, "Anke Jansen")):
        fake.put_state(directory, user.user_id, mapping.PERSON_STATE, user.user_id, {"name": name})
    jeugd = _group(fake, jan, anke, name="Jeugd & Gezin")
    bouwen = _group(fake, jan, anke, name="Bouwen")
    fake.add_child(space, jeugd, jan.user_id)

    posts = [
        fake.send(jeugd, jan.user_id, "m.room.message", _post_content(f"Bericht {n}"))
        for n in range(12)
    ]
    data = b"Mo: Anke\nDi: Jan\n"
    fake.put_state(
        jeugd,
        jan.user_id,
        mapping.DOCUMENT_STATE,
        "doc-dienstplan",
        mapping.document_content(
            name="Dienstplan.txt",
            folder="",
            mimetype="text/plain",
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            url=fake.upload(data, "text/plain"),
            version=1,
            based_on=None,
        ),
    )
    fake.send(bouwen, jan.user_id, "m.room.message", _post_content("Baustelle Kirchstraße"))
    # Late comments on the first posts: backfill meets them a page before their posts.
    for n in range(3):
        fake.send(jeugd, anke.user_id, "m.room.message", _post_content(f"Antwort {n}", posts[n]))
    fake.redact(jeugd, jan.user_id, posts[3])
    for n in range(12, 20):
        fake.send(jeugd, jan.user_id, "m.room.message", _post_content(f"Bericht {n}"))

    # A short timeline: the first sync brings the newest few and a backfill token each.
    monkeypatch.setitem(engine.SYNC_FILTER["room"]["timeline"], "limit", 4)
    a = device(anke)
    a.engine.sync_once()
    with a.replica.session() as session:
        assert session.scalar(select(Message).where(Message.body == "Bericht 0")) is None
    for room in (jeugd, bouwen):
        a.engine.backfill(room, max_pages=None, page_size=3)
    assert_replica_equals_fake(a.replica, fake, a.user.user_id)

    # Away for a while: more happens than one timeline holds, a gap backfill fills.
    for n in range(20, 30):
        fake.send(jeugd, jan.user_id, "m.room.message", _post_content(f"Bericht {n}"))
    fake.send(jeugd, anke.user_id, "m.room.message", _post_content("Antwort spät", posts[5]))
    fake.send(jeugd, anke.user_id, "m.reaction", mapping.reaction_content(posts[1]))
    edited = _post_content("Bericht 2 (neu)")
    fake.send(jeugd, jan.user_id, "m.room.message", mapping.edit_content(posts[2], edited))
    fake.leave(bouwen, anke.user_id)
    a.engine.sync_once()
    assert a.engine.backfill_groups(max_pages=None).messages
    assert_replica_equals_fake(a.replica, fake, a.user.user_id)
    with a.replica.session() as session:
        assert session.scalar(select(Message).where(Message.group_id == bouwen)) is None
    assert a.engine.fetch_document("doc-dienstplan") == hashlib.sha256(data).hexdigest()


def test_documents_go_up_and_come_down_through_the_media_cache(
    fake: FakeServer, device: MakeDevice, tmp_path: Path
) -> None:
    anke, jan = fake.register("anke"), fake.register("jan")
    room = _group(fake, anke, jan)
    a, j = device(anke), device(jan)
    a.engine.sync_once()
    j.engine.sync_once()
    source = tmp_path / "Protokoll.txt"
    source.write_text("Punkt 1: Haushalt\n" * 500)
    a.faults.rules = [Rule("POST", r"/media/v3/upload", faults.reset_after(), calls={1})]
    document = a.commands.add_document(room, NewDocument(source)).created
    assert isinstance(document, str)
    a.settle()
    content = fake.state(room)[(mapping.DOCUMENT_STATE, document)]
    assert fake.media(content["url"]) == source.read_bytes()
    j.engine.sync_once()
    assert j.engine.fetch_document(document) == content["sha256"]
    assert_replica_equals_fake(a.replica, fake, a.user.user_id)
    assert_replica_equals_fake(j.replica, fake, jan.user_id)


def test_a_download_stops_at_the_declared_size_and_at_the_largest_allowed(
    fake: FakeServer, device: MakeDevice
) -> None:
    anke, jan = fake.register("anke"), fake.register("jan")
    room = _group(fake, jan, anke)
    data = b"Mo: Anke\nDi: Jan\n" * 1000
    sha = hashlib.sha256(data).hexdigest()

    def document(document_id: str, url: str) -> None:
        content = mapping.document_content(
            name=f"{document_id}.txt",
            folder="",
            mimetype="text/plain",
            size=len(data),
            sha256=sha,
            url=url,
            version=1,
            based_on=None,
        )
        fake.put_state(room, jan.user_id, mapping.DOCUMENT_STATE, document_id, content)

    # The server holds far more than the state event declares.
    document("doc-lie", fake.upload(data + b"x" * 5_000_000, "text/plain"))
    document("doc-big", fake.upload(data, "text/plain"))
    a = device(anke)
    a.engine.sync_once()
    assert a.engine.media is not None
    with pytest.raises(engine.DocumentError, match=r"longer than the \d+ bytes its state event"):
        a.engine.fetch_document("doc-lie")
    assert a.engine.media.size_bytes() == 0
    assert not any(a.engine.media.root.iterdir())  # no partial file left either
    # Larger than IT allows: not even asked for.
    a.engine.max_download_bytes = len(data) - 1
    asked = a.faults.count("GET", "/media/download")
    with pytest.raises(engine.DocumentError, match="larger"):
        a.engine.fetch_document("doc-big")
    assert a.faults.count("GET", "/media/download") == asked
    a.engine.max_download_bytes = len(data)
    assert a.engine.fetch_document("doc-big") == sha


# -- the loop ----------------------------------------------------------------------------


def test_the_loop_sends_what_is_queued_and_brings_what_others_wrote(
    fake: FakeServer, device: MakeDevice
) -> None:
    anke, jan = fake.register("anke"), fake.register("jan")
    room = _group(fake, jan, anke)
    a = device(anke)
    stop = threading.Event()
    loop = threading.Thread(target=a.engine.run, args=(stop,), kwargs={"poll_timeout_ms": 100})
    loop.start()
    try:
        _wait(lambda: a.engine.since() is not None)
        a.post(room, "Aus der Schleife")
        a.engine.wake()
        _wait(lambda: _bodies(fake, room) == ["Aus der Schleife"])
        fake.send(room, jan.user_id, "m.room.message", _post_content("Von Jan"))
        _wait(lambda: not a.outbox() and _stored(a.replica, "Von Jan"))
    finally:
        stop.set()
        loop.join(10)
    assert not loop.is_alive()
    assert _bodies(fake, room) == ["Aus der Schleife", "Von Jan"]
    assert_replica_equals_fake(a.replica, fake, a.user.user_id)


def _stored(replica: Replica, body: str) -> bool:
    with replica.session() as session:
        return session.scalar(select(Message.id).where(Message.body == body)) is not None


def _wait(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_the_fake_server_refuses_what_synapse_refuses(fake: FakeServer) -> None:
    anke, jan = fake.register("anke"), fake.register("jan")
    room = _group(fake, jan)
    with fake.http(anke) as http:
        refused = http.execute(api.messages(room))
        assert isinstance(refused, api.MatrixError) and refused.errcode == "M_FORBIDDEN"
        joined = http.execute(api.join(room))
        assert isinstance(joined, api.MatrixError) and joined.status == 403
    open_room = fake.create_room(jan.user_id, join_rule="public")
    with fake.http(anke) as http:
        assert http.execute(api.join(open_room)) == api.RoomIdResponse(open_room)
        first = http.execute(api.send_event(open_room, "m.reaction", "t1", {"k": 1}))
        again = http.execute(api.send_event(open_room, "m.reaction", "t1", {"k": 1}))
        assert first == again  # the same transaction id: the same event


def test_open_groups_of_an_organisation_are_offered_and_joined(
    fake: FakeServer, device: MakeDevice
) -> None:
    anke, jan = fake.register("anke"), fake.register("jan")
    space = fake.create_room(jan.user_id, name="Harderwijk", space=True, members=[anke.user_id])
    joined = _group(fake, jan, anke, name="Jeugd")
    public = fake.create_room(jan.user_id, name="Bouwen", topic="Bauprojekte", join_rule="public")
    closed = fake.create_room(jan.user_id, name="Vorstand")
    for child in (joined, public, closed):
        fake.add_child(space, child, jan.user_id)
    a = device(anke)
    a.engine.sync_once()
    offered = joining.joinable_groups(a.replica, a.engine.transport)
    assert [(g.group_id, g.name, g.topic, g.organisation) for g in offered] == [
        (public, "Bouwen", "Bauprojekte", "Harderwijk")
    ]
    assert joining.join_group(a.engine.transport, offered[0]) == public
    a.engine.sync_once()
    assert joining.joinable_groups(a.replica, a.engine.transport) == []
    assert_replica_equals_fake(a.replica, fake, a.user.user_id)


def test_open_groups_are_offered_under_clean_names(fake: FakeServer, device: MakeDevice) -> None:
    anke, jan = fake.register("anke"), fake.register("jan")
    space = fake.create_room(
        jan.user_id, name="Harder\u202ewijk", space=True, members=[anke.user_id]
    )
    public = fake.create_room(
        jan.user_id,
        name="Bou\u2067wen\n\x1b[2J",
        topic="Bau\u202eprojekte\r\nund\tmehr\x07",
        join_rule="public",
    )
    fake.add_child(space, public, jan.user_id)
    a = device(anke)
    a.engine.sync_once()
    [offered] = joining.joinable_groups(a.replica, a.engine.transport)
    assert (offered.name, offered.topic, offered.organisation) == (
        "Bouwen [2J",
        "Bauprojekte\nund\tmehr",
        "Harderwijk",
    )
