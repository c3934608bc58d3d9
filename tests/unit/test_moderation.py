"""Moderation in the core: what power levels allow (Matrix defaults, creators), the pinned
list as a server may send it, the commands' local changes and outbox entries, and a
refusal undoing them."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import select

from client import moderation, rooms
from client.changes import Changes
from client.commands import CommandError, LocalCommands
from client.ingest import ingest_messages, set_members
from client.levels import PIN_CAP, Levels, pinned_ids
from client.mediacache import MediaCache
from client.models import Group, Membership, Message, OutboxEntry, OutboxKind
from client.reads import members
from client.reads.posts import pinned_posts
from client.store import Replica
from sync import mapping
from tests.conftest import GROUP, TEST_KEY, USER, server_message

JAN = "@jan:harderwijk.test"


@pytest.fixture
def commands(replica: Replica, tmp_path: Path) -> LocalCommands:
    return LocalCommands(replica, USER, MediaCache(tmp_path / "media", TEST_KEY))


def _setup(replica: Replica, level: int) -> dict[str, int]:
    with replica.begin() as tx:
        ingest_messages(tx, [server_message("$p1", 1), server_message("$p2", 2)])
        set_members(tx, GROUP, [(USER, "join", None), (JAN, "join", None)])
        levels = mapping.PowerLevels(users={USER: level}).to_json()
        rooms.set_power_levels(tx, GROUP, levels)
    with replica.session() as session:
        return {e: i for e, i in session.execute(select(Message.event_id, Message.id)) if e}


def _outbox(replica: Replica) -> list[tuple[OutboxKind, dict[str, object]]]:
    with replica.session() as session:
        return [(e.kind, dict(e.payload)) for e in session.scalars(select(OutboxEntry))]


def test_levels_follow_the_matrix_defaults_and_rank_creators_first() -> None:
    plain = Levels.parse(json.dumps({"users": {"@mod:x": 50}}))
    assert plain.permissions("@mod:x").pin and plain.permissions("@mod:x").remove
    assert plain.permissions("@mod:x").promote  # state_default (50) when the room says nothing
    rooms_made = Levels.parse(
        json.dumps({"users": {"@mod:x": 50}, "events": {"m.room.power_levels": 100}})
    )
    assert not rooms_made.permissions("@mod:x").promote
    assert not plain.permissions("@someone:x").remove
    strict = Levels.parse(json.dumps({"users": {"@mod:x": 50}, "events": {"m.room.name": 100}}))
    assert not strict.permissions("@mod:x").edit
    creator = Levels.parse(json.dumps({"users": {}}), json.dumps(["@owner:x"]))
    assert creator.permissions("@owner:x").promote and creator.may_kick("@owner:x", "@mod:x")
    assert not creator.may_set_role("@mod:x", "@owner:x")
    unknown = Levels.parse(None)
    assert not unknown.known and not unknown.permissions("@a:x").pin
    # What sync stores reads back the same.
    stored = mapping._power_levels({"kick": "75", "users": {"@a:x": 80}, "events": {"x": 3}})
    again = Levels.parse(stored.to_json())
    assert again.action("kick") == 75 and again.of("@a:x") == 80 and again.state("x") == 3


def test_a_pinned_list_from_a_server_is_checked() -> None:
    assert mapping.pinned_events({"pinned": ["$a", 1, None, "no id", "$a", "$b" * 300, "$c"]}) == (
        "$a",
        "$c",
    )
    assert len(mapping.pinned_events({"pinned": [f"$e{i}" for i in range(500)]})) == PIN_CAP
    with pytest.raises(mapping.UnusableEventError):
        mapping.pinned_events({"pinned": "$a"})
    assert pinned_ids('{"not": "a list"}') == [] and pinned_ids("broken") == []


def test_a_moderator_pins_and_a_refusal_undoes_it(
    replica: Replica, commands: LocalCommands
) -> None:
    ids = _setup(replica, 50)
    commands.pin(ids["$p1"])
    commands.pin(ids["$p2"])
    assert [p.id for p in pinned_posts(replica, GROUP)] == [ids["$p2"], ids["$p1"]]
    commands.pin(ids["$p1"], on=False)
    commands.pin(ids["$p1"], on=True)  # replaces the unsent unpin
    assert [k for k, _ in _outbox(replica)] == [OutboxKind.PIN, OutboxKind.PIN]
    entry = dict(_outbox(replica)[0][1])
    assert entry == {"event_id": "$p2", "pin": True}
    with replica.session() as session:  # the entry is being sent when the server refuses
        for e in session.scalars(select(OutboxEntry)):
            if e.payload["event_id"] == "$p2":
                e.state = "sending"  # type: ignore[assignment]
        session.commit()
    moderation.refused(replica, GROUP, OutboxKind.PIN, entry, None)
    assert [p.id for p in pinned_posts(replica, GROUP)] == [ids["$p1"]]


def test_a_member_may_not_moderate(replica: Replica, commands: LocalCommands) -> None:
    ids = _setup(replica, 0)
    attempts: list[Callable[[], Changes]] = [
        partial(commands.pin, ids["$p1"]),
        partial(commands.remove_message, ids["$p1"], "x"),
        partial(commands.edit_group, GROUP, "Neu", ""),
        partial(commands.kick, GROUP, JAN),
        partial(commands.set_moderator, GROUP, JAN, True),
    ]
    for attempt in attempts:
        with pytest.raises(CommandError, match="does not allow"):
            attempt()
    assert _outbox(replica) == []


def test_removal_kick_role_and_group_text_are_undone_when_refused(
    replica: Replica, commands: LocalCommands
) -> None:
    ids = _setup(replica, 100)
    commands.remove_message(ids["$p1"], "  Reclame  ")
    commands.kick(GROUP, JAN, "weg")
    commands.edit_group(GROUP, "  Neu  ", "Beschreibung")
    with replica.session() as session:
        group = session.get(Group, GROUP)
        assert group is not None and (group.name, group.description) == ("Neu", "Beschreibung")
        assert session.get(Message, ids["$p1"]).deleted  # type: ignore[union-attr]
    assert JAN not in {m.user_id for m in members.members(replica, GROUP)}
    outbox = _outbox(replica)
    assert outbox[0] == (OutboxKind.DELETE, {"reason": "Reclame", "moderated": True})
    assert outbox[1] == (OutboxKind.KICK, {"user_id": JAN, "reason": "weg", "before": "join"})
    before = outbox[2][1]["before"]
    with replica.session() as session:
        session.query(OutboxEntry).delete()
        session.commit()
    for (kind, payload), message in zip(outbox, (ids["$p1"], None, None), strict=True):
        moderation.refused(replica, GROUP, kind, payload, message)
    with replica.session() as session:
        group = session.get(Group, GROUP)
        assert group is not None and (group.name, group.description) == (
            before["name"],  # type: ignore[index]
            before["description"],  # type: ignore[index]
        )
        assert not session.get(Message, ids["$p1"]).deleted  # type: ignore[union-attr]
        assert session.get(Membership, (GROUP, JAN)).membership == "join"  # type: ignore[union-attr]

    commands.set_moderator(GROUP, JAN, True)
    assert {m.user_id: m.role for m in members.members(replica, GROUP)}[JAN] == "moderator"
    [(kind, payload)] = _outbox(replica)
    with replica.session() as session:  # sent, and refused
        session.query(OutboxEntry).delete()
        session.commit()
    moderation.refused(replica, GROUP, kind, payload, None)
    assert {m.user_id: m.role for m in members.members(replica, GROUP)}[JAN] == "member"


def test_a_refusal_crosses_from_the_sync_worker_to_the_window() -> None:
    from client.changes import Refusal
    from sync.worker import changes_from_json, changes_to_json

    refusal = Refusal("kick", GROUP, JAN, "M_FORBIDDEN", "not allowed")
    sent = Changes(groups=frozenset({GROUP}), refusals=(refusal,))
    line = json.loads(json.dumps(changes_to_json(sent)))
    assert changes_from_json(line) == sent
    assert changes_from_json({"refusals": ["junk", {"kind": 3}]}).refusals == (
        Refusal("3", "", "", "", ""),
    )
