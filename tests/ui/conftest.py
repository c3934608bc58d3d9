"""Fixtures of the UI tests: a context whose operations run inline, an account on the sample
region, the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client.accounts import Home
from client.credentials import Credentials, MemorySecretStore
from client.store import Replica
from tests.conftest import GROUP, USER
from ui.context import AccountSession, AppContext, Settings
from ui.mainwindow import MainWindow

__all__ = ["GROUP", "USER", "open_window"]


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
