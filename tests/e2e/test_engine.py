"""The sync engine against a real Synapse: two users, two clients, exactly-once delivery."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from client import search
from client.models import Group, Message, OutboxEntry, OutboxState, Reaction
from devkit.devserver import DevServer, RegisteredUser
from sync import api, engine, mapping
from tests.homeserver import (
    BOTH_DATABASES,
    ClientFactory,
    MakeUser,
    assert_replica_equals_server,
    make_group,
    server_messages,
)

pytestmark = pytest.mark.e2e


def _group(server: DevServer, owner: RegisteredUser, *members: RegisteredUser) -> str:
    return make_group(server, owner, *members)


def _server_messages(server: DevServer, user: RegisteredUser, room_id: str) -> list[api.Event]:
    return server_messages(server, user.access_token, room_id)


@pytest.mark.parametrize("server", BOTH_DATABASES, indirect=True)
def test_post_written_offline_arrives_exactly_once(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room = _group(server, anke, jan)
    a, j = client_factory(anke), client_factory(jan)
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
    j.sync_until(lambda: j.messages(room))

    [server_copy] = _server_messages(server, jan, room)
    assert server_copy.content["body"].startswith("Wer kennt das neue Wmo-Formular?")
    assert server_copy.content[mapping.KIND_KEY] == "question"
    [mine] = a.messages(room)
    assert mine.event_id == server_copy.event_id and not mine.pending
    [theirs] = j.messages(room)
    assert theirs.kind.value == "question" and "<strong>Wmo-Formular</strong>" in theirs.body_html
    with j.connected.replica.connect() as conn:
        assert [h.id for h in search.search(conn, "formular").hits] == [str(theirs.id)]


def test_comment_like_edit_delete_reach_the_other_client(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room = _group(server, anke, jan)
    a, j = client_factory(anke), client_factory(jan)
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
    events = _server_messages(server, anke, room)
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


@pytest.mark.parametrize("server", BOTH_DATABASES, indirect=True)
def test_send_whose_answer_was_lost_is_not_posted_twice(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke = make_user("anke")
    room = _group(server, anke)
    a = client_factory(anke)
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
    assert len(_server_messages(server, anke, room)) == 1
    [mine] = a.messages(room)
    assert mine.event_id == sent.event_id


def test_unknown_outcome_older_than_dedupe_window_is_looked_up(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke = make_user("anke")
    room = _group(server, anke)
    a = client_factory(anke)
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
    assert len(_server_messages(server, anke, room)) == 1


@pytest.mark.parametrize("server", BOTH_DATABASES, indirect=True)
def test_removal_from_group_purges_it(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room = _group(server, anke, jan)
    j = client_factory(jan)
    with server.transport(anke.access_token) as http:
        http.execute(
            api.send_event(
                room, "m.room.message", "t1", {"msgtype": "m.text", "body": "Vertrouwelijk dossier"}
            )
        )
    j.sync_until(lambda: j.messages(room))
    with server.transport(anke.access_token) as http:
        assert http.execute(api.kick(room, jan.user_id)) is None

    def purged() -> bool:
        with j.connected.replica.session() as session:
            return session.get(Group, room) is None

    j.sync_until(purged)
    with j.connected.replica.session() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 0
    with j.connected.replica.connect() as conn:
        assert not search.search(conn, "dossier").hits


def test_comments_newer_than_the_initial_timeline_wait_for_their_post(
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A fresh account's first /sync brings the newest comments without their post; they
    wait in the replica (across separate backfill calls) until the backfill brings it."""
    anke, jan = make_user("anke"), make_user("jan")
    room = _group(server, anke, jan)
    a = client_factory(anke)
    a.sync()
    post = a.commands.post(room, "Wer hat den Schlüssel vom Lager?").created
    assert isinstance(post, int)
    a.sync()
    for text in ("Ich nicht", "Frag mal Jan", "Liegt im Büro", "Schon gefunden, danke"):
        a.commands.comment(post, text)
    a.sync()

    monkeypatch.setitem(engine.SYNC_FILTER["room"]["timeline"], "limit", 3)
    j = client_factory(jan)
    j.connected.engine.sync_once()
    assert j.messages(room) == []  # three comments arrived, their post did not
    for _ in range(20):
        with j.connected.replica.session() as session:
            group = session.get(Group, room)
            assert group is not None
            if group.backfill_token is None:
                break
        j.connected.engine.backfill(room, max_pages=1, page_size=2)
    assert len(j.messages(room)) == 5
    assert_replica_equals_server(j, server, room)
