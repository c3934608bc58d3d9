"""Backfill from a real Synapse where likes, comments, edits, answer marks and deletions
are hundreds of events away from what they relate to: with a short timeline and small
pages they come pages before their targets (and one of each by /sync while backfill has
not reached the target). Every count, text, answer mark and deletion the window shows is
then what the server holds.
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Any

import pytest

from client import quarantine
from client.reads import posts as reads
from client.rows import PostRow
from devkit.devserver import DevServer, RegisteredUser
from sync import api, engine, mapping
from tests.homeserver import Client, ClientFactory, MakeUser, make_group, ok, timeline

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

FILLERS = 300  # events between the posts and what relates to them
PAGE = 40  # events per /messages page

_txn = itertools.count()


class Room:
    """Sending into one room as its members."""

    def __init__(self, server: DevServer, room_id: str) -> None:
        self.server = server
        self.room_id = room_id

    def send(
        self, user: RegisteredUser, content: dict[str, Any], kind: str = "m.room.message"
    ) -> str:
        request = api.send_event(self.room_id, kind, f"held-{next(_txn)}", content)
        with self.server.transport(user.access_token) as http:
            return ok(http.execute(request)).event_id

    def post(self, user: RegisteredUser, text: str, root: str | None = None, **kw: Any) -> str:
        content = mapping.message_content(
            markdown=text,
            html_body=f"<p>{text}</p>",
            kind=kw.get("kind", "post"),
            mentions=(),
            thread_root=root,
        )
        return self.send(user, content)

    def like(self, user: RegisteredUser, target: str) -> str:
        return self.send(user, mapping.reaction_content(target), "m.reaction")

    def edit(self, user: RegisteredUser, target: str, text: str) -> str:
        new = {"msgtype": "m.text", "body": text, mapping.MARKDOWN_KEY: text}
        return self.send(user, mapping.edit_content(target, new))

    def mark(self, user: RegisteredUser, question: str, answer: str | None) -> str:
        return self.send(user, mapping.answer_content(question, answer), mapping.ANSWER_EVENT)

    def redact(self, user: RegisteredUser, target: str) -> None:
        with self.server.transport(user.access_token) as http:
            ok(http.execute(api.redact(self.room_id, target, f"held-{next(_txn)}")))

    def fill(self, user: RegisteredUser, n: int) -> None:
        for i in range(n):
            self.post(user, f"Füller {next(_txn)} {i}")


def _server_view(events: list[api.Event]) -> dict[str, dict[str, Any]]:
    """What the server holds, as the window shows it: each post or question not deleted,
    with its text (the author's newest edit), likes, comments (with their texts) and the
    comment marked as its answer."""
    live = [e for e in events if not e.is_redacted]

    def rel(e: api.Event) -> tuple[Any, Any]:
        r = e.content.get("m.relates_to")
        return (r.get("rel_type"), r.get("event_id")) if isinstance(r, dict) else (None, None)

    texts: dict[str, str] = {}
    senders: dict[str, str] = {}
    for e in live:
        if e.type == "m.room.message" and rel(e)[0] != "m.replace":
            texts[e.event_id] = str(e.content.get(mapping.MARKDOWN_KEY) or e.content.get("body"))
            senders[e.event_id] = e.sender
    for e in live:
        kind, target = rel(e)
        if kind == "m.replace" and target in texts and senders[target] == e.sender:
            new = e.content["m.new_content"]
            texts[target] = str(new.get(mapping.MARKDOWN_KEY) or new.get("body"))
    likes = Counter(rel(e)[1] for e in live if e.type == "m.reaction")
    answers: dict[str, str | None] = {}
    for e in live:
        if e.type == mapping.ANSWER_EVENT and senders.get(rel(e)[1]) == e.sender:
            answers[rel(e)[1]] = e.content.get("answer_event_id")
    view: dict[str, dict[str, Any]] = {}
    for e in live:
        kind, target = rel(e)
        if e.type == "m.room.message" and kind is None:
            view[e.event_id] = {
                "text": texts[e.event_id],
                "likes": likes[e.event_id],
                "comments": [],
            }
    for e in live:
        kind, target = rel(e)
        if e.type == "m.room.message" and kind == "m.thread" and target in view:
            view[target]["comments"].append((texts[e.event_id], likes[e.event_id]))
    for question, answer in answers.items():
        if question in view and answer is not None:
            view[question]["answer"] = texts.get(answer)
    return view


def _replica_view(client: Client, room: str) -> dict[str, dict[str, Any]]:
    """The same, as the client's read layer gives it to the window."""
    replica = client.connected.replica
    by_id = {m.id: m for m in client.messages(room)}
    rows: list[PostRow] = reads.stream_page(replica, room, None, limit=10_000)
    view: dict[str, dict[str, Any]] = {}
    for row in rows:
        message = by_id[row.id]
        thread = reads.thread(replica, row.id, limit=10_000)
        item: dict[str, Any] = {
            "text": message.body,
            "likes": row.likes,
            "comments": [(by_id[c.id].body, c.likes) for c in thread.comments],
        }
        assert row.comments == len(thread.comments)
        if row.answer_id is not None:
            item["answer"] = by_id[row.answer_id].body
        view[str(message.event_id)] = item
    return view


def test_relations_hundreds_of_events_before_their_targets_are_applied_when_they_arrive(
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anke, bert, carla, dora = (make_user(n) for n in ("anke", "bert", "carla", "dora"))
    room = Room(server, make_group(server, anke, bert, carla, dora))
    question = room.post(bert, "Wer übernimmt den Bereitschaftsdienst?", kind="question")
    posts = [room.post(who, f"Bericht {n}") for n, who in enumerate((anke, bert, carla) * 3)]
    answer = room.post(carla, "Ich übernehme ihn", question)
    room.post(anke, "Danke!", posts[1])
    room.fill(dora, FILLERS)

    # Hundreds of events later, everything that relates to the first ones.
    for who in (anke, bert, carla):
        room.like(who, posts[0])
    room.like(dora, posts[1])
    room.like(anke, answer)
    room.edit(bert, posts[1], "Bericht 1, ergänzt")
    room.edit(bert, posts[1], "Bericht 1, zweimal ergänzt")
    room.edit(carla, answer, "Ich übernehme ihn gern")
    room.mark(bert, question, answer)
    late = room.post(dora, "Nachgereicht", posts[2])
    room.like(bert, late)
    room.redact(anke, posts[3])  # her own post
    room.redact(anke, posts[4])  # the room's creator deletes someone else's
    unliked = room.like(carla, posts[5])
    room.redact(carla, unliked)
    room.post(carla, "Kommentar zu Gelöschtem", posts[4])
    room.fill(dora, FILLERS // 3)

    monkeypatch.setitem(engine.SYNC_FILTER["room"]["timeline"], "limit", 10)
    client = client_factory(dora)
    client.sync()
    sync_engine = client.connected.engine
    sync_engine.backfill(room.room_id, max_pages=2, page_size=PAGE)  # not back there yet
    # By /sync, before the targets have come: one of each kind.
    room.like(dora, posts[6])
    room.edit(anke, posts[6], "Bericht 6, neu")
    room.post(bert, "Noch ein Kommentar", posts[6])
    room.redact(carla, posts[8])
    client.sync()
    sync_engine.backfill(room.room_id, max_pages=None, page_size=PAGE)

    token = dora.access_token
    expected = _server_view(timeline(server, token, room.room_id))
    got = _replica_view(client, room.room_id)
    assert got == expected
    # Nothing of it was left waiting or put aside.
    assert expected[posts[0]]["likes"] == 3 and expected[question]["answer"]
    assert posts[3] not in got and posts[4] not in got and posts[8] not in got
    assert quarantine.count(client.connected.replica) == 0
