"""``make bench-fleet``: what a fleet of Treffpunkt clients costs a Synapse deployed with workers.

    python -m benchmarks.fleet [--clients 50] [--minutes 5] [--idle-seconds 240]
                               [--alone-seconds 240] [--quick]

A throw-away ``WorkerDeployment`` (``devkit.devserver``: PostgreSQL, Redis, the main process,
two generic workers with /sync routed by user, two event persisters, a media worker, nginx)
gets N accounts of the sample region (``devkit.sample``): the N people of its largest group
who are in most groups, their organisations, directory entries and the groups at least two
of them share, with the newest few posts of each group (and their comments and likes)
seeded as history (``devkit.seed``). Then, in one run:

0. **The deployment alone**, with no client, for ``--alone-seconds``: what it spends on its
   own (Synapse's background tasks, replication over Redis, PostgreSQL's upkeep).
1. **Treffpunkt**: N headless clients (``benchmarks.fleetclient``), each a process of its own
   with its own data folder, SQLCipher replica and outbox, running the real ``SyncEngine``.
   Once all have their first sync and history, an **idle** window: they only long-poll.
2. **The day**, compressed into ``--minutes``: the clients write posts, questions, comments
   and likes, add small documents, IT changes people's directory entries, and some clients
   lose their network for a sixth of the day (their relay resets connections) and write
   while offline; the outbox sends it when they are back. The mix is the sample region's:
   per 2,000 messages 489 posts, 173 questions and 1,338 comments, 2,614 likes and 60
   documents. Its volume is 25 times the sample's average per person (0.074 messages per
   person and calendar day): 2.05 messages per client and simulated day (0.50 posts, 0.18
   questions, 1.37 comments), 2.7 likes, 0.06 documents, 0.1 directory changes by IT, and
   one client in ten offline once, so that the day is an active one and visibility has
   posts to measure (``--quick``: 3 clients, a day of 20 s, at least one of each, and every
   client writes one post early into the group they all share, so that visibility is measured
   at each). A simulated day is a working day of ``DAY_HOURS`` hours.
3. The clients settle; each replica's message event ids per group are compared with what the
   server's /messages gives that user (mapped by ``sync.mapping`` as the engine maps it).
4. **matrix-nio** (``benchmarks.fleetnio``): the same N accounts, a device each, doing the same
   idle long-poll (same filter, 30 s timeout, presence offline) for the same idle window.
5. **The deployment alone** again, as long as before: how far its own rate moved meanwhile is
   the noise that the net figures must stand above.

Measured from the server side:

* CPU seconds of every process of the deployment (Synapse main and workers, PostgreSQL's
  postmaster and its backends, Redis, nginx and its worker): utime+stime (and that of reaped
  children) from /proc/<pid>/stat of the process trees, per client per hour, in all and per
  role (each Synapse process, PostgreSQL with its backends, Redis, nginx). Idle: per real
  hour of the idle window. Busy: the day's CPU less the idle rate over its real duration is
  the cost of the day's events, spread over ``DAY_HOURS``, plus the idle rate. Net: less the
  deployment's own rate (per role: that role's own), the mean of before and after; per role
  not clamped at zero, so that noise shows as such. Which generic worker answered /sync for
  how many users comes from nginx's routing log; clients per generic worker divide a
  worker's planned ``WORKER_BUDGET_S`` by the generic workers' net CPU per client and hour;
* requests and bytes in and out per client per hour from nginx's traffic log
  (``$request_length``, ``$bytes_sent``), the same way;
* visibility: from the moment a client's post is in its outbox to the moment each other
  client of the group applied it from /sync (both reported by the client processes against
  this machine's clock), p50/p95/max over (post, reader) pairs and over posts (the time until
  every other member saw it), leaving out pairs where author or reader was offline
  meanwhile; whether every post reached every member in the end is counted separately;
* ``pg_database_size`` before and after the day, per client per simulated day.

Figures, ratios Treffpunkt/matrix-nio, N, durations, the machine's cores and its load average
at the start and at the end of each window go to ``build/bench/fleet.json`` and a summary is
printed. Nothing asserts a timing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from client.clock import utcnow
from client.ingest import PersonEntry
from devkit import sample
from devkit.devserver import WorkerDeployment
from devkit.seed import DEMO_PASSWORD, seed_demo
from sync import api, mapping
from sync.admin.provision import Provisioner, RegionRooms

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "bench" / "fleet.json"
DATA = ROOT / "build" / "bench-fleet"
BENCH_VERSION = "fleet-2"
DAY_HOURS = 8
# Per client and simulated day: the sample's mix at 25 times its volume (module docstring).
RATES = {
    "post": 0.50,
    "question": 0.18,
    "comment": 1.37,
    "like": 2.7,
    "document": 0.06,
    "person": 0.1,
}
OFFLINE_SHARE = 0.1  # of the clients, each once
OFFLINE_PART = 1 / 6  # of the day
HISTORY_POSTS = 6  # newest posts per group seeded as history, with their comments and likes
START_BATCH = 6  # clients signing in and making their first sync at once
# What a generic worker is planned to spend: half a core (CPU seconds per hour), the rest
# headroom for bursts; Synapse's Python runs one core per process.
WORKER_BUDGET_S = 1800.0


@dataclass
class Settings:
    clients: int
    minutes: float
    idle_seconds: float
    settle_seconds: float
    out: Path
    data: Path
    # Every client also writes one post early into the group they all share, so that a
    # tiny run measures visibility at every client.
    quick: bool = False
    seed: int = 17
    # The deployment with no client, measured before and after the clients.
    alone_seconds: float = 10.0


# --------------------------------------------------------------------------- the region


def choose_region(data: sample.SampleData, n: int) -> sample.SampleData:
    """The sample cut down to N people: the largest group's members in most groups first,
    the groups two or more of them share, and the newest posts of each as history."""
    staff = [p for p in data.people if p.organisation_key is not None]
    groups_of: dict[str, int] = {}
    for group in data.groups:
        for member in group.members:
            groups_of[member] = groups_of.get(member, 0) + 1
    largest = max(data.groups, key=lambda g: len(g.members))
    order = sorted(
        staff, key=lambda p: (p.user_id not in largest.members, -groups_of.get(p.user_id, 0))
    )
    people = tuple(order[:n])
    chosen = {p.user_id for p in people}
    groups = tuple(
        replace(g, members=tuple(m for m in g.members if m in chosen))
        for g in data.groups
        if sum(m in chosen for m in g.members) >= 2
    )
    kept_groups = {g.key for g in groups}
    posts: list[sample.SampleMessage] = []
    for group in groups:
        own = [
            m
            for m in data.messages
            if m.group == group.key and m.kind != "comment" and m.author in chosen
        ]
        posts += sorted(own, key=lambda m: m.created_at)[-HISTORY_POSTS:]
    roots = {m.key for m in posts}
    comments = [
        m
        for m in data.messages
        if m.kind == "comment" and m.thread_root in roots and m.author in chosen
    ]
    kept = {m.key for m in comments}
    messages = tuple(
        replace(
            m,
            likes=tuple(u for u in m.likes if u in chosen),
            mentions=tuple(u for u in m.mentions if u in chosen),
            answer=m.answer if m.answer in kept else None,
        )
        for m in sorted(posts + comments, key=lambda m: m.created_at)
        if m.group in kept_groups
    )
    return replace(
        data,
        people=people,
        groups=groups,
        messages=messages,
        documents=(),
        people_by_id={p.user_id: p for p in people},
    )


def provision(
    server: WorkerDeployment, region: sample.SampleData
) -> tuple[Provisioner, RegionRooms]:
    admin = server.register_user("fleet-admin", secrets.token_urlsafe(16), admin=True)
    prov = Provisioner(server.transport(admin.access_token), admin.user_id, out=sys.stderr)
    report = seed_demo(
        prov,
        region,
        server.data_dir / "seed-progress.jsonl",
        appservice_token=server.appservice_token,
    )
    if report.problems:
        raise RuntimeError("seeding the region failed: " + "; ".join(report.problems[:5]))
    return prov, report.rooms


# --------------------------------------------------------------------------- measuring


def _ticks() -> float:
    return float(os.sysconf("SC_CLK_TCK"))


def _stat(pid: int) -> tuple[int, float] | None:
    """(ppid, cpu seconds of the process and its reaped children) of one process."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    # After the name: state ppid ... utime(14) stime(15) cutime(16) cstime(17), 1-based.
    ticks = sum(int(fields[i]) for i in (11, 12, 13, 14))
    return int(fields[1]), ticks / _ticks()


