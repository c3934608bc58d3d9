"""Reactions besides the like in the window: the thread's reaction buttons with who reacted,
the "React" submenu of a post's context menu, and the counts a post's footer shows.

Keys come from the server cleaned (``client.reactions.usable_key``) and are only ever shown
as plain text: painted, set on buttons, or escaped in tooltips (``ui/plain.py``).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from client.changes import Changes
from client.reactions import LIKE, REACTIONS
from client.reads.reactions import reactions
from client.rows import PostRow, ReactionSummary
from ui import plain
from ui.context import AccountSession, AppContext
from ui.ops import Op

# A post's footer names this many different reactions, then "…".
FOOTER_KEYS = 6


def footer_text(post: PostRow) -> str:
    """``❤️ 2  🎉 1``: the reactions besides the like, as a post's footer shows them."""
    shown = [f"{key} {count}" for key, count, _mine in post.reactions[:FOOTER_KEYS]]
    if len(post.reactions) > FOOTER_KEYS:
        shown.append("…")
    return "  ".join(shown)


def describe(post: PostRow) -> str:
    """The reactions for a screen reader, or "" without any."""
    if not post.reactions:
        return ""
    return QCoreApplication.translate("Reactions", "reactions: %1").replace(
        "%1", ", ".join(f"{key} {count}" for key, count, _mine in post.reactions)
    )


def toggle(
    ctx: AppContext, account: AccountSession, post: PostRow, key: str, parent: QObject
) -> None:
    """Add the user's reaction ``key`` to the post, or take it back."""
    commands = account.commands
    mine = any(k == key and m for k, _n, m in post.reactions)
    fn = partial(commands.unreact if mine else commands.react, post.id, key)
    Op(ctx.ops, fn, writes=True, account=account.user_id, parent=parent).run()


def add_menu(menu: QMenu, post: PostRow, react: SignalInstance) -> None:
    """A "React" submenu: the offered reactions, the user's own checked; each emits
    ``react(post id, key)``."""
    sub = menu.addMenu(QCoreApplication.translate("Reactions", "&React"))
    mine = {k for k, _n, m in post.reactions if m}
    for n, key in enumerate(REACTIONS, start=1):
        action = sub.addAction(f"&{n} {key}", partial(react.emit, post.id, key))
        action.setCheckable(True)
        action.setChecked(key in mine)


class ReactionBar(QWidget):
    """One button per offered reaction under a thread's post, with its count, and the
    people who reacted in its tooltip; reactions other clients sent show beside them."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reactionBar")
        self.setAccessibleName(self.tr("Reactions"))
        self._ctx = ctx
        self._account: AccountSession | None = None
        self._message_id: int | None = None
        self._summaries: dict[str, ReactionSummary] = {}
        self.buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for key in REACTIONS:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.clicked.connect(partial(self._on_button_clicked, key))
            self.buttons[key] = button
            layout.addWidget(button)
        self.others = plain.label(self)  # reactions other clients offer, as plain text
        self.others.setObjectName("otherReactions")
        layout.addWidget(self.others)
        layout.addStretch(1)
        ctx.hub.changed.connect(self._on_hub_changed)
        self._show({})

    def show_for(self, account: AccountSession, message_id: int | None) -> None:
        self._account, self._message_id = account, message_id
        self.setEnabled(message_id is not None)
        self.reload()

    def summary(self, key: str) -> ReactionSummary | None:
        return self._summaries.get(key)

    def reload(self) -> None:
        account, message_id = self._account, self._message_id
        if account is None or message_id is None:
            self._show({})
            return
        Op(self._ctx.ops, partial(reactions, account.replica, message_id), parent=self).success(
            partial(self._on_reactions_loaded, account, message_id)
        ).run()

    def _on_reactions_loaded(
        self, account: AccountSession, message_id: int, rows: tuple[ReactionSummary, ...]
    ) -> None:
        if (account, message_id) == (self._account, self._message_id):
            self._show({r.key: r for r in rows})

    def _show(self, summaries: dict[str, ReactionSummary]) -> None:
        self._summaries = summaries
        for key, button in self.buttons.items():
            found = summaries.get(key)
            count = found.count if found else 0
            button.setText(f"{key} {count}" if count else key)
            button.setChecked(bool(found and found.mine))
            button.setAccessibleName(
                self.tr("React with %1 (%2)").replace("%1", key).replace("%2", str(count))
            )
            button.setToolTip(
                plain.tooltip(self.who(found) or self.tr("React with %1").replace("%1", key))
            )
        others = [s for k, s in summaries.items() if k not in self.buttons and k != LIKE]
        self.others.setText("  ".join(f"{s.key} {s.count}" for s in others))
        self.others.setToolTip(plain.tooltip("\n".join(self.who(s) for s in others)))
        self.others.setVisible(bool(others))
        self.loaded.emit()

    def who(self, summary: ReactionSummary | None) -> str:
        if summary is None:
            return ""
        return self.tr("%1: %2").replace("%1", summary.key).replace("%2", ", ".join(summary.names))

    def _on_button_clicked(self, key: str) -> None:
        account, message_id = self._account, self._message_id
        if account is None or message_id is None:
            return
        commands = account.commands
        found = self._summaries.get(key)
        fn = partial(commands.unreact if found and found.mine else commands.react, message_id, key)
        Op(self._ctx.ops, fn, writes=True, account=account.user_id, parent=self).run()

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        account = self._account
        if (
            account is not None
            and user_id == account.user_id
            and self._message_id in changes.messages
        ):
            self.reload()
