"""The GUI thread while the desktop app syncs 10,000 events: ``max_block_ms``.

Part of ``python -m benchmarks.ui_desktop`` (``--only sync``). The sync benchmark's Synapse
(``benchmarks.sync``: seeded once under ``build/``, reused) holds groups of 5,000 posts
and comments; a fresh account joins two of them and signs in. A child process then opens
the real main window on that account, exactly as ``treffpunkt-desktop`` does after a
sign-in, and runs a 5 ms heartbeat timer on the GUI thread while the sync engine fetches,
applies and backfills the 10,000 events in its worker process and the window follows every
change (sidebar, stream, status line). The figure is the worst lateness of a beat: how long
the GUI thread was held up at a stretch. On a shared machine that includes moments the
operating system ran other processes, so the GUI thread's own CPU time between two beats is
reported beside it (``sync_max_busy_ms``), and so is the lateness of the same heartbeat in
an empty Qt process running at the same time (``bare_heartbeat_max_ms``). Nothing here
asserts anything about time.
"""

from __future__ import annotations

import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.desktop_common import ROOT, child_env, write_keyring

BEAT_MS = 5
PROBE_ENV = "TREFFPUNKT_BENCH_PROBE"  # ms: print the threads' stacks after a beat this late
EVENTS = 10_000
TIMEOUT_S = 900.0


def _heartbeat(parent: Any = None) -> tuple[Any, list[float], list[float]]:
    """A precise 5 ms timer on the calling (GUI) thread, started; returns it with the list
    of each beat's lateness and the list of the thread's CPU time between beats (ms): what
    the app itself kept the thread busy with, where lateness also counts the moments the
    shared machine ran something else."""
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer

    late: list[float] = []
    busy: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed(), time.thread_time()]

    probe = float(os.environ.get(PROBE_ENV, "0") or 0)

    def beat() -> None:
        now, cpu = clock.nsecsElapsed(), time.thread_time()
        late.append(max(0.0, (now - last[0]) / 1e6 - BEAT_MS))
        busy.append((cpu - last[1]) * 1000)
        last[0], last[1] = now, cpu
        if probe and late[-1] >= probe:
            _report_late_beat(late[-1], busy[-1])
        elif probe and GUI_SAMPLER:
            GUI_SAMPLER[0].take()

    if probe and not GUI_SAMPLER:
        GUI_SAMPLER.append(_GuiSampler())
    heart = QTimer(parent)
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.timeout.connect(beat)
    heart.start(BEAT_MS)
    return heart, late, busy


class _GuiSampler:
    """With the probe on: where the GUI thread is, sampled every 2 ms by a thread of its
    own while a beat is overdue (it gets the interpreter whenever the GUI thread is in
    Qt's C++ code, so the samples name the Python frame that called into Qt)."""

    def __init__(self) -> None:
        import threading

        self.gui = threading.get_ident()
        self.last_beat = time.perf_counter()
        self.samples: dict[str, int] = {}
        threading.Thread(target=self._run, name="probe", daemon=True).start()

    def _run(self) -> None:
        import traceback

        while True:
            time.sleep(0.002)
            if time.perf_counter() - self.last_beat < 0.015:
                continue
            frame = sys._current_frames().get(self.gui)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)[-5:]
            where = " < ".join(
                f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack)
            )
            self.samples[where] = self.samples.get(where, 0) + 1

    def take(self) -> list[tuple[str, int]]:
        samples, self.samples = self.samples, {}
        self.last_beat = time.perf_counter()
        return sorted(samples.items(), key=lambda item: -item[1])[:4]


GUI_SAMPLER: list[_GuiSampler] = []


def _report_late_beat(late_ms: float, busy_ms: float) -> None:
    """Where the other threads are when the GUI thread runs again after a late beat: the
    one that held the interpreter has just let go of it (``TREFFPUNKT_BENCH_PROBE=ms``);
    and samples of where the GUI thread itself was meanwhile."""
    import threading
    import traceback

    names = {t.ident: t.name for t in threading.enumerate()}
    lines = [f"late {late_ms:.1f} ms, GUI busy {busy_ms:.1f} ms"]
    if GUI_SAMPLER:
        lines += [f"  GUI x{n:<3} {where}" for where, n in GUI_SAMPLER[0].take()]
    for ident, frame in sys._current_frames().items():
        if ident == threading.get_ident():
            continue
        stack = traceback.extract_stack(frame)[-4:]
        where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack))
        lines.append(f"  {names.get(ident, ident)}: {where}")
    print("\n".join(lines), file=sys.stderr, flush=True)