def cpu_by_role(roles: Mapping[str, int]) -> dict[str, float]:
    """CPU seconds spent so far by each role's process tree: the process, its descendants
    and the children they reaped (a PostgreSQL backend that ended counts for the postmaster)."""
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            found = _stat(int(entry.name))
            if found is not None:
                stats[int(entry.name)] = found
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in stats.items():
        children.setdefault(ppid, []).append(pid)
    out: dict[str, float] = {}
    for role, root in roles.items():
        total, todo, seen = 0.0, [root] if root in stats else [], set()
        while todo:
            pid = todo.pop()
            if pid in seen:
                continue
            seen.add(pid)
            total += stats[pid][1]
            todo += children.get(pid, [])
        out[role] = total
    return out


def cpu_seconds(roots: Iterable[int]) -> float:
    """CPU seconds spent so far by these process trees together."""
    return sum(cpu_by_role({str(pid): pid for pid in set(roots)}).values())


_ROUTED = re.compile(r"^(?P<user>.*?) [A-Z]+ (?P<uri>/\S*) \d{3} (?P<upstream>.*)$")


def sync_clients_by_worker(log: Path, workers: Mapping[int, str]) -> dict[str, int]:
    """How many users each process (by port) answered /sync for, from nginx's routing log
    (``user method uri status upstream``; the user key may hold a space)."""
    users: dict[str, set[str]] = {name: set() for name in workers.values()}
    with log.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            found = _ROUTED.match(line.rstrip("\n"))
            if found is None or not found["uri"].endswith("/sync"):
                continue
            # A retried request lists every upstream tried ("a, b"); the last one answered.
            port = found["upstream"].rsplit(":", 1)[-1]
            name = workers.get(int(port)) if port.isdigit() else None
            if name is not None:
                users[name].add(found["user"])
    return {name: len(seen) for name, seen in users.items()}


@dataclass
class Traffic:
    requests: int = 0
    bytes_in: int = 0
    bytes_out: int = 0


def traffic(log: Path, start: float, end: float, exclude: set[str]) -> Traffic:
    """Requests and bytes nginx logged between two moments, less those of ``exclude`` users."""
    out = Traffic()
    with log.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            # The user key may be empty or hold a space (a token that is not syt_).
            parts = line.rstrip("\n").split(" ")
            if len(parts) < 6 or " ".join(parts[1:-4]) in exclude:
                continue
            if start <= float(parts[0]) < end:
                out.requests += 1
                out.bytes_in += int(parts[-4])
                out.bytes_out += int(parts[-3])
    return out


def token_user(token: str) -> str:
    """The user key nginx logs for a ``syt_`` token (its second part)."""
    return token.split("_")[1] if token.startswith("syt_") else token


