"""A group's notification level in the window: the header's button and the sidebar's
context menu set it, offline, and show what another device set."""

from __future__ import annotations

from sqlalchemy import select

from client import notifylevel
from client.models import OutboxEntry, OutboxKind
from tests.ui.conftest import GROUP, USER
from ui.context import AccountSession
from ui.mainwindow import MainWindow
from ui.notifylevel import LevelMenu
from ui.sidebar import NodeKind


def _queued(account: AccountSession) -> list[object]:
    with account.replica.session() as session:
        return [
            e.payload for e in session.scalars(select(OutboxEntry)) if e.kind is OutboxKind.NOTIFY
        ]


def test_the_header_button_sets_the_level_offline(
    account: AccountSession, window: MainWindow
) -> None:
    window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    button = window.stream.notify_level
    assert button.accessibleName()
    menu = button.menu_
    assert menu.choices[notifylevel.ALL].isChecked()
    menu.choices[notifylevel.MUTE].trigger()
    assert notifylevel.level_of(account.replica, GROUP) == notifylevel.MUTE
    assert _queued(account) == [{"level": "mute"}]
    assert menu.choices[notifylevel.MUTE].isChecked()


def test_the_sidebar_menu_shows_a_level_set_elsewhere(
    account: AccountSession, window: MainWindow
) -> None:
    with account.replica.begin() as tx:
        notifylevel.apply_levels(tx, {GROUP: notifylevel.MENTIONS})
    menu = window.sidebar.actions_menu(window.sidebar_model.find(USER, NodeKind.GROUP, GROUP))
    assert menu is not None
    [levels] = [a.menu() for a in menu.actions() if isinstance(a.menu(), LevelMenu)]
    assert isinstance(levels, LevelMenu)
    levels.aboutToShow.emit()
    assert [a.isChecked() for a in levels.choices.values()] == [False, True, False]
    levels.choices[notifylevel.ALL].trigger()
    assert notifylevel.level_of(account.replica, GROUP) == notifylevel.ALL
    assert _queued(account) == [{"level": "all"}]
