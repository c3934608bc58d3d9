"""The mentions and replies under the bell, as a list model the bell and its list share.

``NotificationModel`` lists the mentions of the user and the replies to their posts of every
open account, newest first (``client.notifications``; a bounded list, read whole on a
worker), and knows how many are unread. ``describe`` is the line that names one, in the list
and in a desktop message alike.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui import icons, lazy, timefmt
from ui.context import AppContext
from ui.ops import Op

if TYPE_CHECKING:
    # ``client.notifications`` is imported where it is used: nothing shows a notification
    # before an account has opened, and its dataclasses cost start-up a few milliseconds.
    # Likewise the bold font of unread rows: Qt builds a type's bindings and enums when it is
    # first imported.
    from client.changes import Changes
    from client.notifications import Notification

AnyIndex = QModelIndex | QPersistentModelIndex
NOTIFICATION_ROLE = Qt.ItemDataRole.UserRole + 30  # (account, Notification)
UNREAD_ROLE = Qt.ItemDataRole.UserRole + 31


def describe(n: Notification) -> str:
    """One line that says who did what where; the excerpt follows on the next line."""
    if n.kind == lazy.notifications.MENTION:
        text = QCoreApplication.translate("Notifications", "%1 mentioned you in %2")
    else:
        text = QCoreApplication.translate("Notifications", "%1 replied to your post in %2")
    return text.replace("%1", n.author_name).replace("%2", n.group_name)


class NotificationModel(QAbstractListModel):
    """Mentions and replies of all open accounts, newest first; knows the unread count."""

    loaded = Signal()
    unread_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._by_account: dict[str, list[Notification]] = {}
        self._unread: dict[str, int] = {}
        self._rows: list[tuple[str, Notification]] = []
        ctx.hub.changed.connect(self._on_hub_changed)
        ctx.accounts_changed.connect(self.reload)

    @property
    def unread(self) -> int:
        return sum(self._unread.values())

    def reload(self) -> None:
        open_accounts = {a.user_id for a in self._ctx.accounts}
        for gone in set(self._by_account) - open_accounts:
            self._by_account.pop(gone, None)
            self._unread.pop(gone, None)
        self._merge()
        for account in self._ctx.accounts:
            self._reload_account(account.user_id)

    def _reload_account(self, user_id: str) -> None:
        account = self._ctx.account(user_id)
        if account is None:
            return
        replica = account.replica

        def read() -> tuple[list[Notification], int]:
            found = lazy.notifications.notifications(replica)
            return found, lazy.notifications.unread_count(replica)

        Op(self._ctx.ops, read, parent=self).success(
            partial(self._on_account_loaded, user_id)
        ).run()

    def _on_account_loaded(self, user_id: str, loaded: tuple[list[Notification], int]) -> None:
        if self._ctx.account(user_id) is None:
            return
        self._by_account[user_id], self._unread[user_id] = loaded
        self._merge()

    def _merge(self) -> None:
        rows = [(user, n) for user, items in self._by_account.items() for n in items]
        rows.sort(key=lambda r: (r[1].created_at, r[1].message_id), reverse=True)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.loaded.emit()
        self.unread_changed.emit(self.unread)

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if changes.messages:
            self._reload_account(user_id)

    def entry(self, row: int) -> tuple[str, Notification]:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        user_id, n = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{describe(n)} · {timefmt.relative(n.created_at)}\n{n.excerpt}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("read") if n.read else self.tr("unread")
            return f"{describe(n)}, {timefmt.relative(n.created_at)}, {state}: {n.excerpt}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return timefmt.exact(n.created_at)
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon("mention" if n.kind == lazy.notifications.MENTION else "comment")
        if role == Qt.ItemDataRole.FontRole and not n.read:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == NOTIFICATION_ROLE:
            return (user_id, n)
        if role == UNREAD_ROLE:
            return not n.read
        return None
