"""Notifications: the bell in the top bar and the desktop (tray) message.

The bell shows the unread count of a ``NotificationModel`` (``ui.notificationmodel``) and
opens its list (``ui.notificationlist``, built when first opened). ``NotificationWatcher``
looks at the ``Changes`` each sync applied: when one brings a mention or reply the user has
not read, and the main window is not the active one, it shows one desktop message through a
``TrayNotifier``. Tests inject their own notifier.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from ui import icons, lazy, plain
from ui.context import AppContext
from ui.notificationmodel import NotificationModel, describe
from ui.ops import Op

if TYPE_CHECKING:
    # ``client.notifications`` is imported where it is used: nothing shows a notification
    # before an account has opened, and its dataclasses cost start-up a few milliseconds.
    # Likewise the list under the bell and the tray: Qt builds a type's bindings and enums
    # when it is first imported.
    from PySide6.QtWidgets import QSystemTrayIcon

    from client.changes import Changes
    from client.notifications import Notification
    from ui.notificationlist import NotificationPopup


class NotificationButton(QToolButton):
    """The bell with the number of unread mentions and replies; its list is built when
    first opened."""

    chosen = Signal(str, object)  # account, Notification: from the list
    mark_all_requested = Signal()

    def __init__(self, model: NotificationModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsButton")
        icons.set_icon(self, "bell")
        self.setIconSize(icons.icon_size(20))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self._model = model
        self._popup: NotificationPopup | None = None
        model.unread_changed.connect(self._on_model_unread_changed)
        self.clicked.connect(self.open_list)
        self._on_model_unread_changed(model.unread)

    def _on_model_unread_changed(self, count: int) -> None:
        self.setText(str(count) if count else "")
        name = self.tr("Notifications: %n unread", "", count)
        self.setAccessibleName(name)
        self.setToolTip(name)

    @property
    def popup(self) -> NotificationPopup:
        if self._popup is None:
            popup = lazy.notificationlist.NotificationPopup(self._model, self)
            popup.chosen.connect(self.chosen)
            popup.mark_all_requested.connect(self.mark_all_requested)
            self._popup = popup
        return self._popup

    def open_list(self) -> None:
        self.popup.popup(self.mapToGlobal(QPoint(self.width() - self.popup.width(), self.height())))


class TrayNotifier(Protocol):
    """Something that can show a desktop message (the tray icon; a recorder in tests)."""

    def show_message(self, title: str, text: str) -> None: ...


class SystemTrayNotifier(QObject):
    """Desktop messages through ``QSystemTrayIcon``; no icon at all where there is no tray.

    The main window makes one once it is painted: asking for the tray can mean a D-Bus call.
    """

    clicked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        super().__init__(parent)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self)
            icons.set_icon(self.tray, "bell")
            self.tray.setToolTip(self.tr("Treffpunkt"))
            self.tray.messageClicked.connect(self.clicked)
            self.tray.activated.connect(self.clicked)
            self.tray.show()

    def show_message(self, title: str, text: str) -> None:
        if self.tray is not None:
            body = plain.desktop_message(text)
            self.tray.showMessage(title, body, self.tray.MessageIcon.Information)


class NotificationWatcher(QObject):
    """Shows one desktop message per sync that brought unread mentions or replies, while
    the window is not active; never twice for the same message."""

    def __init__(
        self,
        ctx: AppContext,
        notifier: TrayNotifier | None,
        window_active: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.notifier = notifier  # None until the window has one: nothing is shown then
        self._window_active = window_active
        self._told: set[tuple[str, int]] = set()

    def on_synced(self, user_id: str, changes: Changes) -> None:
        """``changes`` are what one sync applied to ``user_id``'s replica."""
        account = self._ctx.account(user_id)
        if account is None or not changes.messages:
            return

        Op(
            self._ctx.ops,
            partial(lazy.notifications.to_show_on_desktop, account.replica, changes.messages),
            parent=self,
        ).success(partial(self._on_unread_found, user_id)).run()

    def _on_unread_found(self, user_id: str, found: list[Notification]) -> None:
        fresh = [n for n in found if (user_id, n.message_id) not in self._told]
        self._told.update((user_id, n.message_id) for n in fresh)
        if not fresh or self._window_active() or self.notifier is None:
            return
        if len(fresh) == 1:
            title, text = describe(fresh[0]), fresh[0].excerpt
        else:
            title = self.tr("Treffpunkt")
            text = self.tr("%n new mentions and replies", "", len(fresh))
        self.notifier.show_message(title, text)