def child(args: list[str]) -> int:
    """In the child: the real window, a heartbeat, and the replica counted until done."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import app as desktop

    home, wanted = Path(args[0]), int(args[1])
    original = desktop.start

    def start(ctx: Any) -> Any:
        window = original(ctx)
        heart, late, busy = _heartbeat(window)
        started = time.perf_counter()

        def messages() -> int:
            # From the GUI thread, but only once a second and on an indexed count: what
            # this costs shows in the figure, which only makes it stricter.
            if not ctx.accounts:
                return 0
            with ctx.accounts[0].replica.connect() as conn:
                return int(conn.exec_driver_sql("SELECT count(*) FROM message").scalar() or 0)

        opened: list[int] = []  # the beat by which the account was open

        def check() -> None:
            if ctx.accounts and not opened:
                opened.append(len(late))
            count = messages()
            if count >= wanted or time.perf_counter() - started > TIMEOUT_S:
                heart.stop()
                print(
                    json.dumps(
                        {
                            "messages": count,
                            "seconds": round(time.perf_counter() - started, 1),
                            "beats": len(late),
                            "max_block_ms": round(max(late, default=0.0), 1),
                            # Once the account is open (its replica read, its worker
                            # started): the sync alone, without the app's start-up.
                            "max_block_open_ms": round(
                                max(late[opened[0] if opened else 0 :], default=0.0), 1
                            ),
                            "p99_block_ms": round(_percentile(late, 0.99), 1),
                            "median_block_ms": round(statistics.median(late or [0.0]), 2),
                            "max_busy_ms": round(max(busy, default=0.0), 1),
                            "p99_busy_ms": round(_percentile(busy, 0.99), 1),
                        }
                    ),
                    flush=True,
                )
                QApplication.quit()
            else:
                QTimer.singleShot(1000, check)

        QTimer.singleShot(1000, check)
        return window

    desktop.start = start
    return int(desktop.main(["--home", str(home)]))


def control(args: list[str]) -> int:
    """In a second child, meanwhile: the same heartbeat in an empty Qt application, which
    does nothing else. Its lateness is what the machine alone causes (other processes, two
    cores); it runs until the parent closes its standard input."""
    import threading

    from PySide6.QtCore import QCoreApplication, QTimer

    app = QCoreApplication([sys.argv[0]])
    heart, late, _ = _heartbeat()
    done = threading.Event()

    def wait_for_parent() -> None:
        sys.stdin.read()
        done.set()

    threading.Thread(target=wait_for_parent, daemon=True).start()
    poll = QTimer()
    poll.timeout.connect(lambda: app.quit() if done.is_set() else None)
    poll.start(100)
    app.exec()
    heart.stop()
    print(
        json.dumps(
            {
                "max_ms": round(max(late, default=0.0), 1),
                "p99_ms": round(_percentile(late, 0.99), 1),
            }
        ),
        flush=True,
    )
    return 0


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(size_name: str) -> dict[str, Any]:
    """Sign a fresh account in to two seeded groups and time the window while it syncs."""
    from benchmarks import sync as sync_bench
    from client.accounts import Home
    from client.credentials import Credentials, MemorySecretStore
    from sync import api
    from sync.session import login

    size = sync_bench.SIZES[size_name]
    data_dir = ROOT / "build" / ("bench-server" if size_name == "full" else "bench-server-small")
    server, seeded = sync_bench.seeded_server(data_dir, size)
    try:
        per_group = seeded.events // len(seeded.groups)
        groups = seeded.groups[: max(1, min(len(seeded.groups), EVENTS // per_group))]
        wanted = per_group * len(groups)
        password = secrets.token_urlsafe(12)
        user = server.register_user(f"bench-ui-{secrets.token_hex(4)}", password)
        with server.transport(seeded.owner_token) as http:
            for room in groups:
                sync_bench._ok(http.execute(api.invite(room, user.user_id)))
        with server.transport(user.access_token) as http:
            for room in groups:
                sync_bench._ok(http.execute(api.join(room)))
        with tempfile.TemporaryDirectory(prefix="treffpunkt-bench-sync-") as tmp:
            root = Path(tmp)
            store = MemorySecretStore()
            connected = login(
                Home(root, Credentials(store)), server.base_url, user.user_id, password
            )
            connected.close()
            credentials = Credentials(store)
            token = credentials.access_token(user.user_id)
            assert token is not None
            keyring = root / "keyring.json"
            write_keyring(keyring, user.user_id, credentials.replica_key(user.user_id), token)
            with child_env(keyring) as env:
                with subprocess.Popen(
                    [sys.executable, "-m", "benchmarks.ui_desktop", "--child", "control"],
                    env=env,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                    cwd=ROOT,
                ) as baseline:
                    proc = subprocess.run(
                        [
                            sys.executable,
                            "-m",
                            "benchmarks.ui_desktop",
                            "--child",
                            "sync",
                            str(root),
                            str(wanted),
                        ],
                        env=env,
                        capture_output=True,
                        text=True,
                        cwd=ROOT,
                        check=False,
                        timeout=TIMEOUT_S + 120,
                    )
                    machine, _ = baseline.communicate("", timeout=60)
    finally:
        server.stop()
    if proc.returncode != 0:
        raise SystemExit(f"sync child failed:\n{proc.stderr[-4000:]}")
    if os.environ.get(PROBE_ENV):
        print(proc.stderr, file=sys.stderr)
    figures: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    alone: dict[str, Any] = json.loads(machine.strip().splitlines()[-1])
    return {
        "max_block_ms": figures.pop("max_block_ms"),
        # The same heartbeat in an empty Qt process at the same time: the machine's share.
        "bare_heartbeat_max_ms": alone["max_ms"],
        "bare_heartbeat_p99_ms": alone["p99_ms"],
        "sync_events": wanted,
        **{f"sync_{k}": v for k, v in figures.items()},
    }
