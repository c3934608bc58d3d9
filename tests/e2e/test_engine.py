"""The sync engine against a real Synapse: two users, two clients, exactly-once delivery."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from client import search
from client.accounts import Home
from client.commands import LocalCommands
from client.credentials import Credentials, KeyringSecretStore
from client.models import Group, Message, OutboxEntry, OutboxState, Reaction
from sync import api, mapping
from sync.devserver import DevServer, RegisteredUser
from sync.session import Connected, login
from tests.e2e.conftest import MakeUser

pytestmark = pytest.mark.e2e


@dataclass
class Client:
    user: RegisteredUser
    home: Home
    connected: Connected

    @property
    def commands(self) -> LocalCommands:
        return LocalCommands(
            self.connected.replica, self.user.user_id, self.home.media_cache(self.user.user_id)
        )

    def sync(self) -> None:
        engine = self.connected.engine
        engine.flush()
        engine.sync_once()

    def messages(self, group: str) -> list[Message]:
        with self.connected.replica.session() as session:
            return list(
                session.scalars(
                    select(Message).where(Message.group_id == group).order_by(Message.id)
                )
            )


@pytest.fixture
def client_factory(synapse: DevServer, tmp_path: Path) -> Iterator[type[object]]:
    opened: list[Connected] = []

    def make(user: RegisteredUser) -> Client:
        home = Home(tmp_path / user.user_id.strip("@:"), Credentials(KeyringSecretStore()))
        connected = login(home, synapse.base_url, user.user_id, user.password)
        opened.append(connected)
        return Client(user, home, connected)

    yield make  # type: ignore[misc]
    for connected in opened:
        connected.close()


def _group(synapse: DevServer, owner: RegisteredUser, *members: RegisteredUser) -> str:
    with synapse.transport(owner.access_token) as http:
        room = http.execute(
            api.create_room(
                name="Jeugd & Gezin",
                preset="private_chat",
                invite=tuple(m.user_id for m in members),
                initial_state=(
                    {
                        "type": mapping.GROUP_STATE,
                        "state_key": "",
                        "content": {"description": "Samenwerking jeugdzorg", "kind": "group"},
                    },
                ),
            )
        )
        assert isinstance(room, api.RoomIdResponse), room
    for member in members:
        with synapse.transport(member.access_token) as http:
            assert isinstance(http.execute(api.join(room.room_id)), api.RoomIdResponse)
    return room.room_id


def _server_messages(synapse: DevServer, user: RegisteredUser, room_id: str) -> list[api.Event]:
    with synapse.transport(user.access_token) as http:
        page = http.execute(api.messages(room_id, limit=200))
        assert isinstance(page, api.MessagesResponse), page
    return [e for e in page.chunk if e.type == "m.room.message"]


def test_post_written_offline_arrives_exactly_once(
    synapse: DevServer, make_user: MakeUser, client_factory: type[Client]
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room = _group(synapse, anke, jan)
    a, j = client_factory(anke), client_factory(jan)  # type: ignore[call-arg]
    a.sync()
    j.sync()
    with a.connected.replica.session() as session:
        group = session.get(Group, room)
        assert group is not None and group.name == "Jeugd & Gezin"
        assert group.description == "Samenwerking jeugdzorg"

    post = a.commands.post(room, "Wer kennt das neue **Wmo-Formular**?", question=True).created
    assert isinstance(post, int)
    report = a.connected.engine.flush()
    assert report.sent == 1
    a.connected.engine.flush()  # nothing left: nothing sent again
    a.sync()
    j.sync()

    [server_copy] = _server_messages(synapse, jan, room)
    assert server_copy.content["body"].startswith("Wer kennt das neue Wmo-Formular?")
    assert server_copy.content[mapping.KIND_KEY] == "question"
    [mine] = a.messages(room)
    assert mine.event_id == server_copy.event_id and not mine.pending
    [theirs] = j.messages(room)
    assert theirs.kind.value == "question" and "<strong>Wmo-Formular</strong>" in theirs.body_html
    with j.connected.replica.connect() as conn:
        assert [h.id for h in search.search(conn, "formular").hits] == [str(theirs.id)]


def test_comment_like_edit_delete_reach_the_other_client(
    synapse: DevServer, make_user: MakeUser, client_factory: type[Client]
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room = _group(synapse, anke, jan)
    a, j = client_factory(anke), client_factory(jan)  # type: ignore[call-arg]
    a.sync()
    j.sync()
    post = a.commands.post(room, "Vergadering morgen om 10 uur")
    assert isinstance(post.created, int)
    a.sync()
    j.sync()
    [jans_post] = j.messages(room)
    comment = j.commands.comment(jans_post.id, "Ik ben erbij").created
    j.commands.like(jans_post.id)
    j.commands.like(jans_post.id)  # twice offline: one reaction
    j.sync()
    a.sync()

    posts = a.messages(room)
    assert [m.kind.value for m in posts] == ["post", "comment"]
    assert posts[1].thread_root_id == post.created
    with a.connected.replica.session() as session:
        assert session.scalar(select(func.count()).select_from(Reaction)) == 1
    events = _server_messages(synapse, anke, room)
    thread_reply = next(e for e in events if e.sender == jan.user_id)
    relation = thread_reply.content["m.relates_to"]
    assert relation["rel_type"] == "m.thread" and relation["is_falling_back"] is True
    assert relation["m.in_reply_to"]["event_id"] == posts[0].event_id

    assert isinstance(comment, int)
    j.commands.edit(comment, "Ik ben erbij, met koffie")
    a.commands.delete(post.created)
    j.sync()
    a.sync()
    j.sync()
    assert a.messages(room)[1].body == "Ik ben erbij, met koffie"
    assert j.messages(room)[0].deleted


def test_send_whose_answer_was_lost_is_not_posted_twice(
    synapse: DevServer, make_user: MakeUser, client_factory: type[Client]
) -> None:
    anke = make_user("anke")
    room = _group(synapse, anke)
    a = client_factory(anke)  # type: ignore[call-arg]
    a.sync()
    post = a.commands.post(room, "Einmal und nicht öfter").created
    with a.connected.replica.session() as session, session.begin():
        entry = session.scalars(select(OutboxEntry)).one()
        txn = entry.txn_id
        message = session.get(Message, post)
        assert message is not None
        content = mapping.message_content(
            markdown=message.body, html_body=message.body_html, kind="post", mentions=[]
        )
        # The request reached the server, then the client died before storing the answer.
        sent = a.connected.transport.execute(api.send_event(room, "m.room.message", txn, content))
        assert isinstance(sent, api.EventIdResponse)
        entry.state = OutboxState.SENDING
    a.connected.engine.flush()
    a.sync()
    assert len(_server_messages(synapse, anke, room)) == 1
    [mine] = a.messages(room)
    assert mine.event_id == sent.event_id


def test_unknown_outcome_older_than_dedupe_window_is_looked_up(
    synapse: DevServer, make_user: MakeUser, client_factory: type[Client]
) -> None:
    anke = make_user("anke")
    room = _group(synapse, anke)
    a = client_factory(anke)  # type: ignore[call-arg]
    a.sync()
    post = a.commands.post(room, "Vorgestern geschrieben").created
    with a.connected.replica.session() as session, session.begin():
        entry = session.scalars(select(OutboxEntry)).one()
        message = session.get(Message, post)
        assert message is not None
        content = mapping.message_content(
            markdown=message.body, html_body=message.body_html, kind="post", mentions=[]
        )
        sent = a.connected.transport.execute(
            api.send_event(room, "m.room.message", entry.txn_id, content)
        )
        assert isinstance(sent, api.EventIdResponse)
        entry.state = OutboxState.SENDING
        # Pretend the entry is two days old: the server may have forgotten the txn id.
        entry.created_at = entry.created_at - timedelta(days=2)
        entry.txn_id = entry.txn_id  # unchanged
    report = a.connected.engine.flush()
    assert report.sent == 1
    assert len(_server_messages(synapse, anke, room)) == 1


def test_removal_from_group_purges_it(
    synapse: DevServer, make_user: MakeUser, client_factory: type[Client]
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room = _group(synapse, anke, jan)
    j = client_factory(jan)  # type: ignore[call-arg]
    with synapse.transport(anke.access_token) as http:
        http.execute(
            api.send_event(
                room, "m.room.message", "t1", {"msgtype": "m.text", "body": "Vertrouwelijk dossier"}
            )
        )
    j.sync()
    assert j.messages(room)
    with synapse.transport(anke.access_token) as http:
        assert http.execute(api.kick(room, jan.user_id)) is None
    j.sync()
    with j.connected.replica.session() as session:
        assert session.get(Group, room) is None
        assert session.scalar(select(func.count()).select_from(Message)) == 0
    with j.connected.replica.connect() as conn:
        assert not search.search(conn, "dossier").hits
