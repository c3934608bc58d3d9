"""Moderation in the window: the pinned posts over a group's stream, and the dialogs for
removing someone's post, renaming a group and removing a member, each with what the
group's power levels allow (``client.reads.members.permissions``) deciding what is offered.

Every change is a local command (``client.moderation``), sent by the outbox, also after
working offline. Should the server refuse one, the change is undone and
``ModerationActions.tell_refusals`` says so in a message box.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.reads import members
from client.reads.posts import pinned_posts
from client.render import html_to_plain
from client.rows import GroupPermissions, PostRow
from ui import plain
from ui.context import AccountSession, AppContext
from ui.ops import Op

if TYPE_CHECKING:
    from client.changes import Changes, Refusal

EXCERPT = 140


def excerpt(post: PostRow) -> str:
    """The first line of a post as plain text (its HTML is sanitised already)."""
    text = html_to_plain(post.body_html).strip()
    first = text.split("\n", 1)[0]
    return first if len(first) <= EXCERPT else first[: EXCERPT - 1] + "…"


class ReasonDialog(QDialog):
    """Asks to confirm a removal, with an optional reason the server passes on."""

    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        text = plain.label(self, question)
        text.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setMaxLength(500)
        form = QFormLayout()
        label = QLabel(self.tr("&Reason (optional):"), self)
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Remove"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)


class GroupTextDialog(QDialog):
    """A group's name and description, to change."""

    def __init__(self, name: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Name and description"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.name = QLineEdit(name, self)
        self.name.setAccessibleName(self.tr("Name of the group"))
        self.name.setMaxLength(255)
        self.description = QPlainTextEdit(self)
        self.description.setPlainText(description)
        self.description.setAccessibleName(self.tr("Description of the group"))
        self.description.setTabChangesFocus(True)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name)
        description_label = QLabel(self.tr("&Description:"), self)
        description_label.setBuddy(self.description)
        form.addRow(name_label, self.name)
        form.addRow(description_label, self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._on_name_text_changed)

    def _on_name_text_changed(self, text: str) -> None:
        self.save.setEnabled(bool(text.strip()))


