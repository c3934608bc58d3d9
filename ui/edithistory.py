"""The edit history of a post or comment: each text it had, newest first, as plain text,
with who wrote it and when.

The dialog shows what the replica keeps at once; when the account is connected it also asks
the engine for the server's edit events (``SyncEngine.fetch_edit_history``) and shows the
versions that brings. Offline it says that it shows what this computer keeps.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from client.changes import Changes
from client.reads.history import versions
from client.rows import VersionEntry
from ui import plain, timefmt
from ui.context import AccountSession, AppContext
from ui.ops import Op


def _fetch(account: AccountSession, message_id: int) -> Changes:
    engine = account.connected.engine if account.connected is not None else None
    if engine is None:
        raise ConnectionError("not connected")
    return engine.fetch_edit_history(message_id)


class EditHistoryDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        account: AccountSession,
        message_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editHistoryDialog")
        self.setWindowTitle(self.tr("Edit history"))
        self.setAccessibleName(self.tr("Edit history"))
        self.resize(480, 420)
        self._ctx = ctx
        self._account = account
        self._message_id = message_id
        self.note = plain.label(self, self.tr("Looking for earlier versions on the server …"))
        self.note.setObjectName("historyNote")
        self.note.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        self.list.setAccessibleName(self.tr("Versions, newest first"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self._reload()
        if account.connected is None:
            self._on_fetch_failed(ConnectionError("not connected"))
        else:
            Op(ctx.ops, partial(_fetch, account, message_id), parent=self).success(
                self._on_fetched
            ).failure(self._on_fetch_failed).run()

    def _reload(self) -> None:
        Op(
            self._ctx.ops, partial(versions, self._account.replica, self._message_id), parent=self
        ).success(self._on_versions_loaded).run()

    def _on_versions_loaded(self, entries: list[VersionEntry]) -> None:
        self.list.clear()
        for entry in entries:
            when = timefmt.exact(entry.written_at)
            if entry.current:
                head = self.tr("%1, %2 (current)")
            else:
                head = self.tr("%1, %2")
            head = head.replace("%1", entry.author_name).replace("%2", when)
            item = QListWidgetItem(f"{head}\n{entry.text}")  # a list item is plain text
            item.setToolTip(plain.tooltip(head))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _on_fetched(self, changes: Changes) -> None:
        self.note.hide()
        if not changes.empty:
            self._reload()
            self._ctx.hub.announce(self._account.user_id, changes)

    def _on_fetch_failed(self, _error: Exception) -> None:
        self.note.setText(self.tr("Offline: showing the versions kept on this computer."))
        self.note.show()


def show_history(
    ctx: AppContext, account: AccountSession, message_id: int, parent: QWidget
) -> EditHistoryDialog:
    dialog = EditHistoryDialog(ctx, account, message_id, parent)
    dialog.open()
    return dialog
