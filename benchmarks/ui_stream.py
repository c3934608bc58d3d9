"""Scrolling the stream of a group with 100,000 posts: page reads, layout, frame times.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.ui_stream [--posts 100000]

Writes the posts into a fresh encrypted replica, opens the real ``StreamPage`` at 1280x800
and scrolls to the end the way a user dragging the scroll bar down would: each step moves
to the bottom, which makes the view ask for the next page. Prints, every 10,000 rows,
the time of each page read (on the worker, the GUI waits for nothing), the frame that lays
out the list after an insert (pages grow with the list, so these get rarer), and the frames
of scrolling within what is loaded (what reading feels like). Asserts nothing about time.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from client.accounts import Home
from client.credentials import Credentials, MemorySecretStore, SecretStore
from client.models import Group
from ui.app import _application
from ui.context import AppContext, Settings
from ui.stream import StreamPage

USER = "@bench:intranet.test"
GROUP = "!bench:intranet.test"


def build(home: Home, posts: int) -> AppContext:
    replica = home.create_account(USER, "http://127.0.0.1")
    with replica.session() as session, session.begin():
        session.add(Group(id=GROUP, name="Bench", description=""))
    start = datetime(2020, 1, 1)
    body = "<p>Ter info: het <b>Wmo-loket</b> is vrijdag gesloten. Vragen? Bel {i}.</p>"
    with replica.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO message (kind, group_id, author, body, body_html, created_at, "
            "deleted, pending) VALUES ('post', ?, ?, ?, ?, ?, 0, 0)",
            [
                (
                    GROUP,
                    USER,
                    f"post {i}",
                    body.format(i=i) * (1 + i % 3),
                    (start + timedelta(minutes=i)).strftime("%Y-%m-%d %H:%M:%S.%f"),
                )
                for i in range(posts)
            ],
        )
    ctx = AppContext(home, Settings(home.root / "settings.ini"))
    ctx.add_account(ctx.open_replica_session(USER, replica))
    return ctx


def build_home(root: Path, posts: int) -> bytes:
    """Write a home with one group of ``posts`` posts; returns the replica's key."""
    store = MemorySecretStore()
    home = Home(root, Credentials(store))
    build(home, posts).shutdown()
    return home.credentials.replica_key(USER)


def scroll_home(root: Path, store: SecretStore) -> dict[str, float]:
    """Open the group of a home written by ``build_home`` and scroll it to the end."""
    app = _application([])
    assert isinstance(app, QApplication)
    home = Home(root, Credentials(store))
    ctx = AppContext(home, Settings(root / "settings.ini"))
    ctx.add_account(ctx.open_replica_session(USER, home.open_account(USER)))
    try:
        return scroll(app, ctx, verbose=False)
    finally:
        ctx.shutdown()


def scroll(app: QApplication, ctx: AppContext, *, verbose: bool = True) -> dict[str, float]:
    page = StreamPage(ctx)
    page.resize(860, 800)
    page.show()
    page.show_group(ctx.accounts[0], GROUP, "Bench")
    model = page.model
    assert model is not None
    view = page.view
    frames: list[float] = []
    steady: list[float] = []
    reads: list[float] = []
    all_frames: list[float] = []
    all_steady: list[float] = []
    mark = 10_000
    started = time.perf_counter()
    while True:
        before = model.rowCount()
        asked = time.perf_counter()
        view.scrollToBottom()  # the view asks for more when it reaches the end
        if model.canFetchMore():
            model.fetchMore()
        while model.rowCount() == before and not model.exhausted:
            app.processEvents()
        reads.append(time.perf_counter() - asked)
        frame = time.perf_counter()
        view.scrollToBottom()
        app.processEvents()
        view.viewport().repaint()
        frames.append(time.perf_counter() - frame)
        # Reading on: scrolling within what is loaded, a few rows per wheel step.
        bar = view.verticalScrollBar()
        for _ in range(5):
            tick = time.perf_counter()
            bar.setValue(max(bar.minimum(), bar.value() - 3))
            view.viewport().repaint()
            steady.append(time.perf_counter() - tick)
        if model.rowCount() >= mark or model.exhausted:
            if verbose:
                print(
                    f"{model.rowCount():>7} rows  page read+insert median "
                    f"{statistics.median(reads) * 1000:6.1f} ms  "
                    f"frame after insert median {statistics.median(frames) * 1000:6.1f} ms  "
                    f"max {max(frames) * 1000:6.1f} ms  "
                    f"scroll frame median {statistics.median(steady) * 1000:5.1f} ms "
                    f"max {max(steady) * 1000:5.1f} ms"
                )
            all_frames += frames
            all_steady += steady
            frames.clear()
            steady.clear()
            reads.clear()
            mark += 10_000
        if model.exhausted:
            break
    seconds = time.perf_counter() - started
    rows = model.rowCount()
    if verbose:
        print(f"scrolled through {rows} posts in {seconds:.1f} s")
    page.close()
    return {
        "rows": rows,
        "seconds": round(seconds, 2),
        "frame_after_insert_max_ms": round(max(all_frames, default=0.0) * 1000, 1),
        "scroll_frame_median_ms": round(statistics.median(all_steady or [0.0]) * 1000, 2),
        "scroll_frame_max_ms": round(max(all_steady, default=0.0) * 1000, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=100_000)
    args = parser.parse_args()
    app = _application([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        home = Home(Path(tmp), Credentials(MemorySecretStore()))
        t0 = time.perf_counter()
        ctx = build(home, args.posts)
        print(f"wrote {args.posts} posts in {time.perf_counter() - t0:.1f} s")
        scroll(app, ctx)
        ctx.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