@dataclass
class Window:
    """One measured stretch: CPU seconds of the deployment (in all and by role), its traffic,
    and the machine's load average (1 minute) at its end."""

    seconds: float
    cpu: float
    traffic: Traffic
    roles: dict[str, float] = field(default_factory=dict)
    load: float = 0.0


def joined(first: Window, second: Window) -> Window:
    """Two windows as one: the mean rate over both, weighted by their lengths."""
    return Window(
        first.seconds + second.seconds,
        first.cpu + second.cpu,
        Traffic(
            first.traffic.requests + second.traffic.requests,
            first.traffic.bytes_in + second.traffic.bytes_in,
            first.traffic.bytes_out + second.traffic.bytes_out,
        ),
        {r: first.roles.get(r, 0.0) + second.roles.get(r, 0.0) for r in first.roles | second.roles},
        max(first.load, second.load),
    )


class Meter:
    def __init__(self, server: WorkerDeployment, exclude: set[str]) -> None:
        self._server = server
        self._exclude = exclude
        self._start = 0.0
        self._roles: dict[str, int] = {}
        self._cpu: dict[str, float] = {}

    def start(self) -> None:
        self._start = time.time()
        self._roles = self._server.server_roles()
        self._cpu = cpu_by_role(self._roles)

    def stop(self) -> Window:
        now = cpu_by_role(self._roles)
        end = time.time()
        roles = {role: now[role] - self._cpu[role] for role in self._roles}
        time.sleep(0.5)  # nginx writes a request's line when it ends
        seen = traffic(self._server.traffic_log, self._start, end, self._exclude)
        return Window(end - self._start, sum(roles.values()), seen, roles, os.getloadavg()[0])


def per_client_hour(window: Window, clients: int, empty: Window | None = None) -> dict[str, float]:
    """Per client and hour; less the deployment's own CPU rate when ``empty`` measured it."""
    hours = window.seconds / 3600
    own = empty.cpu / empty.seconds * window.seconds if empty else 0.0
    return {
        "cpu_s": max(0.0, window.cpu - own) / clients / hours,
        "requests": window.traffic.requests / clients / hours,
        "bytes_in": window.traffic.bytes_in / clients / hours,
        "bytes_out": window.traffic.bytes_out / clients / hours,
    }


def _spread_day(measured: float, idle: float, clients: int, seconds: float) -> float:
    """What the day cost beyond its idle rate, spread over a working day, plus the idle rate."""
    return (measured - idle * clients * seconds / 3600) / clients / DAY_HOURS + idle


def busy_per_client_hour(
    day: Window, idle: dict[str, float], clients: int, empty: Window | None = None
) -> dict[str, float]:
    """The day's events spread over a working day, on top of the idle rate (docstring)."""
    own = empty.cpu / empty.seconds * day.seconds if empty else 0.0
    measured = {
        "cpu_s": day.cpu - own,
        "requests": day.traffic.requests,
        "bytes_in": day.traffic.bytes_in,
        "bytes_out": day.traffic.bytes_out,
    }
    return {
        key: _spread_day(
            max(value, idle[key] * clients * day.seconds / 3600), idle[key], clients, day.seconds
        )
        for key, value in measured.items()
    }


def roles_per_client_hour(window: Window, clients: int, empty: Window) -> dict[str, float]:
    """Each role's CPU seconds per client and hour, less that role's own rate in ``empty``.
    Not clamped at zero: a negative figure is noise showing."""
    hours = window.seconds / 3600
    return {
        role: (cpu - empty.roles.get(role, 0.0) / empty.seconds * window.seconds) / clients / hours
        for role, cpu in window.roles.items()
    }


def roles_busy_per_client_hour(
    day: Window, idle: dict[str, float], clients: int, empty: Window
) -> dict[str, float]:
    """Each role's share of the day, as ``busy_per_client_hour`` spreads it (not clamped)."""
    return {
        role: _spread_day(
            cpu - empty.roles.get(role, 0.0) / empty.seconds * day.seconds,
            idle.get(role, 0.0),
            clients,
            day.seconds,
        )
        for role, cpu in day.roles.items()
    }


def per_hour(window: Window) -> dict[str, float]:
    """Each role's CPU seconds per hour in a window."""
    return {role: cpu / window.seconds * 3600 for role, cpu in window.roles.items()}


def baseline_noise(before: Window, after: Window, clients: int) -> dict[str, float]:
    """How far the deployment's own rate moved between before and after the clients, per role,
    in CPU seconds per client and hour: a net figure smaller than this is noise."""
    first, second = per_hour(before), per_hour(after)
    return {role: abs(first[role] - second.get(role, 0.0)) / clients for role in first}


def generic_roles(roles: Iterable[str]) -> list[str]:
    return sorted(r for r in roles if r.startswith("generic"))


def sizing(
    idle: dict[str, float], busy: dict[str, float], clients: int, sync_clients: dict[str, int]
) -> dict[str, Any]:
    """Clients per generic worker from the generic workers' own net CPU per client and hour,
    for a worker planned at ``WORKER_BUDGET_S``; and each worker's CPU per client it answered
    /sync for (it also takes writes and reads routed by room, for everyone)."""
    generic = generic_roles(idle)
    out: dict[str, Any] = {"worker_budget_cpu_s_per_hour": WORKER_BUDGET_S}
    for name, rates in (("idle", idle), ("busy", busy)):
        per_client = sum(rates[r] for r in generic)
        out[f"{name}_generic_cpu_s_per_client_hour"] = round(per_client, 4)
        out[f"{name}_clients_per_generic_worker"] = (
            round(WORKER_BUDGET_S / per_client) if per_client > 0 else None
        )
        out[f"{name}_cpu_s_per_sync_client_hour"] = {
            r: round(rates[r] * clients / sync_clients[r], 4) if sync_clients.get(r) else None
            for r in generic
        }
    out["sync_clients_by_worker"] = sync_clients
    return out


