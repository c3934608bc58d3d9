"""Fixtures of the UI tests: a sample replica, a context whose operations run inline."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client.accounts import Home
from client.credentials import Credentials, MemorySecretStore
from client.store import Replica, open_replica
from devkit import sample
from tests.conftest import GROUP, TEST_KEY, USER
from ui.context import AccountSession, AppContext, Settings
from ui.mainwindow import MainWindow

__all__ = ["GROUP", "USER"]


@pytest.fixture(scope="session")
def sample_template(template_replica: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tests' template replica with the demo's sample region written into it, once."""
    path = tmp_path_factory.mktemp("sample") / "replica.db"
    shutil.copyfile(template_replica, path)
    replica = open_replica(path, TEST_KEY)
    with replica.begin() as conn:
        sample.write_to_replica(conn, sample.generate())
    with replica.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    replica.close()
    return path


@pytest.fixture
def sample_replica(sample_template: Path, tmp_path: Path) -> Iterator[Replica]:
    path = tmp_path / "sample.db"
    shutil.copyfile(sample_template, path)
    opened = open_replica(path, TEST_KEY)
    yield opened
    opened.close()


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
