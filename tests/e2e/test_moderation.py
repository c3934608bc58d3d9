"""Moderation and the activity view against a real Synapse with two clients: a
moderator's removal and pin reach the other client (also pins made in a plain client, with
hostile content checked), the group's name and description, removing a member, making
someone a moderator and taking it back, a refusal undone and reported; and the activity
figures of a generated group equal a count done here over the generated events."""

from __future__ import annotations

import json
import random
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from client.clock import utcnow
from client.models import Group, Membership
from client.reads import activity, members, posts
from devkit.devserver import DevServer, RegisteredUser
from sync import api, mapping
from sync.cli import main
from sync.engine import SyncEngine
from tests.homeserver import (
    Client,
    ClientFactory,
    CommandLine,
    MakeUser,
    make_group,
    ok,
    signed_in_cli,
    synced_group,
    timeline,
    transport_for,
)

pytestmark = pytest.mark.e2e

# Nothing listens here: requests fail as they do without a network.
NOWHERE = "http://127.0.0.1:9"


def _state(server: DevServer, user: RegisteredUser, room: str, kind: str) -> dict[str, object]:
    with server.transport(user.access_token) as http:
        return dict(ok(http.execute(api.get_state_event(room, kind))).content)


def _put_raw(server: DevServer, user: RegisteredUser, room: str, kind: str, body: object) -> None:
    """A state event as a plain Matrix client puts it, without our API layer."""
    response = httpx.put(
        f"{server.base_url}/_matrix/client/v3/rooms/{room}/state/{kind}/",
        json=body,
        headers={"Authorization": f"Bearer {user.access_token}"},
        timeout=30,
    )
    assert response.status_code == 200, response.text


def _message_id(client: Client, room: str, body: str) -> int:
    (found,) = [m.id for m in client.messages(room) if m.body == body]
    return found


def _group(client: Client, room: str) -> Group:
    with client.connected.replica.session() as session:
        group = session.get(Group, room)
        assert group is not None
        session.expunge(group)
        return group


