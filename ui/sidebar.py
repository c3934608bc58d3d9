"""The sidebar: accounts → organisations → groups (with unread and mention counts and
an icon for groups kept fully offline), then "People", "Documents" and "Join groups" of
each account.

``SidebarModel`` is a tree over ``overview.account_tree``: each account's tree is read on a
worker, and the model applies it by rows: counts and names that changed come out as
``dataChanged``, rows are inserted and removed only where the tree's shape changed. A reset
of 500 groups, with the view expanding every organisation again, held the GUI thread for
tens of milliseconds after every sync batch; this keeps the current entry and expansion as
they are. The view expands rows as they are inserted, except those the user collapsed.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Callable
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
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from ui import icons, lazy, plain
from ui.context import AppContext
from ui.menus import popup_actions_menu
from ui.ops import Op

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    from client.changes import Changes
    from client.reads.overview import AccountTree, GroupEntry, InvitationEntry

AnyIndex = QModelIndex | QPersistentModelIndex


class NodeKind(enum.StrEnum):
    ACCOUNT = "account"
    ORGANISATION = "organisation"
    FURTHER = "further"
    GROUP = "group"
    PEOPLE = "people"
    DOCUMENTS = "documents"
    AGENDA = "agenda"
    JOIN = "join"
    INVITATIONS = "invitations"
    INVITATION = "invitation"
    OPENING = "opening"  # an account whose data is still being opened or read


KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 3
UNREAD_ROLE = Qt.ItemDataRole.UserRole + 4
MENTION_ROLE = Qt.ItemDataRole.UserRole + 5
KEPT_OFFLINE_ROLE = Qt.ItemDataRole.UserRole + 6
QUARANTINED_ROLE = Qt.ItemDataRole.UserRole + 7

_ICONS = {
    NodeKind.ACCOUNT: "account",
    NodeKind.ORGANISATION: "organisation",
    NodeKind.FURTHER: "group",
    NodeKind.GROUP: "group",
    NodeKind.PEOPLE: "people",
    NodeKind.DOCUMENTS: "document",
    NodeKind.AGENDA: "calendar",
    NodeKind.JOIN: "join",
    NodeKind.INVITATIONS: "bell",
    NodeKind.INVITATION: "add",
    NodeKind.OPENING: "account",
}


_LEAF = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
# What the user can pick, and rows that never have rows under them (the tree view then
# skips asking).
_FLAGS = {
    NodeKind.ACCOUNT: Qt.ItemFlag.ItemIsEnabled,
    NodeKind.ORGANISATION: Qt.ItemFlag.ItemIsEnabled,
    NodeKind.FURTHER: Qt.ItemFlag.ItemIsEnabled,
    NodeKind.GROUP: _LEAF | Qt.ItemFlag.ItemIsSelectable,
    NodeKind.PEOPLE: _LEAF | Qt.ItemFlag.ItemIsSelectable,
    NodeKind.DOCUMENTS: _LEAF | Qt.ItemFlag.ItemIsSelectable,
    NodeKind.AGENDA: _LEAF | Qt.ItemFlag.ItemIsSelectable,
    NodeKind.JOIN: _LEAF | Qt.ItemFlag.ItemIsSelectable,
    NodeKind.INVITATIONS: Qt.ItemFlag.ItemIsEnabled,
    NodeKind.INVITATION: _LEAF | Qt.ItemFlag.ItemIsSelectable,
    NodeKind.OPENING: _LEAF,
}


class _Node:
    """A row of the tree. (Plain classes here and in ``_Spec``: on the start path, each
    dataclass costs a millisecond to make.)"""

    __slots__ = (
        "account",
        "children",
        "kept_offline",
        "key",
        "kind",
        "mentions",
        "name",
        "parent",
        "quarantined",
        "row",
        "uid",
        "unread",
    )

    def __init__(
        self,
        uid: int,
        kind: NodeKind,
        account: str,
        key: str,  # group / organisation id, or the user id for an account
        name: str,
        parent: _Node | None,
        unread: int = 0,
        mentions: int = 0,
        kept_offline: bool = False,  # all of the group's history is kept (retention: all)
        quarantined: int = 0,  # events sync could not apply (client.quarantine)
    ) -> None:
        self.uid = uid
        self.kind = kind
        self.account = account
        self.key = key
        self.name = name
        self.parent = parent
        self.unread = unread
        self.mentions = mentions
        self.kept_offline = kept_offline
        self.quarantined = quarantined
        self.children: list[_Node] = []
        self.row = 0  # among its parent's children

    @property
    def identity(self) -> tuple[str, NodeKind, str]:
        return (self.account, self.kind, self.key)


class _Spec:
    """A row as the newest trees say it should be (``SidebarModel._apply`` makes it so)."""

    __slots__ = (
        "account",
        "children",
        "kept_offline",
        "key",
        "kind",
        "mentions",
        "name",
        "quarantined",
        "unread",
    )

    def __init__(
        self,
        kind: NodeKind,
        account: str,
        key: str,
        name: str,
        unread: int = 0,
        mentions: int = 0,
        kept_offline: bool = False,
        children: list[_Spec] | None = None,
        quarantined: int = 0,
    ) -> None:
        self.kind = kind
        self.account = account
        self.key = key
        self.name = name
        self.unread = unread
        self.mentions = mentions
        self.kept_offline = kept_offline
        self.quarantined = quarantined
        self.children = [] if children is None else children

    @property
    def identity(self) -> tuple[str, NodeKind, str]:
        return (self.account, self.kind, self.key)

    def shows(self, node: _Node) -> bool:
        """Whether ``node`` already shows what this says (its rows aside)."""
        return (node.name, node.unread, node.mentions, node.kept_offline, node.quarantined) == (
            self.name,
            self.unread,
            self.mentions,
            self.kept_offline,
            self.quarantined,
        )


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as runs of consecutive rows: (first, last) each."""
    out: list[tuple[int, int]] = []
    for row in sorted(rows):
        if out and out[-1][1] == row - 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return out


