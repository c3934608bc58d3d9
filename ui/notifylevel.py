"""A group's notification level in the window: a "Notifications" menu with everything,
mentions only and mute, in the group's context menu and behind a button in its header.

The menu reads the group's level when it opens (and when the level changes) and sets it
through ``LocalCommands.set_notify_level``, which queues it as push rules for the server.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from client import notifylevel
from client.changes import Changes
from ui.context import AccountSession, AppContext
from ui.ops import Op


class LevelMenu(QMenu):
    """The three levels of one group, the current one checked."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Notifications"))
        self._ctx = ctx
        self._account: AccountSession | None = None
        self._group_id: str | None = None
        self.level: str | None = None
        group = QActionGroup(self)
        group.setExclusive(True)
        labels = {
            notifylevel.ALL: self.tr("&Everything: mentions and replies"),
            notifylevel.MENTIONS: self.tr("&Mentions only"),
            notifylevel.MUTE: self.tr("M&ute"),
        }
        self.choices: dict[str, QAction] = {}
        for level, label in labels.items():
            action = self.addAction(label)
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(partial(self._on_choice_triggered, level))
            self.choices[level] = action
        self.aboutToShow.connect(self.reload)
        ctx.hub.changed.connect(self._on_hub_changed)

    def set_group(self, account: AccountSession, group_id: str) -> None:
        self._account, self._group_id = account, group_id
        self.reload()

    def reload(self) -> None:
        account, group_id = self._account, self._group_id
        if account is None or group_id is None:
            return
        Op(
            self._ctx.ops, partial(notifylevel.level_of, account.replica, group_id), parent=self
        ).success(partial(self._on_level_loaded, account, group_id)).run()

    def _on_level_loaded(self, account: AccountSession, group_id: str, level: str) -> None:
        if (account, group_id) != (self._account, self._group_id):
            return
        self.level = level
        for name, action in self.choices.items():
            action.setChecked(name == level)

    def _on_choice_triggered(self, level: str) -> None:
        account, group_id = self._account, self._group_id
        if account is None or group_id is None or level == self.level:
            return
        self.level = level
        commands = account.commands
        Op(
            self._ctx.ops,
            partial(commands.set_notify_level, group_id, level),
            writes=True,
            account=account.user_id,
            parent=self,
        ).run()

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        account = self._account
        if account is not None and user_id == account.user_id and self._group_id in changes.groups:
            self.reload()


class LevelButton(QToolButton):
    """The header's "Notifications" button: opens the group's ``LevelMenu``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notifyLevelButton")
        self.menu_ = LevelMenu(ctx, self)
        self.setMenu(self.menu_)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setText(self.tr("Notifications"))
        self.setAccessibleName(self.tr("Notifications of this group"))
        self.setToolTip(self.tr("What of this group notifies you"))

    def set_group(self, account: AccountSession, group_id: str) -> None:
        self.menu_.set_group(account, group_id)


def add_menu(ctx: AppContext, menu: QMenu, user_id: str, group_id: str) -> None:
    """The group's "Notifications" submenu, for the sidebar's context menu."""
    account = ctx.account(user_id)
    if account is None:
        return
    levels = LevelMenu(ctx, menu)
    levels.set_group(account, group_id)
    menu.addMenu(levels)
