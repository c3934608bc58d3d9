"""The real sync engine against a real Synapse behind a fault-injecting transport.

Resets before and after the server acted, truncated and cut-short bodies, stalls until the
read timeout, 429 and 5xx bursts. The oracle (Nextcloud FakeFolder style): once the faults
stop and the engine has settled, the replica equals the server's state and the server
holds every change exactly once (``assert_replica_equals_server``).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from client.commands import NewDocument, discard_entry, retry_entry
from client.models import Document, Message, OutboxEntry, OutboxState
from devkit.devserver import DevServer, RegisteredUser
from sync import api, mapping
from sync.engine import OfflineError, SyncEngine
from tests.homeserver import (
    BOTH_DATABASES,
    Client,
    ClientFactory,
    MakeUser,
    assert_replica_equals_server,
    make_group,
    ok,
    server_messages,
    timeline,
    transport_for,
)
from tests.sync import faults
from tests.sync.faults import FakeClock, FaultyTransport, Rule

pytestmark = pytest.mark.e2e

SEND = r"/send/m\.room\.message/"
REACT = r"/send/m\.reaction/"
REDACT = r"/redact/"
SYNC = r"/v3/sync$"


@dataclass
class Rig:
    client: Client
    faults: FaultyTransport
    clock: FakeClock
    engine: SyncEngine

    def drive(self, rounds: int = 1) -> None:
        """Flush and sync while faults may still strike."""
        for _ in range(rounds):
            self.clock.advance(minutes=10)  # past any backoff
            self.engine.flush()
            try:
                self.engine.sync_once()
            except OfflineError:
                pass

    def settle(self, max_rounds: int = 12) -> None:
        """Faults stop; flush and sync until the outbox is empty."""
        self.faults.stop_faults()
        for _ in range(max_rounds):
            self.clock.advance(minutes=10)
            self.engine.flush()
            self.engine.sync_once()
            if not self.client.outbox():
                self.engine.sync_once()
                return
        raise AssertionError(f"outbox did not drain: {self.client.outbox()}")

    def entry_of(self, message_id: int) -> OutboxEntry:
        with self.client.connected.replica.session() as session:
            entry = session.scalar(select(OutboxEntry).where(OutboxEntry.message_id == message_id))
            assert entry is not None
            return entry

    def faults_seen(self) -> list[str]:
        return [s.fault for s in self.faults.log if s.fault is not None]


RigFactory = Callable[..., Rig]


@pytest.fixture
def rig_factory(server: DevServer, client_factory: ClientFactory) -> Iterator[RigFactory]:
    def make(user: RegisteredUser, rules: list[Rule] | None = None) -> Rig:
        client = client_factory(user)
        injector = FaultyTransport(rules)
        client.connected.transport.close()
        transport = transport_for(client, server.base_url, injector, read_timeout=5.0)
        clock = FakeClock()
        engine = SyncEngine(
            client.connected.replica,
            transport,
            user.user_id,
            media=client.home.media_cache(user.user_id),
            clock=clock,
            rng=lambda: 0.5,
        )
        client.connected.transport = transport
        client.connected.engine = engine
        return Rig(client, injector, clock, engine)

    yield make


def _post(rig: Rig, room: str, text: str) -> int:
    created = rig.client.commands.post(room, text).created
    assert isinstance(created, int)
    return created


@pytest.mark.parametrize("server", BOTH_DATABASES, indirect=True)
def test_answers_lost_after_the_server_acted_are_not_posted_twice(
    server: DevServer, make_user: MakeUser, rig_factory: RigFactory
) -> None:
    anke = make_user("anke")
    room = make_group(server, anke)
    rig = rig_factory(anke)
    rig.engine.sync_once()
    rig.faults.rules = [
        Rule("PUT", SEND, faults.reset_after(), calls={2}),
        Rule("PUT", SEND, faults.truncated(), calls={3}),
        Rule("PUT", SEND, faults.cut_short(), calls={5}),
        Rule("PUT", SEND, faults.stall(), calls={7}),
        Rule("PUT", REACT, faults.reset_after(), calls={1}),
        Rule("GET", SYNC, faults.truncated(), calls={1}),
        Rule("GET", SYNC, faults.stall(), calls={2}),
        Rule("GET", SYNC, faults.reset_before(), calls={3}),
    ]
    posts = [_post(rig, room, f"Bericht {n}: Wohngeld-Sprechstunde") for n in range(4)]
    rig.client.commands.comment(posts[0], "Ich komme mit")
    rig.client.commands.like(posts[1])

    report = rig.engine.flush()
    assert (report.sent, report.deferred) == (1, 1)
    # The second post reached the server but its answer was lost: its outcome is unknown,
    # which the entry must remember until it is settled.
    entry = rig.entry_of(posts[1])
    assert entry.state is OutboxState.SENDING and entry.next_attempt_at is not None

    rig.drive(rounds=6)
    rig.settle()
    assert sorted(set(rig.faults_seen())) == [
        "cut_short",
        "reset_after",
        "reset_before",
        "stall",
        "truncated",
    ]
    assert_replica_equals_server(rig.client, server, room)
    assert len(server_messages(server, anke.access_token, room)) == 5


def test_changes_made_while_an_outcome_is_unknown_are_not_lost(
    server: DevServer, make_user: MakeUser, rig_factory: RigFactory
) -> None:
    """An entry whose request may have reached the server is no longer "unsent": editing,
    deleting or unliking it must go to the server as an edit, a redaction, an unlike."""
    anke = make_user("anke")
    room = make_group(server, anke)
    rig = rig_factory(anke)
    rig.engine.sync_once()
    liked = _post(rig, room, "Dienstplan Juli")
    rig.engine.flush()

    rig.faults.rules = [Rule("PUT", SEND, faults.reset_after(), calls={1})]
    edited = _post(rig, room, "Sprechstunde am Montg")
    rig.engine.flush()
    assert rig.entry_of(edited).state is OutboxState.SENDING
    rig.client.commands.edit(edited, "Sprechstunde am Montag")
    rig.settle()
    assert_replica_equals_server(rig.client, server, room)

    rig.faults.rules = [Rule("PUT", SEND, faults.reset_after(), calls={1})]
    gone = _post(rig, room, "Falsche Gruppe, bitte ignorieren")
    rig.engine.flush()
    rig.client.commands.delete(gone)
    rig.settle()
    assert_replica_equals_server(rig.client, server, room)
    assert not [m for m in rig.client.messages(room) if m.id == gone and not m.deleted]

    rig.faults.rules = [Rule("PUT", REACT, faults.reset_after(), calls={1})]
    rig.client.commands.like(liked)
    rig.engine.flush()
    rig.client.commands.unlike(liked)
    rig.settle()
    assert_replica_equals_server(rig.client, server, room)

    bodies = [e.content["body"] for e in server_messages(server, anke.access_token, room)]
    assert bodies == ["Dienstplan Juli", "Sprechstunde am Montg"]  # edits are events of their own
    [edited_row] = [m for m in rig.client.messages(room) if m.id == edited]
    assert edited_row.body == "Sprechstunde am Montag"


def test_5xx_bursts_and_stalls_recover(
    server: DevServer, make_user: MakeUser, rig_factory: RigFactory
) -> None:
    anke = make_user("anke")
    room = make_group(server, anke)
    rig = rig_factory(anke)
    rig.faults.rules = [
        Rule("GET", SYNC, faults.status(502), calls={1, 2, 3}),
        Rule("PUT", SEND, faults.status(502, forwarded=True), calls={1, 2}),
        Rule("PUT", SEND, faults.status(503), calls={3}),
        Rule("PUT", SEND, faults.status(504, forwarded=True), calls={5}),
    ]
    for _ in range(3):
        with pytest.raises(OfflineError):
            rig.engine.sync_once()
    rig.engine.sync_once()
    for n in range(3):
        _post(rig, room, f"Baustelle Kirchstraße, Stand {n}")
    rig.drive(rounds=5)
    rig.settle()
    assert rig.faults.count("PUT", SEND) >= 6
    assert_replica_equals_server(rig.client, server, room)


def test_rate_limit_honours_retry_after(
    server: DevServer, make_user: MakeUser, rig_factory: RigFactory
) -> None:
    anke = make_user("anke")
    room = make_group(server, anke)
    rig = rig_factory(anke)
    rig.engine.sync_once()
    rig.faults.rules = [
        Rule("PUT", SEND, faults.status(429, "M_LIMIT_EXCEEDED", retry_after_ms=7000), {1, 2})
    ]
    post = _post(rig, room, "Zu viele Nachrichten auf einmal")

    start = rig.clock.now
    assert rig.engine.flush().deferred == 1
    entry = rig.entry_of(post)
    # A 429 means the server did not act: the entry simply waits (no unknown outcome).
    assert entry.state is OutboxState.WAITING and entry.attempts == 1
    assert entry.next_attempt_at == start + timedelta(seconds=7)

    rig.clock.advance(seconds=6.9)
    assert rig.engine.flush().deferred == 1
    assert rig.faults.count("PUT", SEND) == 1  # nothing sent before its time
    rig.clock.advance(seconds=0.2)
    rig.engine.flush()
    assert rig.faults.count("PUT", SEND) == 2
    assert rig.entry_of(post).next_attempt_at == rig.clock.now + timedelta(seconds=7)
    rig.clock.advance(seconds=7)
    assert rig.engine.flush().sent == 1
    rig.settle()
    assert_replica_equals_server(rig.client, server, room)


def test_one_failing_group_does_not_block_another(
    server: DevServer, make_user: MakeUser, rig_factory: RigFactory
) -> None:
    anke, chef = make_user("anke"), make_user("chef")
    # Announcements: only moderators post; Synapse itself refuses anke's posts (a real 403).
    closed = make_group(
        server, chef, anke, name="Mitteilungen", power_levels={"events_default": 50}
    )
    flaky = make_group(server, anke, name="Bauhof")
    fine = make_group(server, anke, name="Kantine")
    rig = rig_factory(anke)
    rig.engine.sync_once()
    rig.faults.rules = [Rule("PUT", re.escape(flaky) + SEND, faults.status(502))]
    first = _post(rig, closed, "Ankündigung ohne Recht dazu")
    second = _post(rig, closed, "Noch eine")
    _post(rig, flaky, "Bauhof heute zu")
    _post(rig, fine, "Mittagessen 12 Uhr")
    _post(rig, fine, "Nachtisch gibt es auch")

    report = rig.engine.flush()
    assert (report.sent, report.failed) == (2, 1)
    failed = rig.entry_of(first)
    assert failed.state is OutboxState.FAILED and failed.last_error is not None
    assert failed.last_error.startswith("M_FORBIDDEN")
    assert rig.entry_of(second).state is OutboxState.WAITING  # order kept behind it
    assert len(server_messages(server, anke.access_token, fine)) == 2
    rig.clock.advance(minutes=10)
    rig.engine.flush()
    assert not server_messages(server, anke.access_token, flaky)
    assert len(server_messages(server, anke.access_token, fine)) == 2

    # The moderator gives anke the right to post; she retries the failed entry, and
    # discards nothing. The flaky group's proxy recovers.
    with server.transport(chef.access_token) as http:
        levels = dict(ok(http.execute(api.get_state_event(closed, "m.room.power_levels"))).content)
        levels["users"] = {**levels.get("users", {}), anke.user_id: 50}
        ok(http.execute(api.put_state_event(closed, "m.room.power_levels", levels)))
    retry_entry(rig.client.connected.replica, failed.id)
    rig.settle()
    for room in (closed, flaky, fine):
        assert_replica_equals_server(rig.client, server, room)
    assert len(server_messages(server, anke.access_token, closed)) == 2


def test_discarding_a_failed_entry_removes_its_echo(
    server: DevServer, make_user: MakeUser, rig_factory: RigFactory
) -> None:
    anke, chef = make_user("anke"), make_user("chef")
    closed = make_group(server, chef, anke, power_levels={"events_default": 50})
    rig = rig_factory(anke)
    rig.engine.sync_once()
    post = _post(rig, closed, "Darf ich nicht")
    later = _post(rig, closed, "Auch nicht")
    rig.engine.flush()
    discard_entry(rig.client.connected.replica, rig.entry_of(post).id)
    rig.engine.flush()
    assert rig.entry_of(later).state is OutboxState.FAILED
    discard_entry(rig.client.connected.replica, rig.entry_of(later).id)
    rig.settle()
    assert_replica_equals_server(rig.client, server, closed)


def test_unknown_outcome_past_the_dedupe_window_is_looked_up_not_resent(
    server: DevServer, make_user: MakeUser, rig_factory: RigFactory
) -> None:
    anke = make_user("anke")
    room = make_group(server, anke)
    rig = rig_factory(anke)
    rig.engine.sync_once()
    post = _post(rig, room, "Vor zwei Tagen geschrieben")
    rig.engine.flush()
    rig.client.commands.like(post)
    rig.faults.rules = [Rule("PUT", SEND + "|" + REACT, faults.reset_after(), calls={1, 2})]
    rig.client.commands.comment(post, "Und kommentiert")
    rig.engine.flush()  # the like: reset after the server acted
    rig.clock.advance(days=2)  # the server may have forgotten the transaction id
    rig.engine.flush()  # found in the timeline; then the comment: reset again
    rig.clock.advance(days=2)
    rig.engine.flush()
    assert rig.faults.count("PUT", SEND) == 2  # post and comment, each once
    assert rig.faults.count("PUT", REACT) == 1
    rig.settle()
    assert_replica_equals_server(rig.client, server, room)


@pytest.mark.parametrize("seed", [7, 2026])
def test_random_faults_replica_equals_server(
    seed: int,
    server: DevServer,
    make_user: MakeUser,
    rig_factory: RigFactory,
    client_factory: ClientFactory,
) -> None:
    """A seeded storm of every fault on every request; the oracle must hold afterwards,
    for the writer and for a reader that never saw a fault."""
    anke, jan = make_user("anke"), make_user("jan")
    rooms = [make_group(server, anke, jan, name=n) for n in ("Jugend", "Senioren")]
    rig = rig_factory(anke)
    reader = client_factory(jan)
    rig.engine.sync_once()
    menu = [
        faults.reset_before(),
        faults.reset_after(),
        faults.truncated(),
        faults.cut_short(),
        faults.stall(),
        faults.status(502, forwarded=True),
        faults.status(503),
        faults.status(429, "M_LIMIT_EXCEEDED", retry_after_ms=3000),
    ]
    chance = random.Random(seed)

    def chaos(request: httpx.Request) -> faults.Action | None:
        return chance.choice(menu) if chance.random() < 0.35 else None

    rig.faults.chaos = chaos
    posts: list[int] = []
    for step in range(14):
        room = rooms[step % 2]
        match chance.randrange(5):
            case 0 | 1:
                posts.append(_post(rig, room, f"Beitrag {seed}-{step}"))
            case 2 if posts:
                rig.client.commands.comment(chance.choice(posts), f"Kommentar {seed}-{step}")
            case 3 if posts:
                rig.client.commands.like(chance.choice(posts))
            case 4 if posts:
                target = chance.choice(posts)
                with rig.client.connected.replica.session() as session:
                    row = session.get(Message, target)
                    alive = row is not None and not row.deleted
                if alive:
                    rig.client.commands.edit(target, f"Bearbeitet {seed}-{step}")
            case _:
                pass
        if step % 3 == 2:
            rig.drive()
    rig.settle()
    reader.sync()
    for room in rooms:
        assert_replica_equals_server(rig.client, server, room)
        assert_replica_equals_server(reader, server, room)
        assert timeline(server, anke.access_token, room)
    assert rig.faults_seen()


def test_document_send_survives_lost_answers(
    server: DevServer, make_user: MakeUser, rig_factory: RigFactory, tmp_path: Path
) -> None:
    anke = make_user("anke")
    room = make_group(server, anke)
    rig = rig_factory(anke)
    rig.engine.sync_once()
    rig.faults.rules = [
        Rule("POST", r"/media/v3/upload", faults.reset_after(), calls={1}),
        Rule("GET", r"/state/app\.treffpunkt\.document/", faults.status(502), calls={1}),
        Rule("PUT", r"/state/app\.treffpunkt\.document/", faults.truncated(), calls={1}),
    ]
    source = tmp_path / "Dienstplan.txt"
    source.write_text("Mo: Anke\nDi: Jan\n")
    created = rig.client.commands.add_document(room, NewDocument(source)).created
    rig.drive(rounds=4)
    rig.settle()
    assert rig.faults_seen() == ["reset_after", "status", "truncated"]
    with server.transport(anke.access_token) as http:
        state = ok(http.execute(api.get_room_state(room))).events
    [on_server] = [e for e in state if e.type == mapping.DOCUMENT_STATE]
    with rig.client.connected.replica.session() as session:
        [local] = session.scalars(select(Document)).all()
    assert on_server.state_key == local.id == created
    assert on_server.content["sha256"] == local.sha256 and not local.pending
    assert local.mxc_url == on_server.content["url"]
