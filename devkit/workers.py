"""A throw-away Synapse deployed with workers, as a region runs it once one process is not
enough: for the e2e tests marked ``workers``, for trials and for the fleet benchmark.

On 127.0.0.1, each on a free port, all inside the data directory:

* PostgreSQL (the private cluster of ``devkit.devserver``) and Redis (``redis-server``),
  over which the processes replicate;
* the main process (admin API, registration, receipts, account data, what no worker takes);
* two or more generic workers: ``/sync`` and the other client endpoints Synapse's worker
  documentation lists, routed by user (the localpart in the access token);
* two event persisters (``stream_writers: events``), sharded by room, that take every write
  to the events stream, so a post is sent through one process, persisted by another and
  seen in ``/sync`` through a third, and stream tokens may be multi-writer ones;
* a media repository worker (``enable_media_repo: false`` on the main process);
* nginx in front, routing by path as the worker documentation describes.

``WorkerDeployment`` is a ``DevServer``: ``base_url`` is nginx, ``register_user`` and
``transport`` work the same. Every process is started as our child and recorded in
``processes.json``; ``stop`` ends them by process id, and the next ``start`` on the same data
directory first ends whatever a crashed run left there (only processes whose command line
names this directory). ``routes()`` says which process answers which path.
"""

from __future__ import annotations

import contextlib
import grp
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from devkit.devserver import (
    DEFAULT_CONSTRAINTS,
    DEFAULT_VENV,
    HOST,
    SERVER_NAME,
    DevServer,
    PostgresCluster,
    RegisteredUser,
    SynapseStartError,
    ensure_synapse_venv,
    free_port,
    log,
)

MEDIA = "media1"
PROCESSES_FILE = "processes.json"

# The paths Synapse's worker documentation (1.163) lets a generic worker answer, less those
# of streams the main process still writes (receipts, account data, push rules, presence,
# typing, to-device) and of SSO, which we do not use. Routed by user.
SYNC_ROUTES = (
    r"^/_matrix/client/(r0|v3)/sync$",
    r"^/_matrix/client/(api/v1|r0|v3)/events$",
    r"^/_matrix/client/(api/v1|r0|v3)/initialSync$",
    r"^/_matrix/client/(api/v1|r0|v3)/rooms/[^/]+/initialSync$",
)
CLIENT_ROUTES = (
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/createRoom$",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/publicRooms$",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/rooms/.*/joined_members$",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/rooms/.*/context/.*$",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/rooms/.*/members$",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/rooms/.*/state$",
    r"^/_matrix/client/v1/rooms/.*/hierarchy$",
    r"^/_matrix/client/(v1|unstable)/rooms/.*/relations/",
    r"^/_matrix/client/(r0|v3|unstable)/account/whoami$",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/devices(/|$)",
    r"^/_matrix/client/versions$",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/rooms/.*/event/",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/joined_rooms$",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/search$",
    r"^/_matrix/client/(r0|v3|unstable)/user/.*/filter(/|$)",
    r"^/_matrix/client/(r0|v3|unstable)/capabilities$",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/login$",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/join/",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/profile/",
    r"^/_matrix/client/(r0|v3|unstable)/user_directory/search$",
)
# Pagination of one room must stay on one process, and writes are balanced by room as the
# documentation suggests: so a user's post is mostly taken by another process than the one
# answering the same user's /sync.
ROOM_ROUTES = (
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/rooms/[^/]+/messages$",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/rooms/.*/redact",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/rooms/.*/send",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/rooms/.*/state/",
    r"^/_matrix/client/(api/v1|r0|v3|unstable)/rooms/.*/(join|invite|leave|ban|unban|kick)$",
)
MEDIA_ROUTES = (
    r"^/_matrix/media/",
    r"^/_matrix/client/v1/media/",
    r"^/_synapse/admin/v1/purge_media_cache$",
    r"^/_synapse/admin/v1/room/.*/media.*$",
    r"^/_synapse/admin/v1/user/.*/media.*$",
    r"^/_synapse/admin/v1/media/.*$",
    r"^/_synapse/admin/v1/quarantine_media/.*$",
    r"^/_synapse/admin/v1/users/.*/media$",
)


