"""The client against Synapse with workers behind nginx (docs/IT.md, "Tested worker layout"):
each request was answered by the process that layout names, as nginx's access log records
it; a user's /sync stays on one worker; documents go up and come down through the media
worker; a post reaches the other user's /sync through another process than took it."""

from __future__ import annotations

from pathlib import Path

import pytest

from client.commands import NewDocument
from devkit.devserver import DevServer, WorkerDeployment
from tests.homeserver import ClientFactory, MakeUser, assert_replica_equals_server, make_group

pytestmark = [pytest.mark.e2e, pytest.mark.workers]


def _answered(server: WorkerDeployment, since: int) -> list[tuple[str, str, str, str, str]]:
    """(user, method, path, status, process) of each request nginx passed on since
    ``since`` bytes into its access log."""
    names = {f"127.0.0.1:{p.port}": p.name for p in server.processes}
    with (server.data_dir / "nginx" / "access.log").open("rb") as log:
        log.seek(since)
        lines = log.read().decode().splitlines()
    rows = []
    for line in lines:
        user, method, path, status, upstream = line.split(" ")
        rows.append((user, method, path, status, names.get(upstream, upstream)))
    return rows


@pytest.mark.parametrize("server", ["workers"], indirect=True)
def test_each_request_is_answered_by_the_process_the_layout_names(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    assert isinstance(server, WorkerDeployment)
    anke, jan = make_user("anke"), make_user("jan")
    room = make_group(server, anke, jan)
    access_log = server.data_dir / "nginx" / "access.log"
    start = access_log.stat().st_size
    a, j = client_factory(anke), client_factory(jan)
    a.sync()
    j.sync()
    plan = tmp_path / "Dienstplan.txt"
    plan.write_text("Dienstplan Juli\nMo: Anke\n")
    document = a.commands.add_document(room, NewDocument(plan, name="Dienstplan.txt")).created
    assert isinstance(document, str)
    a.commands.post(room, "Der Dienstplan für Juli ist da")
    a.sync()
    j.sync_until(lambda: j.messages(room))
    sha = j.connected.engine.fetch_document(document)
    assert j.home.media_cache(jan.user_id).read_bytes(sha) == plan.read_bytes()
    j.sync()
    assert_replica_equals_server(j, server, room)

    rows = _answered(server, start)
    assert not [r for r in rows if r[3].startswith("5")], rows
    generic = {w.name for w in server.generic}

    def answered_by(method: str, fragment: str) -> set[str]:
        return {r[4] for r in rows if r[1] == method and fragment in r[2]}

    assert answered_by("GET", "/sync") <= generic
    assert answered_by("PUT", "/send/") <= generic
    assert answered_by("POST", "/login") <= generic
    assert answered_by("POST", "/media/v3/upload") == {server.media.name}
    assert answered_by("GET", "/media/download/") == {server.media.name}
    for user in {r[0] for r in rows if r[2].endswith("/sync")}:
        # /sync routed by user: each user's on one worker, however often they sync.
        assert len({r[4] for r in rows if r[0] == user and r[2].endswith("/sync")}) == 1