class ModerationActions(QObject):
    """Runs the moderation commands of one pane and asks what they need to know."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._widget = parent
        self.dialog: QDialog | None = None

    def _write(self, account: AccountSession, fn: Callable[[], Changes]) -> None:
        Op(self._ctx.ops, fn, writes=True, account=account.user_id, parent=self).failure(
            self._on_write_failed
        ).run()

    def _on_write_failed(self, error: Exception) -> None:
        self._ctx.ops.op_failed.emit(str(error))

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(accepted)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None

    def pin(self, account: AccountSession, message_id: int, on: bool) -> None:
        self._write(account, partial(account.commands.pin, message_id, on))

    def remove(self, account: AccountSession, message_id: int, *, comment: bool) -> QDialog:
        """Ask for a reason, then remove someone else's post or comment."""
        dialog = ReasonDialog(
            self.tr("Remove comment") if comment else self.tr("Remove post"),
            self.tr("Remove this comment for everyone in the group?")
            if comment
            else self.tr("Remove this post and its comments for everyone in the group?"),
            self._widget,
        )

        def accepted() -> None:
            reason = dialog.reason.text()
            self._write(account, partial(account.commands.remove_message, message_id, reason))

        return self._open(dialog, accepted)

    def edit_group(
        self, account: AccountSession, group_id: str, name: str, description: str
    ) -> QDialog:
        dialog = GroupTextDialog(name, description, self._widget)

        def accepted() -> None:
            text = dialog.description.toPlainText()
            fn = partial(account.commands.edit_group, group_id, dialog.name.text(), text)
            self._write(account, fn)

        return self._open(dialog, accepted)

    def kick(self, account: AccountSession, group_id: str, user_id: str, name: str) -> QDialog:
        dialog = ReasonDialog(
            self.tr("Remove member"),
            self.tr("Remove %1 from the group?").replace("%1", name),
            self._widget,
        )

        def accepted() -> None:
            reason = dialog.reason.text()
            self._write(account, partial(account.commands.kick, group_id, user_id, reason))

        return self._open(dialog, accepted)

    def set_moderator(self, account: AccountSession, group_id: str, user_id: str, on: bool) -> None:
        self._write(account, partial(account.commands.set_moderator, group_id, user_id, on))

    def refusal_text(self, refusal: Refusal) -> str:
        what = {
            "pin": self.tr("A pin"),
            "delete": self.tr("Removing a post"),
            "group_text": self.tr("The new name and description"),
            "kick": self.tr("Removing %1 from the group"),
            "role": self.tr("Changing the role of %1"),
        }.get(refusal.kind, self.tr("A change"))
        return (
            self.tr("%1 was refused by the server and has been undone: %2")
            .replace("%1", what.replace("%1", refusal.detail))
            .replace("%2", refusal.error or refusal.errcode)
        )

    def tell_refusals(self, refusals: Sequence[Refusal]) -> QMessageBox | None:
        if not refusals:
            return None
        box = plain.message_box(
            self._widget,
            QMessageBox.Icon.Warning,
            self.tr("Not allowed"),
            "\n".join(self.refusal_text(r) for r in refusals),
            self.tr("Your role in the group may have changed."),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box


class PinnedPosts(QFrame):
    """The group's pinned posts, over its stream: for everyone, also pins made in other
    clients; each opens its post, and can be unpinned by whoever may pin."""

    opened = Signal(int)  # message id
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinnedPosts")
        self.setAccessibleName(self.tr("Pinned posts"))
        self._ctx = ctx
        self.account: AccountSession | None = None
        self.group_id = ""
        self.posts: list[PostRow] = []
        self.permissions = GroupPermissions()
        self.moderation = ModerationActions(ctx, self)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(12, 4, 12, 4)
        self.hide()
        ctx.hub.changed.connect(self._on_hub_changed)

    def show_group(self, account: AccountSession, group_id: str) -> None:
        self.account, self.group_id = account, group_id
        self.reload()

    def reload(self) -> None:
        if self.account is None:
            return
        account, group_id = self.account, self.group_id

        def read() -> tuple[list[PostRow], GroupPermissions]:
            return (
                pinned_posts(account.replica, group_id),
                members.permissions(account.replica, group_id),
            )

        Op(self._ctx.ops, read, parent=self).success(
            partial(self._on_loaded, (account.user_id, group_id))
        ).run()

    def _on_loaded(
        self, key: tuple[str, str], found: tuple[list[PostRow], GroupPermissions]
    ) -> None:
        if self.account is None or key != (self.account.user_id, self.group_id):
            return
        self.posts, self.permissions = found
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for post in self.posts:
            self._rows.addWidget(self._row(post))
        self.setVisible(bool(self.posts))
        self.loaded.emit()

    def _row(self, post: PostRow) -> QWidget:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        text = excerpt(post)
        label = plain.label(row, self.tr("Pinned: %1").replace("%1", text))
        label.setObjectName("pinnedExcerpt")
        open_button = QPushButton(self.tr("Open"), row)
        open_button.setAccessibleName(self.tr("Open the pinned post %1").replace("%1", text))
        open_button.clicked.connect(partial(self.opened.emit, post.id))
        line.addWidget(label, 1)
        line.addWidget(open_button)
        if self.permissions.pin:
            unpin = QPushButton(self.tr("Unpin"), row)
            unpin.setAccessibleName(self.tr("Unpin the post %1").replace("%1", text))
            unpin.clicked.connect(partial(self._on_unpin_clicked, post.id))
            line.addWidget(unpin)
        return row

    def _on_unpin_clicked(self, message_id: int) -> None:
        if self.account is not None:
            self.moderation.pin(self.account, message_id, False)

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if (
            self.account is not None
            and user_id == self.account.user_id
            and self.group_id in changes.groups
        ):
            self.reload()
