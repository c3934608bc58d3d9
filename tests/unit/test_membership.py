"""Invitations from hostile stripped state, answering them, leaving and inviting, and the
member list's roles: the core and the /sync mapping, without a server."""

from __future__ import annotations

import itertools
import json
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select

from client import quarantine
from client.commands import CommandError, LocalCommands
from client.models import Group, OutboxEntry
from client.reads import members
from client.store import Replica
from sync import api, apply, membership
from tests.conftest import GROUP, ORG, USER

JAN = "@jan:harderwijk.test"
ROOM = "!wijk:harderwijk.test"
_batches = itertools.count(1)


def _stripped(name: object = "Wijkteam", **extra: Any) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = [
        {"type": "m.room.create", "state_key": "", "sender": JAN, "content": {}},
        {"type": "m.room.name", "state_key": "", "sender": JAN, "content": {"name": name}},
        {
            "type": "m.room.member",
            "state_key": USER,
            "sender": JAN,
            "content": {"membership": "invite"},
        },
    ]
    events.extend(extra.get("more", []))
    return events


def _sync(replica: Replica, rooms: dict[str, Any]) -> None:
    response = api.parse_sync({"next_batch": f"s{next(_batches)}", "rooms": rooms})
    apply.apply_sync(replica, response, user_id=USER, clock=datetime.now)


def _invite(replica: Replica, room: str = ROOM, events: list[dict[str, Any]] | None = None) -> None:
    state = _stripped() if events is None else events
    _sync(replica, {"invite": {room: {"invite_state": {"events": state}}}})


@pytest.fixture
def cmds(replica: Replica) -> LocalCommands:
    return LocalCommands(replica, USER)


def _outbox(replica: Replica) -> list[tuple[str, str, dict[str, object]]]:
    with replica.session() as session:
        return [
            (e.kind.value, e.group_id, dict(e.payload))
            for e in session.scalars(select(OutboxEntry).order_by(OutboxEntry.id))
        ]


def test_an_invitation_says_who_invited_to_what_and_where() -> None:
    state = api.parse_stripped_events(
        _stripped(
            more=[
                {
                    "type": "m.room.topic",
                    "state_key": "",
                    "sender": JAN,
                    "content": {"topic": "Zorg in de wijk"},
                },
                {
                    "type": "m.space.parent",
                    "state_key": ORG,
                    "sender": JAN,
                    "content": {"via": ["harderwijk.test"]},
                },
                # A parent without "via" is none.
                {"type": "m.space.parent", "state_key": "!x:y", "sender": JAN, "content": {}},
            ]
        )
    )
    row = membership.invitation(ROOM, state, USER)
    assert (row.inviter, row.name, row.topic, row.parents, row.is_space) == (
        JAN,
        "Wijkteam",
        "Zorg in de wijk",
        (ORG,),
        False,
    )


@pytest.mark.parametrize(
    "hostile",
    [
        {"type": "m.room.name", "state_key": "", "sender": JAN, "content": {"name": ["x"]}},
        {"type": "m.room.name", "state_key": "x", "sender": JAN, "content": {"name": "Fake"}},
        {
            "type": "m.room.member",
            "state_key": USER,
            "sender": "nobody",
            "content": {"membership": "invite"},
        },
        {"type": "m.room.create", "state_key": "", "sender": JAN, "content": {"type": 5}},
        "not an event",
        {"type": "m.room.topic", "state_key": "", "sender": JAN, "content": "text"},
    ],
)
def test_fields_of_the_wrong_kind_are_left_empty(hostile: object) -> None:
    events = [
        e for e in _stripped() if not (isinstance(hostile, dict) and e["type"] == hostile["type"])
    ]
    row = membership.invitation(ROOM, api.parse_stripped_events([*events, hostile]), USER)
    assert row.name in ("", "Wijkteam") and row.name != "Fake"
    assert row.inviter in ("", JAN) and not row.is_space
    assert row.topic == ""


def test_invitations_are_kept_named_clean_and_linked_to_a_known_organisation(
    replica: Replica,
) -> None:
    parent = {
        "type": "m.space.parent",
        "state_key": ORG,
        "sender": JAN,
        "content": {"via": ["harderwijk.test"]},
    }
    _invite(replica, events=_stripped(name="\u202eWijk\u202c\nteam <b>x</b>", more=[parent]))
    [row] = members.invitations(replica)
    assert row.name == "Wijk team <b>x</b>"  # no bidi, one line; markup stays text
    assert (row.organisation, row.inviter_id, row.answer, row.withdrawn) == (
        "Harderwijk",
        JAN,
        None,
        False,
    )
    assert [r.room_id for r in members.invitations(replica, unnotified=True)] == [ROOM]


def test_a_name_sqlite_refuses_quarantines_that_invitation_only(replica: Replica) -> None:
    _sync(
        replica,
        {
            "invite": {
                ROOM: {"invite_state": {"events": _stripped(name="Wijk\ud800")}},
                "!ok:harderwijk.test": {"invite_state": {"events": _stripped()}},
            }
        },
    )
    assert [r.room_id for r in members.invitations(replica)] == ["!ok:harderwijk.test"]
    [entry] = quarantine.entries(replica)
    assert entry.room_id == ROOM and entry.event_type == "m.room.member"


def test_a_very_long_name_is_cut(replica: Replica) -> None:
    _invite(replica, events=_stripped(name="x" * 100_000))
    assert len(members.invitations(replica)[0].name) == 255


