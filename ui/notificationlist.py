"""The list under the bell (``NotificationButton.popup``), built when it is first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import icons
from ui.notificationmodel import NOTIFICATION_ROLE, NotificationModel

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


class NotificationPopup(QFrame):
    """The list under the bell: Enter or a click opens the post and marks it read."""

    chosen = Signal(str, object)  # account, Notification
    mark_all_requested = Signal()

    def __init__(self, model: NotificationModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("notificationsPopup")
        self.setAccessibleName(self.tr("Notifications"))
        self.model = model
        title = QLabel(self.tr("Mentions and replies"), self)
        title.setObjectName("paneTitle")
        self.mark_all = QPushButton(self.tr("&Mark all as read"), self)
        icons.set_icon(self.mark_all, "check")
        self.mark_all.setAccessibleName(self.tr("Mark all notifications as read"))
        self.view = QListView(self)
        self.view.setObjectName("notifications")
        self.view.setAccessibleName(self.tr("Mentions and replies"))
        self.view.setModel(model)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.empty = QLabel(self.tr("No mentions or replies yet."), self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 8, 0)
        header.addWidget(title, 1)
        header.addWidget(self.mark_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.resize(420, 480)
        self.view.activated.connect(self._on_view_activated)
        self.view.clicked.connect(self._on_view_activated)
        self.mark_all.clicked.connect(self.mark_all_requested)
        model.loaded.connect(self._update_empty)
        self._update_empty()

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.view.setVisible(not empty)
        self.mark_all.setEnabled(self.model.unread > 0)

    def popup(self, at: QPoint) -> None:
        self.move(at)
        self.show()
        self.view.setFocus()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _on_view_activated(self, index: QModelIndex) -> None:
        entry = index.data(NOTIFICATION_ROLE)
        if isinstance(entry, tuple):
            self.hide()
            self.chosen.emit(entry[0], entry[1])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
