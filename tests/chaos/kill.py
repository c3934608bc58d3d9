"""SIGKILL at random points in pull, backfill and push, against a real Synapse.

The victim is the command-line client's ``sync --once`` (send the outbox, /sync, send
again, backfill), killed after a random delay within the time one such run takes. Before
it starts, the account has posts queued (push) and a colleague has written on the server
(pull); a run of the third kind signs in on a fresh device to a group with more history
than one /sync brings, so the kill strikes the first sync or its backfill. Then the
account is opened again, as after a restart: the database passes ``PRAGMA
integrity_check``, a complete sync makes the replica equal to the server, and every
queued post is on the server exactly once.
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import subprocess
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from client.accounts import Home
from client.commands import LocalCommands
from client.credentials import Credentials
from devkit.devserver import DevServer, RegisteredUser
from sync import api, mapping
from sync.session import login, resume
from tests import filekeyring
from tests.homeserver import assert_replica_equals_events, make_group, ok, timeline

REPO = Path(__file__).resolve().parents[2]
# More events than one /sync brings (the engine's timeline limit is 200): the rest is
# backfill.
BIG_GROUP = 230


@dataclass
class KillReport:
    runs: int = 0
    lost: int = 0
    duplicated: int = 0
    integrity_failures: int = 0
    diverged: int = 0
    # Runs whose child had ended before the signal: no kill happened in them.
    finished_first: int = 0
    failures: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        if len(self.failures) < 5:
            self.failures.append(text)


@dataclass
class Device:
    """A home folder signed in to one account, shared with the child through the file
    keyring."""

    home: Home
    folder: Path
    keyring_file: Path
    user: RegisteredUser


def _name(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(4)}"


class KillRig:
    """One Synapse, users and groups made once; each run is one kill and one restart."""

    def __init__(self, server: DevServer, folder: Path, seed: int) -> None:
        self.server = server
        self.folder = folder
        self.rng = random.Random(seed)
        self.report = KillReport()
        self.anke = server.register_user(_name("anke"), secrets.token_urlsafe(12))
        self.jan = server.register_user(_name("jan"), secrets.token_urlsafe(12))
        self.group = make_group(server, self.anke, self.jan, name="Bauhof")
        self.big = make_group(server, self.jan, self.anke, name="Archiv")
        with server.transport(self.jan.access_token) as http:
            for i in range(BIG_GROUP):
                ok(http.execute(send_post(self.big, f"Archiv {i}")))
        self.device = self._sign_in("device")
        self._counter = 0
        self._startup, self._duration = self._calibrate()

    def _sign_in(self, label: str) -> Device:
        folder = self.folder / _name(label)
        keyring_file = folder / "keyring.json"
        folder.mkdir(parents=True)
        home = Home(folder / "home", Credentials(filekeyring.FileSecretStore(keyring_file)))
        connected = login(home, self.server.base_url, self.anke.user_id, self.anke.password)
        connected.close()
        return Device(home, folder, keyring_file, self.anke)

    def _env(self, device: Device) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON_KEYRING", "TREFFPUNKT", "DBUS"))
        }
        return env | {
            "PYTHON_KEYRING_BACKEND": filekeyring.BACKEND,
            filekeyring.ENV: str(device.keyring_file),
            "DBUS_SESSION_BUS_ADDRESS": "disabled:",
        }

    def _victim(self, device: Device) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "sync.cli", "--home", str(device.home.root), "sync", "--once"],
            env=self._env(device),
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def _calibrate(self) -> tuple[float, float]:
        """How long the child takes to start (imports), and one ``sync --once`` of the
        device in all: kills are spread over the time after start-up."""
        started = time.monotonic()
        subprocess.run([sys.executable, "-c", "import sync.cli"], cwd=REPO, check=True)
        startup = time.monotonic() - started
        started = time.monotonic()
        self._victim(self.device).wait(timeout=120)
        return startup, max(time.monotonic() - started, startup + 0.2)

    def run(self) -> None:
        """One run: what to push and pull, or a fresh device to backfill; kill; check.
        A run whose child ended before the signal is checked too, but not counted as a
        kill (``finished_first``)."""
        backfill = self.rng.random() < 0.25
        device = self._sign_in("fresh") if backfill else self.device
        queued: list[str] = []
        if not backfill:
            queued = self._queue(device, self.rng.randint(1, 3))
            self._colleague_writes(self.rng.randint(0, 3))
        child = self._victim(device)
        # A fresh device's work is longer (the first sync and its backfill).
        work = (self._duration - self._startup) * (4.0 if backfill else 1.0)
        time.sleep(self.rng.uniform(self._startup * 0.8, self._startup + work))
        if child.poll() is None:
            self.report.runs += 1
        else:
            self.report.finished_first += 1
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        try:
            self._check(device, [self.big] if backfill else [self.group], queued)
        except Exception:
            self.report.note(traceback.format_exc(limit=4))
            self.report.diverged += 1

    def _queue(self, device: Device, count: int) -> list[str]:
        replica = device.home.open_account(device.user.user_id)
        try:
            commands = LocalCommands(replica, device.user.user_id, None)
            texts = []
            for _ in range(count):
                self._counter += 1
                texts.append(f"Meldung {self._counter} {secrets.token_hex(3)}")
                commands.post(self.group, texts[-1])
            return texts
        finally:
            replica.close()

    def _colleague_writes(self, count: int) -> None:
        with self.server.transport(self.jan.access_token) as http:
            for _ in range(count):
                self._counter += 1
                text = f"Von Jan {self._counter} {secrets.token_hex(3)}"
                ok(http.execute(send_post(self.group, text)))

    def _check(self, device: Device, groups: list[str], queued: list[str]) -> None:
        user_id = device.user.user_id
        replica = device.home.open_account(user_id)
        try:
            with replica.connect() as conn:
                result = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
        finally:
            replica.close()
        if result != "ok":
            self.report.integrity_failures += 1
            self.report.note(f"integrity_check: {result}")
        connected = resume(device.home, user_id)
        try:
            engine = connected.engine
            engine.flush()
            engine.sync_once()
            engine.flush()
            engine.backfill_groups(max_pages=None)
            engine.sync_once()
            token = connected.transport.access_token
            assert token is not None
            for group in groups:
                events = timeline(self.server, token, group)
                bodies = Counter(
                    str(e.content.get("body"))
                    for e in events
                    if e.type == "m.room.message" and not e.is_redacted
                )
                self.report.lost += sum(1 for text in queued if bodies[text] == 0)
                self.report.duplicated += sum(1 for text in queued if bodies[text] > 1)
                assert_replica_equals_events(connected.replica, events, group)
        finally:
            connected.close()


def send_post(room_id: str, text: str) -> api.Request[api.EventIdResponse]:
    content = mapping.message_content(
        markdown=text, html_body=f"<p>{text}</p>", kind="post", mentions=()
    )
    return api.send_event(room_id, "m.room.message", _name("txn"), content)
