"""A poison event from a real Synapse does not stop sync: it is quarantined or clamped, and
the events around it land.

Synapse lets an application service set an event's timestamp (``?ts=``): that is how an
event dated in the year 11476 gets onto a real server, as a misbehaving bridge or federated
server could send it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devkit.devserver import DevServer
from sync import api
from tests.homeserver import CommandLine, MakeUser, make_group, ok

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

# 10,000 years after the epoch and more: past what a datetime can hold.
YEAR_11476_MS = 299_999_999_999_999


def _send_as(server: DevServer, user_id: str, room: str, body: str, ts: int | None) -> str:
    request = api.send_event(
        room, "m.room.message", f"t{body}", {"msgtype": "m.text", "body": body}
    )
    with server.transport(server.appservice_token) as http:
        return ok(http.execute(api.as_user(request, user_id, ts))).event_id


def test_an_event_from_the_year_11476_does_not_stop_sync(
    server: DevServer,
    make_user: MakeUser,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anke, bert = make_user("anke"), make_user("bert")
    room = make_group(server, anke, bert)
    monkeypatch.setenv("TREFFPUNKT_PASSWORD", bert.password)
    cli = CommandLine(tmp_path / "home", capsys)
    status = cli.status

    assert cli("login", "--server", server.base_url, "--user", bert.user_id)[0] == 0
    assert cli("sync", "--once")[0] == 0

    _send_as(server, anke.user_id, room, "Vor dem Ausreißer", None)
    future_id = _send_as(server, anke.user_id, room, "Aus ferner Zukunft", YEAR_11476_MS)
    _send_as(server, anke.user_id, room, "Nach dem Ausreißer", None)
    assert cli("sync", "--once")[0] == 0
    assert cli("sync", "--once")[0] == 0  # and every later one
    _send_as(server, anke.user_id, room, "Später noch einer", None)
    assert cli("sync", "--once")[0] == 0

    assert status()["quarantined"] == 1  # noted once, however often it comes
    code, out = cli("quarantine", "--json", "--events")
    [entry] = json.loads(out)
    assert (entry["room"], entry["event_id"], entry["applied"]) == (room, future_id, True)
    assert "out of range" in entry["reason"]
    assert entry["event"]["origin_server_ts"] == YEAR_11476_MS

    code, out = cli("search", "Ausreißer", "--json")
    assert code == 0
    assert {hit["title"] for hit in json.loads(out)} >= {"Vor dem Ausreißer", "Nach dem Ausreißer"}
    code, out = cli("search", "Zukunft", "--json")
    # Kept, with its time clamped to the end of the range the replica accepts.
    [future] = json.loads(out)
    assert future["created_at"].startswith("2099-12-31")
    code, out = cli("search", "später", "--json")
    assert [hit["title"] for hit in json.loads(out)] == ["Später noch einer"]