def _renumber(parent: _Node) -> None:
    for row, child in enumerate(parent.children):
        child.row = row


class SidebarModel(QAbstractItemModel):
    loaded = Signal()
    applied = Signal()  # a new tree is in (the rows that changed were announced meanwhile)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._uids = itertools.count(1)
        self._root = _Node(0, NodeKind.ACCOUNT, "", "", "", None)
        self._nodes: dict[int, _Node] = {}
        self._trees: dict[str, AccountTree] = {}
        self.applying = False  # while rows are inserted and removed for a new tree
        self._icons_tinted = False
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
        if not self._icons_tinted:  # the rows' icons, ready before the tree is
            self._icons_tinted = True
            names = sorted({*_ICONS.values(), "kept-offline"})
            Op(self._ctx.ops, icons.tint_files(names), parent=self).run()
        # With the first account, not at start (preloaded by then).
        Op(
            self._ctx.ops, partial(lazy.overview.account_tree, account.replica), parent=self
        ).success(partial(self._on_tree_loaded, user_id)).run()

    def _on_tree_loaded(self, user_id: str, tree: AccountTree) -> None:
        if self._ctx.account(user_id) is None:
            return
        self._trees[user_id] = tree
        self._rebuild()
        self.loaded.emit()

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if changes.groups or changes.organisations or changes.invitations:
            self._load(user_id)

    def _rebuild(self) -> None:
        self.applying = True
        try:
            self._apply(self._root, self._specs())
        finally:
            self.applying = False
        self.applied.emit()

    def _specs(self) -> list[_Spec]:
        """The rows as the accounts' trees say they should be."""
        default = self._ctx.settings.default_retention_days  # once: it reads the settings
        out: list[_Spec] = []
        for account in self._ctx.accounts:
            tree = self._trees.get(account.user_id)
            if tree is None:
                out.append(self._opening(account.user_id))
                continue
            user = account.user_id
            acc = _Spec(NodeKind.ACCOUNT, user, user, tree.display_name)
            if tree.invitations:
                acc.children.append(self._invitations(user, tree.invitations))
            for org in tree.organisations:
                org_spec = _Spec(NodeKind.ORGANISATION, user, org.id, org.name)
                org_spec.children = [self._group(user, g, default) for g in org.groups]
                acc.children.append(org_spec)
            if tree.other_groups:
                further = _Spec(NodeKind.FURTHER, user, "", self.tr("Further groups"))
                further.children = [self._group(user, g, default) for g in tree.other_groups]
                acc.children.append(further)
            acc.children += [
                _Spec(NodeKind.PEOPLE, user, "", self.tr("People")),
                _Spec(NodeKind.DOCUMENTS, user, "", self.tr("Documents")),
                _Spec(NodeKind.AGENDA, user, "", self.tr("Agenda")),
                _Spec(NodeKind.JOIN, user, "", self.tr("Join groups …")),
            ]
            out.append(acc)
        for user in self._ctx.opening:
            if self._ctx.account(user) is None:
                out.append(self._opening(user))
        return out

    def _invitations(self, account: str, found: tuple[InvitationEntry, ...]) -> _Spec:
        """The account's invitations, first in its tree: who invited to what."""
        header = _Spec(
            NodeKind.INVITATIONS,
            account,
            "",
            self.tr("Invitations (%1)").replace("%1", str(len(found))),
        )
        for invitation in found:
            if invitation.state == "withdrawn":
                name = self.tr("%1 (invitation withdrawn)")
            elif invitation.state == "accept":
                name = self.tr("%1 (joining …)")
            elif invitation.inviter:
                name = self.tr("%1, from %2").replace("%2", invitation.inviter)
            else:
                name = "%1"
            header.children.append(
                _Spec(
                    NodeKind.INVITATION,
                    account,
                    invitation.room_id,
                    name.replace("%1", invitation.name),
                )
            )
        return header

    def _opening(self, user_id: str) -> _Spec:
        """A quiet placeholder while the account opens (keyring, decrypting) or its tree loads."""
        name = self.tr("Opening %1 …").replace("%1", user_id)
        return _Spec(NodeKind.OPENING, user_id, user_id, name)

    @staticmethod
    def _group(account: str, group: GroupEntry, default: int) -> _Spec:
        # client.offline is loaded with the first account's tree, not at start.
        kept = lazy.offline.effective_days(group.retention_days, default) is None
        return _Spec(
            NodeKind.GROUP,
            account,
            group.id,
            group.name,
            group.unread,
            group.mentions,
            kept,
            quarantined=group.quarantined,
        )

    # -- applying a new tree by rows -------------------------------------------------

    def _apply(self, parent: _Node, specs: list[_Spec]) -> None:
        """Make ``parent``'s rows those of ``specs``: rows that are gone are removed, new
        ones inserted with their rows, changed ones announced; then the same one level down.
        Rows that stay but changed order (a renamed group) are taken out and put back."""
        wanted = [s.identity for s in specs]
        built: set[int] = set()  # rows inserted now, built from their specs
        if [c.identity for c in parent.children] != wanted:  # seldom: mostly counts change
            self._remove_unwanted(parent, wanted)
            built = self._insert_missing(parent, specs)
        changed: list[int] = []
        for node, spec in zip(parent.children, specs, strict=True):
            if node.uid in built:
                continue
            if not spec.shows(node):
                node.name, node.unread = spec.name, spec.unread
                node.mentions, node.kept_offline = spec.mentions, spec.kept_offline
                node.quarantined = spec.quarantined
                changed.append(node.row)
            if spec.children or node.children:
                self._apply(node, spec.children)
        for first, last in _runs(changed):
            self.dataChanged.emit(
                self._index_of(parent.children[first]), self._index_of(parent.children[last])
            )

    def _remove_unwanted(self, parent: _Node, wanted: list[tuple[str, NodeKind, str]]) -> None:
        """Remove the rows of ``parent`` that ``wanted`` lacks, and, when those that stay
        are not in ``wanted``'s order or rows are not told apart by identity, all rows."""
        keep = set(wanted)
        if len(keep) != len(wanted):
            self._remove(parent, lambda _node: True)
            return
        self._remove(parent, lambda node: node.identity not in keep)
        kept = [c.identity for c in parent.children]
        present = set(kept)
        if kept != [i for i in wanted if i in present]:
            self._remove(parent, lambda _node: True)

    def _remove(self, parent: _Node, gone: Callable[[_Node], bool]) -> None:
        """Remove the rows of ``parent`` that are ``gone``, a run of rows at a time."""
        rows = [c.row for c in parent.children if gone(c)]
        for first, last in reversed(_runs(rows)):
            self.beginRemoveRows(self._index_of(parent), first, last)
            for node in parent.children[first : last + 1]:
                self._forget(node)
            del parent.children[first : last + 1]
            _renumber(parent)
            self.endRemoveRows()

    def _insert_missing(self, parent: _Node, specs: list[_Spec]) -> set[int]:
        """Insert the rows of ``specs`` that ``parent`` lacks (its rows are in their order);
        returns their uids."""
        children = parent.children
        built: set[int] = set()

        def present(row: int, spec: _Spec) -> bool:
            return row < len(children) and children[row].identity == spec.identity

        row = index = 0
        while index < len(specs):
            if present(row, specs[index]):
                row, index = row + 1, index + 1
                continue
            end = index
            while end < len(specs) and not present(row, specs[end]):
                end += 1
            self.beginInsertRows(self._index_of(parent), row, row + end - index - 1)
            children[row:row] = [self._build(spec, parent) for spec in specs[index:end]]
            built.update(node.uid for node in children[row : row + end - index])
            _renumber(parent)
            self.endInsertRows()
            row, index = row + end - index, end
        return built

    def _build(self, spec: _Spec, parent: _Node) -> _Node:
        node = _Node(
            next(self._uids),
            spec.kind,
            spec.account,
            spec.key,
            spec.name,
            parent,
            spec.unread,
            spec.mentions,
            spec.kept_offline,
            spec.quarantined,
        )
        self._nodes[node.uid] = node
        node.children = [self._build(child, node) for child in spec.children]
        _renumber(node)
        return node

    def _forget(self, node: _Node) -> None:
        self._nodes.pop(node.uid, None)
        for child in node.children:
            self._forget(child)

    def _index_of(self, node: _Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node.uid)

    # -- lookup ----------------------------------------------------------------------

    def find(self, account: str, kind: NodeKind, key: str = "") -> QModelIndex:
        for node in self._nodes.values():
            if node.account == account and node.kind is kind and node.key == key:
                return self.createIndex(node.row, 0, node.uid)
        return QModelIndex()

    def expandable(
        self,
        parent: AnyIndex = QModelIndex(),  # noqa: B008
        first: int = 0,
        last: int | None = None,
    ) -> list[QModelIndex]:
        """The rows that have rows under them (accounts, organisations, "Further groups")
        among ``parent``'s rows ``first`` to ``last`` and under them, from the model's own
        tree: a few, where walking the view's rows visits every group."""
        rows = self._node(parent).children[first : None if last is None else last + 1]
        out: list[QModelIndex] = []
        stack = list(reversed(rows))
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

    def organisation_name(self, account: str, organisation_id: str) -> str | None:
        tree = self._trees.get(account)
        if tree is None:
            return None
        return next((o.name for o in tree.organisations if o.id == organisation_id), None)

    def invitation(self, account: str, room_id: str) -> InvitationEntry | None:
        tree = self._trees.get(account)
        found = tree.invitations if tree is not None else ()
        return next((i for i in found if i.room_id == room_id), None)

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
        return _FLAGS[self._node(index).kind]

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        # The tree view asks this of every row it lays out or is told changed: answered
        # here, not by rowCount and columnCount through the bindings.
        return bool(self._node(parent).children) if parent.column() <= 0 else False

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.name
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon("kept-offline" if node.kept_offline else _ICONS[node.kind])
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain.tooltip(self._describe(node))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._describe(node)
        if role == Qt.ItemDataRole.FontRole and node.kind is NodeKind.ACCOUNT:
            from PySide6.QtGui import QFont  # not before an account's row shows

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
        if role == QUARANTINED_ROLE:
            return node.quarantined
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


