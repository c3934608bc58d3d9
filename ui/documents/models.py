"""The documents' item models: the folder tree of a group (or of all groups), and a
document's versions.

``DocumentTreeModel`` reads only the skeleton of the tree (each group's folders with their
number of documents) up front; the documents of a folder are read a page at a time when
the folder is opened (``canFetchMore``/``fetchMore`` on the folder's index), on a worker.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from client.changes import Changes
from client.reads import PAGE_SIZE
from client.reads.documents import document_folders, documents_by_id, folder_documents
from client.rows import DocumentRow, FolderEntry, VersionRow
from client.text import clean_name
from ui import icons, timefmt
from ui.context import AccountSession, AppContext
from ui.ops import Op

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 30
KIND_ROLE = Qt.ItemDataRole.UserRole + 31
GROUP_ROLE = Qt.ItemDataRole.UserRole + 32
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 33


def formatted_size(size: int) -> str:
    """A size in bytes as the user's locale writes it (1.2 MB)."""
    return QLocale().formattedDataSize(size)


class NodeKind(enum.StrEnum):
    GROUP = "group"
    FOLDER = "folder"
    DOCUMENT = "document"


def folder_parts(folder: str) -> list[str]:
    """A stored folder path as its parts: ``"Beleid/2026/"`` and ``"Beleid/2026"`` alike."""
    return [p.strip() for p in folder.split("/") if p.strip()]


@dataclass(eq=False)
class _Node:
    uid: int
    kind: NodeKind
    group_id: str
    path: str  # the folder's normalised path ("" for a group); a document: its id
    name: str
    parent: _Node | None
    # The folder strings stored in the replica that show as this folder.
    stored: list[str] = field(default_factory=list)
    own: int = 0  # documents directly in it
    total: int = 0  # documents in it and below
    folders: int = 0  # its first ``folders`` children are folders, the rest documents
    doc: DocumentRow | None = None
    loading: bool = False
    children: list[_Node] = field(default_factory=list)

    @property
    def loaded_docs(self) -> int:
        return len(self.children) - self.folders


