"""One account's sync engine in a process of its own: the desktop app's sync worker.

The desktop app starts one per signed-in account (``python -m sync.worker``; the frozen app
runs itself with ``--sync-worker``). Fetching, parsing, folding and writing thousands of
events is Python work; on threads of the window's process it would share one interpreter
with the GUI thread, which then waits for it (``max_block_ms`` in ``benchmarks.ui_sync``).
In a process of its own it only shares the replica, which SQLite's WAL lets both use.

The protocol is JSON, one object per line.

Standard input: first the account ``{"home", "user_id", "secrets", "retention_days",
"cap_bytes", "allow_insecure_http"}`` (the secrets of ``Credentials.export``: the parent
read them from the keyring, and they travel through the pipe, never a file, the environment
or the command line; the hosts IT allows over http://, see ``sync.serverurl``), then
commands: ``{"cmd": "wake"}`` (something was queued to send), ``{"cmd": "reconnect"}``
(try the server now), ``{"cmd": "settings", "retention_days", "cap_bytes"}`` and
``{"cmd": "stop"}``. The end of input means stop as well: a worker
never outlives the app.

Standard output: ``{"status": ...}`` whenever the engine's status changes and
``{"changes": ...}`` for what a sync applied (after an up-to-date sync: every group of the
account, so views re-read what is newer than what they hold). When the server no longer
accepts the token, ``{"auth_lost": {"kind": "soft" | "hard"}}`` (``sync.state.AuthLoss``)
and the worker ends with ``EXIT_AUTH_LOST``: the app keeps or wipes the account and does
not start the worker again (a restart would only be refused again). Logs go to standard
error.

Exit codes: 0 stopped, 1 the engine failed, 2 a bad set-up line, 3 the account could not be
opened, ``EXIT_AUTH_LOST`` (4) the token is no longer accepted.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from client.accounts import Home
from client.changes import Changes, Refusal
from client.credentials import Credentials
from sync import lazy
from sync.state import EXIT_AUTH_LOST, AuthLoss, EngineState, Status

log = logging.getLogger(__name__)

POLL_MS = 30_000
STOP_GRACE_S = 3.0
NICENESS = 5


# --- the lines on the wire ------------------------------------------------------------------


def status_to_json(status: Status) -> dict[str, Any]:
    data = status._asdict()
    data["state"] = status.state.value
    data["outbox"] = dict(status.outbox)
    data["last_sync"] = status.last_sync.isoformat() if status.last_sync else None
    return data


def status_from_json(data: dict[str, Any]) -> Status:
    last = data.get("last_sync")
    return Status(
        state=EngineState(data["state"]),
        outbox={str(k): int(v) for k, v in dict(data.get("outbox") or {}).items()},
        last_sync=datetime.fromisoformat(last) if last else None,
        progress=data.get("progress"),
        error=data.get("error"),
        online=data.get("online"),
    )


def changes_to_json(changes: Changes) -> dict[str, Any]:
    return {
        "messages": sorted(changes.messages),
        "groups": sorted(changes.groups),
        "documents": sorted(changes.documents),
        "people": sorted(changes.people),
        "organisations": sorted(changes.organisations),
        "outbox": changes.outbox,
        "invitations": changes.invitations,
        "refusals": [dataclasses.asdict(r) for r in changes.refusals],
    }


def changes_from_json(data: dict[str, Any]) -> Changes:
    return Changes(
        messages=frozenset(int(m) for m in data.get("messages", ())),
        groups=frozenset(str(g) for g in data.get("groups", ())),
        documents=frozenset(str(d) for d in data.get("documents", ())),
        people=frozenset(str(p) for p in data.get("people", ())),
        organisations=frozenset(str(o) for o in data.get("organisations", ())),
        outbox=bool(data.get("outbox", False)),
        invitations=bool(data.get("invitations", False)),
        refusals=tuple(
            Refusal(**{k: str(r.get(k, "")) for k in _REFUSAL_FIELDS})
            for r in data.get("refusals", ())
            if isinstance(r, dict)
        ),
    )


_REFUSAL_FIELDS = ("kind", "group_id", "detail", "errcode", "error")


# --- the worker -----------------------------------------------------------------------------


class _Output:
    """Lines to the parent, whole and in order, from the engine's threads."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def send(self, message: dict[str, Any]) -> None:
        line = json.dumps(message, separators=(",", ":"))
        with self._lock:
            try:
                self._stream.write(line + "\n")
                self._stream.flush()
            except (BrokenPipeError, ValueError):
                pass  # the app is gone; the end of input stops this worker too


