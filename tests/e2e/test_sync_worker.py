"""The desktop app's sync worker (``python -m sync.worker``) against a real Synapse: it gets
the account's secrets through its standard input, syncs the replica, reports on its standard
output, sends what waits when woken, and stops when asked or when its input ends; when the
server no longer accepts its token it says how and ends with a code of its own."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from queue import Empty, Queue
from typing import Any

import pytest

from client.accounts import Home
from client.commands import LocalCommands
from devkit.devserver import DevServer
from sync import api
from sync.state import EXIT_AUTH_LOST
from tests.homeserver import ClientFactory, MakeUser, make_group, ok, server_messages

pytestmark = [pytest.mark.e2e]

ROOT = Path(__file__).resolve().parents[2]


class Worker:
    """A running sync worker and the lines it has written, read on a thread of their own."""

    def __init__(self, setup: dict[str, Any]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sync.worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        self.lines: Queue[dict[str, Any]] = Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.stderr = ""
        self.send(setup)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(json.loads(line))

    def send(self, message: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(message) + "\n")
        self.proc.stdin.flush()

    def _wait(
        self, matches: Callable[[dict[str, Any]], bool], what: str, timeout_s: float
    ) -> list[dict[str, Any]]:
        seen: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except Empty:
                raise AssertionError(f"no {what} within {timeout_s} s: {seen}") from None
            seen.append(line)
            if matches(line):
                return seen

    def wait_for(self, wanted: str, *, timeout_s: float = 60.0) -> list[dict[str, Any]]:
        """The lines up to the first with a status in state ``wanted``."""
        return self._wait(
            lambda line: line.get("status", {}).get("state") == wanted,
            f"{wanted!r} status",
            timeout_s,
        )

    def wait_for_key(self, key: str, *, timeout_s: float = 90.0) -> Any:
        """The value of the first line that has ``key``."""
        return self._wait(lambda line: key in line, f"{key!r} line", timeout_s)[-1][key]

    def end(self, timeout_s: float = 30.0) -> int:
        code = self.proc.wait(timeout_s)
        self.close()
        return code

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self._reader.join(10)
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if pipe is not None and not pipe.closed:
                if pipe is self.proc.stderr:
                    self.stderr = pipe.read()
                pipe.close()


@pytest.fixture
def worker_factory() -> Iterator[list[Worker]]:
    started: list[Worker] = []
    yield started
    for worker in started:
        worker.close()


def _setup(client: Any) -> dict[str, Any]:
    user_id = client.user.user_id
    return {
        "home": str(client.home.root),
        "user_id": user_id,
        "secrets": client.home.credentials.export(user_id),
        "retention_days": None,
        "cap_bytes": None,
    }


def test_the_worker_syncs_reports_sends_when_woken_and_stops_when_asked(
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    worker_factory: list[Worker],
) -> None:
    anke, bram = make_user("anke"), make_user("bram")
    group = make_group(server, bram, anke)
    client = client_factory(anke)
    client.connected.close()  # the worker opens the account itself, as the app's would
    with server.transport(bram.access_token) as http:
        content = {"msgtype": "m.text", "body": "Hallo Anke"}
        ok(http.execute(api.send_event(group, "m.room.message", "t-1", content)))

    worker = Worker(_setup(client))
    worker_factory.append(worker)
    worker.wait_for("up_to_date")
    # Then what it applied: every group, so that the window's views re-read them.
    after = worker.lines.get(timeout=30)
    assert group in after["changes"]["groups"] and after["changes"]["outbox"] is True

    # Written in the app's own replica, the worker sends it once it is woken.
    home = Home(client.home.root, client.home.credentials)
    replica = home.open_account(anke.user_id)
    try:
        LocalCommands(replica, anke.user_id, home.media_cache(anke.user_id)).post(
            group, "Vom Arbeitsplatz im Rathaus"
        )
    finally:
        replica.close()
    worker.send({"cmd": "wake"})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        bodies = [e.content.get("body") for e in server_messages(server, bram.access_token, group)]
        if "Vom Arbeitsplatz im Rathaus" in bodies:
            break
        time.sleep(0.2)
    assert bodies.count("Vom Arbeitsplatz im Rathaus") == 1

    worker.send({"cmd": "stop"})  # during a long poll: the worker ends it at once
    assert worker.end() == 0


def test_the_worker_stops_when_its_input_ends(
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    worker_factory: list[Worker],
) -> None:
    client = client_factory(make_user("carla"))
    client.connected.close()
    worker = Worker(_setup(client))
    worker_factory.append(worker)
    worker.wait_for("up_to_date")
    assert worker.proc.stdin is not None
    worker.proc.stdin.close()  # the app is gone
    assert worker.end() == 0


def test_a_bad_set_up_line_is_a_clear_error(worker_factory: list[Worker]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "sync.worker"],
        input="this is not json\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "bad set-up line" in proc.stderr


def test_a_missing_key_is_reported_not_a_new_empty_replica(
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    worker_factory: list[Worker],
) -> None:
    client = client_factory(make_user("dirk"))
    client.connected.close()
    setup = _setup(client)
    setup["secrets"] = {k: v for k, v in setup["secrets"].items() if "replica-key" not in k}
    worker = Worker(setup)
    worker_factory.append(worker)
    line = worker.lines.get(timeout=60)
    assert "error" in line and "key" in line["error"]
    assert worker.end() == 3


def test_a_removed_device_ends_the_worker_with_a_hard_logout(
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    worker_factory: list[Worker],
) -> None:
    anke, bram, it = make_user("anke"), make_user("bram"), make_user("it", admin=True)
    group = make_group(server, bram, anke)
    client = client_factory(anke)
    client.connected.close()
    worker = Worker(_setup(client))
    worker_factory.append(worker)
    worker.wait_for("up_to_date")

    device = client.connected.info.device_id
    assert device is not None
    with server.transport(it.access_token) as http:
        ok(http.execute(api.admin_delete_device(anke.user_id, device)))
    with server.transport(bram.access_token) as http:  # ends the worker's long poll
        content = {"msgtype": "m.text", "body": "Noch da?"}
        ok(http.execute(api.send_event(group, "m.room.message", "t-1", content)))
    assert worker.wait_for_key("auth_lost") == {"kind": "hard"}
    assert worker.end() == EXIT_AUTH_LOST
    assert "Traceback" not in worker.stderr


def test_an_expired_session_ends_the_worker_with_a_soft_logout(
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    worker_factory: list[Worker],
) -> None:
    anke, it = make_user("anke"), make_user("it", admin=True)
    client = client_factory(anke)
    client.connected.close()
    # A token that has expired: Synapse answers M_UNKNOWN_TOKEN with soft_logout.
    expires = int(time.time() * 1000) + 1000
    with server.transport(it.access_token) as http:
        short = ok(http.execute(api.admin_login_as_user(anke.user_id, valid_until_ms=expires)))
    time.sleep(max(0.0, expires / 1000 - time.time()) + 0.3)
    setup = _setup(client)
    setup["secrets"][f"{anke.user_id}/access-token"] = short.access_token
    worker = Worker(setup)
    worker_factory.append(worker)
    assert worker.wait_for_key("auth_lost") == {"kind": "soft"}
    assert worker.end() == EXIT_AUTH_LOST