def _copy(text: str) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)


class SidebarView(QTreeView):
    """The tree; emits what the user picked."""

    group_chosen = Signal(str, str)  # account, group id
    people_chosen = Signal(str)  # account
    documents_chosen = Signal(str)  # account
    agenda_chosen = Signal(str)  # account
    join_chosen = Signal(str)  # account
    invitation_chosen = Signal(str, str)  # account, room id: to answer it
    invitation_answered = Signal(str, str, bool)  # account, room id, accepted
    invitation_dismissed = Signal(str, str)  # account, room id (a withdrawn one)
    members_requested = Signal(str, str)  # account, group id
    activity_requested = Signal(str, str, str)  # account, "group" or "organisation", its id
    leave_requested = Signal(str, str)  # account, group id
    create_group_requested = Signal(str)  # account
    mark_read_requested = Signal(str, str)  # account, group id
    mark_all_read_requested = Signal(str)  # account

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
        # Each adds its part to a group's context menu: (menu, account, group id).
        self.group_menu_hooks: list[Callable[[QMenu, str, str], None]] = []
        self._current: tuple[str, str, str] | None = None
        self._collapsed: set[tuple[str, str, str]] = set()  # rows the user collapsed
        # "Join groups" opens a dialog: on a click or Enter, not when the arrow keys pass.
        self.clicked.connect(self._on_item_activated)
        self.activated.connect(self._on_item_activated)
        self.expanded.connect(self._on_self_expanded)
        self.collapsed.connect(self._on_self_collapsed)
        model.rowsInserted.connect(self._on_model_rows_inserted)
        model.applied.connect(self._on_model_applied)

    def _key(self, index: QModelIndex) -> tuple[str, str, str]:
        return (str(index.data(ACCOUNT_ROLE)), str(index.data(KIND_ROLE)), str(index.data(ID_ROLE)))

    def walk(self, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:  # noqa: B008
        out = []
        for row in range(self._model.rowCount(parent)):
            index = self._model.index(row, 0, parent)
            out.append(index)
            out.extend(self.walk(index))
        return out

    def _on_self_expanded(self, index: QModelIndex) -> None:
        self._collapsed.discard(self._key(index))

    def _on_self_collapsed(self, index: QModelIndex) -> None:
        self._collapsed.add(self._key(index))

    def _on_model_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """New rows (an account's tree, an organisation) open, unless the user had closed
        them before."""
        for index in self._model.expandable(parent, first, last):
            if self._key(index) not in self._collapsed:
                self.expand(index)

    def _on_model_applied(self) -> None:
        """The current entry stays what the user chose: when its row was taken out (and
        Qt made a neighbour current meanwhile, which opened nothing) it is found again,
        or, gone, nothing is current."""
        current = self.currentIndex()
        if self._current is None or (current.isValid() and self._key(current) == self._current):
            return
        account, kind, key = self._current
        index = self._model.find(account, NodeKind(kind), key)
        selection = self.selectionModel()
        if index.isValid():
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
        else:
            selection.clear()

    def select(self, account: str, kind: NodeKind, key: str = "") -> bool:
        index = self._model.find(account, kind, key)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def currentChanged(self, current: AnyIndex, previous: AnyIndex) -> None:
        super().currentChanged(current, previous)
        if not current.isValid() or self._model.applying:
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
        elif kind == NodeKind.AGENDA:
            self._current = key
            self.agenda_chosen.emit(account)

    def actions_menu(self, index: QModelIndex) -> QMenu | None:
        """What can be done with the row at ``index`` (the context menu, also by keyboard):
        mark its group read, copy the group's address for support and, when sync had to set
        events of it aside, see how many; or mark all of its account's groups read."""
        kind = index.data(KIND_ROLE)
        if not index.isValid() or kind == NodeKind.OPENING.value:
            return None
        from PySide6.QtWidgets import QMenu  # built when first asked for, not at start

        account = str(index.data(ACCOUNT_ROLE))
        menu = QMenu(self)
        if kind == NodeKind.GROUP.value:
            group_id = str(index.data(ID_ROLE))
            action = menu.addAction(
                self.tr("Mark as read"), partial(self.mark_read_requested.emit, account, group_id)
            )
            action.setEnabled(bool(index.data(UNREAD_ROLE) or index.data(MENTION_ROLE)))
            menu.addAction(self.tr("Copy group address"), partial(_copy, group_id))
            menu.addAction(
                self.tr("Members …"), partial(self.members_requested.emit, account, group_id)
            )
            menu.addAction(
                self.tr("Activity"),
                partial(self.activity_requested.emit, account, "group", group_id),
            )
            menu.addAction(
                self.tr("Leave group …"), partial(self.leave_requested.emit, account, group_id)
            )
            quarantined = int(index.data(QUARANTINED_ROLE) or 0)
            if quarantined:
                note = menu.addAction(
                    self.tr("%n events could not be shown (kept for support)", "", quarantined)
                )
                note.setEnabled(False)
            for hook in self.group_menu_hooks:
                hook(menu, account, group_id)
            menu.addSeparator()
        if kind == NodeKind.ORGANISATION.value:
            menu.addAction(
                self.tr("Activity of its groups"),
                partial(
                    self.activity_requested.emit, account, "organisation", str(index.data(ID_ROLE))
                ),
            )
            menu.addSeparator()
        if kind == NodeKind.INVITATION.value:
            self._invitation_actions(menu, account, str(index.data(ID_ROLE)))
            return menu
        menu.addAction(
            self.tr("Mark all as read"), partial(self.mark_all_read_requested.emit, account)
        )
        menu.addAction(self.tr("New group …"), partial(self.create_group_requested.emit, account))
        return menu

    def _invitation_actions(self, menu: QMenu, account: str, room_id: str) -> None:
        invitation = self._model.invitation(account, room_id)
        if invitation is None:
            return
        if invitation.state == "withdrawn":
            menu.addAction(
                self.tr("Dismiss"), partial(self.invitation_dismissed.emit, account, room_id)
            )
            return
        menu.addAction(
            self.tr("Accept"), partial(self.invitation_answered.emit, account, room_id, True)
        )
        menu.addAction(
            self.tr("Decline"), partial(self.invitation_answered.emit, account, room_id, False)
        )

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        popup_actions_menu(self, event, self.actions_menu)

    def _on_item_activated(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == NodeKind.JOIN.value:
            self.join_chosen.emit(str(index.data(ACCOUNT_ROLE)))
        elif index.data(KIND_ROLE) == NodeKind.INVITATION.value:
            self.invitation_chosen.emit(str(index.data(ACCOUNT_ROLE)), str(index.data(ID_ROLE)))

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