def serve(stdin: IO[str], stdout: IO[str]) -> int:
    """Run one account's engine until told to stop or the input ends."""
    first = stdin.readline()
    if not first:
        return 0
    try:
        setup = json.loads(first)
        home_root = Path(setup["home"])
        user_id = str(setup["user_id"])
        secrets = {str(k): str(v) for k, v in dict(setup["secrets"]).items()}
        allow_http = setup.get("allow_insecure_http")
        if allow_http is not None:
            allow_http = [str(host) for host in allow_http]
    except (ValueError, KeyError, TypeError) as exc:
        print(f"treffpunkt sync worker: bad set-up line: {exc}", file=sys.stderr)
        return 2

    out = _Output(stdout)
    home = Home(home_root, Credentials.in_memory(secrets))
    try:
        connected = lazy.session.resume(home, user_id, allow_http=allow_http)
    except Exception as exc:  # not signed in, a missing or wrong key, an unreadable replica
        log.warning("opening %s failed: %s", user_id, exc)
        out.send({"error": str(exc)})
        return 3
    stop = threading.Event()

    def on_status(status: Status) -> None:
        out.send({"status": status_to_json(status)})
        if status.state is EngineState.UP_TO_DATE and not stop.is_set():
            groups = lazy.lookup.group_ids(connected.replica)
            out.send({"changes": changes_to_json(Changes(groups=groups, outbox=True))})

    def on_changes(changes: Changes) -> None:
        out.send({"changes": changes_to_json(changes)})

    engine = lazy.engine.SyncEngine(
        connected.replica,
        connected.transport,
        user_id,
        media=connected.engine.media,
        on_status=on_status,
        on_changes=on_changes,
    )
    _apply_settings(engine, setup)

    def stop_now() -> None:
        stop.set()
        engine.reconnect()  # ends a wait between offline attempts
        connected.transport.close()  # ends a long poll in flight

    finished = threading.Event()

    def stop_soon() -> None:
        stop_now()
        # A write in progress ends within moments; a long poll may wait up to POLL_MS for
        # the server. Then the process ends without it: SQLite keeps the replica whole (an
        # unfinished transaction is rolled back), and an entry caught while sending is
        # sent again under the same transaction id, which the server recognises.
        if not finished.wait(STOP_GRACE_S):
            log.info("sync worker of %s: ending during a request", user_id)
            os._exit(0)

    commands = threading.Thread(
        target=_read_commands, args=(stdin, engine, stop_soon), name="commands", daemon=True
    )
    commands.start()
    try:
        engine.run(stop, poll_timeout_ms=POLL_MS)
    except lazy.engine.AuthLostError as exc:
        kind = AuthLoss.SOFT if exc.soft_logout else AuthLoss.HARD
        log.warning("the server no longer accepts the token of %s (%s)", user_id, kind.value)
        out.send({"auth_lost": {"kind": kind.value}})
        return EXIT_AUTH_LOST
    except Exception:
        if stop.is_set():
            return 0  # stopping closed the transport under a request
        log.exception("sync engine of %s stopped", user_id)
        return 1
    finally:
        stop.set()
        connected.close()
        finished.set()
    return 0


def _apply_settings(engine: Any, data: dict[str, Any]) -> None:
    if "retention_days" in data:
        days = data["retention_days"]
        engine.default_retention_days = None if days is None else int(days)
    if "cap_bytes" in data:
        cap = data["cap_bytes"]
        engine.storage_cap_bytes = None if cap is None else int(cap)
    if isinstance(data.get("max_download_bytes"), int):
        engine.max_download_bytes = data["max_download_bytes"]


def _read_commands(stdin: IO[str], engine: Any, stop_now: Callable[[], None]) -> None:
    for line in stdin:
        try:
            command = json.loads(line)
            name = command.get("cmd")
        except (ValueError, AttributeError):
            log.warning("sync worker: a command that is not JSON was ignored")
            continue
        if name == "wake":
            engine.wake()
        elif name == "reconnect":
            engine.reconnect()
        elif name == "settings":
            _apply_settings(engine, command)
            engine.wake()
        elif name == "stop":
            break
        else:
            log.warning("sync worker: unknown command %r ignored", name)
    stop_now()


def main() -> int:
    # The window comes first: where both want the processor (two cores, a laptop on
    # battery), the scheduler gives it to the window's process rather than to this one.
    if hasattr(os, "nice"):
        try:
            os.nice(NICENESS)
        except OSError:
            pass
    # Ctrl+C in a terminal reaches the whole process group. The window quits on it and then
    # stops its workers through their input, so a worker does not end in the middle of a
    # batch on its own (nor print a KeyboardInterrupt trace).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(
        level=logging.WARNING, stream=sys.stderr, format="sync worker %(levelname)s %(message)s"
    )
    # Lines, not blocks: the parent reads each status as it comes.
    stdout = sys.stdout
    if hasattr(stdout, "reconfigure"):
        stdout.reconfigure(line_buffering=True)
    return serve(sys.stdin, stdout)


if __name__ == "__main__":
    raise SystemExit(main())