@dataclass
class Process:
    """One process of the deployment: its name, the port it answers on and its pid."""

    name: str
    port: int
    pid: int = 0
    app: str = ""  # the Synapse worker_app, empty for the main process and non-Synapse

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"


class RedisServer:
    """``redis-server`` on a free port, no persistence, configured and logged in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = 0

    def config(self) -> str:
        # set-proc-title no keeps the config path in /proc/<pid>/cmdline, which is how a
        # crashed run's Redis is recognised as ours.
        return "\n".join(
            [
                f"bind {HOST}",
                f"port {self.port}",
                "protected-mode yes",
                "daemonize no",
                'save ""',
                "appendonly no",
                "set-proc-title no",
                f"dir {self.folder}",
                f"logfile {self.folder / 'redis.log'}",
                "",
            ]
        )

    def command(self) -> list[str]:
        binary = shutil.which("redis-server")
        if binary is None:
            raise SynapseStartError("redis-server is not on PATH (make synapse-env installs it)")
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / "redis.conf"
        path.write_text(self.config())
        return [binary, str(path)]

    def answers(self) -> bool:
        try:
            with socket.create_connection((HOST, self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False


class WorkerDeployment(DevServer):
    """Synapse with workers behind nginx over one data directory; see the module docstring."""

    def __init__(
        self,
        data_dir: Path,
        *,
        sync_workers: int = 2,
        event_persisters: int = 2,
        server_name: str = SERVER_NAME,
        venv: Path = DEFAULT_VENV,
        constraints: Path = DEFAULT_CONSTRAINTS,
        start_timeout: float = 120.0,
        overrides: Mapping[str, Any] | None = None,
    ) -> None:
        if sync_workers < 1 or event_persisters < 1:
            raise ValueError("at least one generic worker and one event persister")
        super().__init__(
            data_dir,
            database="postgresql",
            server_name=server_name,
            venv=venv,
            constraints=constraints,
            start_timeout=start_timeout,
            overrides=overrides,
        )
        self.main = Process("main", 0)
        self.replication_port = 0
        self.generic = [Process(f"generic{i + 1}", 0) for i in range(sync_workers)]
        self.persisters = [
            Process(f"event_persister{i + 1}", 0, app="synapse.app.generic_worker")
            for i in range(event_persisters)
        ]
        self.media = Process(MEDIA, 0, app="synapse.app.media_repository")
        for worker in self.generic:
            worker.app = "synapse.app.generic_worker"
        self.proxy = Process("nginx", 0)
        self.redis = RedisServer(self.data_dir / "redis")
        self.redis_process = Process("redis", 0)
        self._children: list[subprocess.Popen[bytes]] = []

    # ----------------------------------------------------------------- layout

    @property
    def workers(self) -> list[Process]:
        return [*self.generic, *self.persisters, self.media]

    @property
    def processes(self) -> list[Process]:
        """Every process of the deployment, in start order (PostgreSQL is not one of ours:
        ``pg_ctl`` keeps it)."""
        return [self.redis_process, self.main, *self.workers, self.proxy]

    def _allocate_ports(self) -> None:
        taken: set[int] = set()
        for process in [self.main, *self.workers, self.proxy]:
            process.port = _new_port(taken)
        self.replication_port = _new_port(taken)
        self.redis.port = self.redis_process.port = _new_port(taken)
        self.port = self.proxy.port  # base_url is the proxy

    def routes(self) -> dict[str, list[str]]:
        """Which process answers which paths (regular expressions), as nginx routes them;
        everything else goes to the main process."""
        generic = [w.name for w in self.generic]
        return {
            "sync (by user): " + ", ".join(generic): list(SYNC_ROUTES),
            "client (by user): " + ", ".join(generic): list(CLIENT_ROUTES),
            "pagination and writes (by room): " + ", ".join(generic): list(ROOM_ROUTES),
            f"media: {self.media.name}": list(MEDIA_ROUTES),
        }

    # ----------------------------------------------------------------- config

    def _base_config(self, data: Path) -> dict[str, Any]:
        config = super()._base_config(data)
        config["listeners"] = [
            _listener(self.main.port, ["client", "health"]),
            _listener(self.replication_port, ["replication"], forwarded=False),
        ]
        config.update(
            redis={"enabled": True, "host": HOST, "port": self.redis.port},
            instance_map={
                "main": {"host": HOST, "port": self.replication_port},
                **{p.name: {"host": HOST, "port": p.port} for p in self.persisters},
            },
            # With two or more writers, a token taken while they stand at different
            # positions is a multi-writer one ("m<min>~<instance>.<pos>..."): opaque.
            stream_writers={"events": [p.name for p in self.persisters]},
            enable_media_repo=False,
            media_instance_running_background_jobs=self.media.name,
            worker_replication_secret=self._secret("worker_replication_secret"),
        )
        return config

    def worker_config(self, worker: Process) -> dict[str, Any]:
        """The worker's own YAML (as JSON), read after the shared homeserver.yaml."""
        if worker in self.persisters:
            names = ["replication", "health"]
        elif worker is self.media:
            names = ["media", "health"]
        else:
            names = ["client", "health"]
        log_config = self.data_dir / f"log-{worker.name}.config"
        return {
            "worker_app": worker.app,
            "worker_name": worker.name,
            "worker_listeners": [
                _listener(worker.port, names, forwarded=worker not in self.persisters)
            ],
            "worker_log_config": str(log_config),
        }

    def _worker_config_path(self, worker: Process) -> Path:
        return self.data_dir / f"{worker.name}.yaml"

    def write_config(self) -> None:
        super().write_config()
        base_log = self._log_config()
        for worker in self.workers:
            self._worker_config_path(worker).write_text(
                json.dumps(self.worker_config(worker), indent=2) + "\n"
            )
            worker_log = json.loads(json.dumps(base_log))
            worker_log["handlers"]["file"]["filename"] = str(self.data_dir / f"{worker.name}.log")
            (self.data_dir / f"log-{worker.name}.config").write_text(json.dumps(worker_log))
        self._nginx_dir.mkdir(parents=True, exist_ok=True)
        self._nginx_conf.write_text(self.nginx_config())

    @property
    def _nginx_dir(self) -> Path:
        return self.data_dir / "nginx"

    @property
    def _nginx_conf(self) -> Path:
        return self._nginx_dir / "nginx.conf"

    def nginx_config(self) -> str:
        folder = self._nginx_dir
        upstream_servers = "".join(f"        server {HOST}:{w.port};\n" for w in self.generic)
        locations = []
        for upstream, patterns in (
            ("synapse_by_user", SYNC_ROUTES + CLIENT_ROUTES),
            ("synapse_by_room", ROOM_ROUTES),
            ("synapse_media", MEDIA_ROUTES),
        ):
            for pattern in patterns:
                route = f'location ~ "{pattern}" {{ proxy_pass http://{upstream}; }}'
                locations.append(f"        {route}\n")
        user = ""
        runner = PostgresCluster._runner()
        if runner is not None:
            # Under root, nginx's workers drop to an unprivileged user; they touch no file
            # (no buffering to disk), the master opens the logs.
            user = f"user {pwd.getpwuid(runner[0]).pw_name} {grp.getgrgid(runner[1]).gr_name};\n"
        temp = "".join(
            f"    {kind}_temp_path {folder / kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        return (
            f"{user}"
            "daemon off;\n"
            "worker_processes 1;\n"
            f"pid {folder / 'nginx.pid'};\n"
            f"error_log {folder / 'error.log'} warn;\n"
            "events { worker_connections 1024; }\n"
            "http {\n"
            f"{temp}"
            "    log_format routed '$request_method $uri $status -> $upstream_addr';\n"
            f"    access_log {folder / 'access.log'} routed;\n"
            "    client_max_body_size 100M;\n"
            # Streamed both ways: no temp files, and a long-polling /sync is not held back.
            "    proxy_request_buffering off;\n"
            "    proxy_buffering off;\n"
            "    proxy_http_version 1.1;\n"
            "    proxy_read_timeout 600s;\n"
            "    proxy_set_header Host $host;\n"
            "    proxy_set_header X-Forwarded-For $remote_addr;\n"
            "    proxy_set_header X-Forwarded-Proto $scheme;\n"
            # The user is the localpart in a syt_ token, from the header or the query.
            "    map $arg_access_token $token_user {\n"
            "        default $arg_access_token;\n"
            '        "~syt_(?<u>.*?)_.*" $u;\n'
            "    }\n"
            "    map $http_authorization $by_user {\n"
            "        default $http_authorization;\n"
            '        "~Bearer syt_(?<u>.*?)_.*" $u;\n'
            '        "" $token_user;\n'
            "    }\n"
            "    map $uri $by_room {\n"
            "        default $uri;\n"
            '        "~^/_matrix/client/[^/]+/rooms/(?<r>[^/]+)/" $r;\n'
            "    }\n"
            "    upstream synapse_by_user {\n"
            "        hash $by_user consistent;\n"
            f"{upstream_servers}"
            "    }\n"
            "    upstream synapse_by_room {\n"
            "        hash $by_room consistent;\n"
            f"{upstream_servers}"
            "    }\n"
            f"    upstream synapse_media {{ server {HOST}:{self.media.port}; }}\n"
            f"    upstream synapse_main {{ server {HOST}:{self.main.port}; }}\n"
            "    server {\n"
            f"        listen {HOST}:{self.proxy.port};\n"
            f"{''.join(locations)}"
            "        location / { proxy_pass http://synapse_main; }\n"
            "    }\n"
            "}\n"
        )

    # ----------------------------------------------------------------- lifecycle

    @property
    def _record(self) -> Path:
        return self.data_dir / PROCESSES_FILE

    @property
    def pid(self) -> int | None:
        return self.main.pid or None

    def start(self) -> None:
        if self._children:
            raise RuntimeError("already started")
        started = time.monotonic()
        python = ensure_synapse_venv(self._venv, self._constraints)
        self._stop_stale()
        assert self._postgres is not None
        try:
            self._postgres.start()
            for _attempt in range(3):
                self._allocate_ports()
                self.write_config()
                self._ensure_signing_key()
                try:
                    self._start_all(python)
                    break
                except SynapseStartError as exc:
                    self._stop_children()
                    if "Address already in use" not in str(exc) or _attempt == 2:
                        raise
        except BaseException:
            self._stop_children()
            self._postgres.stop()
            raise
        took = time.monotonic() - started
        log.info("Synapse with workers up on %s in %.1f s", self.base_url, took)

    def _start_all(self, python: Path) -> None:
        self._spawn_process(self.redis_process, self.redis.command())
        self._wait(self.redis_process, self.redis.answers)
        config = str(self.config_path)
        self._spawn_process(self.main, [str(python), "-m", "synapse.app.homeserver", "-c", config])
        # The main process creates the schema; workers only start on a prepared database.
        self._wait_healthy(self.main)
        for worker in self.workers:
            command = [str(python), "-m", worker.app, "-c", config]
            self._spawn_process(worker, [*command, "-c", str(self._worker_config_path(worker))])
        nginx = shutil.which("nginx")
        if nginx is None:
            raise SynapseStartError("nginx is not on PATH (make synapse-env installs it)")
        self._spawn_process(
            self.proxy, [nginx, "-p", str(self._nginx_dir), "-c", str(self._nginx_conf)]
        )
        for worker in self.workers:
            self._wait_healthy(worker)
        self._wait_healthy(self.proxy, "/_matrix/client/versions")

    def _spawn_process(self, process: Process, command: list[str]) -> None:
        with (self.data_dir / f"{process.name}-stderr.log").open("wb") as stderr:
            child = subprocess.Popen(
                command,
                cwd=self.data_dir,
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        self._children.append(child)
        process.pid = child.pid
        # Written at every spawn: a crash half-way through start-up leaves a full record.
        self._record.write_text(json.dumps([c.pid for c in self._children]) + "\n")

    def _child(self, process: Process) -> subprocess.Popen[bytes]:
        return next(c for c in self._children if c.pid == process.pid)

    def _wait(self, process: Process, ready: Any) -> None:
        deadline = time.monotonic() + self._start_timeout
        child = self._child(process)
        while time.monotonic() < deadline:
            if child.poll() is not None:
                raise SynapseStartError(
                    f"{process.name} exited with {child.returncode} during start-up\n"
                    f"{self.log_tail()}"
                )
            if ready():
                return
            time.sleep(0.1)
        raise SynapseStartError(
            f"{process.name} did not answer within {self._start_timeout:.0f} s\n{self.log_tail()}"
        )

    def _wait_healthy(self, process: Process, path: str = "/health") -> None:
        def ready() -> bool:
            try:
                with urllib.request.urlopen(process.url + path, timeout=2) as reply:
                    return bool(reply.status == 200)
            except (OSError, urllib.error.URLError):
                return False

        self._wait(process, ready)

    def stop(self, timeout: float = 10.0) -> None:
        try:
            self._stop_children(timeout)
        finally:
            if self._postgres is not None:
                self._postgres.stop()

    def _stop_children(self, timeout: float = 10.0) -> None:
        children, self._children = self._children, []
        # The proxy first, then workers, then the main process and Redis last.
        for child in reversed(children):
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for child in reversed(children):
            try:
                child.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        for process in self.processes:
            process.pid = 0
        if not any(child.poll() is None for child in children):
            self._record.unlink(missing_ok=True)

    def _stop_stale(self) -> None:
        try:
            pids = [int(p) for p in json.loads(self._record.read_text())]
        except (OSError, ValueError, TypeError):
            return
        ours = [pid for pid in pids if self._runs_here(pid)]
        for pid in ours:
            log.warning("stopping stale process %d of %s", pid, self.data_dir)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while any(self._runs_here(pid) for pid in ours):
            if time.monotonic() > deadline:
                for pid in ours:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
                break
            time.sleep(0.05)
        self._record.unlink(missing_ok=True)

    def _runs_here(self, pid: int) -> bool:
        # Only a process whose command line names this data directory is ours: pids are
        # reused. nginx rewrites its title but keeps the config path in it.
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return False
        return str(self.data_dir).encode() in cmdline

    def log_tail(self, lines: int = 40) -> str:
        out = [super().log_tail(lines)]
        for process in self.processes:
            for path in (
                self.data_dir / f"{process.name}-stderr.log",
                self.data_dir / f"{process.name}.log",
            ):
                if path.exists() and path.stat().st_size:
                    text = path.read_text(errors="replace").splitlines()[-lines:]
                    out.append(f"--- {path.name}\n" + "\n".join(text))
        error_log = self._nginx_dir / "error.log"
        if error_log.exists() and error_log.stat().st_size:
            out.append("--- nginx error.log\n" + error_log.read_text(errors="replace")[-4000:])
        return "\n".join(out)

    # ----------------------------------------------------------------- users

    def register_users(self, count: int, prefix: str = "user") -> list[RegisteredUser]:
        """``count`` users named ``<prefix>-<n>``, each with a random password."""
        import secrets

        return [
            self.register_user(f"{prefix}-{n}", secrets.token_urlsafe(12)) for n in range(count)
        ]

    def describe(self) -> dict[str, Any]:
        """Ports, URLs and pids of every process, as a benchmark records them."""
        return {
            "base_url": self.base_url,
            "server_name": self.server_name,
            "postgresql_port": self._postgres.port if self._postgres else None,
            "replication_port": self.replication_port,
            "processes": [
                {"name": p.name, "app": p.app, "port": p.port, "url": p.url, "pid": p.pid}
                for p in self.processes
            ],
        }


def _listener(port: int, names: list[str], *, forwarded: bool = True) -> dict[str, Any]:
    return {
        "port": port,
        "bind_addresses": [HOST],
        "type": "http",
        "tls": False,
        "x_forwarded": forwarded,
        "resources": [{"names": names, "compress": False}],
    }


def _new_port(taken: set[int]) -> int:
    while True:
        port = free_port()
        if port not in taken:
            taken.add(port)
            return port
