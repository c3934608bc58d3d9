"""The background-operation helper with real worker threads, and the sync runner."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client.changes import Changes
from sync.engine import EngineState, Status
from sync.state import EXIT_AUTH_LOST, AuthLoss
from tests.ui.conftest import USER
from ui import status as status_module
from ui.context import AppContext
from ui.ops import ChangeHub, Op, OpRunner
from ui.status import SyncRunner


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[OpRunner]:
    ops = OpRunner(ChangeHub())
    yield ops
    assert ops.wait_idle()


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: OpRunner) -> None:
    seen: list[tuple[object, bool]] = []
    worker: list[bool] = []

    def work() -> int:
        worker.append(QThread.currentThread() is QApplication.instance().thread())  # type: ignore[union-attr]
        return 42

    with qtbot.wait_signal(runner.progress_changed, check_params_cb=lambda s: s == ""):
        Op(runner, work).success(
            lambda r: seen.append((r, QThread.currentThread() is qtbot_thread()))
        ).with_progress("busy").run()
    assert worker == [False]
    assert seen == [(42, True)]


def qtbot_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_none_result_and_failure(qtbot: QtBot, runner: OpRunner) -> None:
    results: list[object] = []
    errors: list[Exception] = []
    Op(runner, lambda: None).success(results.append).run()

    def fail() -> None:
        raise ValueError("no")

    Op(runner, fail).success(results.append).failure(errors.append).run()
    qtbot.wait_until(lambda: len(results) == 1 and len(errors) == 1)
    assert results == [None]
    assert isinstance(errors[0], ValueError)


def test_writes_run_one_at_a_time_in_order(qtbot: QtBot, runner: OpRunner) -> None:
    order: list[int] = []
    active = threading.Semaphore(1)
    done: list[int] = []

    def write(i: int) -> int:
        assert active.acquire(blocking=False), "two writes at once"
        order.append(i)
        active.release()
        return i

    for i in range(20):
        Op(runner, lambda i=i: write(i), writes=True).success(done.append).run()  # type: ignore[misc]
    qtbot.wait_until(lambda: len(done) == 20)
    assert order == list(range(20)) and done == list(range(20))


def test_changes_are_announced_for_the_account(qtbot: QtBot, runner: OpRunner) -> None:
    changes = Changes(groups=frozenset({"!g"}))
    with qtbot.wait_signal(runner.hub.changed) as blocker:
        Op(runner, lambda: changes, writes=True, account=USER).run()
    assert blocker.args == [USER, changes]


def test_callbacks_of_a_deleted_parent_are_dropped(qtbot: QtBot, runner: OpRunner) -> None:
    gate = threading.Event()
    parent = QObject()
    called: list[object] = []
    Op(runner, lambda: gate.wait(5), parent=parent).success(called.append).run()
    parent.deleteLater()
    qtbot.wait_until(lambda: not _valid(parent))
    with qtbot.wait_signal(runner.progress_changed):
        gate.set()
    assert called == []


def _valid(obj: QObject) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


def test_sync_runner_reports_offline(qtbot: QtBot, ctx: AppContext) -> None:
    # Port 9 (discard) refuses connections at once: the engine, in its worker process,
    # goes offline and says so through the runner, on the GUI thread.
    replica = ctx.home.create_account(USER, "http://127.0.0.1:9")
    ctx.home.credentials.set_access_token(USER, "t")
    account = ctx.open_replica_session(USER, replica)
    runner = SyncRunner(ctx, account)
    gui = QApplication.instance().thread()  # type: ignore[union-attr]
    threads: list[bool] = []
    runner.status_changed.connect(lambda *_: threads.append(QThread.currentThread() is gui))
    try:
        with qtbot.wait_signal(
            runner.status_changed,
            timeout=60_000,  # generous: a loaded machine starts the worker process late
            check_params_cb=lambda user, status: status.state is EngineState.OFFLINE,
        ) as blocker:
            runner.start()
    finally:
        runner.stop()
        # A worker left running would touch the replica after the fixture removed it.
        assert runner.wait(30.0)
    assert blocker.args is not None and blocker.args[0] == USER
    assert threads and all(threads)


def test_sync_runner_says_why_its_worker_cannot_open_the_account(
    qtbot: QtBot, ctx: AppContext
) -> None:
    replica = ctx.home.create_account(USER, "http://127.0.0.1:9")
    account = ctx.open_replica_session(USER, replica)  # no access token: not signed in
    runner = SyncRunner(ctx, account)
    try:
        with qtbot.wait_signal(runner.status_changed, timeout=60_000) as blocker:
            runner.start()
    finally:
        runner.stop()
        assert runner.wait(30.0)
    assert blocker.args is not None
    user, status = blocker.args
    assert user == USER and status.state is EngineState.OFFLINE
    assert status.error and "not signed in" in status.error


def _offline_runner(ctx: AppContext) -> SyncRunner:
    """A runner for a signed-in account whose server refuses connections (port 9)."""
    replica = ctx.home.create_account(USER, "http://127.0.0.1:9")
    ctx.home.credentials.set_access_token(USER, "t")
    return SyncRunner(ctx, account=ctx.open_replica_session(USER, replica))


def _from_engine(_user: str, status: Status) -> bool:
    """An offline report of the worker's engine, not the runner's own about its worker."""
    return status.state is EngineState.OFFLINE and "unexpectedly" not in (status.error or "")


def test_sync_runner_starts_a_worker_again_when_it_ends_unasked(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(status_module, "RESTART_FIRST_MS", 200)
    runner = _offline_runner(ctx)
    try:
        with qtbot.wait_signal(runner.status_changed, timeout=60_000, check_params_cb=_from_engine):
            runner.start()
        first = runner._pid
        with qtbot.wait_signal(
            runner.status_changed,
            timeout=30_000,
            check_params_cb=lambda _u, s: bool(s.error and "unexpectedly" in s.error),
        ):
            os.kill(first, signal.SIGKILL)  # a crash, as far as the window can tell
        with qtbot.wait_signal(runner.status_changed, timeout=60_000, check_params_cb=_from_engine):
            pass
        assert runner._pid not in (0, first)
    finally:
        runner.stop()
        assert runner.wait(30.0)


def _stand_in_worker(line: str) -> tuple[str, list[str]]:
    """A worker that reads its set-up line, writes ``line`` and ends as a real one does when
    the server no longer accepts its token (tests/e2e/test_sync_worker.py has the real one)."""
    script = (
        f"import sys; sys.stdin.readline(); print({line!r}, flush=True); "
        f"raise SystemExit({EXIT_AUTH_LOST})"
    )
    return sys.executable, ["-c", script]


@pytest.mark.parametrize(
    ("line", "loss"),
    [
        ('{"auth_lost": {"kind": "hard"}}', AuthLoss.HARD),
        ('{"auth_lost": {"kind": "soft"}}', AuthLoss.SOFT),
        ("", AuthLoss.SOFT),  # the line got lost: keep the data, ask for the password
    ],
)
def test_a_worker_that_lost_its_token_is_not_started_again(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, line: str, loss: AuthLoss
) -> None:
    monkeypatch.setattr(status_module, "RESTART_FIRST_MS", 50)
    monkeypatch.setattr(status_module, "worker_command", lambda: _stand_in_worker(line))
    runner = _offline_runner(ctx)
    launched: list[int] = []
    runner.status_changed.connect(lambda *_: launched.append(1))
    try:
        with qtbot.wait_signal(runner.auth_lost, timeout=60_000) as lost:
            runner.start()
        assert lost.args == [USER, loss] and runner.lost is loss
        runner.start()  # what a restart would do: nothing
        qtbot.wait(500)  # ten times the restart delay
        assert runner._process is None and launched == []
    finally:
        runner.stop()
        assert runner.wait(30.0)


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name != "posix", reason="POSIX signals")
def test_a_sync_worker_outlives_ctrl_c_and_still_serves_the_window(
    qtbot: QtBot, ctx: AppContext
) -> None:
    # Ctrl+C in a terminal reaches the worker too; the window quits on it and stops the
    # worker itself, so the worker ignores it.
    runner = _offline_runner(ctx)
    try:
        with qtbot.wait_signal(runner.status_changed, timeout=60_000, check_params_cb=_from_engine):
            runner.start()
        worker = runner._pid
        os.kill(worker, signal.SIGINT)
        with qtbot.wait_signal(runner.status_changed, timeout=60_000, check_params_cb=_from_engine):
            runner.reconnect()  # answered by the same worker: it is still there
        assert runner._pid == worker
    finally:
        runner.stop()
        assert runner.wait(30.0)
