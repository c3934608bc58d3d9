"""The sidebar: accounts → organisations → groups (with unread and mention counts and
an icon for groups kept fully offline), then "People", "Documents" and "Join groups" of
each account.

``SidebarModel`` is a tree over ``overview.account_tree``: each account's tree is read on a
worker and swapped in whole; the view keeps expansion and the current entry across that.
"""

from __future__ import annotations

import enum
import itertools
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from client.changes import Changes
from ui import icons
from ui.context import AppContext
from ui.ops import Op

if TYPE_CHECKING:
    from ui.overview import AccountTree, GroupEntry

AnyIndex = QModelIndex | QPersistentModelIndex


class NodeKind(enum.StrEnum):
    ACCOUNT = "account"
    ORGANISATION = "organisation"
    FURTHER = "further"
    GROUP = "group"
    PEOPLE = "people"
    DOCUMENTS = "documents"
    JOIN = "join"
    OPENING = "opening"  # an account whose data is still being opened or read


KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 3
UNREAD_ROLE = Qt.ItemDataRole.UserRole + 4
MENTION_ROLE = Qt.ItemDataRole.UserRole + 5
KEPT_OFFLINE_ROLE = Qt.ItemDataRole.UserRole + 6

_ICONS = {
    NodeKind.ACCOUNT: "account",
    NodeKind.ORGANISATION: "organisation",
    NodeKind.FURTHER: "group",
    NodeKind.GROUP: "group",
    NodeKind.PEOPLE: "people",
    NodeKind.DOCUMENTS: "document",
    NodeKind.JOIN: "join",
    NodeKind.OPENING: "account",
}


@dataclass(eq=False)
class _Node:
    uid: int
    kind: NodeKind
    account: str
    key: str  # group / organisation id, or the user id for an account
    name: str
    parent: _Node | None
    unread: int = 0
    mentions: int = 0
    kept_offline: bool = False  # all of the group's history is kept (retention: everything)
    children: list[_Node] = field(default_factory=list)
    row: int = 0  # among its parent's children (the tree is rebuilt, never edited in place)


