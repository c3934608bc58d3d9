"""``make bench`` (desktop part): start-up, memory and GUI-thread latency, in build/bench/ui.json.

    python -m benchmarks.ui_desktop [--size full|small] [--only start,scroll,sync,activity]

``start``: the time from starting a process to an interactive main window (shown, and its
event loop taking input: ``cold_start_s``) and to the first group's posts on screen (the
account's replica opened, the sidebar filled, the stream read: ``first_posts_s``), with the
``--size`` replica of ``benchmarks.replica`` (a million posts for ``full``; built by that
benchmark, which ``make bench`` runs first), against an empty PySide6 main window started
the same way (same interpreter, same platform plugin) in the same run. Starts alternate, and
``cold_start_ratio`` is the median, over the pairs, of each app start against the empty
window's start just before it. The machine's speed changes from one process to the next by
half (both kinds alike, see ``cold_start_all_s``), so the ratio of the two medians
(``cold_start_ratio_of_medians``) swings with which speed each median happens to fall on;
it is reported too, with the fastest start of each kind against the other
(``cold_start_best_ratio``).

``scroll``: a fresh process opens a group of 100,000 posts in the real stream page and
scrolls to its end page by page; its peak resident memory is reported.

``activity``: ``activity_open_ms``, the time to open the activity page of the largest
organisation on the ``--size`` replica, against ``activity_bare_sql_ms``, a bare SQL aggregate
over the same rows (``benchmarks.ui_activity``).

``sync``: ``max_block_ms``, the GUI thread's worst stretch while the window syncs 10,000
events from a real Synapse (``benchmarks.ui_sync``).

Every child runs offscreen with a throw-away keyring file (tests.filekeyring) and policy,
so nothing of the user's desktop is touched. Nothing here asserts anything about time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.desktop_common import OUT_DIR, ROOT, child_env, run_child, write_keyring

USER = "@bench:bench.test"
# Starts of each kind, alternating. The machine's speed changes by half from one process to
# the next; with 9 of each, the ratio of the medians moved by 0.1 between runs of the same
# code, with 15 by 0.6 (when the two medians fell on different speeds).
START_RUNS = 21
SCROLL_POSTS = 100_000
TARGETS = {"max_block_ms": 50.0, "cold_start_ratio": 1.5, "peak_rss_mb": 250.0}


# --- children -----------------------------------------------------------------------------
# Each figure is taken in a fresh process started by `python -m benchmarks.ui_desktop --child ...`,
# so this module imports nothing heavy at the top: not even ``benchmarks.ui_sync``, whose
# ``secrets`` loads hashlib, which the app itself loads only after its window shows.


def _child_app(home: Path) -> int:
    """The real `treffpunkt-desktop` start.

    Prints ``interactive`` at the first turn of the event loop after the main window is
    shown (it takes input from then on) and ``ready`` once the first group's stream shows
    posts. Only ``ui.app`` is imported here, before PySide6, as the installed launcher does
    (``ui.app:main`` loads Qt itself).
    """
    from ui import app as desktop

    original = desktop.start

    def start(ctx: Any) -> Any:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        window = original(ctx)

        def check() -> None:
            page = window.middle.currentWidget()  # the stream page is built when first shown
            model = getattr(page, "model", None) if page is not window.welcome else None
            if model is not None and model.rowCount() > 0:
                print("ready", flush=True)
                QApplication.quit()
            else:
                QTimer.singleShot(2, check)

        def interactive() -> None:
            print(f"interactive {time.process_time():.4f}", flush=True)
            check()

        QTimer.singleShot(0, interactive)
        return window

    desktop.start = start
    return int(desktop.main(["--home", str(home)]))


def _child_bare() -> int:
    """An empty PySide6 main window: the floor any Qt Widgets application starts from."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()

    def ready() -> None:
        print(f"interactive {time.process_time():.4f}", flush=True)
        print("ready", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


def _child_scroll(home: Path, keyring: Path) -> int:
    """Scroll a 100,000-post group to its end; print the process's peak RSS."""
    from benchmarks import ui_stream
    from tests import filekeyring

    stats = ui_stream.scroll_home(home, filekeyring.secrets_of(keyring))
    stats["peak_rss_mb"] = _peak_rss_mb()
    print(json.dumps(stats), flush=True)
    return 0


def _peak_rss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


# --- the parent ---------------------------------------------------------------------------


def timed_start(args: Sequence[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from spawning `python -m benchmarks.ui_desktop --child ...` to its
    `interactive` and to its `ready` line, and the CPU time the child had used by the
    first (all its threads: steadier than wall time on a shared machine)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.ui_desktop", "--child", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    cpu = 0.0
    for line in proc.stdout:
        mark, *value = line.split()
        if mark == "interactive" and value:
            cpu = float(value[0])
        marks.setdefault(mark, time.perf_counter() - start)
        if "ready" in marks:
            break
    if "ready" not in marks or "interactive" not in marks:
        _, err = proc.communicate()
        raise SystemExit(f"child {' '.join(args)} exited {proc.wait()} before ready:\n{err}")
    proc.communicate(timeout=120)
    return marks["interactive"], marks["ready"], cpu


def prepare_start_home(size: str) -> Path | None:
    """A home whose one account holds a copy of the replica benchmark's replica."""
    from benchmarks import replica as replica_bench
    from client.accounts import AccountInfo, Home
    from client.credentials import Credentials, MemorySecretStore
    from client.models import Account
    from client.store import open_replica

    source = OUT_DIR / f"replica-{size}.db"
    if not source.exists():
        print(f"start: {source} is missing; run `python -m benchmarks.replica --size {size}`")
        return None
    root = OUT_DIR / f"ui-home-{size}"
    home = Home(root, Credentials(MemorySecretStore()))
    target = home.replica_path(USER)
    stamp = root / "source.json"
    wanted = {"source_mtime": source.stat().st_mtime, "size": source.stat().st_size}
    if not (target.exists() and stamp.exists() and json.loads(stamp.read_text()) == wanted):
        print(f"start: copying {source.name} into {root.relative_to(ROOT)} ...", flush=True)
        shutil.rmtree(root, ignore_errors=True)
        target.parent.mkdir(parents=True)
        replica = open_replica(source, replica_bench.KEY)
        try:  # a consistent copy with the WAL folded in, then the account it belongs to
            with replica.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            replica.close()
        shutil.copyfile(source, target)
        replica = open_replica(target, replica_bench.KEY)
        try:
            with replica.write_session() as session:
                session.add(
                    Account(
                        user_id=USER, homeserver="http://127.0.0.1:9", created_at=datetime.now(UTC)
                    )
                )
        finally:
            replica.close()
        home.remember(AccountInfo(USER, "http://127.0.0.1:9", "BENCH"))
        stamp.write_text(json.dumps(wanted), encoding="utf-8")
    write_keyring(root / "keyring.json", USER, replica_bench.KEY)
    return root


def measure_start(size: str) -> dict[str, Any]:
    root = prepare_start_home(size)
    if root is None:
        return {}
    app: list[tuple[float, float, float]] = []
    bare: list[tuple[float, float, float]] = []
    with child_env(root / "keyring.json") as env:
        timed_start(["bare"], env)  # warm the file cache for both sides alike
        timed_start(["app", str(root)], env)
        for _ in range(START_RUNS):
            bare.append(timed_start(["bare"], env))
            app.append(timed_start(["app", str(root)], env))
    cold = statistics.median(a for a, _, _ in app)
    posts = statistics.median(r for _, r, _ in app)
    floor = statistics.median(b for b, _, _ in bare)
    cold_cpu = statistics.median(c for _, _, c in app)
    floor_cpu = statistics.median(c for _, _, c in bare)
    pairs = list(zip(app, bare, strict=True))  # each app start and the bare start before it
    return {
        "start_replica": f"replica-{size}.db",
        "start_runs": START_RUNS,
        "cold_start_s": round(cold, 3),
        "first_posts_s": round(posts, 3),
        "bare_qt_start_s": round(floor, 3),
        "cold_start_ratio": round(statistics.median(a / b for (a, _, _), (b, _, _) in pairs), 2),
        "first_posts_ratio": round(statistics.median(r / b for (_, r, _), (b, _, _) in pairs), 2),
        "cold_start_ratio_of_medians": round(cold / floor, 2),
        "cold_start_best_ratio": round(min(a for a, _, _ in app) / min(b for b, _, _ in bare), 2),
        # The same comparison in CPU time used by then (all threads).
        "cold_start_cpu_s": round(cold_cpu, 3),
        "bare_qt_start_cpu_s": round(floor_cpu, 3),
        "cold_start_cpu_ratio": round(
            statistics.median(a / b for (_, _, a), (_, _, b) in pairs), 2
        ),
        "cold_start_all_s": [round(a, 3) for a, _, _ in app],
        "first_posts_all_s": [round(r, 3) for _, r, _ in app],
        "bare_qt_start_all_s": [round(t, 3) for t, _, _ in bare],
    }


def measure_scroll(posts: int) -> dict[str, Any]:
    from benchmarks import ui_stream

    with tempfile.TemporaryDirectory(prefix="treffpunkt-bench-scroll-") as tmp:
        root = Path(tmp)
        key = ui_stream.build_home(root, posts)
        keyring = root / "keyring.json"
        write_keyring(keyring, ui_stream.USER, key)
        with child_env(keyring) as env:
            stats = run_child(["scroll", str(root)], env, "scroll")
    return {f"scroll_{k}" if k != "peak_rss_mb" else k: v for k, v in stats.items()}


def print_table(figures: dict[str, Any]) -> None:
    print()
    for key in (
        "cold_start_s",
        "bare_qt_start_s",
        "cold_start_ratio",
        "cold_start_ratio_of_medians",
        "cold_start_best_ratio",
        "cold_start_cpu_ratio",
        "first_posts_s",
        "first_posts_ratio",
        "peak_rss_mb",
        "max_block_ms",
        "bare_heartbeat_max_ms",
        "activity_open_ms",
        "activity_bare_sql_ms",
        "activity_first_open_ms",
    ):
        if key not in figures:
            continue
        target = TARGETS.get(key)
        mark = ""
        if target is not None:
            mark = f"target <= {target:g}: {'met' if figures[key] <= target else 'MISSED'}"
        print(f"{key:<28} {figures[key]:>10}   {mark}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--size", choices=("full", "small"), default="full")
    parser.add_argument("--only", default="start,scroll,sync,activity")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        if kind == "app":
            return _child_app(Path(rest[0]))
        if kind == "bare":
            return _child_bare()
        if kind == "scroll":
            root = Path(rest[0])
            return _child_scroll(root, root / "keyring.json")
        if kind == "sync":
            from benchmarks import ui_sync

            return ui_sync.child(rest)
        if kind == "activity":
            from benchmarks import ui_activity

            return ui_activity.child(rest)
        if kind == "control":
            from benchmarks import ui_sync

            return ui_sync.control(rest)
        raise SystemExit(f"unknown child {kind}")

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    out = OUT_DIR / "ui.json"
    figures: dict[str, Any] = {}
    if out.exists():
        figures = json.loads(out.read_text(encoding="utf-8"))
    figures.update(
        size=args.size,
        date=datetime.now(UTC).isoformat(timespec="seconds"),
        load_average_at_start=[round(x, 2) for x in os.getloadavg()],
        targets=TARGETS,
    )
    only = set(args.only.split(","))
    if "start" in only:
        print("cold start against a bare Qt window ...", flush=True)
        figures.update(measure_start(args.size))
    if "scroll" in only:
        print(f"scrolling a group of {SCROLL_POSTS:,} posts ...", flush=True)
        figures.update(measure_scroll(SCROLL_POSTS if args.size == "full" else 20_000))
    if "activity" in only:
        from benchmarks import ui_activity

        print("opening the activity page ...", flush=True)
        figures.update(ui_activity.measure(args.size))
    if "sync" in only:
        from benchmarks import ui_sync

        print(f"GUI heartbeat during a sync of {ui_sync.EVENTS:,} events ...", flush=True)
        figures.update(ui_sync.measure(args.size))
    out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print_table(figures)
    print(f"\nfigures in {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
