"""Seeded fault runs against a real Synapse: the replica ends equal to the server.

Each run posts, comments and likes while a seeded source of faults strikes requests at
random (connection resets before and after the server acted, truncated and cut-short
bodies, stalls until the read timeout, 429 and 5xx bursts), and a colleague writes on
the server meanwhile. Then the faults stop, the engine settles, and the replica must
equal the server with every change on it exactly once (``assert_replica_equals_events``).
"""

from __future__ import annotations

import random
import secrets
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from client.accounts import Home
from client.credentials import Credentials, MemorySecretStore
from client.models import Message
from devkit.devserver import DevServer
from sync.engine import SyncEngine
from sync.session import login
from tests.chaos.kill import send_post
from tests.homeserver import Client, assert_replica_equals_server, make_group, ok, transport_for
from tests.sync import faults
from tests.sync.faults import Action, FakeClock, FaultyTransport
from tests.sync.test_engine_faults import Rig

# Groups are made afresh now and then, so that the timelines compared stay short.
RUNS_PER_GROUP = 10


def _faults(rng: random.Random) -> list[Action]:
    return [
        faults.reset_before(),
        faults.reset_after(),
        faults.truncated(),
        faults.cut_short(),
        faults.stall(),
        faults.stall(forwarded=False),
        faults.status(429, "M_LIMIT_EXCEEDED", retry_after_ms=rng.randint(0, 5000)),
        faults.status(500),
        faults.status(502, forwarded=True),
        faults.status(503),
    ]


class SeededChaos:
    """Per request: a fault with probability ``rate``, in bursts (a fault makes the next
    request likelier to fail too), all from one seed."""

    def __init__(self, seed: int, rate: float) -> None:
        self.rng = random.Random(seed)
        self.rate = rate
        self.burst = 0
        self.actions = _faults(self.rng)

    def __call__(self, request: httpx.Request) -> Action | None:
        if self.burst or self.rng.random() < self.rate:
            self.burst = self.burst - 1 if self.burst else self.rng.randint(0, 3)
            return self.rng.choice(self.actions)
        return None


@dataclass
class FaultReport:
    runs: int = 0
    diverged: int = 0
    injected: int = 0  # faults that struck a request
    failures: list[str] = field(default_factory=list)


class FaultRig:
    """One account whose engine talks to Synapse through a fault-injecting transport."""

    def __init__(self, server: DevServer, folder: Path, seed: int) -> None:
        self.server = server
        self.seed = seed
        self.report = FaultReport()
        self.anke = server.register_user(f"anke-{secrets.token_hex(4)}", secrets.token_urlsafe(12))
        self.jan = server.register_user(f"jan-{secrets.token_hex(4)}", secrets.token_urlsafe(12))
        home = Home(folder / "home", Credentials(MemorySecretStore()))
        connected = login(home, server.base_url, self.anke.user_id, self.anke.password)
        self.faults = FaultyTransport()
        connected.transport.close()
        client = Client(self.anke, home, connected)
        transport = transport_for(client, server.base_url, self.faults, read_timeout=5.0)
        clock = FakeClock()
        engine = SyncEngine(
            connected.replica,
            transport,
            self.anke.user_id,
            media=home.media_cache(self.anke.user_id),
            clock=clock,
            rng=lambda: 0.5,
        )
        connected.transport = transport
        connected.engine = engine
        self.rig = Rig(client, self.faults, clock, engine)
        self.commands = client.commands
        self.group = ""
        self._counter = 0

    def close(self) -> None:
        self.rig.client.connected.close()

    def run(self) -> None:
        """One seeded run; a replica that differs from the server counts as diverged."""
        n = self.report.runs
        self.report.runs += 1
        rng = random.Random(self.seed * 1_000_003 + n)
        try:
            if n % RUNS_PER_GROUP == 0:
                self.group = make_group(self.server, self.anke, self.jan, name=f"Lauf {n}")
                self.rig.engine.sync_once()
            self.faults.chaos = SeededChaos(rng.randrange(2**32), rate=rng.uniform(0.1, 0.5))
            self._act(rng)
            self.report.injected += sum(1 for seen in self.faults.log if seen.fault)
            self.faults.log.clear()
            self.rig.settle()
            assert_replica_equals_server(self.rig.client, self.server, self.group)
        except Exception:
            self.report.diverged += 1
            if len(self.report.failures) < 5:
                self.report.failures.append(f"run {n}:\n{traceback.format_exc(limit=4)}")

    def _text(self, what: str) -> str:
        self._counter += 1
        return f"{what} {self._counter} {secrets.token_hex(3)}"

    def _act(self, rng: random.Random) -> None:
        for _ in range(rng.randint(2, 5)):
            choice = rng.random()
            if choice < 0.5:
                self.commands.post(self.group, self._text("Beitrag"))
            elif choice < 0.7:
                posts = [m.id for m in self._messages() if m.event_id and m.thread_root_id is None]
                if posts:
                    self.commands.comment(rng.choice(posts), self._text("Kommentar"))
            elif choice < 0.85:
                liked = [m.id for m in self._messages() if m.event_id]
                if liked:
                    self.commands.like(rng.choice(liked))
            else:
                with self.server.transport(self.jan.access_token) as http:
                    ok(http.execute(send_post(self.group, self._text("Von Jan"))))
            self.rig.drive()

    def _messages(self) -> list[Message]:
        return self.rig.client.messages(self.group)