class SidebarModel(QAbstractItemModel):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._uids = itertools.count(1)
        self._root = _Node(0, NodeKind.ACCOUNT, "", "", "", None)
        self._nodes: dict[int, _Node] = {}
        self._trees: dict[str, AccountTree] = {}
        ctx.hub.changed.connect(self._on_hub_changed)
        ctx.accounts_changed.connect(self.reload)
        ctx.opening_changed.connect(self._rebuild)
        ctx.settings_changed.connect(self._rebuild)  # the default retention may have changed
        ctx.language_changed.connect(self._rebuild)

    # -- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        wanted = {a.user_id for a in self._ctx.accounts}
        if set(self._trees) - wanted:
            self._trees = {k: v for k, v in self._trees.items() if k in wanted}
            self._rebuild()
        for account in self._ctx.accounts:
            self._load(account.user_id)

    def _load(self, user_id: str) -> None:
        account = self._ctx.account(user_id)
        if account is None:
            return
        from ui import overview  # with the first account, not at start (preloaded by then)

        Op(self._ctx.ops, partial(overview.account_tree, account.replica), parent=self).success(
            partial(self._on_tree_loaded, user_id)
        ).run()

    def _on_tree_loaded(self, user_id: str, tree: AccountTree) -> None:
        if self._ctx.account(user_id) is None:
            return
        self._trees[user_id] = tree
        self._rebuild()
        self.loaded.emit()

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if changes.groups or changes.organisations:
            self._load(user_id)

    def _rebuild(self) -> None:
        default = self._ctx.settings.default_retention_days  # once: it reads the settings
        self.beginResetModel()
        self._nodes.clear()
        self._root.children = []
        for account in self._ctx.accounts:
            tree = self._trees.get(account.user_id)
            if tree is None:
                self._add_opening(account.user_id)
                continue
            user = account.user_id
            acc = self._add(NodeKind.ACCOUNT, user, user, tree.display_name, self._root)
            for org in tree.organisations:
                org_node = self._add(NodeKind.ORGANISATION, user, org.id, org.name, acc)
                for group in org.groups:
                    self._add_group(user, group, org_node, default)
            if tree.other_groups:
                further = self._add(NodeKind.FURTHER, user, "", self.tr("Further groups"), acc)
                for group in tree.other_groups:
                    self._add_group(user, group, further, default)
            self._add(NodeKind.PEOPLE, user, "", self.tr("People"), acc)
            self._add(NodeKind.DOCUMENTS, user, "", self.tr("Documents"), acc)
            self._add(NodeKind.JOIN, user, "", self.tr("Join groups …"), acc)
        for user in self._ctx.opening:
            if self._ctx.account(user) is None:
                self._add_opening(user)
        self.endResetModel()

    def _add_opening(self, user_id: str) -> None:
        """A quiet placeholder while the account opens (keyring, decrypting) or its tree loads."""
        name = self.tr("Opening %1 …").replace("%1", user_id)
        self._add(NodeKind.OPENING, user_id, user_id, name, self._root)

    def _add(self, kind: NodeKind, account: str, key: str, name: str, parent: _Node) -> _Node:
        node = _Node(next(self._uids), kind, account, key, name, parent, row=len(parent.children))
        parent.children.append(node)
        self._nodes[node.uid] = node
        return node

    def _add_group(self, account: str, group: GroupEntry, parent: _Node, default: int) -> None:
        from client import offline  # loaded with the first account's tree, not at start

        node = self._add(NodeKind.GROUP, account, group.id, group.name, parent)
        node.unread = group.unread
        node.mentions = group.mentions
        node.kept_offline = offline.effective_days(group.retention_days, default) is None

    # -- lookup ----------------------------------------------------------------------

    def find(self, account: str, kind: NodeKind, key: str = "") -> QModelIndex:
        for node in self._nodes.values():
            if node.account == account and node.kind is kind and node.key == key:
                return self.createIndex(node.row, 0, node.uid)
        return QModelIndex()

    def expandable(self) -> list[QModelIndex]:
        """The rows that have rows under them (accounts, organisations, "Further groups"),
        from the model's own tree: a few, where walking the view's rows visits every group."""
        out: list[QModelIndex] = []
        stack = list(reversed(self._root.children))
        while stack:
            node = stack.pop()
            if node.children:
                out.append(self.createIndex(node.row, 0, node.uid))
                stack.extend(reversed(node.children))
        return out

    def first_group(self, account: str) -> str | None:
        """The id of the account's first group as the sidebar lists them."""
        stack = list(reversed(self._root.children))
        while stack:
            node = stack.pop()
            if node.kind is NodeKind.GROUP and node.account == account:
                return node.key
            stack.extend(reversed(node.children))
        return None

    def group_name(self, account: str, group_id: str) -> str | None:
        tree = self._trees.get(account)
        if tree is None:
            return None
        for org in tree.organisations:
            for group in org.groups:
                if group.id == group_id:
                    return group.name
        return next((g.name for g in tree.other_groups if g.id == group_id), None)

    def _node(self, index: AnyIndex) -> _Node:
        if not index.isValid():
            return self._root
        return self._nodes[index.internalId()]

    # -- QAbstractItemModel ----------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row].uid)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._nodes.get(index.internalId())
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.uid)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self._node(index)
        flags = Qt.ItemFlag.ItemIsEnabled
        if node.kind in (NodeKind.GROUP, NodeKind.PEOPLE, NodeKind.DOCUMENTS, NodeKind.JOIN):
            flags |= Qt.ItemFlag.ItemIsSelectable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.name
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon("kept-offline" if node.kept_offline else _ICONS[node.kind])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(node)
        if role == Qt.ItemDataRole.FontRole and node.kind is NodeKind.ACCOUNT:
            font = QFont()
            font.setBold(True)
            return font
        if role == KIND_ROLE:
            return node.kind.value
        if role == ID_ROLE:
            return node.key
        if role == ACCOUNT_ROLE:
            return node.account
        if role == UNREAD_ROLE:
            return node.unread
        if role == MENTION_ROLE:
            return node.mentions
        if role == KEPT_OFFLINE_ROLE:
            return node.kept_offline
        return None

    def _describe(self, node: _Node) -> str:
        if node.kind is NodeKind.ACCOUNT:
            return self.tr("Account %1").replace("%1", node.account)
        if node.kind is not NodeKind.GROUP:
            return node.name
        parts = [node.name]
        if node.unread:
            parts.append(self.tr("%n unread", "", node.unread))
        if node.mentions:
            parts.append(self.tr("%n mentions of you", "", node.mentions))
        if node.kept_offline:
            parts.append(self.tr("all history kept offline"))
        return ", ".join(parts)


