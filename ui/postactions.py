"""Editing and deleting one's own posts and comments, and marking a question's answer.

The stream and the thread both use ``PostActions``: the editor and the confirmation are
window-modal but never block (``open()``, not ``exec()``); the commands run on the write
worker (``client.commands``: the local row and its outbox entry in one transaction).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from client.changes import Changes
from client.reads.posts import editable
from client.rows import Editable
from ui import plain
from ui.context import AccountSession, AppContext
from ui.mentionedit import MentionEdit
from ui.ops import Op


class EditDialog(QDialog):
    """The Markdown of a post or comment, to change; Ctrl+Enter saves."""

    def __init__(self, item: Editable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Edit comment") if item.comment else self.tr("Edit post"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        hint = QLabel(self.tr("Markdown; @ mentions someone."), self)
        hint.setObjectName("hint")
        self.edit = MentionEdit(self)
        self.edit.setAccessibleName(self.tr("Text of the message"))
        self.edit.set_people(item.people)
        self.edit.setPlainText(item.body)
        self.edit.mentions.update(item.mentions)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(520, 260)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.edit.submitted.connect(self.accept)
        self.edit.textChanged.connect(self._on_edit_text_changed)

    def _on_edit_text_changed(self) -> None:
        self.save.setEnabled(bool(self.edit.toPlainText().strip()))

    def body(self) -> str:
        return self.edit.toPlainText()


class PostActions(QObject):
    """Edit, delete and mark-answer for the views of one pane."""

    deleted = Signal(int)  # message id, once the deletion is saved

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._widget = parent
        self.dialog: EditDialog | None = None
        self.confirmation: QMessageBox | None = None

    # -- edit ------------------------------------------------------------------------

    def edit(self, account: AccountSession, message_id: int) -> None:
        Op(self._ctx.ops, partial(editable, account.replica, message_id), parent=self).success(
            partial(self._on_editable_loaded, account)
        ).run()

    def _on_editable_loaded(self, account: AccountSession, item: Editable | None) -> None:
        if item is None:
            return
        dialog = EditDialog(item, self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(partial(self._on_dialog_accepted, account, dialog))
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        dialog.open()
        dialog.edit.setFocus()

    def _on_dialog_accepted(self, account: AccountSession, dialog: EditDialog) -> None:
        body = dialog.body()
        if not body.strip() or body == dialog.item.body:
            return
        commands = account.commands
        message_id = dialog.item.message_id
        mentions = dialog.edit.used_mentions()
        self._write(account, lambda: commands.edit(message_id, body, mentions=mentions))

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None

    # -- delete ----------------------------------------------------------------------

    def delete(self, account: AccountSession, message_id: int, *, comment: bool) -> None:
        """Ask first; deleting cannot be undone (the server redacts the message)."""
        box = plain.message_box(
            self._widget,
            QMessageBox.Icon.Question,
            self.tr("Delete comment") if comment else self.tr("Delete post"),
            self.tr("Delete this comment?")
            if comment
            else self.tr("Delete this post and its comments?"),
            self.tr("Everyone in the group will no longer see it."),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(partial(self._on_confirmation_finished, account, message_id))
        box.destroyed.connect(self._on_confirmation_destroyed)
        self.confirmation = box
        box.open()

    def _on_confirmation_finished(
        self, account: AccountSession, message_id: int, result: int
    ) -> None:
        if result != QMessageBox.StandardButton.Yes:
            return
        commands = account.commands
        self._write(
            account,
            lambda: commands.delete(message_id),
            after=partial(self.deleted.emit, message_id),
        )

    def _on_confirmation_destroyed(self) -> None:
        self.confirmation = None

    # -- answer ----------------------------------------------------------------------

    def toggle_answer(
        self, account: AccountSession, question_id: int, comment_id: int, *, is_answer: bool
    ) -> None:
        commands = account.commands
        answer = None if is_answer else comment_id
        self._write(account, lambda: commands.mark_answer(question_id, answer))

    # -- helpers ---------------------------------------------------------------------

    def _write(
        self,
        account: AccountSession,
        fn: Callable[[], Changes],
        *,
        after: Callable[[], None] | None = None,
    ) -> None:
        op = Op(self._ctx.ops, fn, writes=True, account=account.user_id, parent=self)
        if after is not None:
            op.success(lambda _changes: after())
        op.failure(self._on_write_failed).run()

    def _on_write_failed(self, error: Exception) -> None:
        self._ctx.ops.op_failed.emit(str(error))
