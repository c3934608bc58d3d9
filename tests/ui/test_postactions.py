"""Edit and delete one's own posts and comments; mark the answer to one's question."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from client import ingest
from client.models import Message, OutboxEntry, OutboxKind, OutboxState
from client.rows import PostRow
from client.store import Replica
from tests.ui.conftest import GROUP, USER
from ui.context import AccountSession
from ui.mainwindow import MainWindow
from ui.postview import CAN_MARK_ANSWER_ROLE, IS_ANSWER_ROLE, POST_ROLE
from ui.sidebar import NodeKind
from ui.stream import PostListView

OTHER = "@bernd:harderwijk.test"


def sent(replica: Replica, message_id: int) -> str:
    """Pretend the server has the message: its outbox entry went out, it has an event id."""
    event_id = f"$sent{message_id}"
    with replica.session() as session, session.begin():
        for entry in session.scalars(
            select(OutboxEntry).where(OutboxEntry.message_id == message_id)
        ):
            entry.state = OutboxState.SENT
        message = session.get(Message, message_id)
        assert message is not None
        message.event_id = event_id
        message.pending = False
    return event_id


def comment_by_other(replica: Replica, root_event: str, body: str) -> int:
    with replica.begin() as conn:
        changes = ingest.ingest_messages(
            conn,
            [
                ingest.MessageRow(
                    event_id=f"$c{len(body)}{root_event}",
                    kind="comment",
                    group_id=GROUP,
                    author=OTHER,
                    body=body,
                    body_html=f"<p>{body}</p>",
                    created_at=datetime(2030, 1, 1),
                    thread_root_event_id=root_event,
                )
            ],
        )
    (comment_id,) = changes.messages
    return comment_id


def entries(replica: Replica, message_id: int) -> list[tuple[OutboxKind, dict[str, object]]]:
    with replica.session() as session:
        return [
            (e.kind, e.payload)
            for e in session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.message_id == message_id)
                .order_by(OutboxEntry.id)
            )
        ]


def row_index(view: PostListView, message_id: int) -> QModelIndex:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(POST_ROLE).id == message_id:
            return index
    raise AssertionError(f"message {message_id} is not shown")


def menu_texts(view: PostListView, index: QModelIndex) -> list[str]:
    menu = view.actions_menu(index)
    assert menu is not None
    return [a.text() for a in menu.actions() if a.text()]


def trigger(view: PostListView, index: QModelIndex, text: str) -> None:
    menu = view.actions_menu(index)
    assert menu is not None
    (action,) = [a for a in menu.actions() if a.text() == text]
    action.trigger()


def open_group(window: MainWindow) -> PostListView:
    assert window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    return window.stream.view


def test_edit_own_post_from_the_stream(
    qtbot: QtBot, window: MainWindow, account: AccountSession, sample_replica: Replica
) -> None:
    view = open_group(window)
    window.ctx.hub.announce(USER, changes := account.commands.post(GROUP, "Tref om 10 uur"))
    post_id = changes.created
    assert isinstance(post_id, int)
    sent(sample_replica, post_id)
    index = row_index(view, post_id)
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    dialog = window.stream.post_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.edit.toPlainText() == "Tref om 10 uur"
    dialog.edit.setPlainText("Tref om 11 uur")
    dialog.save.click()

    with sample_replica.session() as session:
        message = session.get(Message, post_id)
        assert message is not None
        assert message.body == "Tref om 11 uur" and message.edited_at is not None
    assert [kind for kind, _ in entries(sample_replica, post_id)] == [
        OutboxKind.POST,
        OutboxKind.EDIT,
    ]
    shown = row_index(view, post_id).data(POST_ROLE)
    assert shown.edited and "11 uur" in shown.body_html


def test_delete_asks_first_and_queues_the_deletion(
    qtbot: QtBot, window: MainWindow, account: AccountSession, sample_replica: Replica
) -> None:
    view = open_group(window)
    window.ctx.hub.announce(USER, changes := account.commands.post(GROUP, "Verkeerde groep"))
    post_id = changes.created
    assert isinstance(post_id, int)
    sent(sample_replica, post_id)
    index = row_index(view, post_id)
    # The "Delete" link under the post, clicked with the mouse.
    delegate = view.delegate
    layout = delegate._layout(index.data(POST_ROLE), view.visualRect(index), view.font())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=layout.delete.center())
    box = window.stream.post_actions.confirmation
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    with sample_replica.session() as session:
        message = session.get(Message, post_id)
        assert message is not None and not message.deleted
    assert row_index(view, post_id).isValid()

    view.setCurrentIndex(row_index(view, post_id))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    box = window.stream.post_actions.confirmation
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    with sample_replica.session() as session:
        message = session.get(Message, post_id)
        assert message is not None and message.deleted and message.body == ""
    assert [kind for kind, _ in entries(sample_replica, post_id)][-1] is OutboxKind.DELETE
    assert all(
        view.model().index(r, 0).data(POST_ROLE).id != post_id
        for r in range(view.model().rowCount())
    )


def test_delete_own_comment_in_the_thread(
    qtbot: QtBot, window: MainWindow, account: AccountSession, sample_replica: Replica
) -> None:
    window.ctx.hub.announce(USER, changes := account.commands.post(GROUP, "Vraagje"))
    post_id = changes.created
    assert isinstance(post_id, int)
    window.ctx.hub.announce(USER, changes := account.commands.comment(post_id, "Laat maar"))
    comment_id = changes.created
    assert isinstance(comment_id, int)
    window.detail.show_post(account, post_id)
    thread = window.detail.thread_pane
    index = row_index(thread.view, comment_id)
    assert "Delete …" in menu_texts(thread.view, index)
    trigger(thread.view, index, "Delete …")
    box = thread.post_actions.confirmation
    assert box is not None
    assert "comment" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    # Never sent: the comment and its outbox entry are gone, the post stays.
    with sample_replica.session() as session:
        assert session.get(Message, comment_id) is None
    assert entries(sample_replica, comment_id) == []
    assert thread.model is not None and thread.model.rowCount() == 1
    assert window.detail.isVisible()


def test_mark_and_unmark_the_answer_to_my_question(
    qtbot: QtBot, window: MainWindow, account: AccountSession, sample_replica: Replica
) -> None:
    window.ctx.hub.announce(
        USER, changes := account.commands.post(GROUP, "Wie weet het?", question=True)
    )
    question_id = changes.created
    assert isinstance(question_id, int)
    root_event = sent(sample_replica, question_id)
    comment_id = comment_by_other(sample_replica, root_event, "Ik weet het")
    window.detail.show_post(account, question_id)
    thread = window.detail.thread_pane
    assert thread.model is not None
    comment = row_index(thread.view, comment_id)
    assert comment.data(CAN_MARK_ANSWER_ROLE) and not comment.data(IS_ANSWER_ROLE)
    # Someone else's comment: no edit or delete for it.
    assert "Edit …" not in menu_texts(thread.view, comment)
    assert not row_index(thread.view, question_id).data(CAN_MARK_ANSWER_ROLE)

    trigger(thread.view, comment, "Mark as answer")
    with sample_replica.session() as session:
        question = session.get(Message, question_id)
        assert question is not None and question.answer_id == comment_id
    assert entries(sample_replica, question_id)[-1] == (
        OutboxKind.EDIT,
        {"answer_message_id": comment_id},
    )
    comment = row_index(thread.view, comment_id)
    assert comment.data(IS_ANSWER_ROLE)
    assert "marked as the answer" in comment.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "✔ answer" in thread.view.delegate._labels(comment.data(POST_ROLE), True)
    root = row_index(thread.view, question_id).data(POST_ROLE)
    assert isinstance(root, PostRow) and root.answered

    trigger(thread.view, comment, "Unmark answer")
    with sample_replica.session() as session:
        question = session.get(Message, question_id)
        assert question is not None and question.answer_id is None
    assert entries(sample_replica, question_id)[-1] == (
        OutboxKind.EDIT,
        {"answer_message_id": None},
    )
    assert not row_index(thread.view, comment_id).data(IS_ANSWER_ROLE)


def test_no_answer_to_mark_on_someone_elses_question(
    window: MainWindow, account: AccountSession, sample_replica: Replica
) -> None:
    with sample_replica.begin() as conn:
        changes = ingest.ingest_messages(
            conn,
            [
                ingest.MessageRow(
                    "$q",
                    "question",
                    GROUP,
                    OTHER,
                    "Iemand?",
                    "<p>Iemand?</p>",
                    datetime(2030, 1, 1),
                )
            ],
        )
    (question_id,) = changes.messages
    window.ctx.hub.announce(USER, account.commands.comment(question_id, "Ik!"))
    window.detail.show_post(account, question_id)
    thread = window.detail.thread_pane
    assert thread.model is not None and thread.model.rowCount() == 2
    mine = thread.model.index(1, 0)
    assert not mine.data(CAN_MARK_ANSWER_ROLE)
    assert "Mark as answer" not in menu_texts(thread.view, mine)
    assert "Edit …" in menu_texts(thread.view, mine)
    assert "Edit …" not in menu_texts(thread.view, thread.model.index(0, 0))
