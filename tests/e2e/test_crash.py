"""The headless client killed (SIGKILL) after the server accepted a post, before the
answer reached it: on restart the post is still on the server exactly once and the
local row is confirmed.

A small forwarding proxy on 127.0.0.1 sits between the client and Synapse. Armed, it
forwards ``PUT .../send/...`` to Synapse, waits for Synapse's answer, and kills the
client before relaying it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from client.accounts import Home
from client.credentials import Credentials
from client.models import Message, OutboxEntry, OutboxState
from devkit.devserver import DevServer
from tests import filekeyring
from tests.homeserver import MakeUser, make_group, server_messages

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "host", "content-length"}


class KillingProxy:
    """Forwards everything to Synapse; when armed, the answer to a send is never relayed:
    ``on_send_answered`` runs (it kills the client) and the connection is dropped."""

    def __init__(self, upstream: str) -> None:
        self.upstream = httpx.Client(base_url=upstream, timeout=30.0)
        self.on_send_answered: Callable[[], None] | None = None
        self.answered_sends: list[int] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet: pytest shows captured stderr of failing tests only

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
                answer = proxy.upstream.request(
                    self.command, self.path, content=body, headers=headers
                )
                kill = proxy.on_send_answered
                if self.command == "PUT" and "/send/" in self.path and kill is not None:
                    proxy.answered_sends.append(answer.status_code)
                    kill()
                    self.close_connection = True
                    return
                self.send_response(answer.status_code)
                for key, value in answer.headers.items():
                    if key.lower() not in HOP_BY_HOP | {"content-encoding"}:
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_PUT = do_POST = do_DELETE = _forward  # noqa: N815

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> KillingProxy:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.upstream.close()


@pytest.fixture
def proxy(server: DevServer) -> Iterator[KillingProxy]:
    with KillingProxy(server.base_url) as running:
        yield running


def test_sigkill_after_the_server_accepted_a_post(
    server: DevServer, make_user: MakeUser, proxy: KillingProxy, tmp_path: Path
) -> None:
    anke = make_user("anke")
    room = make_group(server, anke)
    home = tmp_path / "home"
    keyring_file = tmp_path / "keyring.json"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON_KEYRING", "TREFFPUNKT", "DBUS"))
    }
    env |= {
        "PYTHON_KEYRING_BACKEND": filekeyring.BACKEND,
        filekeyring.ENV: str(keyring_file),
        "TREFFPUNKT_PASSWORD": anke.password,
        "DBUS_SESSION_BUS_ADDRESS": "disabled:",
    }
    command = [sys.executable, "-m", "sync.cli", "--home", str(home)]

    def cli(*args: str) -> str:
        done = subprocess.run(
            [*command, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    cli("login", "--server", proxy.url, "--user", anke.user_id)
    cli("sync", "--once")
    cli("post", room, "Nur einmal, auch wenn der Laptop abstürzt")

    child = subprocess.Popen(
        [*command, "sync", "--once"],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    proxy.on_send_answered = lambda: os.kill(child.pid, signal.SIGKILL)
    try:
        _, stderr = child.communicate(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, stderr.decode(errors="replace")
    assert proxy.answered_sends == [200]
    [on_server] = server_messages(server, anke.access_token, room)

    credentials = Credentials(filekeyring.secrets_of(keyring_file))
    local = Home(home, credentials)

    def local_state() -> tuple[list[Message], list[OutboxEntry]]:
        replica = local.open_account(anke.user_id)
        try:
            with replica.session() as session:
                return (
                    list(session.scalars(select(Message))),
                    list(session.scalars(select(OutboxEntry))),
                )
        finally:
            replica.close()

    [crashed], [entry] = local_state()
    # The crash left the outcome unknown: not confirmed, not given up, not sent again yet.
    assert crashed.pending and crashed.event_id is None
    assert entry.state is OutboxState.SENDING

    proxy.on_send_answered = None
    cli("sync", "--once")

    assert [e.event_id for e in server_messages(server, anke.access_token, room)] == [
        on_server.event_id
    ]
    [confirmed], outbox = local_state()
    assert confirmed.event_id == on_server.event_id
    assert not confirmed.pending and outbox == []