def test_accepting_queues_one_answer_and_declining_replaces_it(
    replica: Replica, cmds: LocalCommands
) -> None:
    _invite(replica)
    cmds.accept_invitation(ROOM)
    cmds.accept_invitation(ROOM)
    assert _outbox(replica) == [("accept", ROOM, {"inviter": JAN})]
    assert members.invitations(replica)[0].answer == "accept"
    cmds.decline_invitation(ROOM)
    assert _outbox(replica) == [("decline", ROOM, {"inviter": JAN})]
    assert members.invitations(replica) == []  # declined: not listed
    with pytest.raises(CommandError):
        cmds.accept_invitation("!nothing:harderwijk.test")


def test_joined_settles_the_invitation_and_left_tells_a_withdrawn_accept(
    replica: Replica, cmds: LocalCommands
) -> None:
    _invite(replica)
    cmds.accept_invitation(ROOM)
    _sync(replica, {"leave": {ROOM: {}}})  # withdrawn before the answer went out
    [row] = members.invitations(replica)
    assert row.withdrawn and row.answer is None
    assert _outbox(replica) == []
    with pytest.raises(CommandError):
        cmds.accept_invitation(ROOM)
    _invite(replica)  # invited again: a fresh invitation
    assert not members.invitations(replica)[0].withdrawn
    cmds.dismiss_invitation(ROOM)  # only a withdrawn one can be dismissed
    assert len(members.invitations(replica)) == 1
    _sync(replica, {"join": {ROOM: {"timeline": {"events": []}}}})
    assert members.invitations(replica) == []
    _invite(replica, "!other:harderwijk.test")
    _sync(replica, {"leave": {"!other:harderwijk.test": {}}})  # unanswered: just gone
    assert members.invitations(replica) == []


def test_leaving_hides_the_group_and_queues_the_leave(
    replica: Replica, cmds: LocalCommands
) -> None:
    cmds.post(GROUP, "Nog één bericht")
    cmds.leave_group(GROUP)
    with replica.session() as session:
        group = session.get(Group, GROUP)
        assert group is not None and not group.joined
    assert [k for k, _, _ in _outbox(replica)] == ["post", "leave"]
    with pytest.raises(CommandError):
        cmds.leave_group(GROUP)
    with pytest.raises(CommandError):
        cmds.post(GROUP, "Te laat")


def test_inviting_lists_the_person_as_invited(replica: Replica, cmds: LocalCommands) -> None:
    cmds.invite(GROUP, "@piet:ermelo.test")
    assert _outbox(replica) == [("invite", GROUP, {"user_id": "@piet:ermelo.test"})]
    [row] = members.members(replica, GROUP)
    assert (row.user_id, row.invited, row.external, row.role) == (
        "@piet:ermelo.test",
        True,
        True,
        "member",
    )
    for bad in ("piet", "@piet", "@pi et:ermelo.test"):
        with pytest.raises(CommandError):
            cmds.invite(GROUP, bad)


def test_roles_come_from_power_levels_and_creators(replica: Replica) -> None:
    people = [
        ("@a:x", "join", "Anke"),
        ("@b:x", "join", "Bert"),
        ("@c:x", "join", None),
        ("@d:x", "join", "Dora"),
        ("@e:x", "leave", "Eva"),
    ]
    power = {"type": "m.room.power_levels", "state_key": "", "sender": "@a:x"}
    create = {"type": "m.room.create", "state_key": "", "sender": "@d:x"}
    events = [
        {**create, "content": {"room_version": "12"}, "event_id": "$c", "origin_server_ts": 1},
        {
            **power,
            "content": {"users": {"@a:x": 100, "@b:x": "50", "@c:x": True}},
            "event_id": "$p",
            "origin_server_ts": 2,
        },
        *(
            {
                "type": "m.room.member",
                "state_key": u,
                "sender": u,
                "content": {"membership": m, **({"displayname": n} if n else {})},
                "event_id": f"$m{u}",
                "origin_server_ts": 3,
            }
            for u, m, n in people
        ),
    ]
    _sync(replica, {"join": {GROUP: {"state": {"events": events}}}})
    rows = members.members(replica, GROUP)
    assert [(r.user_id, r.name, r.role) for r in rows] == [
        ("@a:x", "Anke", "admin"),
        ("@d:x", "Dora", "admin"),  # created a version-12 room: above every level
        ("@b:x", "Bert", "moderator"),
        ("@c:x", "@c:x", "member"),
    ]
    with replica.connect() as conn:
        stored = conn.exec_driver_sql(
            'SELECT creators FROM "group" WHERE id = ?', (GROUP,)
        ).scalar()
    assert json.loads(str(stored)) == ["@d:x"]


def test_member_events_of_no_user_or_unknown_membership_are_quarantined(
    replica: Replica,
) -> None:
    def member(key: object, membership: object, n: int) -> dict[str, Any]:
        return {
            "type": "m.room.member",
            "state_key": key,
            "sender": JAN,
            "content": {"membership": membership, "displayname": "<b>Jan</b>"},
            "event_id": f"$member{n}",
            "origin_server_ts": 1_780_000_000_000 + n,
        }

    events = [
        member(JAN, "join", 1),
        member("<b>nobody</b>", "join", 2),
        member("@piet:ermelo.test", "superadmin", 3),
        member("@lotte:ermelo.test", ["join"], 4),
    ]
    _sync(replica, {"join": {GROUP: {"state": {"events": events}}}})
    assert [(m.user_id, m.name) for m in members.members(replica, GROUP)] == [
        (JAN, "<b>Jan</b>")  # shown as text, never as markup (ui.plain)
    ]
    assert sorted(e.event_id for e in quarantine.entries(replica)) == [
        "$member2",
        "$member3",
        "$member4",
    ]
