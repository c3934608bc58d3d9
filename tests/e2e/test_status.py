"""``treffpunkt status`` tells the last known connection from the replica, not by asking
the server: online after a sync, offline once a sync attempt found the server gone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from devkit.devserver import DevServer
from tests.homeserver import CommandLine, make_group

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[DevServer]:
    """A Synapse of this test's own: the test stops it, which the shared one must not."""
    server = DevServer(tmp_path / "synapse")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_status_says_online_after_a_sync_and_offline_after_a_failed_one(
    own_server: DevServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    user = own_server.register_user("nora", "pw-status-1")
    room = make_group(own_server, user)
    monkeypatch.setenv("TREFFPUNKT_PASSWORD", user.password)
    cli = CommandLine(tmp_path / "home", capsys)
    status = cli.status

    assert cli("login", "--server", own_server.base_url, "--user", user.user_id)[0] == 0
    never = status()
    assert never["online"] is False and never["last_sync"] is None

    assert cli("sync", "--once")[0] == 0
    synced = status()
    assert synced["online"] is True and synced["last_sync"] is not None
    assert synced["outbox"] == {"waiting": 0, "sending": 0, "failed": 0}
    assert synced["stuck"] == 0  # none failing for more than a day

    assert cli("post", room, "Unterwegs geschrieben, später gesendet")[0] == 0
    own_server.stop()
    # Nothing has tried the server since it went: the last known state still stands.
    assert status()["online"] is True

    assert cli("sync", "--once")[0] == 1
    offline = status()
    assert offline["online"] is False
    assert offline["last_sync"] == synced["last_sync"]
    assert offline["outbox"] == {"waiting": 1, "sending": 0, "failed": 0}
