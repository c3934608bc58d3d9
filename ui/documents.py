"""Documents: the folder tree of a group (or of all groups), a document's detail with its
versions, opening a document with the system's application and saving its changes back.

``DocumentTreeModel`` reads only the skeleton of the tree (each group's folders with their
number of documents) up front; the documents of a folder are read a page at a time when
the folder is opened (``canFetchMore``/``fetchMore`` on the folder's index), on a worker.

``DocumentOpener`` decrypts a document from the media cache into a private folder (0700,
removed when the app quits), hands it to the system's application and watches the file:
when the application saves, a new version is written through the local commands. Editors
save in bursts (write, truncate, rename a temporary file over the original), so the watch
waits until the file has been quiet for a moment and compares checksums: one version per
save, none for a save without changes.
"""

from __future__ import annotations

import enum
import hashlib
import html
import itertools
import shutil
import tempfile
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QFileSystemWatcher,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from client.changes import Changes
from client.filenames import safe_filename
from client.reads import PAGE_SIZE
from client.reads.documents import (
    Exported,
    NotAvailableOfflineError,
    document_detail,
    document_folders,
    documents_by_id,
    export_for_opening,
    folder_documents,
    storage_used,
)
from client.rows import DocumentDetail, DocumentRow, FolderEntry, StorageUse, VersionRow
from ui import icons, timefmt
from ui.context import AccountSession, AppContext
from ui.ops import Op

if TYPE_CHECKING:
    # Types only: the commands, media cache, replica and engine load on the worker that
    # opens an account, not with the main window (see tests/ui/test_cold_start.py).
    from client.commands import LocalCommands
    from sync.engine import SyncEngine

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 30
KIND_ROLE = Qt.ItemDataRole.UserRole + 31
GROUP_ROLE = Qt.ItemDataRole.UserRole + 32
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 33
SAVE_DEBOUNCE_MS = 1500


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size)


