"""The "Join groups" dialog: open groups of the user's organisations they are not in yet.

The list comes from the server (``sync.joining``, on a worker); joining is one request, and
the group then arrives in the sidebar with the next sync. Without a connection the dialog
says that joining needs one, instead of showing an empty list.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sync.joining import JoinableGroup, join_group, joinable_groups
from ui import plain
from ui.context import AccountSession, AppContext
from ui.ops import Op

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


class JoinGroupsDialog(QDialog):
    listed = Signal()  # the list arrived (or could not be had)
    joined = Signal(str, str)  # account, group id

    def __init__(self, ctx: AppContext, account: AccountSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("joinGroupsDialog")
        self.setWindowTitle(self.tr("Join groups"))
        self._ctx = ctx
        self.account = account
        intro = QLabel(
            self.tr("Open groups of your organisations that you are not a member of yet."), self
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("joinableGroups")
        self.list.setAccessibleName(self.tr("Open groups"))
        self.list.setHeaderLabels([self.tr("Group"), self.tr("Organisation"), self.tr("Members")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.message = plain.label(self)  # group names, the server's errors
        self.message.setObjectName("joinMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("State of the list"))
        buttons = QDialogButtonBox(self)
        self.join = buttons.addButton(self.tr("&Join"), QDialogButtonBox.ButtonRole.ActionRole)
        self.join.setAccessibleName(self.tr("Join the chosen group"))
        self.join.setEnabled(False)
        self.join.clicked.connect(self.join_current)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumSize(520, 380)
        self.refresh()

    def refresh(self) -> None:
        connected = self.account.connected
        if connected is None:
            self.message.setText(
                self.tr("Joining groups needs a connection: sign in to this account again.")
            )
            self.listed.emit()
            return
        self.message.setText(self.tr("Looking for open groups …"))
        Op(
            self._ctx.ops,
            partial(joinable_groups, connected.replica, connected.transport),
            parent=self,
        ).success(self._on_groups_listed).failure(self._on_groups_failed).run()

    def _on_groups_listed(self, groups: list[JoinableGroup]) -> None:
        self.list.clear()
        for group in groups:
            item = QTreeWidgetItem(
                self.list, [group.name, group.organisation, self.locale().toString(group.members)]
            )
            item.setData(0, GROUP_ROLE, group)
            item.setToolTip(0, plain.tooltip(group.topic or group.name))
        for column in range(3):
            self.list.resizeColumnToContents(column)
        if groups:
            self.message.setText(self.tr("%n open groups", "", len(groups)))
            first = self.list.topLevelItem(0)
            if first is not None:
                self.list.setCurrentItem(first)
            self.list.setFocus()
        else:
            self.message.setText(
                self.tr("No open groups to join: you are in all of your organisations' groups.")
            )
        self.listed.emit()

    def _on_groups_failed(self, error: Exception) -> None:
        self.message.setText(
            self.tr("The list of open groups could not be loaded: %1").replace("%1", str(error))
        )
        self.listed.emit()

    def _current_group(self) -> JoinableGroup | None:
        item = self.list.currentItem()
        group = item.data(0, GROUP_ROLE) if item is not None else None
        return group if isinstance(group, JoinableGroup) else None

    def _on_list_current_item_changed(self) -> None:
        item = self.list.currentItem()
        self.join.setEnabled(item is not None and not item.isDisabled())

    def _on_list_item_activated(self) -> None:
        self.join_current()

    def join_current(self) -> None:
        group = self._current_group()
        connected = self.account.connected
        item = self.list.currentItem()
        if group is None or connected is None or item is None or item.isDisabled():
            return
        self.join.setEnabled(False)
        self.message.setText(self.tr("Joining “%1” …").replace("%1", group.name))
        Op(self._ctx.ops, partial(join_group, connected.transport, group), parent=self).success(
            partial(self._on_joined, group)
        ).failure(partial(self._on_join_failed, group)).run()

    def _on_joined(self, group: JoinableGroup, _room_id: str) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, GROUP_ROLE) == group:
                item.setDisabled(True)
                item.setText(0, self.tr("%1 (joined)").replace("%1", group.name))
        self.message.setText(
            self.tr("You joined “%1”. It appears in the sidebar with the next sync.").replace(
                "%1", group.name
            )
        )
        self.joined.emit(self.account.user_id, group.group_id)

    def _on_join_failed(self, group: JoinableGroup, error: Exception) -> None:
        self._on_list_current_item_changed()
        self.message.setText(
            self.tr("Joining “%1” failed: %2").replace("%1", group.name).replace("%2", str(error))
        )
