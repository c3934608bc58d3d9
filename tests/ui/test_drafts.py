"""Drafts in the window: what is typed in a composer comes back after switching groups,
opening another post, or a new window on the same replica."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from client.reads.drafts import draft
from tests.ui.conftest import GROUP, USER, open_window
from ui.context import AccountSession, AppContext
from ui.mainwindow import MainWindow
from ui.sidebar import ACCOUNT_ROLE, ID_ROLE, KIND_ROLE, NodeKind


def _other_group(window: MainWindow) -> str:
    return next(
        str(i.data(ID_ROLE))
        for i in window.sidebar.walk()
        if i.data(KIND_ROLE) == NodeKind.GROUP.value
        and i.data(ACCOUNT_ROLE) == USER
        and i.data(ID_ROLE) != GROUP
    )


def test_a_post_draft_is_back_in_aopen_window(
    qtbot: QtBot, ctx: AppContext, account: AccountSession, window: MainWindow
) -> None:
    window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    composer = window.stream.composer
    qtbot.keyClicks(composer.edit, "Halb geschrieben")
    composer.question.setChecked(True)
    window.close()  # saves at once, without waiting for the pause in typing
    second = open_window(qtbot, ctx, account)
    second.sidebar.select(USER, NodeKind.GROUP, GROUP)
    edit = second.stream.composer.edit
    qtbot.waitUntil(lambda: edit.toPlainText() == "Halb geschrieben")
    assert second.stream.composer.question.isChecked()


def test_switching_groups_keeps_each_groups_draft(
    qtbot: QtBot, account: AccountSession, window: MainWindow
) -> None:
    other = _other_group(window)
    window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    composer = window.stream.composer
    qtbot.keyClicks(composer.edit, "Voor de eerste groep")
    window.sidebar.select(USER, NodeKind.GROUP, other)
    qtbot.waitUntil(
        lambda: window.stream.model is not None and window.stream.model.group_id == other
    )
    assert composer.edit.toPlainText() == ""
    qtbot.keyClicks(composer.edit, "Voor de tweede")
    window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    qtbot.waitUntil(lambda: composer.edit.toPlainText() == "Voor de eerste groep")
    kept = draft(account.replica, other)
    assert kept is not None and kept.body == "Voor de tweede"


def test_a_draft_is_saved_while_typing_and_cleared_by_sending(
    qtbot: QtBot, account: AccountSession, window: MainWindow
) -> None:
    window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    composer = window.stream.composer
    qtbot.keyClicks(composer.edit, "Bijna klaar")
    qtbot.waitUntil(lambda: draft(account.replica, GROUP) is not None)
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert draft(account.replica, GROUP) is None
    assert composer.edit.toPlainText() == ""


def test_a_comment_draft_is_back_when_its_post_opens_again(
    qtbot: QtBot, ctx: AppContext, account: AccountSession, window: MainWindow
) -> None:
    model = window.stream.model
    assert model is not None and model.rowCount() > 1
    first, second = model.post(0), model.post(1)
    window.detail.show_post(account, first.id)
    thread = window.detail.thread_pane
    qtbot.waitUntil(lambda: thread.comment.isEnabled())
    qtbot.keyClicks(thread.comment, "Een halve reactie")
    window.detail.show_post(account, second.id)
    assert thread.comment.toPlainText() == ""
    window.close()
    reopened = open_window(qtbot, ctx, account)
    reopened.detail.show_post(account, first.id)
    comment = reopened.detail.thread_pane.comment
    qtbot.waitUntil(lambda: comment.toPlainText() == "Een halve reactie")
