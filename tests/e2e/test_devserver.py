"""DevServer's life cycle: restart on the same data dir, recovery from a crashed run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from devkit.devserver import DevServer
from sync import api

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_restart_keeps_users_and_a_crashed_run_is_cleaned_up(tmp_path: Path) -> None:
    data = tmp_path / "synapse"
    with DevServer(data) as first:
        user = first.register_user("clara", "pw-1234")
        pid = first.pid
    assert pid is not None and not _alive(pid)
    assert not first.pid_path.exists()

    # Same data dir, new port: the user is still there.
    crashed = DevServer(data)
    crashed.start()
    with crashed.transport() as http:
        login = http.execute(api.login_password(user.user_id, "pw-1234", device_id="D1"))
    assert isinstance(login, api.LoginResponse)
    stale_pid = crashed.pid
    assert stale_pid is not None

    # The test run "crashes" without stopping `crashed`; the next start stops it first.
    with DevServer(data) as fresh:
        assert fresh.pid != stale_pid
        assert crashed._process is not None
        crashed._process.wait(10)  # reap it: stopped by `fresh`, not by us
        crashed.stop()
        assert fresh.pid_path.read_text().strip() == str(fresh.pid)
        with fresh.transport(user.access_token) as http:
            assert isinstance(http.execute(api.whoami()), api.WhoamiResponse)
