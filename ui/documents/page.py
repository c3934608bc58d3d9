"""The documents page: the folder tree of a group (or of all groups), adding documents by
dialog or drop, and the storage the account's documents take on this computer."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from client.changes import Changes
from client.reads.documents import storage_used
from client.rows import DocumentRow, StorageUse
from ui import icons, lazy, plain
from ui.context import AccountSession, AppContext
from ui.documents.models import (
    FOLDER_ROLE,
    GROUP_ROLE,
    KIND_ROLE,
    ROW_ROLE,
    DocumentTreeModel,
    NodeKind,
    formatted_size,
)
from ui.documents.pane import show_note
from ui.ops import Op

if TYPE_CHECKING:
    from client.store import Replica


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
        self.title = plain.label(self)  # "Documents of" a group's name
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
        self.note = plain.label(self)  # file names, errors
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
        Op(self._ctx.ops, partial(_upload_limit, account.replica), parent=self).success(
            partial(self._add_within, account, target, files)
        ).run()
        return True

    def _add_within(
        self,
        account: AccountSession,
        target: tuple[str, str],
        files: Sequence[Path],
        limit: int | None,
    ) -> None:
        """Add what the server takes; a file larger than it accepts is refused now, rather
        than sent in vain and left blocking what comes after it in its group."""
        too_large = [p for p in files if limit is not None and _size(p) > limit]
        if too_large and limit is not None:
            show_note(
                self.note,
                self.tr("Not added, larger than the server accepts (%1 at most): %2")
                .replace("%1", formatted_size(limit))
                .replace("%2", ", ".join(p.name for p in too_large)),
                error=True,
            )
        group_id, folder = target
        commands = account.commands
        for path in files:
            if path in too_large:
                continue
            new = lazy.commands.NewDocument(path, folder=folder)  # with the account's commands
            Op(
                self._ctx.ops,
                partial(commands.add_document, group_id, new),
                writes=True,
                account=account.user_id,
                parent=self,
            ).failure(partial(self._on_add_failed, path.name)).with_progress(
                self.tr("Adding %1 …").replace("%1", path.name)
            ).run()

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
            .replace("%1", formatted_size(use.total))
            .replace("%2", formatted_size(use.pinned))
        )

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        # A sync may have downloaded what is kept offline: it names groups, not documents.
        if (
            self.account is not None
            and user_id == self.account.user_id
            and (changes.documents or changes.groups)
        ):
            self.refresh_storage()


def _upload_limit(replica: Replica) -> int | None:
    from client.syncstate import upload_limit

    return upload_limit(replica)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # gone meanwhile: adding it says so
