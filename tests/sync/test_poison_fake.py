"""Poison events against the real engine and the in-memory server: every kind of bad event
between good ones, by /sync and by backfill. The good ones land, the ``since`` token and
the backfill position go on, and each bad one is in the quarantine with the event as the
server sent it. Relations that come before their target are held until it arrives.

The fake server sends what Synapse refuses to (``FakeServer.inject``): events of the wrong
shape, lone surrogates, redactions that were never applied on the server.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from client import ingest, quarantine, syncstate
from client.models import Message, Reaction
from client.store import Replica, open_replica
from sync import engine, mapping
from sync.engine import SyncEngine
from tests.conftest import TEST_KEY
from tests.sync.fakeserver import FakeServer, FakeUser, assert_replica_equals_fake

_ids = itertools.count(1)
# Far beyond what a datetime holds: the year 11476.
YEAR_11476_MS = 299_999_999_999_999


@dataclass
class Device:
    user: FakeUser
    replica: Replica
    engine: SyncEngine

    def bodies(self, group: str) -> dict[str, str]:
        """event id -> text of the group's messages that are not deleted."""
        with self.replica.session() as session:
            rows = session.execute(
                select(Message.event_id, Message.body).where(
                    Message.group_id == group, Message.deleted.is_(False)
                )
            ).all()
        return {str(event_id): body for event_id, body in rows}

    def quarantined(self) -> dict[str, quarantine.QuarantinedEvent]:
        return {e.event_id: e for e in quarantine.entries(self.replica)}


MakeDevice = Callable[[FakeUser], Device]


@pytest.fixture
def fake() -> FakeServer:
    return FakeServer()


