"""The edit history dialog: from a post's context menu and the thread's "Edited" button,
each version newest first as plain text, offline from what the replica keeps."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from client import ingest
from client.changes import Changes
from ui.context import AccountSession
from ui.edithistory import EditHistoryDialog
from ui.mainwindow import MainWindow


def test_the_context_menu_and_the_edited_button_open_the_history(
    qtbot: QtBot, account: AccountSession, window: MainWindow
) -> None:
    model = window.stream.model
    assert model is not None
    post = model.post(0)
    # Two edits by its author arrive, as sync brings them.
    with account.replica.begin() as tx:
        event_id = tx.exec_driver_sql(
            "SELECT event_id FROM message WHERE id = ?", (post.id,)
        ).scalar()
        assert isinstance(event_id, str)
        for n, text in enumerate(("Zweite Fassung", "&lt;b&gt;Dritte&lt;/b&gt; Fassung"), 1):
            at = post.created_at + timedelta(minutes=n)
            ingest.apply_edits(tx, [(event_id, post.author_id, text, f"<p>{text}</p>", at)])
    window.ctx.hub.announce(account.user_id, Changes(messages=frozenset({post.id})))
    row = model.row_of(post.id)
    qtbot.waitUntil(lambda: model.post(row).edited)
    menu = window.stream.view.actions_menu(model.index(row, 0))
    assert menu is not None
    [history] = [a for a in menu.actions() if a.text() == "Edit history …"]
    history.trigger()
    dialog = window.stream.findChild(EditHistoryDialog)
    assert isinstance(dialog, EditHistoryDialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(texts) == 3
    assert texts[0].endswith("\n<b>Dritte</b> Fassung") and "(current)" in texts[0]
    assert texts[1].endswith("\nZweite Fassung")
    assert dialog.note.isVisibleTo(dialog) and "Offline" in dialog.note.text()
    assert dialog.list.accessibleName()
    dialog.close()

    window.detail.show_post(account, post.id)
    thread = window.detail.thread_pane
    qtbot.waitUntil(lambda: thread.edited.isVisibleTo(thread))
    thread.edited.click()
    assert thread.findChild(EditHistoryDialog) is not None