class _BadgeDelegate(QStyledItemDelegate):
    """Draws unread and mention counts at the right end of a group row."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        unread = int(index.data(UNREAD_ROLE) or 0)
        mentions = int(index.data(MENTION_ROLE) or 0)
        if not (unread or mentions):
            super().paint(painter, option, index)
            return
        badges = []
        if mentions:
            badges.append((f"@{mentions}", True))
        if unread:
            badges.append((str(unread), False))
        metrics = option.fontMetrics
        pad = 6
        widths = [metrics.horizontalAdvance(text) + 2 * pad for text, _ in badges]
        total = sum(widths) + 4 * (len(badges) - 1) + 6
        shrunk = QStyleOptionViewItem(option)
        shrunk.rect = option.rect.adjusted(0, 0, -total, 0)
        super().paint(painter, shrunk, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        x = rect.right() - total + 2
        height = metrics.height() + 2
        palette = option.palette
        for (text, strong), width in zip(badges, widths, strict=True):
            badge = QRect(x, rect.center().y() - height // 2, width, height)
            fill = palette.color(QPalette.ColorRole.Highlight if strong else QPalette.ColorRole.Mid)
            pen = palette.color(
                QPalette.ColorRole.HighlightedText if strong else QPalette.ColorRole.Base
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(badge, height / 2, height / 2)
            painter.setPen(pen)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 40, max(size.height(), 26))


class SidebarView(QTreeView):
    """The tree; emits what the user picked."""

    group_chosen = Signal(str, str)  # account, group id
    people_chosen = Signal(str)  # account
    documents_chosen = Signal(str)  # account
    join_chosen = Signal(str)  # account

    def __init__(self, model: SidebarModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Groups and lists"))
        self.setHeaderHidden(True)
        self.setModel(model)
        self.setItemDelegate(_BadgeDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setIndentation(14)
        self.setAnimated(False)
        self.setExpandsOnDoubleClick(True)
        self._model = model
        self._current: tuple[str, str, str] | None = None
        self._collapsed: set[tuple[str, str, str]] = set()
        model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        # "Join groups" opens a dialog: on a click or Enter, not when the arrow keys pass.
        self.clicked.connect(self._on_item_activated)
        self.activated.connect(self._on_item_activated)
        model.modelReset.connect(self._on_model_reset)

    def _key(self, index: QModelIndex) -> tuple[str, str, str]:
        return (str(index.data(ACCOUNT_ROLE)), str(index.data(KIND_ROLE)), str(index.data(ID_ROLE)))

    def walk(self, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:  # noqa: B008
        out = []
        for row in range(self._model.rowCount(parent)):
            index = self._model.index(row, 0, parent)
            out.append(index)
            out.extend(self.walk(index))
        return out

    def _on_model_about_to_be_reset(self) -> None:
        for index in self._model.expandable():
            if not self.isExpanded(index):
                self._collapsed.add(self._key(index))
            else:
                self._collapsed.discard(self._key(index))

    def _on_model_reset(self) -> None:
        for index in self._model.expandable():
            if self._key(index) not in self._collapsed:
                self.expand(index)
        if self._current is not None:
            account, kind, key = self._current
            index = self._model.find(account, NodeKind(kind), key)
            if index.isValid():
                self.selectionModel().setCurrentIndex(
                    index, self.selectionModel().SelectionFlag.ClearAndSelect
                )

    def select(self, account: str, kind: NodeKind, key: str = "") -> bool:
        index = self._model.find(account, kind, key)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def currentChanged(self, current: AnyIndex, previous: AnyIndex) -> None:
        super().currentChanged(current, previous)
        if not current.isValid():
            return
        key = self._key(self._model.index(current.row(), 0, current.parent()))
        if key == self._current:
            return
        account, kind, ident = key
        if kind == NodeKind.GROUP:
            self._current = key
            self.group_chosen.emit(account, ident)
        elif kind == NodeKind.PEOPLE:
            self._current = key
            self.people_chosen.emit(account)
        elif kind == NodeKind.DOCUMENTS:
            self._current = key
            self.documents_chosen.emit(account)

    def _on_item_activated(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == NodeKind.JOIN.value:
            self.join_chosen.emit(str(index.data(ACCOUNT_ROLE)))

    def drawBranches(self, painter: QPainter, rect: QRect, index: AnyIndex) -> None:
        # The indentation alone shows the levels; the style's branch lines add noise.
        if self._model.rowCount(index):
            # QStyle's bindings (and their many enums) are set up by the pages' preload
            # (ui.mainwindow.preload_pages), not while the window starts.
            from PySide6.QtWidgets import QStyle

            option = QStyleOptionViewItem()
            option.initFrom(self)
            option.rect = rect
            state = QStyle.StateFlag.State_Children
            if self.isExpanded(self._model.index(index.row(), 0, index.parent())):
                state |= QStyle.StateFlag.State_Open
            option.state = state
            option.rect = QRect(rect.right() - 14, rect.top(), 14, rect.height())
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_IndicatorBranch, option, painter, self
            )
