"""Reactions in the window: the thread's buttons with who reacted, the context menu's
"React" submenu, and the counts in a post's footer and its screen-reader text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from client.reactions import REACTIONS
from client.reads.reactions import reactions
from ui.context import AccountSession
from ui.mainwindow import MainWindow


def test_a_reaction_button_toggles_the_users_reaction_and_names_who_reacted(
    qtbot: QtBot, account: AccountSession, window: MainWindow
) -> None:
    model = window.stream.model
    assert model is not None
    post = model.post(0)
    window.detail.show_post(account, post.id)
    bar = window.detail.thread_pane.reaction_bar
    qtbot.waitUntil(lambda: bar.isEnabled())
    heart = bar.buttons["❤️"]
    assert heart.accessibleName() and not heart.isChecked()
    qtbot.mouseClick(heart, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: heart.isChecked())
    assert heart.text() == "❤️ 1"
    assert heart.accessibleName().endswith("(1)")
    [mine] = [r for r in reactions(account.replica, post.id) if r.key == "❤️"]
    assert mine.mine and heart.toolTip().endswith(mine.names[0])
    # The stream's row counts it, for the eye and for a screen reader.
    qtbot.waitUntil(lambda: model.post(0).reactions == (("❤️", 1, True),))
    described = str(model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole))
    assert "❤️ 1" in described
    qtbot.mouseClick(heart, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not heart.isChecked())
    assert heart.text() == "❤️" and model.post(0).reactions == ()


def test_the_context_menu_reacts_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    model = window.stream.model
    assert model is not None
    view = window.stream.view
    menu = view.actions_menu(model.index(0, 0))
    assert menu is not None
    [sub] = [a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu)]
    assert isinstance(sub, QMenu)
    offered = [a.text() for a in sub.actions()]
    assert offered == [f"&{n} {key}" for n, key in enumerate(REACTIONS, start=1)]
    sub.actions()[4].trigger()  # 🎉
    assert model.post(0).reactions == (("🎉", 1, True),)
    menu = view.actions_menu(model.index(0, 0))
    assert menu is not None
    [sub] = [a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu)]
    assert isinstance(sub, QMenu) and sub.actions()[4].isChecked()
    sub.actions()[4].trigger()
    assert model.post(0).reactions == ()