# -- the folder tree -----------------------------------------------------------------------


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
                    found = self._add_child(node, NodeKind.FOLDER, entry.group_id, path, part)
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
        after = (last.name, last.id) if last is not None else None
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
            return _size(doc.size)
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
                    _size(doc.size),
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
            return _size(v.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return timefmt.exact(v.created_at)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return (
                self.tr("Version %1 by %2, %3, %4")
                .replace("%1", str(v.version))
                .replace("%2", v.author_name)
                .replace("%3", timefmt.exact(v.created_at))
                .replace("%4", _size(v.size))
            )
        return None


# -- opening with the system's application -----------------------------------------------


def _fetch(engine: SyncEngine, document_id: str) -> str:
    """The engine's download, on the worker: without a connection after all, the document
    is not available offline."""
    from sync.engine import OfflineError

    try:
        return engine.fetch_document(document_id)
    except OfflineError as exc:
        raise NotAvailableOfflineError(document_id) from exc


def file_sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as source:
            while chunk := source.read(1 << 20):
                digest.update(chunk)
    except FileNotFoundError:
        return None  # between an editor's delete and rename: the next event has it
    return digest.hexdigest()


@dataclass
class _Opened:
    account: AccountSession
    document_id: str
    path: Path
    # The checksum of the version this file holds as far as the replica knows: the one
    # it was opened at, then each version saved from it. A new version is based on it.
    sha256: str


@dataclass(frozen=True)
class SaveResult:
    document_id: str
    changes: Changes


def save_back(commands: LocalCommands, opened: _Opened) -> SaveResult:
    """Write the file as a new version if it differs from the last one (runs on the single
    write worker, so saves of one file never overlap)."""
    sha = file_sha256(opened.path)
    if sha is None or sha == opened.sha256:
        return SaveResult(opened.document_id, Changes())
    changes = commands.add_document_version(opened.document_id, opened.path, based_on=opened.sha256)
    opened.sha256 = sha
    return SaveResult(opened.document_id, changes)


class DocumentOpener(QObject):
    """Opens documents with the system's application and saves their changes back."""

    opened = Signal(str, str)  # document id, path of the opened copy
    unavailable = Signal(str)  # document id: not cached and no connection
    failed = Signal(str, str)  # document id, message
    version_saved = Signal(str)  # document id

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        debounce_ms: int = SAVE_DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        # Replaceable, so that tests see the path without starting an application.
        self.open_url = open_url
        self.debounce_ms = debounce_ms
        self._folder: Path | None = None
        self._finalizer: weakref.finalize[Any, Any] | None = None
        self._files: dict[str, _Opened] = {}
        self._timers: dict[str, QTimer] = {}
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_watcher_file_changed)
        self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    @property
    def folder(self) -> Path:
        """The private folder of opened copies, made on first use (0700 by ``mkdtemp``)."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="treffpunkt-open-"))
            self._finalizer = weakref.finalize(
                self, shutil.rmtree, str(self._folder), ignore_errors=True
            )
        return self._folder

    def open(self, account: AccountSession, document_id: str) -> None:
        for opened in self._files.values():
            if opened.document_id == document_id and opened.path.exists():
                # Open already (maybe with unsaved edits): show it again, never overwrite.
                self._launch(opened)
                return
        engine = account.connected.engine if account.connected is not None else None
        fetch = partial(_fetch, engine) if engine is not None else None
        # One sub-folder per document: two documents of the same name do not clash.
        folder = self.folder / safe_filename(document_id)
        Op(
            self._ctx.ops,
            partial(
                export_for_opening,
                account.replica,
                account.commands.media,
                fetch,
                document_id,
                folder,
            ),
            parent=self,
        ).success(partial(self._on_exported, account)).failure(
            partial(self._on_export_failed, document_id)
        ).run()

    def _on_exported(self, account: AccountSession, exported: Exported) -> None:
        opened = _Opened(account, exported.document_id, exported.path, exported.sha256)
        self._files[str(exported.path)] = opened
        self._watch(opened.path)
        self._launch(opened)

    def _on_export_failed(self, document_id: str, error: Exception) -> None:
        if isinstance(error, NotAvailableOfflineError):
            self.unavailable.emit(document_id)
        else:
            self.failed.emit(document_id, str(error))

    def _launch(self, opened: _Opened) -> None:
        if self.open_url(QUrl.fromLocalFile(str(opened.path))):
            self.opened.emit(opened.document_id, str(opened.path))
        else:
            self.failed.emit(opened.document_id, self.tr("No application opens this file."))

    def _watch(self, path: Path) -> None:
        wanted = [p for p in (str(path), str(path.parent)) if path.exists() or p != str(path)]
        present = self._watched()
        missing = [p for p in wanted if p not in present]
        if missing:
            self._watcher.addPaths(missing)

    def _on_watcher_file_changed(self, path: str) -> None:
        opened = self._files.get(path)
        if opened is not None:
            # An editor that renames a new file over the old one ends the watch of the
            # old one: watch the new one.
            self._watch(opened.path)
            self._schedule(path)

    def _on_watcher_directory_changed(self, directory: str) -> None:
        for path, opened in self._files.items():
            if str(opened.path.parent) == directory:
                self._watch(opened.path)
                self._schedule(path)

    def _schedule(self, path: str) -> None:
        timer = self._timers.get(path)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(partial(self._save, path))
            self._timers[path] = timer
        timer.start(self.debounce_ms)  # restarts: wait until the file is quiet

    def pending_saves(self) -> list[str]:
        return [path for path, timer in self._timers.items() if timer.isActive()]

    def _save(self, path: str) -> None:
        opened = self._files.get(path)
        if opened is None:
            return
        account = opened.account
        Op(
            self._ctx.ops,
            partial(save_back, account.commands, opened),
            writes=True,
            parent=self,
        ).success(partial(self._on_saved, account.user_id)).failure(
            partial(self._on_save_failed, opened.document_id)
        ).run()

    def _on_saved(self, user_id: str, result: SaveResult) -> None:
        if result.changes.empty:
            return
        self._ctx.hub.announce(user_id, result.changes)
        self.version_saved.emit(result.document_id)

    def _on_save_failed(self, document_id: str, error: Exception) -> None:
        self.failed.emit(document_id, str(error))

    def forget_account(self, user_id: str) -> None:
        """Signing out: the account's opened copies go with the rest of its local data,
        unsaved edits too (the sign-out question warned of what was not sent)."""
        for path, opened in list(self._files.items()):
            if opened.account.user_id != user_id:
                continue
            timer = self._timers.pop(path, None)
            if timer is not None:
                timer.stop()
                timer.deleteLater()
            watched = [p for p in (path, str(opened.path.parent)) if p in self._watched()]
            if watched:
                self._watcher.removePaths(watched)
            del self._files[path]
            shutil.rmtree(opened.path.parent, ignore_errors=True)

    def _watched(self) -> set[str]:
        return set(self._watcher.files()) | set(self._watcher.directories())

    def close(self) -> None:
        """Save what is still waiting, then remove the opened copies (on quit)."""
        for path in self.pending_saves():
            self._timers[path].stop()
            opened = self._files[path]
            try:
                # Quitting: the last edits must not be lost with the folder.
                result = save_back(opened.account.commands, opened)
            except Exception as exc:
                self.failed.emit(opened.document_id, str(exc))
            else:
                self._ctx.hub.announce(opened.account.user_id, result.changes)
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._files.clear()
        if self._finalizer is not None:
            self._finalizer()
        self._folder = None
        self._finalizer = None


# -- the documents page --------------------------------------------------------------------


class DocumentsPage(QWidget):
    """The folder tree of a group (or of all groups), adding documents, storage used."""

    document_chosen = Signal(str, str)  # account, document id
    document_opened = Signal(str, str)  # account, document id (Enter, double click)
    stream_requested = Signal(str, str)  # account, group id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model: DocumentTreeModel | None = None
        self._expanded: set[tuple[str, str]] = set()
        self.setAcceptDrops(True)
        self.title = QLabel(self)
        self.title.setObjectName("paneTitle")
        self.posts_button = QPushButton(self.tr("&Posts"), self)
        icons.set_icon(self.posts_button, "comment")
        self.posts_button.setAccessibleName(self.tr("Show the group's posts"))
        self.add_button = QPushButton(self.tr("&Add document …"), self)
        icons.set_icon(self.add_button, "add")
        self.add_button.setAccessibleName(self.tr("Add a document"))
        self.add_button.setToolTip(self.tr("Add files, or drop them onto this page"))
        self.stack = QStackedWidget(self)  # made first: its pages are made inside it
        self.view = QTreeView(self.stack)
        self.view.setObjectName("documents")
        self.view.setAccessibleName(self.tr("Documents and folders"))
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAllColumnsShowFocus(True)
        self.empty = QLabel(
            self.tr("No documents yet — add one with “Add document” or drop files here."),
            self.stack,
        )
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.note = QLabel(self)
        self.note.setObjectName("inlineNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.storage = QLabel(self)
        self.storage.setObjectName("storageFooter")
        self.storage.setAccessibleName(self.tr("Storage used"))
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 12, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.posts_button)
        header.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.storage)
        self.posts_button.clicked.connect(self._on_posts_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.view.activated.connect(self._on_view_activated)
        self.view.expanded.connect(self._on_view_expanded)
        self.view.collapsed.connect(self._on_view_collapsed)
        ctx.hub.changed.connect(self._on_hub_changed)

    @property
    def account(self) -> AccountSession | None:
        return self.model.account if self.model is not None else None

    @property
    def group_id(self) -> str | None:
        return self.model.group_id if self.model is not None else None

    def show_documents(self, account: AccountSession, group_id: str | None, title: str) -> None:
        """The documents of ``group_id``, or of every group of the account (None)."""
        if self.model is not None and (self.model.account, self.model.group_id) == (
            account,
            group_id,
        ):
            self.title.setText(title)
            return
        old = self.model
        self.model = DocumentTreeModel(self._ctx, account, group_id, parent=self)
        self.model.loaded.connect(self._on_model_loaded)
        self.view.setModel(self.model)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        if old is not None:
            old.deleteLater()
        self._expanded.clear()
        self.title.setText(title)
        self.posts_button.setVisible(group_id is not None)
        self.note.hide()
        self.model.reload()
        self.refresh_storage()

    def forget_account(self, user_id: str) -> None:
        """Signing out: show nothing more of that account (its replica is going away)."""
        if self.model is None or self.model.account.user_id != user_id:
            return
        old, self.model = self.model, None
        self.view.setModel(None)
        old.deleteLater()
        self.title.clear()
        self.storage.clear()
        self.note.hide()

    def _on_model_loaded(self) -> None:
        model = self.model
        if model is None:
            return
        self.stack.setCurrentWidget(self.empty if model.empty else self.view)
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        # Groups open; folders the user had open open again after a re-read.
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if model.group_id is None or self._key(index) in self._expanded:
                self.view.expand(index)
            self._reopen(index)

    def _reopen(self, parent: QModelIndex) -> None:
        model = self.model
        if model is None:
            return
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(KIND_ROLE) == NodeKind.FOLDER.value and self._key(index) in (
                self._expanded
            ):
                self.view.expand(index)
                self._reopen(index)

    @staticmethod
    def _key(index: QModelIndex) -> tuple[str, str]:
        return (str(index.data(GROUP_ROLE)), str(index.data(FOLDER_ROLE)))

    def _on_view_expanded(self, index: QModelIndex) -> None:
        self._expanded.add(self._key(index))

    def _on_view_collapsed(self, index: QModelIndex) -> None:
        self._expanded.discard(self._key(index))

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc = current.data(ROW_ROLE)
        if isinstance(doc, DocumentRow) and self.account is not None:
            self.document_chosen.emit(self.account.user_id, doc.id)

    def _on_view_activated(self, index: QModelIndex) -> None:
        doc = index.data(ROW_ROLE)
        if isinstance(doc, DocumentRow) and self.account is not None:
            self.document_opened.emit(self.account.user_id, doc.id)

    def _on_posts_clicked(self) -> None:
        if self.account is not None and self.group_id is not None:
            self.stream_requested.emit(self.account.user_id, self.group_id)

    # -- adding documents ----------------------------------------------------------------

    def target(self) -> tuple[str, str] | None:
        """Where a new document goes: the chosen folder (or the folder of the chosen
        document), else the top of the group shown."""
        index = self.view.currentIndex()
        if index.isValid():
            return str(index.data(GROUP_ROLE)), str(index.data(FOLDER_ROLE))
        if self.group_id is not None:
            return self.group_id, ""
        return None

    def _on_add_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add documents"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: Sequence[Path]) -> bool:
        account, target = self.account, self.target()
        files = [p for p in paths if p.is_file()]
        if account is None or not files:
            return False
        if target is None:
            show_note(self.note, self.tr("Choose a group or a folder first, then add documents."))
            return False
        self.note.hide()
        from client.commands import NewDocument  # loaded with the account's commands

        group_id, folder = target
        commands = account.commands
        for path in files:
            Op(
                self._ctx.ops,
                partial(commands.add_document, group_id, NewDocument(path, folder=folder)),
                writes=True,
                account=account.user_id,
                parent=self,
            ).failure(partial(self._on_add_failed, path.name)).with_progress(
                self.tr("Adding %1 …").replace("%1", path.name)
            ).run()
        return True

    def _on_add_failed(self, name: str, error: Exception) -> None:
        show_note(
            self.note,
            self.tr("Could not add %1: %2").replace("%1", name).replace("%2", str(error)),
            error=True,
        )

    @staticmethod
    def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.account is not None and self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.add_files(self._local_files(event)):
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- storage used --------------------------------------------------------------------

    def refresh_storage(self) -> None:
        account = self.account
        if account is None:
            return
        Op(
            self._ctx.ops,
            partial(storage_used, account.replica, account.commands.media),
            parent=self,
        ).success(self._on_storage_loaded).run()

    def _on_storage_loaded(self, use: StorageUse) -> None:
        self.storage.setText(
            self.tr("Stored on this computer: %1, of which %2 kept available offline")
            .replace("%1", _size(use.total))
            .replace("%2", _size(use.pinned))
        )

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        # A sync may have downloaded what is kept offline: it names groups, not documents.
        if (
            self.account is not None
            and user_id == self.account.user_id
            and (changes.documents or changes.groups)
        ):
            self.refresh_storage()


# -- the detail of a document --------------------------------------------------------------


class DocumentPane(QWidget):
    """A document: what it is, its versions, open it, keep it available offline."""

    closed = Signal()

    def __init__(
        self, ctx: AppContext, opener: DocumentOpener, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.opener = opener
        self.account: AccountSession | None = None
        self.document_id: str | None = None
        self.detail: DocumentDetail | None = None
        self.title = QLabel(self.tr("Document"), self)
        self.title.setObjectName("paneTitle")
        close = QToolButton(self)
        icons.set_icon(close, "close")
        close.setAccessibleName(self.tr("Close the detail pane"))
        close.setAutoRaise(True)
        close.clicked.connect(self.closed)
        self.info = QLabel(self)
        self.info.setObjectName("card")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setAccessibleName(self.tr("Document details"))
        self.conflict_note = QLabel(self)
        self.conflict_note.setObjectName("conflictNote")
        self.conflict_note.setWordWrap(True)
        self.conflict_note.setTextFormat(Qt.TextFormat.RichText)
        self.conflict_note.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.conflict_note.setAccessibleName(self.tr("Conflict copy"))
        self.conflict_note.linkActivated.connect(self._on_conflict_note_link_activated)
        self.open_button = QPushButton(self.tr("&Open"), self)
        icons.set_icon(self.open_button, "open")
        self.open_button.setAccessibleName(self.tr("Open with the system's application"))
        self.open_button.setToolTip(
            self.tr("Changes you save there are saved back as a new version")
        )
        self.pin_button = QPushButton(self.tr("&Keep available offline"), self)
        icons.set_icon(self.pin_button, "kept-offline")
        self.pin_button.setCheckable(True)
        self.pin_button.setAccessibleName(self.tr("Keep available offline"))
        self.note = QLabel(self)
        self.note.setObjectName("inlineNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.versions_title = QLabel(self.tr("Versions"), self)
        self.versions_title.setObjectName("sectionTitle")
        self.versions = VersionsModel(self)
        self.versions_view = QTreeView(self)
        self.versions_view.setObjectName("versions")
        self.versions_view.setAccessibleName(self.tr("Versions, newest first"))
        self.versions_view.setRootIsDecorated(False)
        self.versions_view.setUniformRowHeights(True)
        self.versions_view.setModel(self.versions)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 6, 0)
        header.addWidget(self.title, 1)
        header.addWidget(close)
        actions = QHBoxLayout()
        actions.setContentsMargins(12, 4, 12, 4)
        actions.addWidget(self.open_button)
        actions.addWidget(self.pin_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.info)
        layout.addWidget(self.conflict_note)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        layout.addWidget(self.versions_title)
        layout.addWidget(self.versions_view, 1)
        self.open_button.clicked.connect(self.open_document)
        self.pin_button.clicked.connect(self._on_pin_button_clicked)
        opener.opened.connect(self._on_opener_opened)
        opener.unavailable.connect(self._on_opener_unavailable)
        opener.failed.connect(self._on_opener_failed)
        ctx.hub.changed.connect(self._on_hub_changed)
        self._set_enabled(False)

    def forget_account(self, user_id: str) -> None:
        """Signing out: forget the document shown, and the account's opened copies."""
        self.opener.forget_account(user_id)
        if self.account is not None and self.account.user_id == user_id:
            self.account = None
            self.document_id = None
            self.detail = None
            self.info.clear()
            self.conflict_note.hide()
            self.note.hide()
            self.versions.set_versions([])
            self._set_enabled(False)

    def show_document(self, account: AccountSession, document_id: str) -> None:
        if (self.account, self.document_id) != (account, document_id):
            self.note.hide()
        self.account = account
        self.document_id = document_id
        self.reload()

    def reload(self) -> None:
        if self.account is None or self.document_id is None:
            return
        Op(
            self._ctx.ops,
            partial(
                document_detail,
                self.account.replica,
                self.account.commands.media,
                self.document_id,
            ),
            parent=self,
        ).success(partial(self._on_detail_loaded, self.document_id)).run()

    def _on_detail_loaded(self, document_id: str, detail: DocumentDetail | None) -> None:
        if document_id != self.document_id:
            return  # another document was chosen meanwhile
        self.detail = detail
        self._set_enabled(detail is not None)
        if detail is None:
            self.info.setText(self.tr("This document is no longer there."))
            self.conflict_note.hide()
            self.versions.set_versions([])
            return
        self._show_info(detail)
        self._show_conflicts(detail)
        self.pin_button.setChecked(detail.document.pinned)
        self.versions.set_versions(detail.versions)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.open_button, self.pin_button):
            widget.setEnabled(enabled)

    def _show_info(self, detail: DocumentDetail) -> None:
        doc = detail.document
        where = (
            self.tr("on this computer")
            if detail.cached
            else (
                self.tr("on the server only (downloaded when opened)")
                if detail.on_server
                else self.tr("not available")
            )
        )
        rows = [
            (self.tr("Group"), doc.group_name),
            (self.tr("Folder"), doc.folder or "—"),
            (self.tr("Type"), doc.mimetype),
            (self.tr("Size"), _size(doc.size)),
            (self.tr("Version"), str(doc.version)),
            (self.tr("Changed"), f"{timefmt.exact(doc.updated_at)} · {doc.updated_by}"),
            (self.tr("Stored"), where),
        ]
        states = document_states(doc)
        if states:
            rows.append((self.tr("State"), ", ".join(states)))
        cells = "".join(
            f"<tr><td class='label'>{_esc(k)}</td><td>{_esc(v)}</td></tr>" for k, v in rows
        )
        self.info.setText(f"<h2>{_esc(doc.name)}</h2><table cellpadding='3'>{cells}</table>")

    def _show_conflicts(self, detail: DocumentDetail) -> None:
        doc = detail.document
        if doc.conflict:
            original = detail.original
            link = (
                f"<a href='doc:{_esc(original.id)}'>{_esc(original.name)}</a>"
                if original is not None
                else _esc(self.tr("(no longer there)"))
            )
            text = _esc(
                self.tr(
                    "Conflict copy: saved while someone else changed %1. Nothing was "
                    "overwritten; compare both and keep what is right."
                )
            ).replace("%1", link)
        elif detail.conflicts:
            links = ", ".join(
                f"<a href='doc:{_esc(c.id)}'>{_esc(c.name)}</a>" for c in detail.conflicts
            )
            text = _esc(self.tr("Conflict copies of this document: %1")).replace("%1", links)
        else:
            self.conflict_note.hide()
            return
        self.conflict_note.setText(f"<b>⚠</b> {text}")
        self.conflict_note.show()

    def _on_conflict_note_link_activated(self, link: str) -> None:
        if link.startswith("doc:") and self.account is not None:
            self.show_document(self.account, link.removeprefix("doc:"))

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if self.account is None or user_id != self.account.user_id:
            return
        if self.detail is not None and self.detail.document.group_id in changes.groups:
            self.reload()  # a sync step in its group: maybe a new version, or downloaded
            return
        related = {self.document_id}
        if self.detail is not None:
            related |= {c.id for c in self.detail.conflicts}
            if self.detail.original is not None:
                related.add(self.detail.original.id)
        # A new conflict copy of this document has an id made from this one's.
        if related & changes.documents or any(
            d.startswith(f"{self.document_id}-conflict-") for d in changes.documents
        ):
            self.reload()

    # -- open and pin ----------------------------------------------------------------

    def open_document(self) -> None:
        if self.account is not None and self.document_id is not None:
            self.note.hide()
            self.opener.open(self.account, self.document_id)

    def _on_opener_opened(self, document_id: str, _path: str) -> None:
        if document_id == self.document_id:
            show_note(
                self.note,
                self.tr("Opened. Changes you save there are saved here as a new version."),
            )

    def _on_opener_unavailable(self, document_id: str) -> None:
        if document_id == self.document_id:
            show_note(
                self.note,
                self.tr(
                    "This document is not available offline. Open it again when you are "
                    "connected, or choose “Keep available offline” while connected."
                ),
            )

    def _on_opener_failed(self, document_id: str, message: str) -> None:
        if document_id == self.document_id:
            text = self.tr("Could not open the document: %1").replace("%1", message)
            show_note(self.note, text, error=True)

    def _on_pin_button_clicked(self, checked: bool) -> None:
        account, document_id = self.account, self.document_id
        if account is None or document_id is None:
            return
        Op(
            self._ctx.ops,
            partial(account.commands.keep_offline, document_id, checked),
            writes=True,
            account=account.user_id,
            parent=self,
        ).success(partial(self._on_pinned, account, document_id, checked)).failure(
            self._on_pin_failed
        ).run()

    def _on_pinned(
        self, account: AccountSession, document_id: str, keep: bool, _changes: Changes
    ) -> None:
        if not keep or account.connected is None:
            return  # offline: the next sync downloads what is pinned
        # Connected: download it now rather than after the next sync.
        Op(
            self._ctx.ops,
            partial(account.connected.engine.fetch_document, document_id),
            parent=self,
        ).success(
            lambda _sha: self._ctx.hub.announce(
                account.user_id, Changes(documents=frozenset({document_id}))
            )
        ).failure(lambda _error: None).run()  # offline after all: the sync tries again

    def _on_pin_failed(self, error: Exception) -> None:
        text = self.tr("Could not change this: %1").replace("%1", str(error))
        show_note(self.note, text, error=True)
        self.reload()


def show_note(label: QLabel, text: str, *, error: bool = False) -> None:
    """A calm note under the actions; red only when something went wrong."""
    name = "inlineError" if error else "inlineNote"
    if label.objectName() != name:
        label.setObjectName(name)
        label.style().unpolish(label)
        label.style().polish(label)
    label.setText(text)
    label.show()


def _esc(text: str) -> str:
    return html.escape(text)
