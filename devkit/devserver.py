"""A throwaway local Synapse for the tests and the demo, bound to 127.0.0.1.

Synapse lives in its own virtualenv (`build/synapse-venv`), pinned by
`packaging/synapse-constraints.txt`, so its many dependencies never meet ours.
`ensure_synapse_venv` creates it on first use under a file lock and marks it with a
stamp holding the hash of the pins; it reinstalls only when the pins change.

`DevServer` writes a homeserver.yaml into a data directory (SQLite, client listener
only, registration closed except through the shared secret, rate limits lifted),
starts Synapse as a child process on a free port, waits until it answers and stops it
by process id. Users are made through Synapse's shared-secret admin API.

Every DevServer also registers one application service, ``treffpunkt-seed``: a development
tool only, never part of a production set-up. Its token may act as any local user
(``?user_id=``, non-exclusive namespace) and set an event's timestamp (``?ts=``), which is
how the demo seed gives its sample history realistic dates. It has no URL: Synapse pushes it
nothing. Its tokens are random per data directory, stored like the other secrets there.

With ``database="postgresql"`` it first starts a private, throw-away PostgreSQL cluster
(``initdb`` and ``pg_ctl`` from PATH) on a free port on 127.0.0.1, as an unprivileged
user when run as root (PostgreSQL refuses to run as root), and removes it on stop.

``WorkerDeployment`` is a ``DevServer`` deployed with workers, as a region runs Synapse once
one process is not enough: for the e2e tests marked ``workers``, for trials and for the fleet
benchmark. On 127.0.0.1, each on a free port, all inside the data directory:

* PostgreSQL (the private cluster above) and Redis (``redis-server``), over which the
  processes replicate;
* the main process (admin API, registration, receipts, account data, what no worker takes);
* two or more generic workers: ``/sync`` and the client endpoints Synapse's worker
  documentation lists, routed by user (the localpart in the access token); writes and
  pagination routed by room;
* two event persisters (``stream_writers: events``), sharded by room, that take every write
  to the events stream, so a post is sent through one process, persisted by another and seen
  in ``/sync`` through a third, and stream tokens may be multi-writer ones;
* a media repository worker (``enable_media_repo: false`` on the main process);
* nginx in front, routing by path as the worker documentation describes.

Its ``base_url`` is nginx; ``register_user``, ``register_users`` and ``transport`` work as on a
single process. Every process is our child, recorded in ``processes.json``; ``stop`` ends them
by process id, and the next ``start`` on the same data directory first ends whatever a crashed
run left there (only processes whose command line names that directory). ``describe()`` gives
the ports, URLs and pids, ``routes()`` which process answers which paths; for the fleet
benchmark, ``server_pids()`` the roots of every process tree (PostgreSQL's postmaster too),
``server_roles()`` the same by role, ``database_size()``, ``traffic_log``, where nginx logs
each request's bytes both ways, and ``routing_log``, which process answered each request.

Command line (used by the Makefile and by hand)::

    python -m devkit.devserver ensure-venv
    python -m devkit.devserver run --data-dir build/devserver
    python -m devkit.devserver run --workers   # with workers, behind nginx
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import fcntl
import grp
import hashlib
import json
import logging
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

from sync import api
from sync.transport import HttpTransport

log = logging.getLogger(__name__)

T = TypeVar("T")

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VENV = REPO_ROOT / "build" / "synapse-venv"
DEFAULT_CONSTRAINTS = REPO_ROOT / "packaging" / "synapse-constraints.txt"
STAMP_NAME = ".treffpunkt-installed"
SERVER_NAME = "treffpunkt.test"
HOST = "127.0.0.1"
# Rate limits are lifted, not switched off: Synapse has no "off", so "very high".
_UNLIMITED = {"per_second": 100_000, "burst_count": 100_000}
APPSERVICE_ID = "treffpunkt-seed"
APPSERVICE_FILE = "appservice-seed.yaml"


class SynapseSetupError(RuntimeError):
    """The Synapse virtualenv could not be created; the message says why."""


class SynapseStartError(RuntimeError):
    """Synapse did not come up; the message carries the tail of its logs."""


# --------------------------------------------------------------------------- the venv


def _constraints_hash(constraints: Path) -> str:
    return hashlib.sha256(constraints.read_bytes()).hexdigest() if constraints.exists() else ""


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    # Two test sessions (or make and a test run) must not build the venv at once.
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_synapse_venv(
    venv: Path = DEFAULT_VENV,
    constraints: Path = DEFAULT_CONSTRAINTS,
    python: str = sys.executable,
) -> Path:
    """Return the venv's python, creating or updating the venv first if needed."""
    venv_python = venv / "bin" / "python"
    stamp = venv / STAMP_NAME
    with _file_lock(venv.parent / (venv.name + ".lock")):
        wanted = _constraints_hash(constraints)
        if venv_python.exists() and stamp.exists() and stamp.read_text().strip() == wanted:
            return venv_python
        started = time.monotonic()
        log.warning("installing Synapse into %s (once; takes about a minute)", venv)
        if not venv_python.exists():
            _run_setup([python, "-m", "venv", str(venv)], "creating the virtualenv")
        pip = [str(venv_python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        # psycopg2-binary is Synapse's PostgreSQL driver as a wheel: no compiler or libpq
        # headers needed on a fresh machine. Synapse imports the module, whichever
        # distribution brought it. The redis extra is what workers replicate over.
        packages = ["matrix-synapse[redis]", "psycopg2-binary"]
        if constraints.exists():
            _run_setup([*pip, "-c", str(constraints), *packages], "installing matrix-synapse")
        else:
            # First use without pins: install the newest and pin what we got.
            _run_setup([*pip, *packages], "installing matrix-synapse")
            frozen = _run_setup(
                [str(venv_python), "-m", "pip", "freeze", "--disable-pip-version-check"],
                "pinning matrix-synapse",
            )
            constraints.parent.mkdir(parents=True, exist_ok=True)
            constraints.write_text(frozen)
            wanted = _constraints_hash(constraints)
        _run_setup(
            [str(venv_python), "-c", "import synapse.app.homeserver, psycopg2, txredisapi"],
            "importing Synapse",
        )
        stamp.write_text(wanted + "\n")
        log.warning("Synapse installed in %.0f s", time.monotonic() - started)
        return venv_python


def _run_setup(command: list[str], what: str) -> str:
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise SynapseSetupError(f"{what} failed: {exc}") from exc
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-30:])
        raise SynapseSetupError(
            f"{what} failed (exit {result.returncode}): {' '.join(command)}\n{tail}"
        )
    return result.stdout