def test_a_moderators_removal_pin_and_group_text_reach_the_other_client(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    jan, anke = make_user("jan"), make_user("anke")
    room = make_group(server, jan, anke)
    a, b = client_factory(jan), client_factory(anke)
    b.sync()
    b.commands.post(room, "Koop goedkope horloges")
    b.commands.post(room, "Wie heeft de sleutel van het archief?")
    b.sync()
    a.sync()
    assert not members.permissions(b.connected.replica, room).remove
    assert members.permissions(a.connected.replica, room).remove

    spam = _message_id(a, room, "Koop goedkope horloges")
    a.commands.remove_message(spam, "Reclame hoort hier niet")
    keep = _message_id(a, room, "Wie heeft de sleutel van het archief?")
    a.commands.pin(keep)
    a.commands.edit_group(room, "Jeugd & Gezin Noord", "Alles over jeugdzorg in Noord")
    assert [p.id for p in posts.pinned_posts(a.connected.replica, room)] == [keep]
    a.sync()
    assert a.outbox() == []

    # On the server: the redaction with its reason, the pin, the name and both descriptions.
    pinned = _state(server, jan, room, "m.room.pinned_events")["pinned"]
    assert isinstance(pinned, list) and len(pinned) == 1
    assert _state(server, jan, room, "m.room.name") == {"name": "Jeugd & Gezin Noord"}
    assert _state(server, jan, room, "m.room.topic") == {"topic": "Alles over jeugdzorg in Noord"}
    assert _state(server, jan, room, mapping.GROUP_STATE)["description"] == (
        "Alles over jeugdzorg in Noord"
    )

    b.sync()
    removed = [m for m in b.messages(room) if m.event_id and m.deleted]
    assert len(removed) == 1 and removed[0].body == ""
    [shown] = posts.pinned_posts(b.connected.replica, room)
    assert shown.body_html and shown.id == _message_id(
        b, room, "Wie heeft de sleutel van het archief?"
    )
    group = _group(b, room)
    assert (group.name, group.description) == (
        "Jeugd & Gezin Noord",
        "Alles over jeugdzorg in Noord",
    )
    a.sync()  # the moderator's own replica: the removal came back and erased the text
    assert [m.body for m in a.messages(room) if m.id == spam] == [""]

    # A pin made in another client, with content no client should trust: what is no event
    # id is left out, a repeated one counts once.
    agenda = a.commands.post(room, "Agenda van het overleg").created
    a.sync()
    agenda_event = next(m.event_id for m in a.messages(room) if m.id == agenda)
    assert agenda_event is not None
    _put_raw(
        server,
        jan,
        room,
        "m.room.pinned_events",
        {"pinned": [7, "no event", {"$x": 1}, agenda_event, pinned[0], agenda_event]},
    )
    b.sync()
    assert [p.body_html for p in posts.pinned_posts(b.connected.replica, room)] == [
        "<p>Agenda van het overleg</p>",
        "<p>Wie heeft de sleutel van het archief?</p>",
    ]

    # Unpinning in our client leaves the pin made in the plain client.
    a.sync()
    a.commands.pin(keep, on=False)
    a.sync()
    assert _state(server, jan, room, "m.room.pinned_events")["pinned"] == [agenda_event]
    b.sync()
    assert [p.id for p in posts.pinned_posts(b.connected.replica, room)] == [
        _message_id(b, room, "Agenda van het overleg")
    ]


def test_kick_promotion_and_a_refusal(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    jan, anke, piet = make_user("jan"), make_user("anke"), make_user("piet")
    room = make_group(server, jan, anke, piet)
    a, b = client_factory(jan), client_factory(anke)
    a.sync()
    b.sync()
    by_user = {m.user_id: m for m in members.members(a.connected.replica, room)}
    assert by_user[anke.user_id].may_set_role and by_user[piet.user_id].may_kick
    assert not by_user[jan.user_id].may_kick

    a.commands.set_moderator(room, anke.user_id, True)
    a.commands.kick(room, piet.user_id, "Verlaat de gemeente")
    assert piet.user_id not in {m.user_id for m in members.members(a.connected.replica, room)}
    a.sync()
    users = _state(server, jan, room, "m.room.power_levels")["users"]
    assert isinstance(users, dict) and users[anke.user_id] == 50
    with server.transport(jan.access_token) as http:
        piet_state = ok(http.execute(api.get_state_event(room, "m.room.member", piet.user_id)))
    assert piet_state.content["membership"] == "leave"
    assert piet_state.content.get("reason") == "Verlaat de gemeente"

    a.commands.post(room, "Huisregels")
    a.sync()
    b.sync()
    roles = {m.user_id: m.role for m in members.members(b.connected.replica, room)}
    assert roles[anke.user_id] == "moderator" and piet.user_id not in roles
    assert members.permissions(b.connected.replica, room).pin

    # Jan takes the role back; before Anke's client has heard so, she pins a post.
    a.commands.set_moderator(room, anke.user_id, False)
    a.sync()
    assert anke.user_id not in _state(server, jan, room, "m.room.power_levels")["users"]  # type: ignore[operator]
    post = _message_id(b, room, "Huisregels")
    b.commands.pin(post)
    assert [p.id for p in posts.pinned_posts(b.connected.replica, room)] == [post]
    report = b.connected.engine.flush()
    assert report.failed == 0 and b.outbox() == []  # an outcome: nothing holds the group up
    assert [(r.kind, r.errcode) for r in report.changes.refusals] == [("pin", "M_FORBIDDEN")]
    assert posts.pinned_posts(b.connected.replica, room) == []  # undone
    b.sync()
    roles = {m.user_id: m.role for m in members.members(b.connected.replica, room)}
    assert roles[anke.user_id] == "member"
    assert not members.permissions(b.connected.replica, room).pin
    with b.connected.replica.session() as session:
        assert session.get(Membership, (room, piet.user_id)).membership == "leave"  # type: ignore[union-attr]


def test_moderation_done_offline_reaches_the_server_once(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    jan, anke = make_user("jan"), make_user("anke")
    room = make_group(server, jan, anke)
    a = client_factory(jan)
    a.sync()
    a.commands.post(room, "Vergaderrooster")
    a.sync()
    post = _message_id(a, room, "Vergaderrooster")

    # Without a connection: everything waits in the outbox, shown at once.
    a.commands.pin(post)
    a.commands.edit_group(room, "Wijkteam", "Eerst zo")
    a.commands.edit_group(room, "Wijkteam Zuid", "Dan zo")  # the unsent one is replaced
    a.commands.set_moderator(room, anke.user_id, True)
    engine = SyncEngine(
        a.connected.replica,
        transport_for(a, NOWHERE),
        jan.user_id,
        clock=lambda: utcnow() - timedelta(hours=1),
    )
    try:
        report = engine.flush()
    finally:
        engine.transport.close()
    assert report.sent == 0 and report.deferred == 1
    assert [e.kind.value for e in a.outbox()] == ["pin", "group_text", "role"]
    assert _group(a, room).name == "Wijkteam Zuid"

    a.sync()  # back online: each sent once
    a.sync()
    assert a.outbox() == []
    events = timeline(server, jan.access_token, room)

    def changes(kind: str) -> int:
        return sum(1 for e in events if e.type == kind and e.sender == jan.user_id)

    assert changes("m.room.pinned_events") == 1
    assert changes("m.room.topic") == 1
    assert changes("m.room.power_levels") == 2  # the room's own, and the moderator's
    assert _state(server, jan, room, "m.room.name") == {"name": "Wijkteam Zuid"}
    assert members.permissions(a.connected.replica, room).pin
    roles = {m.user_id: m.role for m in members.members(a.connected.replica, room)}
    assert roles[anke.user_id] == "moderator"


@dataclass
class Sent:
    event_id: str
    kind: str
    author: str
    at: datetime  # as the server keeps it: whole milliseconds
    root: str | None = None
    answered: bool = False


def _generate(
    server: DevServer, room: str, people: list[RegisteredUser], now: datetime
) -> list[Sent]:
    """Posts, questions and comments over 200 days, sent in their authors' names with their
    times (the application service's timestamp massaging), and some answers marked."""
    rng = random.Random(16)
    sent: list[Sent] = []
    with server.transport(server.appservice_token) as http:

        def send(kind: str, content: dict[str, object], author: str, at: datetime, n: str) -> str:
            ts = int(at.replace(tzinfo=UTC).timestamp() * 1000)
            request = api.as_user(api.send_event(room, kind, n, content), author, ts)
            return ok(http.execute(request)).event_id

        for n in range(120):
            author = rng.choice(people).user_id
            at = now - timedelta(minutes=rng.randrange(60, 200 * 24 * 60))
            roots = [r for r in sent if r.root is None]
            root = rng.choice(roots) if roots and rng.random() < 0.5 else None
            kind = "comment" if root else ("question" if rng.random() < 0.4 else "post")
            if root is not None:
                at = min(now, max(at, root.at + timedelta(minutes=rng.randrange(1, 3000))))
            at = at.replace(microsecond=at.microsecond // 1000 * 1000)
            content = mapping.message_content(
                markdown=f"m{n}",
                html_body=f"<p>m{n}</p>",
                kind=kind,
                mentions=(),
                thread_root=root.event_id if root else None,
            )
            event_id = send("m.room.message", content, author, at, f"g{n}")
            sent.append(Sent(event_id, kind, author, at, root.event_id if root else None))
        for question in [r for r in sent if r.kind == "question"][::2]:
            replies = [r for r in sent if r.root == question.event_id]
            if replies:
                answer = mapping.answer_content(question.event_id, replies[0].event_id)
                send(mapping.ANSWER_EVENT, answer, question.author, now, f"a{question.event_id}")
                question.answered = True
    return sent


def test_the_activity_of_a_generated_group_is_a_plain_count(
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = [make_user("lid") for _ in range(5)]
    room = make_group(server, people[0], *people[1:], name="Generated")
    now = utcnow()
    sent = _generate(server, room, people, now)
    c = client_factory(people[0])
    c.sync()
    c.connected.engine.backfill_groups(max_pages=None)
    found = activity.group_activity(c.connected.replica, room, now)

    # Counted here over what was sent, in days and weeks of seven, not with the read's SQL.
    first = now.replace(hour=0, minute=0, second=0, microsecond=0)
    first -= timedelta(days=first.weekday() + 7 * (activity.WEEKS - 1))
    weekly = [[0, 0] for _ in range(activity.WEEKS)]
    for r in sent:
        if r.at >= first:
            weekly[min((r.at - first).days // 7, activity.WEEKS - 1)][r.kind == "comment"] += 1
    assert [[w.posts, w.comments] for w in found.weeks] == weekly
    recent = {r.author for r in sent if r.at >= now - timedelta(days=activity.ACTIVE_DAYS)}
    assert {m.user_id for m in found.members} == recent
    open_questions = [r for r in sent if r.kind == "question" and not r.answered]
    assert found.open_count == len(open_questions) and any(r.answered for r in sent)
    waits = []
    for q in sent:
        if q.kind == "question" and q.at >= first:
            others = [r.at for r in sent if r.root == q.event_id and r.author != q.author]
            if others:
                waits.append((min(others) - q.at).total_seconds())
    assert found.median_first_answer == (statistics.median(waits) if waits else None)

    # The command-line client says the same.
    cli = CommandLine(tmp_path / "home", capsys)
    monkeypatch.setenv("TREFFPUNKT_PASSWORD", people[0].password)
    assert cli("login", "--server", server.base_url, "--user", people[0].user_id)[0] == 0
    assert cli("sync", "--once")[0] == 0
    code, out = cli("activity", "--group", room, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["open_questions"] == len(open_questions)
    assert sum(w["comments"] for w in data["weeks"]) == sum(w[1] for w in weekly)


def test_moderation_from_the_command_line_goes_through_the_outbox_once(
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    jan, anke, piet = make_user("jan"), make_user("anke"), make_user("piet")
    room, (a,) = synced_group(server, client_factory, anke, also=(jan, piet))
    a.commands.post(room, "Huisregels")
    a.commands.post(room, "Koop mijn fiets")
    a.sync()
    rules, spam = (
        next(m.event_id for m in a.messages(room) if m.body == body)
        for body in ("Huisregels", "Koop mijn fiets")
    )
    assert rules is not None and spam is not None
    cli = signed_in_cli(server, jan, tmp_path / "jan", capsys, monkeypatch)

    def with_errors(*args: str) -> tuple[int, str]:
        """The exit code and what it printed on standard error."""
        code = main(["--home", str(cli.home), *args])
        return code, capsys.readouterr().err

    # Jan is no moderator yet: refused before anything is queued.
    code, err = with_errors("pin", rules)
    assert code == 1 and "pin posts" in err
    a.commands.set_moderator(room, jan.user_id, True)
    a.sync()
    assert cli("sync", "--once")[0] == 0

    # Written offline (nothing is sent until sync), then sent once.
    code, out = cli("pin", rules)
    assert code == 0 and out.startswith("pin: ") and out.endswith("(sent with the next sync)\n")
    assert cli("remove", spam, "--reason", "Geen handel hier")[0] == 0
    assert cli("kick", room, piet.user_id, "--reason", "Verhuisd")[0] == 0
    assert cli.status()["outbox"]["waiting"] == 3
    assert cli("sync", "--once")[0] == 0
    assert cli("sync", "--once")[0] == 0
    assert cli.status()["outbox"] == {"waiting": 0, "sending": 0, "failed": 0}
    assert _state(server, anke, room, "m.room.pinned_events")["pinned"] == [rules]
    with server.transport(anke.access_token) as http:
        kicked = ok(http.execute(api.get_state_event(room, "m.room.member", piet.user_id)))
    assert (kicked.content["membership"], kicked.content.get("reason")) == ("leave", "Verhuisd")
    events = timeline(server, anke.access_token, room)
    redactions = [e for e in events if e.type == "m.room.redaction"]
    assert [(e.redacts or e.content.get("redacts")) for e in redactions] == [spam]
    assert redactions[0].content.get("reason") == "Geen handel hier"
    a.sync()
    assert [p.body_html for p in posts.pinned_posts(a.connected.replica, room)] == [
        "<p>Huisregels</p>"
    ]

    # Unpinned after Anke took the role back, before Jan's client heard so: the server
    # refuses, the pin is back, and sync says so.
    a.commands.set_moderator(room, jan.user_id, False)
    a.sync()
    assert cli("unpin", rules)[0] == 0
    code, err = with_errors("sync", "--once")
    assert code == 0 and "refused by the server and undone: pin" in err
    assert _state(server, anke, room, "m.room.pinned_events")["pinned"] == [rules]
    assert cli.status()["outbox"]["failed"] == 0
