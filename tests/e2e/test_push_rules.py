"""A group's notification level as push rules on a real Synapse, both ways."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from client import notifylevel
from client.reads.reactions import reactions
from devkit.devserver import DevServer, RegisteredUser
from sync import api
from tests.homeserver import ClientFactory, MakeUser, make_group, ok, signed_in_cli, synced_group

pytestmark = pytest.mark.e2e


def _rules(server: DevServer, user: RegisteredUser, room: str) -> dict[str, Any]:
    """The user's override and room rules for ``room``, as /pushrules/ lists them."""
    with server.transport(user.access_token) as http:
        content = ok(http.execute(api.get_push_rules())).content
    return {
        kind: [r for r in content["global"][kind] if r["rule_id"] == room]
        for kind in ("override", "room")
    }


def test_a_level_set_offline_becomes_push_rules_and_a_change_elsewhere_arrives(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room = make_group(server, anke, jan)
    a = client_factory(anke)
    a.sync()
    replica = a.connected.replica
    assert notifylevel.known(replica)
    assert notifylevel.level_of(replica, room) == notifylevel.ALL

    a.commands.set_notify_level(room, notifylevel.MENTIONS)
    a.commands.set_notify_level(room, notifylevel.MUTE)  # offline twice: only the last goes
    assert [e.payload for e in a.outbox() if e.kind.value == "notify"] == [{"level": "mute"}]
    a.sync()
    rules = _rules(server, anke, room)
    assert rules["room"] == []
    [mute] = rules["override"]
    assert mute["actions"] == [] and mute["enabled"]
    assert mute["conditions"] == [{"kind": "event_match", "key": "room_id", "pattern": room}]
    assert notifylevel.level_of(replica, room) == notifylevel.MUTE  # its own rules came back

    a.commands.set_notify_level(room, notifylevel.MENTIONS)
    a.sync()
    rules = _rules(server, anke, room)
    assert rules["override"] == []
    assert [r["actions"] for r in rules["room"]] == [[]]

    # Another device of Anke's (raw HTTP here) lets the group notify everything again.
    with server.transport(anke.access_token) as http:
        ok(http.execute(api.put_push_rule("room", room, {"actions": ["notify"]})))
    a.sync()
    assert notifylevel.level_of(replica, room) == notifylevel.ALL
    with server.transport(anke.access_token) as http:
        mute_body = {
            "actions": [],
            "conditions": [{"kind": "event_match", "key": "room_id", "pattern": room}],
        }
        ok(http.execute(api.put_push_rule("override", room, mute_body)))
    a.sync()
    assert notifylevel.level_of(replica, room) == notifylevel.MUTE


def test_an_account_synced_before_levels_reads_its_rules_once(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke = make_user("anke")
    room = make_group(server, anke)
    with server.transport(anke.access_token) as http:
        ok(http.execute(api.put_push_rule("room", room, {"actions": []})))
    a = client_factory(anke)
    a.sync()
    replica = a.connected.replica
    assert notifylevel.level_of(replica, room) == notifylevel.MENTIONS
    # As if synced by a version that never asked for the rules: forgotten, then fetched.
    with replica.begin() as tx:
        tx.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (notifylevel.KNOWN_KEY,))
        tx.exec_driver_sql('UPDATE "group" SET notify_level = ?', (notifylevel.ALL,))
    a.sync()
    assert notifylevel.level_of(replica, room) == notifylevel.MENTIONS
    assert notifylevel.known(replica)


def test_the_command_line_sets_a_level_and_reacts(
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anke, bernd = make_user("anke"), make_user("bernd")
    room, (a,) = synced_group(server, client_factory, anke, name="Wmo-loket", also=(bernd,))
    post = a.commands.post(room, "Nieuwe formulieren").created
    assert isinstance(post, int)
    a.sync()
    [mine] = a.messages(room)
    assert mine.event_id is not None
    cli = signed_in_cli(server, bernd, tmp_path / "bernd", capsys, monkeypatch)
    assert cli("notify", "Wmo-loket") == (0, "all\n")
    assert cli("notify", "Wmo-loket", "mentions")[0] == 0
    assert cli("react", mine.event_id, "🙏")[0] == 0
    assert cli("sync", "--once")[0] == 0
    assert [r["actions"] for r in _rules(server, bernd, room)["room"]] == [[]]
    assert cli("notify", room) == (0, "mentions\n")
    a.sync()
    assert [(r.key, r.count) for r in reactions(a.connected.replica, post)] == [("🙏", 1)]
