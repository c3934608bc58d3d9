"""Fixtures of the UI tests: a context whose operations run inline, an account on the sample
region, the main window; and a window with a recording tray (``win``) with the real engine
applying given /sync answers to it (``engine``)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client.accounts import Home
from client.credentials import Credentials, MemorySecretStore
from client.store import Replica
from sync.engine import SyncEngine
from sync.transport import HttpTransport
from tests.conftest import GROUP, USER
from ui.context import AccountSession, AppContext, Settings
from ui.mainwindow import MainWindow

__all__ = ["GROUP", "USER", "RecordingNotifier", "open_window"]


@pytest.fixture
def ctx(qapp: QApplication, tmp_path: Path) -> Iterator[AppContext]:
    home = Home(tmp_path / "home", Credentials(MemorySecretStore()))
    context = AppContext(home, Settings(tmp_path / "settings.ini"), inline_ops=True)
    yield context
    context.shutdown()


@pytest.fixture
def account(ctx: AppContext, sample_replica: Replica) -> AccountSession:
    return ctx.open_replica_session(USER, sample_replica)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, account: AccountSession) -> MainWindow:
    return open_window(qtbot, ctx, account)


def open_window(qtbot: QtBot, ctx: AppContext, account: AccountSession) -> MainWindow:
    """A main window on ``account``, its first group shown."""
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.add_account(account)
    win.show()
    # The first group opens in the event loop's next turn, and its first page is laid out
    # a few posts a turn before it is shown.
    qtbot.waitUntil(lambda: win.middle.currentWidget() is not win.welcome)
    model = win.stream.model if win.middle.currentWidget() is win.stream else None
    if model is not None:
        qtbot.waitUntil(lambda: model.rowCount() > 0 or model.exhausted)
    return win


class RecordingNotifier:
    """Stands in for the tray: records what would have been shown on the desktop."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def show_message(self, title: str, text: str) -> None:
        self.messages.append((title, text))


@pytest.fixture
def tray() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def win(
    qtbot: QtBot, ctx: AppContext, account: AccountSession, tray: RecordingNotifier
) -> MainWindow:
    window = MainWindow(ctx, notifier=tray)
    qtbot.addWidget(window)
    window.add_account(account)
    window.show()
    return window


@pytest.fixture
def engine(win: MainWindow, sample_replica: Replica) -> Iterator[SyncEngine]:
    """The real engine, applying /sync answers as if they came from the server, and handing
    what it applied to the window the way the sync runner does."""
    transport = HttpTransport("http://127.0.0.1:9")  # never called: answers are given
    yield SyncEngine(sample_replica, transport, USER, on_changes=partial(win.sync_applied, USER))
    transport.close()
