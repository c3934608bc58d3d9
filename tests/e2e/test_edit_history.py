"""Edit history against a real Synapse: versions kept as edits arrive, and fetched from the
server's edit events for a message edited before the replica saw it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from client.reads.history import versions
from devkit.devserver import DevServer
from sync import api, mapping
from tests.homeserver import ClientFactory, MakeUser, ok, signed_in_cli, synced_group

pytestmark = pytest.mark.e2e


def test_versions_arrive_with_edits_and_the_rest_is_fetched(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke, jan, bernd = make_user("anke"), make_user("jan"), make_user("bernd")
    room, (a, j) = synced_group(server, client_factory, anke, jan, also=(bernd,))
    post = a.commands.post(room, "Sitzung am Montag").created
    assert isinstance(post, int)
    a.sync()
    j.sync()
    a.commands.edit(post, "Sitzung am Dienstag")
    a.sync()
    j.sync()
    a.commands.edit(post, "Sitzung am Dienstag, 10 Uhr")
    a.sync()
    j.sync()
    [jans] = j.messages(room)
    assert jans.event_id is not None
    # Someone else's edit of Anke's post changes nothing and is no version.
    other = mapping.edit_content(jans.event_id, {"msgtype": "m.text", "body": "Sitzung fällt aus"})
    with server.transport(jan.access_token) as http:
        ok(http.execute(api.send_event(room, "m.room.message", "fake-edit", other)))
    j.sync()

    expected = ["Sitzung am Dienstag, 10 Uhr", "Sitzung am Dienstag", "Sitzung am Montag"]
    for replica, message_id in ((a.connected.replica, post), (j.connected.replica, jans.id)):
        seen = versions(replica, message_id)
        assert [v.text for v in seen] == expected
        assert seen[0].current and not any(v.current for v in seen[1:])
        assert seen[0].written_at > seen[1].written_at > seen[2].written_at
        assert all(v.author_name for v in seen)

    # Bernd's replica holds only the newest text, as one synced before versions were kept:
    # the earlier ones are fetched from the server's edit events.
    b = client_factory(bernd)
    b.sync()
    [berndts] = b.messages(room)
    with b.connected.replica.begin() as tx:
        tx.exec_driver_sql("DELETE FROM message_version")
    assert [v.text for v in versions(b.connected.replica, berndts.id)] == expected[:1]
    changes = b.connected.engine.fetch_edit_history(berndts.id)
    assert changes.messages == {berndts.id}
    assert [v.text for v in versions(b.connected.replica, berndts.id)] == expected
    assert b.connected.engine.fetch_edit_history(berndts.id).empty  # nothing new the 2nd time


def test_deleting_a_post_takes_its_versions_with_it(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    room, (a, j) = synced_group(server, client_factory, make_user("anke"), make_user("jan"))
    post = a.commands.post(room, "Entwurf").created
    assert isinstance(post, int)
    a.sync()
    a.commands.edit(post, "Endfassung")
    a.sync()
    j.sync()
    [jans] = j.messages(room)
    assert len(versions(j.connected.replica, jans.id)) == 2
    a.commands.delete(post)
    a.sync()
    j.sync()
    assert versions(j.connected.replica, jans.id) == []
    with j.connected.replica.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM message_version").scalar() == 0


def test_the_command_line_lists_the_versions(
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anke, bernd = make_user("anke"), make_user("bernd")
    room, (a,) = synced_group(server, client_factory, anke, also=(bernd,))
    post = a.commands.post(room, "Erste Fassung").created
    assert isinstance(post, int)
    a.sync()
    a.commands.edit(post, "Zweite Fassung")
    a.sync()
    [mine] = a.messages(room)
    assert mine.event_id is not None
    cli = signed_in_cli(server, bernd, tmp_path / "bernd", capsys, monkeypatch)
    code, out = cli("history", mine.event_id, "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["online"] is True
    assert [v["text"] for v in shown["versions"]] == ["Zweite Fassung", "Erste Fassung"]
