"""Notifications: what sync brings shows under the bell, and once on the desktop."""

from __future__ import annotations

import itertools
from functools import partial
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from client import notifications
from client.models import NotificationRead
from client.store import Replica
from sync import api
from sync.engine import SyncEngine
from sync.transport import HttpTransport
from tests.conftest import message_event as message
from tests.ui.conftest import GROUP, USER, RecordingNotifier
from ui.context import AccountSession, AppContext
from ui.mainwindow import MainWindow
from ui.notificationmodel import NOTIFICATION_ROLE, NotificationModel
from ui.notifications import SystemTrayNotifier

OTHER = "@bernd:harderwijk.test"
_ids = itertools.count(1)


def sync_response(*events: dict[str, Any]) -> api.SyncResponse:
    return api.parse_sync(
        {
            "next_batch": f"s{next(_ids)}",
            "rooms": {"join": {GROUP: {"timeline": {"events": list(events)}}}},
        }
    )


@pytest.fixture
def elsewhere(qtbot: QtBot, win: MainWindow) -> QWidget:
    """Another window that has the focus: the main window is not the active one."""
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not win.isActiveWindow())
    return other


def test_a_mention_by_sync_is_listed_and_shown_once_on_the_desktop(
    qtbot: QtBot,
    win: MainWindow,
    engine: SyncEngine,
    tray: RecordingNotifier,
    elsewhere: QWidget,
) -> None:
    before = win.notification_model.unread
    mention = message(OTHER, "Anke, kannst du übernehmen?", **{"m.mentions": {"user_ids": [USER]}})
    unrelated = message(OTHER, "Nur zur Info: die Kantine ist zu.")
    engine.apply_sync(sync_response(mention, unrelated))

    model = win.notification_model
    assert model.unread == before + 1
    user_id, first = model.index(0, 0).data(NOTIFICATION_ROLE)
    assert user_id == USER
    assert first.kind == notifications.MENTION
    assert first.excerpt == "Anke, kannst du übernehmen?"
    assert not first.read
    assert str(before + 1) == win.notifications_button.text()
    assert len(tray.messages) == 1
    assert "übernehmen" in tray.messages[0][1]

    # The same event again (a repeated /sync): nothing new, nothing shown twice.
    engine.apply_sync(sync_response(mention))
    assert len(tray.messages) == 1
    assert model.unread == before + 1


def test_nothing_is_shown_on_the_desktop_while_the_window_is_active(
    qtbot: QtBot, win: MainWindow, engine: SyncEngine, tray: RecordingNotifier
) -> None:
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    before = win.notification_model.unread
    engine.apply_sync(
        sync_response(message(OTHER, "@Anke schau mal", **{"m.mentions": {"user_ids": [USER]}}))
    )
    assert win.notification_model.unread == before + 1
    assert tray.messages == []


def test_a_reply_to_my_post_is_listed_and_opening_it_marks_it_read(
    qtbot: QtBot,
    win: MainWindow,
    engine: SyncEngine,
    tray: RecordingNotifier,
    sample_replica: Replica,
    elsewhere: QWidget,
) -> None:
    mine = message(USER, "Wer hat das Wmo-Formular?")
    engine.apply_sync(sync_response(mine))  # my own post, from another device
    assert tray.messages == []
    reply = message(
        OTHER,
        "Ich schicke es dir.",
        **{"m.relates_to": {"rel_type": "m.thread", "event_id": mine["event_id"]}},
    )
    engine.apply_sync(sync_response(reply))
    assert len(tray.messages) == 1
    model = win.notification_model
    _, first = model.index(0, 0).data(NOTIFICATION_ROLE)
    assert first.kind == notifications.REPLY
    unread = model.unread

    popup = win.notifications_button.popup
    win.notifications_button.click()
    assert popup.isVisible()
    with qtbot.wait_signal(win.navigated):
        qtbot.keyClick(popup.view, Qt.Key.Key_Return)
    assert not popup.isVisible()
    thread = win.detail.thread_pane
    assert win.detail.isVisible() and thread.model is not None
    assert thread.model.post_id == first.post_id
    with sample_replica.session() as session:
        assert session.scalars(select(NotificationRead.message_id)).all() == [first.message_id]
    assert model.unread == unread - 1
    assert model.index(0, 0).data(NOTIFICATION_ROLE)[1].read


def test_mark_all_read(qtbot: QtBot, win: MainWindow, engine: SyncEngine) -> None:
    engine.apply_sync(
        sync_response(message(OTHER, "Anke?", **{"m.mentions": {"user_ids": [USER]}}))
    )
    assert win.notification_model.unread >= 1
    popup = win.notifications_button.popup
    assert popup.mark_all.isEnabled()
    popup.mark_all.click()
    assert win.notification_model.unread == 0
    assert win.notifications_button.text() == ""
    assert not popup.mark_all.isEnabled()


def test_notification_model(
    qtmodeltester: ModelTester, ctx: AppContext, account: AccountSession, sample_replica: Replica
) -> None:
    model = NotificationModel(ctx)
    ctx.add_account(account)
    qtmodeltester.check(model)
    transport = HttpTransport("http://127.0.0.1:9")
    engine = SyncEngine(sample_replica, transport, USER, on_changes=partial(ctx.hub.announce, USER))
    engine.apply_sync(
        sync_response(message(OTHER, "Anke!", **{"m.mentions": {"user_ids": [USER]}}))
    )
    transport.close()
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_a_tray_icon_only_where_there_is_a_tray(qapp: object) -> None:
    notifier = SystemTrayNotifier()
    assert (notifier.tray is not None) == QSystemTrayIcon.isSystemTrayAvailable()
    notifier.show_message("Treffpunkt", "nichts")  # harmless without a tray


def test_the_window_makes_its_tray_notifier_once_asked(qtbot: QtBot, ctx: AppContext) -> None:
    # ui.app asks once the window is painted: the tray can mean a D-Bus call.
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.notification_watcher.notifier is None
    window.install_tray()
    made = window.notification_watcher.notifier
    assert isinstance(made, SystemTrayNotifier)
    window.install_tray()
    assert window.notification_watcher.notifier is made


def test_a_notifier_given_to_the_window_is_kept(
    qtbot: QtBot, ctx: AppContext, tray: RecordingNotifier
) -> None:
    window = MainWindow(ctx, notifier=tray)
    qtbot.addWidget(window)
    window.install_tray()
    assert window.notification_watcher.notifier is tray
