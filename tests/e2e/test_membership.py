"""Invitations and membership against a real Synapse: an invitation sent from a plain
client (raw HTTP as the other user) is accepted offline and the group arrives; an
invitation withdrawn before the answer arrives is an outcome, not a failure; declining,
leaving (the local copy is purged), inviting, the member list's roles and a new group,
through the engine and the command-line client."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from client.clock import utcnow
from client.models import Group, Message, OutboxEntry
from client.reads import members
from devkit.devserver import DevServer, RegisteredUser
from sync import api, mapping
from sync.engine import SyncEngine
from tests.homeserver import (
    Client,
    ClientFactory,
    CommandLine,
    MakeUser,
    make_group,
    ok,
    transport_for,
)

pytestmark = pytest.mark.e2e

# Nothing listens here: requests fail as they do without a network.
NOWHERE = "http://127.0.0.1:9"


def _raw(server: DevServer, user: RegisteredUser, path: str, body: dict[str, object]) -> None:
    """A request as a plain Matrix client sends it, without our API layer."""
    response = httpx.post(
        f"{server.base_url}/_matrix/client/v3{path}",
        json=body,
        headers={"Authorization": f"Bearer {user.access_token}"},
        timeout=30,
    )
    assert response.status_code == 200, response.text


def _membership(server: DevServer, user: RegisteredUser, room: str, of: str) -> str | None:
    with server.transport(user.access_token) as http:
        result = http.execute(api.get_state_event(room, "m.room.member", of))
    if isinstance(result, api.MatrixError):
        return None
    value = ok(result).content.get("membership")
    return value if isinstance(value, str) else None


def _offline_flush(client: Client) -> None:
    """A flush without a connection; its clock an hour behind, so that the retry it
    schedules is due when the test reconnects."""
    engine = SyncEngine(
        client.connected.replica,
        transport_for(client, NOWHERE),
        client.user.user_id,
        clock=lambda: utcnow() - timedelta(hours=1),
    )
    try:
        report = engine.flush()
    finally:
        engine.transport.close()
    assert report.sent == 0 and report.deferred == 1


def _groups(client: Client) -> set[str]:
    with client.connected.replica.session() as session:
        return set(session.scalars(select(Group.id)))


def test_invitation_from_a_plain_client_is_accepted_offline_and_the_group_arrives(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    jan, anke = make_user("jan"), make_user("anke")
    room = make_group(server, jan, name="Wijkteam Noord")
    with server.transport(jan.access_token) as http:
        ok(
            http.execute(
                api.send_event(
                    room, "m.room.message", "t1", {"msgtype": "m.text", "body": "Welkom!"}
                )
            )
        )
    a = client_factory(anke)
    a.sync()
    assert members.invitations(a.connected.replica) == []

    _raw(server, jan, f"/rooms/{room}/invite", {"user_id": anke.user_id})
    a.sync()
    [invitation] = members.invitations(a.connected.replica)
    assert (invitation.room_id, invitation.name, invitation.inviter_id) == (
        room,
        "Wijkteam Noord",
        jan.user_id,
    )
    assert invitation.topic == "Samenwerking jeugdzorg" and invitation.answer is None
    assert room not in _groups(a)

    # Accepted without a connection: the answer waits in the outbox.
    a.commands.accept_invitation(room)
    _offline_flush(a)
    [entry] = a.outbox()
    assert entry.kind.value == "accept" and entry.group_id == room
    assert members.invitations(a.connected.replica)[0].answer == "accept"
    assert _membership(server, jan, room, anke.user_id) == "invite"

    a.sync()  # back online: sent once, and the group arrives with the next sync
    a.connected.engine.sync_once()
    assert _membership(server, jan, room, anke.user_id) == "join"
    assert a.outbox() == []
    assert members.invitations(a.connected.replica) == []
    assert room in _groups(a)
    a.connected.engine.backfill_groups(max_pages=2)
    assert [m.body for m in a.messages(room)] == ["Welkom!"]


def test_an_invitation_withdrawn_before_the_answer_arrives_is_told_and_declining_works(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    jan, anke = make_user("jan"), make_user("anke")
    room = make_group(server, jan, name="Stuurgroep")
    a = client_factory(anke)
    a.sync()
    _raw(server, jan, f"/rooms/{room}/invite", {"user_id": anke.user_id})
    a.sync()
    a.commands.accept_invitation(room)
    _offline_flush(a)
    _raw(server, jan, f"/rooms/{room}/kick", {"user_id": anke.user_id, "reason": "vergist"})

    report = a.connected.engine.flush()  # the server refuses the join: an outcome
    assert report.failed == 0
    assert a.outbox() == []
    [withdrawn] = members.invitations(a.connected.replica)
    assert withdrawn.withdrawn and withdrawn.answer is None
    a.sync()  # the server's "leave" keeps what the user is to be told
    assert members.invitations(a.connected.replica)[0].withdrawn
    assert room not in _groups(a)
    a.commands.dismiss_invitation(room)
    assert members.invitations(a.connected.replica) == []

    # Invited again: a fresh invitation, which she declines.
    _raw(server, jan, f"/rooms/{room}/invite", {"user_id": anke.user_id})
    a.sync()
    [again] = members.invitations(a.connected.replica)
    assert not again.withdrawn
    a.commands.decline_invitation(room)
    assert members.invitations(a.connected.replica) == []  # declined: no longer listed
    a.sync()
    assert _membership(server, jan, room, anke.user_id) == "leave"
    assert a.outbox() == []
    with a.connected.replica.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM invitation").scalar() == 0


def test_leaving_a_group_purges_its_local_copy(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    jan, anke = make_user("jan"), make_user("anke")
    room = make_group(server, jan, anke, name="Quornavelt-overleg")
    kept = make_group(server, jan, anke, name="Koffiehoek")
    a = client_factory(anke)
    a.sync()
    a.commands.post(room, "Quornavelt besproken")
    a.commands.post(kept, "Koffie is op")
    a.commands.leave_group(room)
    # Gone from the lists at once; what she wrote before leaving is still sent.
    with a.connected.replica.session() as session:
        group = session.get(Group, room)
        assert group is not None and not group.joined
    a.connected.engine.flush()  # the server has the leave: the local copy goes at once
    assert _membership(server, jan, room, anke.user_id) == "leave"
    assert room not in _groups(a) and kept in _groups(a)
    a.sync()  # and the server's "leave" finds nothing more to remove
    with a.connected.replica.session() as session:
        assert session.scalar(select(func.count()).where(Message.group_id == room)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    assert [m.body for m in a.messages(kept)] == ["Koffie is op"]
    with server.transport(jan.access_token) as http:
        bodies = [
            e.content.get("body")
            for e in ok(http.execute(api.messages(room, limit=50))).chunk
            if e.type == "m.room.message"
        ]
    assert "Quornavelt besproken" in bodies


def test_member_list_roles_invites_and_a_new_group_through_the_command_line(
    server: DevServer,
    make_user: MakeUser,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    jan, anke, piet, lotte = (
        make_user("jan"),
        make_user("anke"),
        make_user("piet"),
        make_user("lotte"),
    )
    room = make_group(
        server,
        jan,
        anke,
        piet,
        name="Participatie",
        power_levels={"users": {anke.user_id: 50}},  # Jan created it: admin
    )
    with server.transport(jan.access_token) as http:
        space = ok(
            http.execute(
                api.create_room(
                    name="Gemeente Oost",
                    preset="public_chat",
                    is_space=True,
                    initial_state=(
                        {
                            "type": mapping.ORGANISATION_STATE,
                            "state_key": "",
                            "content": {"name": "Gemeente Oost"},
                        },
                    ),
                    power_level_content_override={"users": {anke.user_id: 50}},
                )
            )
        ).room_id
    with server.transport(anke.access_token) as http:
        ok(http.execute(api.join(space)))
    monkeypatch.setenv("TREFFPUNKT_PASSWORD", anke.password)
    cli = CommandLine(tmp_path / "home", capsys)
    assert cli("login", "--server", server.base_url, "--user", anke.user_id)[0] == 0
    assert cli("sync", "--once")[0] == 0

    code, out = cli("members", "Participatie", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [(m["user"], m["role"]) for m in listed] == [
        (jan.user_id, "admin"),
        (anke.user_id, "moderator"),
        (piet.user_id, "member"),
    ]
    assert all(m["external"] for m in listed)  # nobody has a directory entry here

    # Anke, a moderator, invites Lotte; offline first, then sent.
    assert cli("invite", "Participatie", lotte.user_id)[0] == 0
    code, out = cli("members", "Participatie", "--json")
    assert {m["user"]: m["invited"] for m in json.loads(out)}[lotte.user_id] is True
    assert cli("sync", "--once")[0] == 0
    assert _membership(server, jan, room, lotte.user_id) == "invite"

    # Lotte's own invitation, seen, accepted and joined through the command line.
    monkeypatch.setenv("TREFFPUNKT_PASSWORD", lotte.password)
    lotte_cli = CommandLine(tmp_path / "lotte", capsys)
    assert lotte_cli("login", "--server", server.base_url, "--user", lotte.user_id)[0] == 0
    assert lotte_cli("sync", "--once")[0] == 0
    code, out = lotte_cli("invites", "--json")
    [invite] = json.loads(out)
    assert (invite["room"], invite["name"], invite["inviter"]) == (
        room,
        "Participatie",
        anke.user_id,
    )
    assert lotte_cli("join", "Participatie")[0] == 0
    assert lotte_cli("sync", "--once")[0] == 0
    assert lotte_cli("sync", "--once")[0] == 0
    assert _membership(server, jan, room, lotte.user_id) == "join"
    assert json.loads(lotte_cli("invites", "--json")[1]) == []
    assert lotte_cli("leave", "Participatie")[0] == 0
    assert lotte_cli("sync", "--once")[0] == 0
    assert _membership(server, jan, room, lotte.user_id) == "leave"

    # A new group, open to the organisation, listed in its space.
    code, out = cli("create-group", "Gemeente Oost", "Buurtbus", "--description", "Vervoer")
    assert code == 0, out
    new_room = out.strip()
    with server.transport(jan.access_token) as http:
        # Open to the organisation: Jan, in its space, joins without an invitation.
        ok(http.execute(api.join(new_room)))
        rules = ok(http.execute(api.get_state_event(new_room, "m.room.join_rules"))).content
        child = ok(http.execute(api.get_state_event(space, "m.space.child", new_room))).content
    assert rules == {
        "join_rule": "restricted",
        "allow": [{"type": "m.room_membership", "room_id": space}],
    }
    assert child["via"]
    assert cli("sync", "--once")[0] == 0
    code, out = cli("members", "Buurtbus", "--json")
    assert [(m["user"], m["role"]) for m in json.loads(out)] == [
        (anke.user_id, "admin"),
        (jan.user_id, "member"),
    ]
