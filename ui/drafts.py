"""Keeps a composer's unsent text as a draft in the replica and brings it back.

A ``DraftKeeper`` watches one text box (and the composer's question box, if any): it saves
the text a moment after one stops typing, at once when the box turns to another group or
post and when the window closes, and fills the box again from the replica when it is shown
for that group or post. Sending clears the draft in the replica (``LocalCommands.post`` and
``comment``); ``sent`` tells the keeper so that it does not save the emptied box again.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit

from client.reads.drafts import draft
from client.rows import DraftRow
from ui.context import AccountSession, AppContext
from ui.ops import Op

# How long after the last keystroke the text is saved.
SAVE_DELAY_MS = 800


class DraftKeeper(QObject):
    def __init__(
        self,
        ctx: AppContext,
        edit: QPlainTextEdit,
        question: QCheckBox | None = None,
    ) -> None:
        super().__init__(edit)
        self._ctx = ctx
        self._edit = edit
        self._question = question
        self._account: AccountSession | None = None
        self._group_id: str | None = None
        self._post_id: int | None = None
        # What the replica holds for the current target, as far as this keeper knows.
        self._saved: tuple[str, bool] = ("", False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._timer.start)
        if question is not None:
            question.toggled.connect(self._timer.start)

    def attach(self, account: AccountSession, group_id: str, post_id: int | None = None) -> None:
        """Keep the draft of another group or post: save the current one, load the new."""
        if (account, group_id, post_id) == (self._account, self._group_id, self._post_id):
            return
        self.flush()
        self._account, self._group_id, self._post_id = account, group_id, post_id
        self._saved = ("", False)
        self._show("", False)
        Op(self._ctx.ops, partial(draft, account.replica, group_id, post_id), parent=self).success(
            partial(self._on_draft_loaded, account, group_id, post_id)
        ).run()

    def detach(self) -> None:
        """Save the current draft and show an empty box until ``attach`` names the next."""
        self.flush()
        self._account, self._group_id, self._post_id = None, None, None
        self._show("", False)

    def flush(self) -> None:
        """Save the text now if it differs from what the replica holds."""
        self._timer.stop()
        account, group_id, post_id = self._account, self._group_id, self._post_id
        if account is None or group_id is None or self._ctx.account(account.user_id) is not account:
            return  # nothing shown, or the account was signed out meanwhile
        current = self._current()
        if current == self._saved:
            return
        self._saved = current
        body, question = current
        commands = account.commands
        Op(
            self._ctx.ops,
            lambda: commands.save_draft(group_id, body, post_id=post_id, question=question),
            writes=True,
            account=account.user_id,
            parent=self,
        ).run()

    def sent(self) -> None:
        """The text was sent, and its draft cleared with it."""
        self._timer.stop()
        self._saved = self._current()

    def _current(self) -> tuple[str, bool]:
        body = self._edit.toPlainText()
        question = self._question is not None and self._question.isChecked()
        return ("", False) if not body.strip() else (body, question)

    def _show(self, body: str, question: bool) -> None:
        self._edit.setPlainText(body)
        if self._question is not None:
            self._question.setChecked(question)
        self._timer.stop()

    def _on_draft_loaded(
        self, account: AccountSession, group_id: str, post_id: int | None, row: DraftRow | None
    ) -> None:
        if (account, group_id, post_id) != (self._account, self._group_id, self._post_id):
            return  # the box moved on meanwhile
        if row is None or self._edit.toPlainText().strip():
            return  # nothing kept, or the user is typing already
        self._saved = (row.body, row.question)
        self._show(row.body, row.question)
        self._edit.moveCursor(self._edit.textCursor().MoveOperation.End)