@pytest.fixture(scope="module")
def empty_replica(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("poison-template") / "replica.db"
    open_replica(path, TEST_KEY, create=True).close()
    return path


@pytest.fixture
def device(fake: FakeServer, empty_replica: Path, tmp_path: Path) -> Iterator[MakeDevice]:
    opened: list[Device] = []

    def make(user: FakeUser) -> Device:
        path = tmp_path / f"{user.user_id.strip('@').replace(':', '_')}.db"
        shutil.copyfile(empty_replica, path)
        replica = open_replica(path, TEST_KEY)
        made = Device(user, replica, SyncEngine(replica, fake.http(user), user.user_id))
        opened.append(made)
        return made

    yield make
    for made in opened:
        made.engine.transport.close()
        made.replica.close()


def _group(fake: FakeServer, owner: FakeUser, *members: FakeUser, name: str) -> str:
    levels = {"users": {owner.user_id: 100}, "users_default": 0, "redact": 50}
    return fake.create_room(
        owner.user_id,
        name=name,
        state=[
            (mapping.GROUP_STATE, "", {"description": "Samenwerking", "kind": "group"}),
            ("m.room.power_levels", "", levels),
        ],
        members=[m.user_id for m in members],
    )


def _post(text: str, thread_root: str | None = None, *, question: bool = False) -> dict[str, Any]:
    return mapping.message_content(
        markdown=text,
        html_body=f"<p>{text}</p>",
        kind="question" if question else "post",
        mentions=(),
        thread_root=thread_root,
    )


def _event(fake: FakeServer, room: str, sender: str, event_type: str, **fields: Any) -> str:
    """An event sent as given (``inject``), with an id of its own."""
    event_id = f"$poison{next(_ids)}"
    data = {
        "event_id": event_id,
        "type": event_type,
        "sender": sender,
        "origin_server_ts": 1_780_000_000_000,
        "room_id": room,
        "unsigned": {},
        "content": {},
        **fields,
    }
    return fake.inject(room, data)


@dataclass
class Poison:
    """The bad events sent into a group, by the reason they are quarantined for."""

    ids: dict[str, str]  # event id -> a word of the reason
    future: str  # the event of the year 11476, kept with its time clamped
    good: list[str]  # the good texts among them


def _send_poison(fake: FakeServer, room: str, elsewhere: str, jan: str, anke: str) -> Poison:
    """Every kind of bad event, each between good posts (``Gut n``); ``elsewhere`` is a
    post of another group."""
    n = iter(range(100))
    good: list[str] = []

    def ok() -> str:
        text = f"Gut {next(n)}"
        good.append(text)
        return fake.send(room, jan, "m.room.message", _post(text))

    ids: dict[str, str] = {}
    first = ok()
    # Wrong types.
    ids[_event(fake, room, jan, "m.room.message", content={"msgtype": "m.text", "body": 5})] = (
        "body"
    )
    ok()
    ids[_event(fake, room, jan, "m.room.message", origin_server_ts="gestern")] = "usable"
    ok()
    ids[_event(fake, room, anke, "m.reaction", content={"m.relates_to": "👍"})] = "annotation"
    # Values out of range: a size no file has (SQLite refuses it), a time of the year 11476.
    big = mapping.document_content(
        name="Riesig.txt",
        folder="",
        mimetype="text/plain",
        size=2**70,
        sha256="a" * 64,
        url="mxc://fake.test/riesig",
        version=1,
        based_on=None,
    )
    ids[_event(fake, room, jan, mapping.DOCUMENT_STATE, state_key="doc-riesig", content=big)] = (
        "Overflow"
    )
    ok()
    future = _event(
        fake,
        room,
        jan,
        "m.room.message",
        content=_post("Aus ferner Zukunft"),
        origin_server_ts=YEAR_11476_MS,
    )
    ok()
    # Text SQLite cannot store, in a post and in the group's own state.
    ids[_event(fake, room, jan, "m.room.message", content=_post("Kaputt \ud800"))] = "Unicode"
    ids[
        _event(
            fake,
            room,
            jan,
            mapping.GROUP_STATE,
            state_key="",
            content={"description": "\udfff", "kind": "group"},
        )
    ] = "Unicode"
    # Garbage of our own state types.
    bad_doc = {**big, "size": 3, "sha256": "zz"}
    ids[_event(fake, room, jan, mapping.DOCUMENT_STATE, state_key="doc-zz", content=bad_doc)] = (
        "sha256"
    )
    ok()
    # Relations to nothing, and to events of another room.
    like = mapping.reaction_content
    ids[fake.send(room, anke, "m.reaction", like("$nirgends"))] = "does not have"
    ids[fake.send(room, anke, "m.reaction", like(elsewhere))] = "another room"
    ids[fake.send(room, anke, "m.room.message", _post("Quer", elsewhere))] = "another room"
    edit = mapping.edit_content(elsewhere, _post("Anderswo umgeschrieben"))
    ids[fake.send(room, jan, "m.room.message", edit)] = "another room"
    ids[_event(fake, room, jan, "m.room.redaction", redacts=elsewhere)] = "another room"
    # Relations that cannot be right: someone else's edit, a redaction without the power.
    ids[fake.send(room, anke, "m.room.message", mapping.edit_content(first, _post("Fremd")))] = (
        "author"
    )
    ids[_event(fake, room, anke, "m.room.redaction", redacts=first)] = "power"
    ids[fake.send(room, anke, "m.room.message", _post("Fehlende Antwort", "$weg"))] = "not have"
    # Good relations among them.
    fake.send(room, anke, "m.reaction", like(first))
    fake.send(room, anke, "m.room.message", _post("Ein Kommentar", first))
    fake.send(room, jan, "m.room.message", mapping.edit_content(first, _post("Gut 0 (neu)")))
    good[0] = "Gut 0 (neu)"
    ok()
    return Poison(ids, future, good)


def _assert_quarantined(a: Device, poison: Poison, room: str) -> None:
    found = a.quarantined()
    for event_id, word in poison.ids.items():
        key = event_id
        if not event_id:
            continue
        assert key in found, (event_id, word)
        assert word in found[key].reason, (found[key].reason, word)
        assert found[key].room_id == room and not found[key].applied
        sent = found[key].event()
        assert sent is not None and sent["event_id"] == event_id
    assert found[poison.future].applied
    assert quarantine.count(a.replica) == len(found)


def test_poison_events_in_sync_are_quarantined_and_the_good_ones_land(
    fake: FakeServer, device: MakeDevice
) -> None:
    jan, anke = fake.register("jan"), fake.register("anke")
    room = _group(fake, jan, anke, name="Jeugd")
    other = _group(fake, jan, anke, name="Bouwen")
    elsewhere = fake.send(other, jan.user_id, "m.room.message", _post("Anderswo"))
    a = device(anke)
    a.engine.sync_once()
    before = a.engine.since()

    poison = _send_poison(fake, room, elsewhere, jan.user_id, anke.user_id)
    a.engine.sync_once()
    assert a.engine.since() != before
    texts = set(a.bodies(room).values())
    assert set(poison.good) <= texts
    assert {"Ein Kommentar", "Aus ferner Zukunft"} <= texts
    assert "Anderswo" in a.bodies(other).values()  # the foreign edit and redaction did nothing
    _assert_quarantined(a, poison, room)
    with a.replica.session() as session:
        future = select(Message.created_at).where(Message.body == "Aus ferner Zukunft")
        assert session.scalar(future) == mapping.timestamp(mapping.LATEST_MS)
        likes = session.execute(select(Reaction.author)).scalars().all()
    assert likes == [anke.user_id]

    # Later syncs go on, and the quarantine does not grow from events it already holds.
    count = quarantine.count(a.replica)
    fake.send(room, jan.user_id, "m.room.message", _post("Danach"))
    a.engine.sync_once()
    assert "Danach" in a.bodies(room).values()
    assert quarantine.count(a.replica) == count

    # Access lost: what the group set aside goes with it.
    fake.leave(room, anke.user_id)
    a.engine.sync_once()
    assert quarantine.count(a.replica) == 0


def test_poison_events_in_backfill_are_quarantined_and_backfill_completes(
    fake: FakeServer, device: MakeDevice, monkeypatch: pytest.MonkeyPatch
) -> None:
    jan, anke = fake.register("jan"), fake.register("anke")
    room = _group(fake, jan, anke, name="Jeugd")
    other = _group(fake, jan, anke, name="Bouwen")
    elsewhere = fake.send(other, jan.user_id, "m.room.message", _post("Anderswo"))
    poison = _send_poison(fake, room, elsewhere, jan.user_id, anke.user_id)
    for n in range(6):
        fake.send(room, jan.user_id, "m.room.message", _post(f"Neu {n}"))

    monkeypatch.setitem(engine.SYNC_FILTER["room"]["timeline"], "limit", 3)
    a = device(anke)
    a.engine.sync_once()
    assert syncstate.backfill_positions(a.replica, room)
    a.engine.backfill(room, max_pages=None, page_size=4)
    assert syncstate.backfill_positions(a.replica, room) == []
    texts = set(a.bodies(room).values())
    assert set(poison.good) <= texts
    assert {"Ein Kommentar", "Aus ferner Zukunft"} <= texts
    _assert_quarantined(a, poison, room)


def test_a_failure_of_the_machine_is_not_quarantined(
    fake: FakeServer, device: MakeDevice, monkeypatch: pytest.MonkeyPatch
) -> None:
    jan, anke = fake.register("jan"), fake.register("anke")
    room = _group(fake, jan, anke, name="Jeugd")
    a = device(anke)
    a.engine.sync_once()
    before = a.engine.since()
    fake.send(room, jan.user_id, "m.room.message", _post("Gut"))

    def disk_full(*_: object) -> object:
        raise OperationalError("INSERT", (), Exception("database or disk is full"))

    monkeypatch.setattr(ingest, "ingest_messages", disk_full)
    with pytest.raises(OperationalError):
        a.engine.sync_once()
    assert a.engine.since() == before
    assert quarantine.count(a.replica) == 0
    monkeypatch.undo()
    a.engine.sync_once()
    assert "Gut" in a.bodies(room).values()


def test_relations_before_their_target_are_held_until_it_arrives(
    fake: FakeServer, device: MakeDevice, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Likes, edits, answer marks, comments and redactions pages after their targets, and
    one of each by /sync while backfill has not reached the target yet."""
    users = fake.register("jan"), fake.register("anke"), fake.register("piet")
    room = _group(fake, *users, name="Jeugd")
    jan, anke, piet = (user.user_id for user in users)

    def send(sender: str, content: dict[str, Any], event_type: str = "m.room.message") -> str:
        return fake.send(room, sender, event_type, content)

    question = send(anke, _post("Wer kommt?", question=True))
    posts = [send(jan, _post(f"Bericht {n}")) for n in range(6)]
    for n in range(12):
        send(piet, _post(f"Füller {n}"))
    answer = send(jan, _post("Ich komme", question))
    send(anke, mapping.answer_content(question, answer), mapping.ANSWER_EVENT)
    send(piet, mapping.reaction_content(posts[0]), "m.reaction")
    send(anke, mapping.reaction_content(posts[0]), "m.reaction")
    send(jan, mapping.edit_content(posts[1], _post("Bericht 1 neu")))
    send(anke, _post("Spät kommentiert", posts[2]))
    fake.redact(room, jan, posts[3])
    unliked = send(piet, mapping.reaction_content(posts[4]), "m.reaction")
    fake.redact(room, piet, unliked)
    for n in range(12, 20):
        send(piet, _post(f"Füller {n}"))

    monkeypatch.setitem(engine.SYNC_FILTER["room"]["timeline"], "limit", 3)
    a = device(users[1])
    a.engine.sync_once()
    a.engine.backfill(room, max_pages=1, page_size=4)  # not down to the posts yet
    # By /sync, while the posts are still to come.
    send(jan, mapping.reaction_content(posts[5]), "m.reaction")
    send(jan, mapping.edit_content(posts[5], _post("Bericht 5 neu")))
    a.engine.sync_once()
    assert len(syncstate.backfill_positions(a.replica, room)) == 1
    with a.replica.begin() as tx:
        assert syncstate.held(tx, room)

    a.engine.backfill(room, max_pages=None, page_size=4)
    assert_replica_equals_fake(a.replica, fake, anke)
    bodies = a.bodies(room)
    assert bodies[posts[1]] == "Bericht 1 neu" and bodies[posts[5]] == "Bericht 5 neu"
    assert posts[3] not in bodies
    with a.replica.session() as session:
        marked = session.scalar(select(Message.answer_id).where(Message.event_id == question))
        assert marked == session.scalar(select(Message.id).where(Message.event_id == answer))
    with a.replica.begin() as tx:
        assert syncstate.held(tx, room) == []
    assert quarantine.count(a.replica) == 0