class DocumentTreeModel(QAbstractItemModel):
    """Groups → folders → documents of one account, or the folders of one group."""

    loaded = Signal()  # the skeleton was (re)read
    documents_loaded = Signal(int)  # documents added to a folder

    COLUMNS = 3

    def __init__(
        self,
        ctx: AppContext,
        account: AccountSession,
        group_id: str | None = None,
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.account = account
        self.group_id = group_id
        self.page_size = page_size
        self._uids = itertools.count(1)
        self._root = self._new(NodeKind.GROUP, group_id or "", "", "", None)
        self._nodes: dict[int, _Node] = {}
        self._docs: dict[str, _Node] = {}
        self._ready = False
        self._entries: tuple[FolderEntry, ...] = ()
        self._generation = 0
        # True between begin…Rows and end…Rows: see ``ui.lists.KeysetListModel``.
        self._changing = False
        ctx.hub.changed.connect(self._on_hub_changed)

    @property
    def ready(self) -> bool:
        return self._ready

    @property
    def empty(self) -> bool:
        return self._ready and not self._root.children and self._root.own == 0

    def _new(
        self, kind: NodeKind, group_id: str, path: str, name: str, parent: _Node | None
    ) -> _Node:
        return _Node(next(self._uids), kind, group_id, path, name, parent)

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        Op(
            self._ctx.ops,
            partial(document_folders, self.account.replica, self.group_id),
            parent=self,
        ).success(partial(self._on_folders_loaded, self._generation)).run()

    def _on_folders_loaded(self, generation: int, entries: list[FolderEntry]) -> None:
        if generation != self._generation:
            return
        self._changing = True
        self.beginResetModel()
        self._entries = tuple(entries)
        self._build(entries)
        self._ready = True
        self.endResetModel()
        self._changing = False
        self.loaded.emit()

    def _build(self, entries: Sequence[FolderEntry]) -> None:
        self._root = self._new(NodeKind.GROUP, self.group_id or "", "", "", None)
        self._nodes = {}
        self._docs = {}
        containers: dict[tuple[str, str], _Node] = {}
        for entry in entries:
            group = self._root
            if self.group_id is None:
                group = containers.get((entry.group_id, ""), self._root)
                if group is self._root:
                    group = self._add_child(
                        self._root, NodeKind.GROUP, entry.group_id, "", entry.group_name
                    )
                    containers[(entry.group_id, "")] = group
            node, parts = group, folder_parts(entry.folder)
            for depth, part in enumerate(parts):
                path = "/".join(parts[: depth + 1])
                found = containers.get((entry.group_id, path))
                if found is None:
                    shown = clean_name(part) or "…"  # a part of a name from the server
                    found = self._add_child(node, NodeKind.FOLDER, entry.group_id, path, shown)
                    containers[(entry.group_id, path)] = found
                node = found
            node.stored.append(entry.folder)
            node.own += entry.documents
            walk: _Node | None = node
            while walk is not None:
                walk.total += entry.documents
                walk = walk.parent
        for node in [self._root, *self._nodes.values()]:
            node.children.sort(key=lambda n: n.name.casefold())

    def _add_child(
        self, parent: _Node, kind: NodeKind, group_id: str, path: str, name: str
    ) -> _Node:
        node = self._new(kind, group_id, path, name, parent)
        parent.children.append(node)
        parent.folders += 1
        self._nodes[node.uid] = node
        return node

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        node = self._node(parent)
        return (
            self._ready
            and not self._changing
            and node is not None
            and node.kind is not NodeKind.DOCUMENT
            and not node.loading
            and node.loaded_docs < node.own
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        node = self._node(parent)
        assert node is not None
        node.loading = True
        last = node.children[-1].doc if node.loaded_docs else None
        after = last.name_key if last is not None else None
        Op(
            self._ctx.ops,
            partial(
                folder_documents,
                self.account.replica,
                node.group_id,
                tuple(node.stored),
                after,
                self.page_size,
            ),
            parent=self,
        ).success(partial(self._on_documents_loaded, self._generation, node.uid)).failure(
            partial(self._on_documents_failed, self._generation, node.uid)
        ).run()

    def _container(self, generation: int, uid: int) -> _Node | None:
        if generation != self._generation:
            return None
        return self._root if uid == self._root.uid else self._nodes.get(uid)

    def _on_documents_loaded(self, generation: int, uid: int, rows: list[DocumentRow]) -> None:
        node = self._container(generation, uid)
        if node is None:
            return
        node.loading = False
        fresh = [r for r in rows if r.id not in self._docs]
        if len(rows) < self.page_size:
            node.own = node.loaded_docs + len(fresh)  # read to the end: that is all of it
        if fresh:
            first = len(node.children)
            self._changing = True
            self.beginInsertRows(self._index_of(node), first, first + len(fresh) - 1)
            for row in fresh:
                child = self._new(NodeKind.DOCUMENT, row.group_id, row.id, row.name, node)
                child.doc = row
                node.children.append(child)
                self._nodes[child.uid] = child
                self._docs[row.id] = child
            self.endInsertRows()
            self._changing = False
        self.documents_loaded.emit(len(fresh))

    def _on_documents_failed(self, generation: int, uid: int, error: Exception) -> None:
        node = self._container(generation, uid)
        if node is not None:
            node.loading = False
        self._ctx.ops.op_failed.emit(str(error))

    # -- changes -----------------------------------------------------------------------

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if user_id != self.account.user_id or not self._ready:
            return
        if changes.documents:
            self._recheck(changes.documents)
        elif changes.groups if self.group_id is None else self.group_id in changes.groups:
            # A sync step names the groups it touched, not each document: see whether the
            # folders changed, else bring the documents shown up to date in place.
            Op(
                self._ctx.ops,
                partial(document_folders, self.account.replica, self.group_id),
                parent=self,
            ).success(partial(self._on_folders_refreshed, self._generation)).run()

    def _on_folders_refreshed(self, generation: int, entries: list[FolderEntry]) -> None:
        if generation != self._generation:
            return
        if tuple(entries) != self._entries:
            self._generation += 1
            self._on_folders_loaded(self._generation, entries)
        elif self._docs:
            self._recheck(self._docs)

    def _recheck(self, ids: Iterable[str]) -> None:
        asked = sorted(ids)
        Op(
            self._ctx.ops,
            partial(documents_by_id, self.account.replica, asked),
            parent=self,
        ).success(partial(self._on_changed_loaded, self._generation, frozenset(asked))).run()

    def _on_changed_loaded(
        self, generation: int, asked: frozenset[str], fresh: dict[str, DocumentRow]
    ) -> None:
        if generation != self._generation:
            return
        for doc_id in asked:
            row, node = fresh.get(doc_id), self._docs.get(doc_id)
            in_scope = row is not None and self.group_id in (None, row.group_id)
            if node is None and not in_scope:
                continue
            if (
                node is not None
                and row is not None
                and node.doc is not None
                and (
                    (node.doc.group_id, node.doc.folder, node.doc.name)
                    == (row.group_id, row.folder, row.name)
                )
            ):
                # Same place in the tree (a new version, pinned, sent): change it in place.
                if node.doc == row:
                    continue
                node.doc = row
                index = self._index_of(node)
                self.dataChanged.emit(index, index.siblingAtColumn(self.COLUMNS - 1))
                continue
            # New, gone or moved: the folders' counts change too. Read the skeleton again;
            # the view opens the folders that were open.
            self.reload()
            return

    # -- QAbstractItemModel ------------------------------------------------------------

    def _node(self, index: AnyIndex) -> _Node | None:
        if not index.isValid():
            return self._root
        return self._nodes.get(index.internalId())

    def _index_of(self, node: _Node, column: int = 0) -> QModelIndex:
        if node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.children.index(node), column, node.uid)

    def index(
        self,
        row: int,
        column: int,
        parent: AnyIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        node = self._node(parent)
        if node is None or not 0 <= row < len(node.children) or not 0 <= column < self.COLUMNS:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        return self.createIndex(row, column, node.children[row].uid)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._nodes.get(index.internalId())
        if node is None or node.parent is None:
            return QModelIndex()
        return self._index_of(node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node is not None else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        return node is not None and (bool(node.children) or node.own > node.loaded_docs)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (self.tr("Name"), self.tr("Changed"), self.tr("Size"))[section]
            if (0 <= section < self.COLUMNS)
            else None
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self._node(index) if index.isValid() else None
        if node is None:
            return None
        if role == ROW_ROLE:
            return node.doc
        if role == KIND_ROLE:
            return node.kind.value
        if role == GROUP_ROLE:
            return node.group_id
        if role == FOLDER_ROLE:
            return node.doc.folder if node.doc is not None else self._stored_folder(node)
        if node.doc is not None:
            return self._document_data(node.doc, index.column(), role)
        return self._container_data(node, index.column(), role)

    @staticmethod
    def _stored_folder(node: _Node) -> str:
        return node.stored[0] if node.stored else node.path

    def _container_data(self, node: _Node, column: int, role: int) -> object:
        count = self.tr("%n documents", "", node.total)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.name if column == 0 else count if column == 1 else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            kind = self.tr("Group") if node.kind is NodeKind.GROUP else self.tr("Folder")
            return f"{kind} {node.name}, {count}"
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icons.icon("group" if node.kind is NodeKind.GROUP else "folder")
        return None

    def _document_data(self, doc: DocumentRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return doc.name
            if column == 1:
                return f"{timefmt.relative(doc.updated_at)} · {doc.updated_by}"
            return formatted_size(doc.size)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icons.icon(document_icon(doc))
        if role == Qt.ItemDataRole.FontRole and doc.conflict and column == 0:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([timefmt.exact(doc.updated_at), *document_states(doc)])
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return ", ".join(
                [
                    doc.name,
                    *document_states(doc),
                    timefmt.relative(doc.updated_at),
                    doc.updated_by,
                    formatted_size(doc.size),
                ]
            )
        return None


def document_icon(doc: DocumentRow) -> str:
    """A conflict copy shows a warning; a document kept available offline shows the mark
    of a group kept offline in the sidebar."""
    if doc.conflict:
        return "alert"
    if doc.pinned:
        return "kept-offline"
    if doc.pending:
        return "clock"
    return "document"


def document_states(doc: DocumentRow) -> list[str]:
    states = []
    if doc.conflict:
        states.append(QCoreApplication.translate("Documents", "conflict copy"))
    if doc.pinned:
        states.append(QCoreApplication.translate("Documents", "kept available offline"))
    if doc.pending:
        states.append(QCoreApplication.translate("Documents", "waiting to send"))
    return states


class VersionsModel(QAbstractTableModel):
    """A document's versions, newest first: number, who, when, size."""

    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[VersionRow, ...] = ()

    def set_versions(self, rows: Sequence[VersionRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def version(self, row: int) -> VersionRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Version"), self.tr("By"), self.tr("When"), self.tr("Size"))
        return titles[section] if 0 <= section < self.COLUMNS else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        v = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return (
                    self.tr("%1 (waiting to send)").replace("%1", str(v.version))
                    if (v.pending)
                    else str(v.version)
                )
            if column == 1:
                return v.author_name
            if column == 2:
                return timefmt.relative(v.created_at)
            return formatted_size(v.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return timefmt.exact(v.created_at)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return (
                self.tr("Version %1 by %2, %3, %4")
                .replace("%1", str(v.version))
                .replace("%2", v.author_name)
                .replace("%3", timefmt.exact(v.created_at))
                .replace("%4", formatted_size(v.size))
            )
        return None
