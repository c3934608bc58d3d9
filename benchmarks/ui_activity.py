"""The activity page on the benchmark replica: ``activity_open_ms``, ``activity_bare_sql_ms``.

Part of ``python -m benchmarks.ui_desktop`` (``--only activity``). A child process opens
the replica of ``benchmarks.replica`` (a million posts in 500 groups for ``full``; 50,000
in 50 for ``small``) in the desktop app's context and shows the real activity page of the
generated organisation with the most groups (not one of the planted sample region), as of
the end of the generated history. The figure is the time from asking for it until its
figures are in the tables and the chart has painted (the read on a worker, the models
filled, one paint), the median of ``OPENS`` opens after a first one
(``activity_first_open_ms``). The baseline is one bare SQL aggregate over the same rows in
the same process, alternating with the opens: the organisation's posts and comments of the
same weeks counted per week and kind on the same connection type, without writers,
questions, names or Qt. Nothing here asserts anything about time.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.desktop_common import OUT_DIR, child_env, run_child

OPENS = 10


def child(args: list[str]) -> int:
    from datetime import timedelta

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from benchmarks import replica as replica_bench
    from client.accounts import Home
    from client.credentials import Credentials, MemorySecretStore
    from client.reads.activity import WEEKS, week_start
    from client.store import open_replica
    from ui.activity import ActivityPage
    from ui.context import AppContext, Settings

    source, work = Path(args[0]), Path(args[1])
    app = QApplication([sys.argv[0]])
    replica = open_replica(source, replica_bench.KEY)  # migrated here, once, if it is older
    now = replica_bench.MESSAGES_START + replica_bench.MESSAGES_SPAN
    with replica.connect() as conn:
        org_id, groups = conn.exec_driver_sql(
            "SELECT organisation_id, COUNT(*) FROM group_organisation WHERE organisation_id "
            "LIKE ? GROUP BY organisation_id ORDER BY 2 DESC LIMIT 1",
            (replica_bench.org_id(0).replace("0", "%", 1),),
        ).one()
        ids = [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT group_id FROM group_organisation WHERE organisation_id = ?", (org_id,)
            )
        ]
    ctx = AppContext(
        Home(work / "home", Credentials(MemorySecretStore())), Settings(work / "s.ini")
    )
    account = ctx.open_replica_session("@bench:bench.test", replica)
    page = ActivityPage(ctx)
    page.clock = lambda: now
    page.resize(1000, 700)
    page.show()
    since = (week_start(now) - timedelta(weeks=WEEKS - 1)).strftime("%Y-%m-%d %H:%M:%S.%f")
    marks = ",".join("?" * len(ids))
    bare_sql = (
        "SELECT kind, CAST((julianday(created_at) - julianday(?)) / 7 AS INTEGER), COUNT(*) "
        f"FROM message WHERE group_id IN ({marks}) AND created_at >= ? GROUP BY 1, 2"
    )

    def open_once() -> float:
        page.account = None  # a fresh open, not a reload
        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        start = time.perf_counter()
        page.show_organisation(account, org_id, "bench")
        loop.exec()
        page.repaint()
        took = (time.perf_counter() - start) * 1000
        page.loaded.disconnect(loop.quit)
        return took

    def bare_once() -> float:
        start = time.perf_counter()
        with replica.connect() as conn:
            conn.exec_driver_sql(bare_sql, (since, *ids, since)).all()
        return (time.perf_counter() - start) * 1000

    first = open_once()
    bare_first = bare_once()
    opens, bares = [], []
    for _ in range(OPENS):
        opens.append(open_once())
        bares.append(bare_once())
    activity = page.activity
    assert activity is not None
    print(
        json.dumps(
            {
                "activity_open_ms": round(statistics.median(opens), 1),
                "activity_bare_sql_ms": round(statistics.median(bares), 1),
                "activity_first_open_ms": round(first, 1),
                "activity_bare_sql_first_ms": round(bare_first, 1),
                "activity_groups": groups,
                "activity_posts_counted": sum(w.posts + w.comments for w in activity.weeks),
                "activity_open_questions": activity.open_count,
            }
        ),
        flush=True,
    )
    ctx.shutdown()
    app.quit()
    return 0


def measure(size: str) -> dict[str, Any]:
    source = OUT_DIR / f"replica-{size}.db"
    if not source.exists():
        print(f"activity: {source} is missing; run `python -m benchmarks.replica --size {size}`")
        return {}
    with (
        tempfile.TemporaryDirectory(prefix="treffpunkt-bench-activity-") as tmp,
        child_env() as env,
    ):
        figures = run_child(["activity", str(source), tmp], env, "activity")
    return figures