def percentiles(values: Sequence[float]) -> dict[str, float | int | None]:
    if not values:
        return {"n": 0, "p50_s": None, "p95_s": None, "max_s": None}
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "n": len(ordered),
        "p50_s": round(statistics.median(ordered), 3),
        "p95_s": round(p95, 3),
        "max_s": round(ordered[-1], 3),
    }


# --------------------------------------------------------------------------- the fleet


@dataclass
class FleetClient:
    index: int
    user: str  # localpart
    process: subprocess.Popen[str]
    groups: set[str] = field(default_factory=set)
    ready: threading.Event = field(default_factory=threading.Event)
    # marker -> first time this client applied the message carrying it
    seen: dict[str, float] = field(default_factory=dict)
    # event id -> marker of today's posts this client saw (targets of comments and likes)
    posts: dict[str, str] = field(default_factory=dict)
    offline: list[tuple[float, float]] = field(default_factory=list)
    replica: dict[str, list[str]] | None = None
    outbox = 0
    held: list[str] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)
    replied: threading.Event = field(default_factory=threading.Event)

    def send(self, command: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def offline_at(self, t: float) -> bool:
        return any(start <= t <= end for start, end in self.offline)


MARK = "[fleet "


class Fleet:
    """The client processes and what they report."""

    def __init__(self, server: WorkerDeployment, users: Sequence[str], folder: Path) -> None:
        self.server = server
        self.folder = folder
        self.users = users
        self.clients: list[FleetClient] = []
        self.queued: dict[str, tuple[int, float, str]] = {}  # marker -> author, t, group
        self.errors: list[str] = []
        self.day_started = 0.0
        self._lock = threading.Lock()

    def start(self, memberships: dict[str, set[str]]) -> None:
        env = {**os.environ, "TREFFPUNKT_PASSWORD": DEMO_PASSWORD}
        for index, user in enumerate(self.users):
            home = self.folder / user
            # The child has its own copy of the descriptor: ours is closed at once.
            with (self.folder / f"{user}.log").open("w") as log:
                process = self._spawn(home, user, log, env)
            client = FleetClient(index, user, process, memberships.get(user, set()))
            self.clients.append(client)
            threading.Thread(target=self._read, args=(client,), daemon=True).start()
            if (index + 1) % START_BATCH == 0:
                self._wait_ready(self.clients[-START_BATCH:], 600)
        self._wait_ready(self.clients, 600)

    def _spawn(
        self, home: Path, user: str, log: IO[str], env: dict[str, str]
    ) -> subprocess.Popen[str]:
        command = ["-m", "benchmarks.fleetclient", "--home", str(home)]
        return subprocess.Popen(
            [sys.executable, *command, "--server", self.server.base_url, "--user", user],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            cwd=ROOT,
            env=env,
        )

    def _wait_ready(self, clients: Sequence[FleetClient], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        for client in clients:
            while not client.ready.wait(1):
                if client.process.poll() is not None:
                    raise RuntimeError(f"client {client.user} exited: see its log")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"client {client.user} not ready in {timeout:.0f} s")

    def _read(self, client: FleetClient) -> None:
        assert client.process.stdout is not None
        for line in client.process.stdout:
            try:
                report = json.loads(line)
            except ValueError:
                continue
            with self._lock:
                self._take(client, report)

    def _take(self, client: FleetClient, report: dict[str, Any]) -> None:
        kind, t = report["ev"], float(report["t"])
        if kind == "ready":
            client.ready.set()
        elif kind == "seen":
            for event_id, _group, text in report["items"]:
                marker = marker_of(text)
                if marker is None:
                    continue
                client.seen.setdefault(marker, t)
                if marker.startswith("p"):
                    client.posts[event_id] = marker
        elif kind == "done" and report.get("marker"):
            author, _, group = self.queued[report["marker"]]
            self.queued[report["marker"]] = (author, t, group)
        elif kind == "skipped":
            self.errors.append(f"{client.user}: skipped {report}")
        elif kind == "replica":
            client.replica = report["groups"]
            client.outbox = int(report["outbox"])
            client.held = report["held"]
            client.quarantined = report["quarantined"]
            client.replied.set()

    def lock(self) -> threading.Lock:
        return self._lock

    def queue_marker(self, marker: str, author: int, group: str) -> None:
        with self._lock:
            self.queued[marker] = (author, 0.0, group)

    def replicas(self, timeout: float = 120) -> dict[str, dict[str, list[str]]]:
        """Each client's message event ids by group, once no outbox holds anything (or at
        the timeout)."""
        deadline = time.monotonic() + timeout
        while True:
            for client in self.clients:
                client.replied.clear()
                client.send({"op": "replica"})
            out = {}
            for client in self.clients:
                if not client.replied.wait(120):
                    raise RuntimeError(f"client {client.user} did not report its replica")
                assert client.replica is not None
                out[client.user] = client.replica
            if not any(c.outbox for c in self.clients) or time.monotonic() > deadline:
                return out
            time.sleep(2)

    def stop(self) -> None:
        for client in self.clients:
            if client.process.poll() is None:
                try:
                    client.send({"op": "quit"})
                    assert client.process.stdin is not None
                    client.process.stdin.close()
                except OSError:
                    pass
        for client in self.clients:
            try:
                client.process.wait(90)
            except subprocess.TimeoutExpired:
                client.process.kill()
                client.process.wait()


def marker_of(text: str) -> str | None:
    start = text.find(MARK)
    if start < 0:
        return None
    end = text.find("]", start)
    return text[start + len(MARK) : end] if end > 0 else None


# --------------------------------------------------------------------------- the day


@dataclass(order=True)
class Action:
    at: float  # seconds into the day
    op: str
    client: int
    # In the group most clients share, so that every client reads and is read early on.
    wide: bool = field(default=False, compare=False)


def plan_day(settings: Settings, rng: random.Random) -> list[Action]:
    """What happens when, in seconds from the start of the compressed day."""
    length = settings.minutes * 60
    n = settings.clients
    actions: list[Action] = []
    minimum = {"post": 1, "comment": n, "like": n, "document": 1, "person": 1, "question": 1}
    for op, rate in RATES.items():
        count = max(minimum[op], round(rate * n))
        for _ in range(count):
            # Writes that answer others come later in the day, after there is something.
            low = 0.1 if op in ("post", "question", "document", "person") else 0.2
            at = length * rng.uniform(low, 0.85)
            actions.append(Action(at, op, rng.randrange(n)))
    for index in range(n if settings.quick else 0):
        actions.append(Action(length * rng.uniform(0.02, 0.12), "post", index, wide=True))
    offline = max(1, round(OFFLINE_SHARE * n))
    for index in rng.sample(range(n), offline):
        start = length * rng.uniform(0.15, 0.85 - OFFLINE_PART)
        actions.append(Action(start, "offline", index))
        actions.append(Action(start + length * OFFLINE_PART, "online", index))
        # Each writes while offline.
        actions.append(Action(start + length * OFFLINE_PART / 2, "post", index))
    return sorted(actions)


class Day:
    def __init__(
        self,
        fleet: Fleet,
        prov: Provisioner,
        region: sample.SampleData,
        rooms: RegionRooms,
        rng: random.Random,
    ) -> None:
        self.fleet = fleet
        self.prov = prov
        self.region = region
        self.rooms = rooms
        self.rng = rng
        self.counts: dict[str, int] = {}
        self._n = 0
        widest = max(region.groups, key=lambda g: len(g.members))
        self.wide = rooms.groups[widest.key]

    def run(self, actions: Sequence[Action]) -> None:
        start = time.monotonic()
        self.fleet.day_started = time.time()
        for action in actions:
            delay = start + action.at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            if self._do(action):
                self.counts[action.op] = self.counts.get(action.op, 0) + 1

    def _marker(self, kind: str) -> str:
        self._n += 1
        return f"{kind}{self._n}"

    def _do(self, action: Action) -> bool:
        client = self.fleet.clients[action.client]
        now = time.time()
        match action.op:
            case "post" | "question":
                if not client.groups:
                    return False
                group = self.rng.choice(sorted(client.groups))
                if action.wide and self.wide in client.groups:
                    group = self.wide
                marker = self._marker("p")
                self.fleet.queue_marker(marker, client.index, group)
                text = self.rng.choice(TEXTS).format(mark=f"{MARK}{marker}]")
                question = action.op == "question"
                client.send(
                    {
                        "op": "post",
                        "group": group,
                        "text": text,
                        "question": question,
                        "marker": marker,
                    }
                )
            case "comment" | "like":
                with self.fleet.lock():
                    targets = list(client.posts.items())  # in the order they were seen
                if not targets:
                    return False
                target, post = self.rng.choice(targets[-20:])
                command: dict[str, Any] = {"op": action.op, "target": target}
                if action.op == "comment":
                    marker = self._marker("c")
                    self.fleet.queue_marker(marker, client.index, self.fleet.queued[post][2])
                    command["text"] = f"Danke, gut zu wissen. {MARK}{marker}]"
                    command["marker"] = marker
                client.send(command)
            case "document":
                if not client.groups:
                    return False
                name = f"Protokoll-{self._n + 1}.txt"
                self._n += 1
                body = "Protokoll der Teamsitzung\n" + "Punkt: erledigt\n" * 40
                group = self.rng.choice(sorted(client.groups))
                client.send({"op": "document", "group": group, "name": name, "text": body})
            case "person":
                self._change_person(client.user)
            case "offline":
                client.offline.append((now, float("inf")))
                client.send({"op": "offline"})
            case "online":
                start, _ = client.offline[-1]
                client.offline[-1] = (start, now)
                client.send({"op": "online"})
        return True

    def _change_person(self, user: str) -> None:
        """IT changes a person's directory entry, as the admin tool's import does."""
        person = next(p for p in self.region.people if p.user_name == user)
        key = person.organisation_key
        assert key is not None
        row = PersonEntry(
            user_id=self.prov.user_id(user),
            name=person.name,
            organisation_id=self.rooms.spaces[key],
            organisation=self.rooms.organisations[key].name,
            title=f"{person.title} ({self.rng.choice(['Vertretung', 'Teamleitung', 'Projekt'])})",
            department=person.department,
            skills=person.skills,
            phone=person.phone,
            email=person.email,
            location=person.location,
            updated_at=utcnow(),
        )
        self.prov.ensure_entry(
            self.rooms.directories[key], row.user_id, mapping.person_content(row)
        )


TEXTS = (
    "Kurze Info: die Teamsitzung ist morgen um 10 Uhr im Raum 2.14. {mark}",
    "Wie jedes Jahr sammeln wir Ideen für den Betriebsausflug. Vorschläge bitte hier. {mark}",
    "Het nieuwe rooster voor de balie staat in de documenten. {mark}",
    "Weet iemand wie de sleutel van de fietsenstalling heeft? {mark}",
    "Der Drucker im zweiten Stock ist wieder repariert. {mark}",
    "Vanaf maandag werken we met het nieuwe aanvraagformulier. {mark}",
)


def settle(fleet: Fleet, timeout: float) -> bool:
    """Wait until every post and comment of the day reached every other member client; True
    if so."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not missing(fleet):
            return True
        time.sleep(1)
    return False


def missing(fleet: Fleet) -> list[tuple[str, str]]:
    with fleet.lock():
        out = []
        for marker, (author, _t, group) in fleet.queued.items():
            for client in fleet.clients:
                if group in client.groups and client.index != author and marker not in client.seen:
                    out.append((marker, client.user))
        return out


def visibility(fleet: Fleet) -> dict[str, Any]:
    pairs: list[float] = []
    everyone: list[float] = []
    left_out = 0
    readers_measured: set[int] = set()
    slowest: dict[str, Any] = {}
    with fleet.lock():
        for marker, (author_index, t0, group) in fleet.queued.items():
            if t0 == 0.0 or not marker.startswith("p"):
                continue
            author = fleet.clients[author_index]
            readers = [c for c in fleet.clients if group in c.groups and c is not author]
            times = []
            for reader in readers:
                seen = reader.seen.get(marker)
                if seen is None:
                    continue
                if any(
                    c.offline_at(t0)
                    or c.offline_at(seen)
                    or any(t0 <= s <= seen for s, _ in c.offline)
                    for c in (author, reader)
                ):
                    left_out += 1
                    continue
                times.append(seen - t0)
                readers_measured.add(reader.index)
                if seen - t0 > slowest.get("seconds", 0.0):
                    slowest = {
                        "seconds": round(seen - t0, 3),
                        "post": marker,
                        "author": author.user,
                        "reader": reader.user,
                        "at": round(t0 - fleet.day_started, 1),
                        "offline": {
                            c.user: [
                                [round(a - fleet.day_started, 1), round(b - fleet.day_started, 1)]
                                for a, b in c.offline
                            ]
                            for c in fleet.clients
                            if c.offline
                        },
                    }
            pairs += times
            if times and len(times) == len(readers):
                everyone.append(max(times))
    return {
        "pairs": percentiles(pairs),
        "every_reader": percentiles(everyone),
        "pairs_left_out_offline": left_out,
        "readers_measured": len(readers_measured),
        "slowest": slowest,
    }


# --------------------------------------------------------------------------- equality


def server_messages(
    server: WorkerDeployment, user_id: str, described: dict[str, str]
) -> dict[str, set[str]]:
    """The message event ids of each room the user is in, as /messages gives them to the user
    and ``sync.mapping`` maps them (what a replica keeps)."""
    out: dict[str, set[str]] = {}
    with server.transport(server.appservice_token) as http:
        rooms = http.execute(api.as_user(api.joined_rooms(), user_id))
        if not isinstance(rooms, api.JoinedRoomsResponse):
            raise RuntimeError(f"joined_rooms for {user_id}: {rooms}")
        for room_id in rooms.room_ids:
            events: list[api.Event] = []
            token: str | None = None
            while True:
                page = http.execute(
                    api.as_user(api.messages(room_id, from_token=token, limit=500), user_id)
                )
                if not isinstance(page, api.MessagesResponse):
                    raise RuntimeError(f"/messages of {room_id} for {user_id}: {page}")
                events += page.chunk
                if page.end is None or not page.chunk:
                    break
                token = page.end
            batch = mapping.map_room(room_id, [], list(reversed(events)))
            ids = {m.event_id for m in batch.messages} - set(batch.redacted)
            for event in events:
                if event.event_id in ids:
                    rel = event.content.get("m.relates_to")
                    kind = rel.get("rel_type") if isinstance(rel, dict) else None
                    described[event.event_id] = f"{event.sender} {kind or 'post'} {room_id}"
            if ids:
                out[room_id] = ids
    return out


def compare(
    server: WorkerDeployment, fleet: Fleet, replicas: dict[str, dict[str, list[str]]]
) -> dict[str, Any]:
    equal, differing, events = 0, [], 0
    described: dict[str, str] = {}
    for user, groups in replicas.items():
        theirs = server_messages(server, server.user_id(user), described)
        ours = {g: set(ids) for g, ids in groups.items() if ids}
        events += sum(len(ids) for ids in theirs.values())
        if ours == theirs:
            equal += 1
        else:
            rooms = set(ours) | set(theirs)
            only_server = sorted(
                e for r in rooms for e in theirs.get(r, set()) - ours.get(r, set())
            )
            differing.append(
                {
                    "user": user,
                    "outbox": fleet.clients[fleet.users.index(user)].outbox,
                    "held": fleet.clients[fleet.users.index(user)].held,
                    "quarantined": fleet.clients[fleet.users.index(user)].quarantined,
                    "only_replica": sum(
                        len(ours.get(r, set()) - theirs.get(r, set())) for r in rooms
                    ),
                    "only_server": len(only_server),
                    "only_server_events": [f"{e} {described.get(e, '')}" for e in only_server[:5]],
                }
            )
    return {
        "replicas_equal": not differing,
        "replicas_compared": len(replicas),
        "replicas_equal_count": equal,
        "message_events_compared": events,
        "differing": differing,
    }


# --------------------------------------------------------------------------- nio


def nio_idle(
    server: WorkerDeployment, users: Sequence[str], meter: Meter, seconds: float
) -> Window:
    env = {**os.environ, "TREFFPUNKT_PASSWORD": DEMO_PASSWORD}
    log = (server.data_dir.parent / "nio.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.fleetnio", "--server", server.base_url, *users],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        assert process.stdout is not None and process.stdin is not None
        if process.stdout.readline().strip() != "ready":
            raise RuntimeError("the matrix-nio clients did not start: see nio.log")
        time.sleep(min(10.0, seconds / 4))  # let the first long polls settle
        meter.start()
        time.sleep(seconds)
        window = meter.stop()
        process.stdin.close()
        process.wait(60)
        return window
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        log.close()


# --------------------------------------------------------------------------- the run


def run(settings: Settings) -> dict[str, Any]:
    started = time.monotonic()
    load = os.getloadavg()
    rng = random.Random(settings.seed)
    shutil.rmtree(settings.data, ignore_errors=True)
    settings.data.mkdir(parents=True)
    region = choose_region(sample.generate(), settings.clients)
    users = [p.user_name for p in region.people]
    server = WorkerDeployment(settings.data / "server")
    server.start()
    fleet = Fleet(server, users, settings.data / "clients")
    (settings.data / "clients").mkdir()
    timings: dict[str, float] = {}
    try:
        step = time.monotonic()
        prov, rooms = provision(server, region)
        timings["seed_s"] = time.monotonic() - step
        memberships: dict[str, set[str]] = {}
        for group in region.groups:
            for member in group.members:
                user = member[1:].split(":", 1)[0]
                memberships.setdefault(user, set()).add(rooms.groups[group.key])
        exclude = {token_user(t) for t in (prov.http.access_token or "", server.appservice_token)}
        meter = Meter(server, exclude)

        # What the deployment costs with no client at all, to tell apart what clients add;
        # again after the clients, to see how far that moves on a shared machine.
        time.sleep(min(5.0, settings.alone_seconds / 2))
        _say(f"the deployment alone for {settings.alone_seconds:.0f} s")
        meter.start()
        time.sleep(settings.alone_seconds)
        empty_before = meter.stop()

        step = time.monotonic()
        _say(f"starting {len(users)} Treffpunkt clients")
        fleet.start(memberships)
        timings["clients_start_s"] = time.monotonic() - step
        time.sleep(min(15.0, settings.idle_seconds / 4))  # the first long polls settle

        _say(f"idle for {settings.idle_seconds:.0f} s")
        meter.start()
        time.sleep(settings.idle_seconds)
        idle_window = meter.stop()

        size_before = server.database_size()
        actions = plan_day(settings, rng)
        _say(f"the day: {len(actions)} actions in {settings.minutes:g} min")
        meter.start()
        step = time.monotonic()
        day = Day(fleet, prov, region, rooms, rng)
        day.run(actions)
        timings["day_s"] = time.monotonic() - step
        step = time.monotonic()
        settled = settle(fleet, settings.settle_seconds)
        timings["settle_s"] = time.monotonic() - step
        time.sleep(5)  # likes and documents have no marker: a moment more
        day_window = meter.stop()
        size_after = server.database_size()

        _say("comparing replicas with the server")
        step = time.monotonic()
        equality = compare(server, fleet, fleet.replicas())
        timings["compare_s"] = time.monotonic() - step
        seen = visibility(fleet)
        undelivered = missing(fleet)
        fleet.stop()

        _say(f"matrix-nio: {len(users)} clients idle for {settings.idle_seconds:.0f} s")
        nio_window = nio_idle(server, users, meter, settings.idle_seconds)

        time.sleep(min(5.0, settings.alone_seconds / 2))  # the last connections close
        _say(f"the deployment alone again for {settings.alone_seconds:.0f} s")
        meter.start()
        time.sleep(settings.alone_seconds)
        empty_after = meter.stop()
        sync_clients = sync_clients_by_worker(
            server.routing_log, {p.port: p.name for p in server.generic}
        )
    finally:
        fleet.stop()
        server.stop()

    n = len(users)
    empty = joined(empty_before, empty_after)
    idle = per_client_hour(idle_window, n)
    idle_net = per_client_hour(idle_window, n, empty)
    busy = busy_per_client_hour(day_window, idle, n)
    busy_net = busy_per_client_hour(day_window, idle_net, n, empty)
    nio = per_client_hour(nio_window, n)
    nio_net = per_client_hour(nio_window, n, empty)
    roles_idle = roles_per_client_hour(idle_window, n, empty)
    roles_busy = roles_busy_per_client_hour(day_window, roles_idle, n, empty)

    result: dict[str, Any] = {
        "version": BENCH_VERSION,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "clients": len(users),
        "groups": len(region.groups),
        "history_messages": len(region.messages),
        "day_minutes": settings.minutes,
        "day_simulated_hours": DAY_HOURS,
        "idle_seconds": round(idle_window.seconds, 1),
        "alone_seconds": round(empty_before.seconds, 1),
        "day_seconds": round(day_window.seconds, 1),
        "cores": os.cpu_count(),
        "load_average_at_start": [round(x, 2) for x in load],
        "layout": server_layout(),
        "rates_per_client_day": RATES,
        "actions": day.counts,
        "skipped": len(fleet.errors),
        "deployment_alone_cpu_s_per_hour": round(empty.cpu / empty.seconds * 3600, 1),
        "deployment_alone_cpu_s_per_hour_before_after": [
            round(w.cpu / w.seconds * 3600, 1) for w in (empty_before, empty_after)
        ],
        "cpu_by_role": {
            "windows": {
                name: _window_roles(window)
                for name, window in (
                    ("alone_before", empty_before),
                    ("treffpunkt_idle", idle_window),
                    ("treffpunkt_day", day_window),
                    ("matrix_nio_idle", nio_window),
                    ("alone_after", empty_after),
                )
            },
            "baseline_noise_per_client_hour": _rounded_roles(
                baseline_noise(empty_before, empty_after, n)
            ),
            "treffpunkt_idle_net_per_client_hour": _rounded_roles(roles_idle),
            "treffpunkt_busy_net_per_client_hour": _rounded_roles(roles_busy),
            "matrix_nio_idle_net_per_client_hour": _rounded_roles(
                roles_per_client_hour(nio_window, n, empty)
            ),
        },
        "sizing": sizing(roles_idle, roles_busy, n, sync_clients),
        "treffpunkt": {
            "idle_per_client_hour": _rounded(idle),
            "busy_per_client_hour": _rounded(busy),
            "idle_net_per_client_hour": _rounded(idle_net),
            "busy_net_per_client_hour": _rounded(busy_net),
            "day_cpu_s": round(day_window.cpu, 2),
            "day_requests": day_window.traffic.requests,
        },
        "matrix_nio": {
            "idle_per_client_hour": _rounded(nio),
            "idle_net_per_client_hour": _rounded(nio_net),
        },
        "ratio_idle_treffpunkt_to_nio": {
            k: round(idle[k] / nio[k], 3) if nio[k] else None for k in idle
        },
        "ratio_idle_net_treffpunkt_to_nio": {
            k: round(idle_net[k] / nio_net[k], 3) if nio_net[k] else None for k in idle_net
        },
        "visibility": seen,
        "all_delivered": settled and not undelivered,
        "undelivered": len(undelivered),
        **equality,
        "database_bytes_before": size_before,
        "database_bytes_after": size_after,
        "database_bytes_per_client_day": round((size_after - size_before) / len(users)),
        "timings_s": {k: round(v, 1) for k, v in timings.items()},
        "total_s": round(time.monotonic() - started, 1),
    }
    settings.out.parent.mkdir(parents=True, exist_ok=True)
    settings.out.write_text(json.dumps(result, indent=2) + "\n")
    return result


def server_layout() -> str:
    return (
        "PostgreSQL, Redis, Synapse main, 2 generic workers (/sync and client reads by user, "
        "writes by room), 2 event persisters, 1 media worker, nginx"
    )


def _rounded_roles(values: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in values.items()}


def _window_roles(window: Window) -> dict[str, Any]:
    return {
        "seconds": round(window.seconds, 1),
        "load_average_1m_at_end": round(window.load, 2),
        "cpu_s": {k: round(v, 2) for k, v in window.roles.items()},
        "cpu_s_per_hour": {k: round(v, 1) for k, v in per_hour(window).items()},
    }


def _rounded(values: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 3 if k == "cpu_s" else 1) for k, v in values.items()}


def _say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def summary(result: dict[str, Any]) -> Iterator[str]:
    t, n = result["treffpunkt"], result["matrix_nio"]["idle_net_per_client_hour"]
    idle, busy = t["idle_net_per_client_hour"], t["busy_net_per_client_hour"]
    load = result["load_average_at_start"]
    yield f"fleet of {result['clients']} clients, {result['cores']} cores, load average {load}"
    yield f"the deployment alone: {result['deployment_alone_cpu_s_per_hour']} CPU s per hour"
    yield "per client and hour (net)  Treffpunkt idle   matrix-nio idle   Treffpunkt busy"
    for key in ("cpu_s", "requests", "bytes_in", "bytes_out"):
        yield f"  {key:<24} {idle[key]:>15} {n[key]:>17} {busy[key]:>17}"
    for name in ("pairs", "every_reader"):
        v = result["visibility"][name]
        yield (
            f"visibility ({name}): n={v['n']} "
            f"p50={v['p50_s']} s p95={v['p95_s']} s max={v['max_s']} s"
        )
    yield (
        f"replicas equal: {result['replicas_equal']} "
        f"({result['replicas_equal_count']}/{result['replicas_compared']}, "
        f"{result['message_events_compared']} message events)"
    )
    yield f"database: {result['database_bytes_per_client_day']} bytes per client and day"
    roles = result["cpu_by_role"]
    before, after = result["deployment_alone_cpu_s_per_hour_before_after"]
    yield f"the deployment alone before and after the clients: {before} and {after} CPU s per hour"
    yield "CPU s per client and hour, net  Treffpunkt idle   busy      nio idle   noise"
    for role in roles["treffpunkt_idle_net_per_client_hour"]:
        yield (
            f"  {role:<29}"
            f" {roles['treffpunkt_idle_net_per_client_hour'][role]:>9}"
            f" {roles['treffpunkt_busy_net_per_client_hour'][role]:>9}"
            f" {roles['matrix_nio_idle_net_per_client_hour'][role]:>11}"
            f" {roles['baseline_noise_per_client_hour'][role]:>8}"
        )
    size = result["sizing"]
    yield (
        f"clients per generic worker at {size['worker_budget_cpu_s_per_hour']:g} CPU s per hour: "
        f"{size['idle_clients_per_generic_worker']} idle, "
        f"{size['busy_clients_per_generic_worker']} busy; "
        f"/sync clients by worker {size['sync_clients_by_worker']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fleet", description=__doc__)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--minutes", type=float, default=5.0, help="length of the compressed day")
    parser.add_argument("--idle-seconds", type=float, default=240.0)
    parser.add_argument(
        "--alone-seconds",
        type=float,
        default=240.0,
        help="the deployment with no client, before and after the clients",
    )
    parser.add_argument("--quick", action="store_true", help="3 clients, a day of 20 s")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--data", type=Path, default=DATA, help="throw-away data folder")
    args = parser.parse_args(argv)
    if args.quick:
        settings = Settings(3, 1 / 3, 5.0, 60.0, args.out, args.data, quick=True, alone_seconds=5.0)
    else:
        settings = Settings(
            args.clients,
            args.minutes,
            args.idle_seconds,
            180.0,
            args.out,
            args.data,
            alone_seconds=args.alone_seconds,
        )
    result = run(settings)
    for line in summary(result):
        print(line)
    print(f"written to {settings.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