# --------------------------------------------------------------------------- the server


@dataclass(frozen=True)
class RegisteredUser:
    user_id: str
    access_token: str = field(repr=False)
    device_id: str | None = None
    password: str = field(repr=False, default="")


def free_port() -> int:
    # Racy by nature (the port is free now, not necessarily at bind time); start()
    # retries with a new port when Synapse reports the address in use.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


class PostgresCluster:
    """A private PostgreSQL cluster for one DevServer, on 127.0.0.1 with trust auth.

    Throw-away by design: made with ``initdb`` at start, removed at stop. Its folder is
    recorded in the DevServer's data directory so that a crashed run's cluster is stopped
    and removed by the next start.
    """

    USER = "synapse"
    DATABASE = "postgres"

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.port = 0
        self.dir: Path | None = None

    @property
    def _record(self) -> Path:
        return self.data_dir / "postgres-cluster"

    @staticmethod
    def _tool(name: str) -> str:
        found = shutil.which(name)
        if found is None:
            raise SynapseStartError(f"PostgreSQL's {name} is not on PATH")
        return found

    @staticmethod
    def _runner() -> tuple[int, int] | None:
        """(uid, gid) to run PostgreSQL as when we are root, else None (run as we are)."""
        if os.geteuid() != 0:
            return None
        for name in ("postgres", "nobody"):
            try:
                entry = pwd.getpwnam(name)
            except KeyError:
                continue
            return entry.pw_uid, entry.pw_gid
        raise SynapseStartError("running as root and no unprivileged user for PostgreSQL")

    def _run(self, command: list[str], what: str) -> None:
        runner = self._runner()
        assert self.dir is not None
        try:
            result = subprocess.run(
                command,
                capture_output=True,
                text=True,
                check=False,
                cwd=self.dir,
                user=runner[0] if runner else None,
                group=runner[1] if runner else None,
                env={**os.environ, "LC_ALL": "C"},
                timeout=60,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SynapseStartError(f"PostgreSQL: {what} failed: {exc}") from exc
        if result.returncode != 0:
            tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-20:])
            raise SynapseStartError(f"PostgreSQL: {what} failed ({result.returncode})\n{tail}")

    def start(self) -> None:
        self._remove_stale()
        initdb, pg_ctl = self._tool("initdb"), self._tool("pg_ctl")
        runner = self._runner()
        # The server's user must reach its folder: under root, the data directory's
        # parents are often private (pytest's tmp), so the cluster lives in /tmp.
        base = None if runner else self.data_dir
        self.dir = Path(tempfile.mkdtemp(prefix="treffpunkt-pg-", dir=base))
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._record.write_text(f"{self.dir}\n")
        if runner:
            os.chown(self.dir, *runner)
        self._run(
            [
                initdb,
                "-D",
                str(self.dir / "data"),
                "-U",
                self.USER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",  # Synapse insists on C collation
                "--no-sync",
            ],
            "initdb",
        )
        last: SynapseStartError | None = None
        for _attempt in range(3):
            self.port = free_port()
            options = (
                f"-c listen_addresses={HOST} -p {self.port} "
                f"-c unix_socket_directories='{self.dir}' "
                # A test database: durability buys nothing and costs seconds.
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            try:
                self._run(
                    [
                        pg_ctl,
                        "-D",
                        str(self.dir / "data"),
                        "-l",
                        str(self.dir / "postgres.log"),
                        "-o",
                        options,
                        "-w",
                        "start",
                    ],
                    "pg_ctl start",
                )
                return
            except SynapseStartError as exc:
                last = exc  # most likely a lost race for the port: try another
        assert last is not None
        raise last

    def stop(self) -> None:
        if self.dir is None:
            return
        folder, self.dir = self.dir, None
        self._stop_and_remove(folder)

    def _stop_and_remove(self, folder: Path) -> None:
        if (folder / "data" / "postmaster.pid").exists():
            self.dir = folder
            try:
                self._run(
                    [self._tool("pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "-w", "stop"],
                    "pg_ctl stop",
                )
            except SynapseStartError as exc:
                log.warning("%s", exc)
            finally:
                self.dir = None
        shutil.rmtree(folder, ignore_errors=True)
        self._record.unlink(missing_ok=True)

    def _remove_stale(self) -> None:
        try:
            folder = Path(self._record.read_text().strip())
        except OSError:
            return
        if folder.name.startswith("treffpunkt-pg-") and folder.exists():
            log.warning("removing stale PostgreSQL cluster %s", folder)
            self._stop_and_remove(folder)
        self._record.unlink(missing_ok=True)

    def postmaster_pid(self) -> int | None:
        try:
            assert self.dir is not None
            return int((self.dir / "data" / "postmaster.pid").read_text().split("\n", 1)[0])
        except (AssertionError, OSError, ValueError):
            return None

    def database_size(self) -> int:
        """``pg_database_size`` of Synapse's database, through ``psql``."""
        query = f"SELECT pg_database_size('{self.DATABASE}')"
        command = [self._tool("psql"), "-h", HOST, "-p", str(self.port), "-U", self.USER]
        result = subprocess.run(
            [*command, "-d", self.DATABASE, "-Atc", query],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        return int(result.stdout.strip())

    def synapse_config(self) -> dict[str, Any]:
        return {
            "name": "psycopg2",
            "args": {
                "user": self.USER,
                "database": self.DATABASE,
                "host": HOST,
                "port": self.port,
                "cp_min": 1,
                "cp_max": 5,
            },
        }


class DevServer:
    """One local Synapse over one data directory. Use as a context manager or
    call start()/stop()."""

    def __init__(
        self,
        data_dir: Path,
        *,
        port: int | None = None,
        database: Literal["sqlite", "postgresql"] = "sqlite",
        server_name: str = SERVER_NAME,
        venv: Path = DEFAULT_VENV,
        constraints: Path = DEFAULT_CONSTRAINTS,
        start_timeout: float = 60.0,
        overrides: Mapping[str, Any] | None = None,
    ) -> None:
        """``overrides`` replace top-level keys of the homeserver.yaml (a test's limits)."""
        if database not in ("sqlite", "postgresql"):
            raise ValueError(f"database {database!r}")
        self.data_dir = data_dir.resolve()
        self.server_name = server_name
        self.database = database
        self._wanted_port = port
        self.port = 0
        self._venv = venv
        self._constraints = constraints
        self._start_timeout = start_timeout
        self._overrides = dict(overrides or {})
        self._process: subprocess.Popen[bytes] | None = None
        self._postgres = PostgresCluster(self.data_dir) if database == "postgresql" else None

    # ----------------------------------------------------------------- paths

    @property
    def config_path(self) -> Path:
        return self.data_dir / "homeserver.yaml"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "homeserver.log"

    @property
    def stderr_path(self) -> Path:
        return self.data_dir / "synapse-stderr.log"

    @property
    def pid_path(self) -> Path:
        # Ours, not Synapse's pid_file (Synapse writes that only when it daemonizes).
        return self.data_dir / "devserver.pid"

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    @property
    def shared_secret(self) -> str:
        return self._secret("registration_shared_secret")

    @property
    def appservice_token(self) -> str:
        """The dev application service's token: send as any local user, with ``ts``."""
        return self._secret("appservice_as_token")

    @property
    def appservice_path(self) -> Path:
        return self.data_dir / APPSERVICE_FILE

    def _secret(self, name: str) -> str:
        # One random secret per data dir, kept there so a reused dir keeps its users.
        path = self.data_dir / name
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(32))
        return path.read_text().strip()

    # ----------------------------------------------------------------- config

    def config(self) -> dict[str, Any]:
        """The homeserver.yaml content (written as JSON, which YAML reads)."""
        data = self.data_dir
        return self._base_config(data) | self._overrides

    def _base_config(self, data: Path) -> dict[str, Any]:
        return {
            "server_name": self.server_name,
            "public_baseurl": self.base_url + "/",
            "listeners": [
                {
                    "port": self.port,
                    "bind_addresses": [HOST],
                    "type": "http",
                    "tls": False,
                    "x_forwarded": False,
                    # "client" brings the admin API and media with it; no federation.
                    "resources": [{"names": ["client"], "compress": False}],
                }
            ],
            "database": (
                self._postgres.synapse_config()
                if self._postgres is not None
                else {"name": "sqlite3", "args": {"database": str(data / "homeserver.db")}}
            ),
            "log_config": str(data / "log.config"),
            "media_store_path": str(data / "media_store"),
            "max_upload_size": "100M",
            "enable_authenticated_media": True,
            "url_preview_enabled": False,
            "signing_key_path": str(data / "signing.key"),
            "registration_shared_secret_path": str(data / "registration_shared_secret"),
            "macaroon_secret_key_path": str(data / "macaroon_secret_key"),
            "form_secret_path": str(data / "form_secret"),
            "app_service_config_files": [str(self.appservice_path)],
            "enable_registration": False,
            # A throwaway server: cheap password hashes make each test user ~0.5 s faster.
            "bcrypt_rounds": 4,
            "report_stats": False,
            "enable_metrics": False,
            "trusted_key_servers": [],
            "suppress_key_server_warning": True,
            "presence": {"enabled": False},
            "user_directory": {"enabled": True, "search_all_users": True},
            # What an invitation shows before joining: the group's description and its
            # organisation (docs/IT.md).
            "room_prejoin_state": {
                "additional_event_types": ["app.treffpunkt.group", "m.space.parent"]
            },
            "filter_timeline_limit": 1000,
            "rc_message": _UNLIMITED,
            "rc_registration": _UNLIMITED,
            "rc_registration_token_validity": _UNLIMITED,
            "rc_login": {
                "address": _UNLIMITED,
                "account": _UNLIMITED,
                "failed_attempts": _UNLIMITED,
            },
            "rc_joins": {"local": _UNLIMITED, "remote": _UNLIMITED},
            "rc_joins_per_room": _UNLIMITED,
            "rc_admin_redaction": _UNLIMITED,
            "rc_invites": {
                "per_room": _UNLIMITED,
                "per_user": _UNLIMITED,
                "per_issuer": _UNLIMITED,
            },
            "rc_third_party_invite": _UNLIMITED,
            "rc_3pid_validation": _UNLIMITED,
            "rc_presence": {"per_user": _UNLIMITED},
            "rc_media_create": _UNLIMITED,
            "rc_room_creation": _UNLIMITED,
            "rc_user_directory": _UNLIMITED,
            "rc_profile": _UNLIMITED,
            "rc_reports": _UNLIMITED,
            "rc_delayed_event_mgmt": _UNLIMITED,
            "rc_key_requests": _UNLIMITED,
        }

    def appservice_registration(self) -> dict[str, Any]:
        """The dev application service's registration (written as JSON, which YAML reads).

        Its user namespace is every local user, not exclusive, so the users stay ordinary
        accounts; ``rate_limited: false`` because a seed sends thousands of events.
        """
        return {
            "id": APPSERVICE_ID,
            "url": None,
            "as_token": self.appservice_token,
            "hs_token": self._secret("appservice_hs_token"),
            "sender_localpart": APPSERVICE_ID,
            "namespaces": {
                "users": [{"exclusive": False, "regex": f"@.*:{re.escape(self.server_name)}"}],
                "aliases": [],
                "rooms": [],
            },
            "rate_limited": False,
        }

    def _log_config(self) -> dict[str, Any]:
        return {
            "version": 1,
            "formatters": {
                "precise": {
                    "format": "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - "
                    "%(request)s - %(message)s"
                }
            },
            "handlers": {
                "file": {
                    "class": "logging.FileHandler",
                    "formatter": "precise",
                    "filename": str(self.log_path),
                    "encoding": "utf8",
                }
            },
            "root": {"level": "WARNING", "handlers": ["file"]},
            "disable_existing_loggers": False,
        }

    def _ensure_signing_key(self) -> None:
        # Synapse's --generate-keys costs a 3 s interpreter start; the key is just an
        # ed25519 seed in Synapse's text format ("ed25519 <key id> <unpadded base64>"),
        # and any 32 random bytes are a valid seed.
        path = self.data_dir / "signing.key"
        if not path.exists():
            seed = base64.b64encode(secrets.token_bytes(32)).decode().rstrip("=")
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(f"ed25519 a_{secrets.token_hex(2)} {seed}\n")

    def write_config(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        for name in ("registration_shared_secret", "macaroon_secret_key", "form_secret"):
            self._secret(name)
        self.config_path.write_text(json.dumps(self.config(), indent=2) + "\n")
        fd = os.open(self.appservice_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(json.dumps(self.appservice_registration(), indent=2) + "\n")
        (self.data_dir / "log.config").write_text(json.dumps(self._log_config(), indent=2))

    # ----------------------------------------------------------------- lifecycle

    def start(self) -> None:
        if self._process is not None:
            raise RuntimeError("already started")
        python = ensure_synapse_venv(self._venv, self._constraints)
        self._stop_stale()
        if self._postgres is not None:
            self._postgres.start()
        try:
            self._start_synapse(python)
        except BaseException:
            if self._postgres is not None:
                self._postgres.stop()
            raise

    def _start_synapse(self, python: Path) -> None:
        last_error: SynapseStartError | None = None
        for _attempt in range(3):
            self.port = self._wanted_port or free_port()
            self.write_config()
            self._ensure_signing_key()
            try:
                self._spawn(python)
                return
            except SynapseStartError as exc:
                last_error = exc
                # Only a lost race for the port is worth another try.
                if self._wanted_port or "Address already in use" not in str(exc):
                    raise
        assert last_error is not None
        raise last_error

    def _spawn(self, python: Path) -> None:
        started = time.monotonic()
        with self.stderr_path.open("wb") as stderr:
            self._process = subprocess.Popen(
                [str(python), "-m", "synapse.app.homeserver", "-c", str(self.config_path)],
                cwd=self.data_dir,
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        self.pid_path.write_text(f"{self._process.pid}\n")
        with HttpTransport(self.base_url, connect_timeout=1.0, read_timeout=5.0) as http:
            while time.monotonic() - started < self._start_timeout:
                if self._process.poll() is not None:
                    code = self._process.returncode
                    self._process = None
                    raise SynapseStartError(
                        f"Synapse exited with {code} during start-up\n{self.log_tail()}"
                    )
                if isinstance(http.execute(api.versions()), api.VersionsResponse):
                    log.info(
                        "Synapse up on %s in %.1f s", self.base_url, time.monotonic() - started
                    )
                    return
                time.sleep(0.1)
        self.stop()
        raise SynapseStartError(
            f"Synapse did not answer on {self.base_url} within {self._start_timeout:.0f} s\n"
            f"{self.log_tail()}"
        )

    def _stop_stale(self) -> None:
        # A previous run that crashed may have left its Synapse on this data dir. Stop it
        # only if that pid still runs Synapse on *our* config, never anything else.
        try:
            pid = int(self.pid_path.read_text().strip())
        except (OSError, ValueError):
            return
        if not self._runs_our_config(pid):
            return
        log.warning("stopping stale Synapse %d on %s", pid, self.data_dir)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while self._runs_our_config(pid):
            if time.monotonic() > deadline:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
                break
            time.sleep(0.05)

    def _runs_our_config(self, pid: int) -> bool:
        # /proc/<pid>/cmdline is empty for a zombie, so a process that has exited but
        # not been reaped yet counts as gone. Linux only, as is Synapse for us.
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            return False
        return str(self.config_path).encode() in cmdline

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM, then SIGKILL if it has not gone after `timeout` seconds; then the
        PostgreSQL cluster, if any, is stopped and removed."""
        try:
            self._stop_synapse(timeout)
        finally:
            if self._postgres is not None:
                self._postgres.stop()

    def _stop_synapse(self, timeout: float) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        with contextlib.suppress(OSError, ValueError):
            # Another DevServer may have taken over this data dir since: leave its file.
            if int(self.pid_path.read_text()) == process.pid:
                self.pid_path.unlink()

    def __enter__(self) -> DevServer:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def log_tail(self, lines: int = 40) -> str:
        out = []
        for path in (self.stderr_path, self.log_path):
            if path.exists():
                text = path.read_text(errors="replace").splitlines()[-lines:]
                out.append(f"--- {path.name}\n" + "\n".join(text))
        return "\n".join(out) or "(no log output)"

    # ----------------------------------------------------------------- users

    def transport(self, access_token: str | None = None) -> HttpTransport:
        return HttpTransport(self.base_url, access_token=access_token)

    def register_user(self, name: str, password: str, *, admin: bool = False) -> RegisteredUser:
        """Create a user through the shared-secret admin API (registration stays closed)."""
        with self.transport() as http:
            nonce = _ok(http.execute(api.admin_register_nonce()))
            reply = _ok(
                http.execute(
                    api.admin_register(self.shared_secret, nonce.nonce, name, password, admin=admin)
                )
            )
        return RegisteredUser(reply.user_id, reply.access_token, reply.device_id, password)

    def user_id(self, name: str) -> str:
        return f"@{name}:{self.server_name}"


def _ok(result: T | api.MatrixError | api.TransportError) -> T:
    if isinstance(result, api.MatrixError | api.TransportError):
        raise RuntimeError(f"dev server request failed: {result}")
    return result


# --------------------------------------------------------------------------- with workers

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
            "    log_format routed '$by_user $request_method $uri $status $upstream_addr';\n"
            f"    access_log {folder / 'access.log'} routed;\n"
            # What each request cost in bytes on the wire, both ways (the fleet benchmark).
            "    log_format traffic '$msec $by_user $request_length $bytes_sent $status $uri';\n"
            f"    access_log {folder / 'traffic.log'} traffic;\n"
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
        return [
            self.register_user(f"{prefix}-{n}", secrets.token_urlsafe(12)) for n in range(count)
        ]

    @property
    def traffic_log(self) -> Path:
        """nginx's log of every request: ``msec user request_length bytes_sent status uri``."""
        return self._nginx_dir / "traffic.log"

    def server_pids(self) -> list[int]:
        """The pids whose process trees make up the deployment: ours and PostgreSQL's
        postmaster (its backends are its children)."""
        return list(self.server_roles().values())

    def server_roles(self) -> dict[str, int]:
        """Each role of the deployment (a process's name, ``postgresql`` for the postmaster)
        and the pid whose process tree is that role, for CPU per role."""
        postmaster = self._postgres.postmaster_pid() if self._postgres else None
        roles = {p.name: p.pid for p in [self.main, *self.workers] if p.pid}
        roles |= {"postgresql": postmaster} if postmaster else {}
        return roles | {p.name: p.pid for p in (self.redis_process, self.proxy) if p.pid}

    @property
    def routing_log(self) -> Path:
        """nginx's log of where each request went: ``user method uri status upstream``."""
        return self._nginx_dir / "access.log"

    def database_size(self) -> int:
        """The size in bytes of Synapse's PostgreSQL database."""
        assert self._postgres is not None
        return self._postgres.database_size()

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


# --------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devkit.devserver", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("ensure-venv", help="create build/synapse-venv if needed")
    run = commands.add_parser("run", help="run a Synapse until Ctrl-C")
    run.add_argument("--data-dir", type=Path, default=REPO_ROOT / "build" / "devserver")
    run.add_argument("--port", type=int, default=None)
    run.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    run.add_argument(
        "--workers",
        action="store_true",
        help="Synapse with workers on PostgreSQL and Redis behind nginx",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per readiness poll
    try:
        if args.command == "ensure-venv":
            started = time.monotonic()
            python = ensure_synapse_venv()
            print(f"Synapse venv ready: {python} ({time.monotonic() - started:.1f} s)")
            return 0
        # SIGTERM must also stop Synapse, so turn it into the Ctrl-C path.
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        server: DevServer
        if args.workers:
            server = WorkerDeployment(args.data_dir)
        else:
            server = DevServer(args.data_dir, port=args.port, database=args.database)
        server.start()
        try:
            print(f"Synapse on {server.base_url} (pid {server.pid}); Ctrl-C stops it")
            if isinstance(server, WorkerDeployment):
                for process in server.describe()["processes"]:
                    print(f"  {process['name']:<16} {process['url']:<24} pid {process['pid']}")
            with contextlib.suppress(KeyboardInterrupt):
                signal.pause()
        finally:
            # A second Ctrl-C or SIGTERM must not cut the stop short and leave processes.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            server.stop()
        return 0
    except (SynapseSetupError, SynapseStartError) as exc:
        print(exc, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
