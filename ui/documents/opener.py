"""Opening a document with the system's application, and saving its changes back.

``DocumentOpener`` decrypts a document from the media cache into a private folder (0700,
``client.tempcopies``: removed when the app quits, and at the next start after a crash),
hands it to the system's application and watches the file: when the application saves, a
new version is written through the local commands. Editors save in bursts (write,
truncate, rename a temporary file over the original), so the watch waits until the file
has been quiet for a moment and compares checksums: one version per save, none for a save
without changes. A copy whose document left the replica (the user lost access to its
group) is removed at once.

A program, script, installer or shortcut (``client.filenames.runs_code``) is never handed to
the system: opening one reports ``refused``, and the user may save a copy where they choose
(``save_copy``) after a warning. A post's file opens the same way, read-only
(``open_attachment``; its signals name it ``attachment-<message id>``).
"""

from __future__ import annotations

import hashlib
import shutil
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from client import attachments, tempcopies
from client.changes import Changes
from client.filenames import safe_filename
from client.reads.documents import (
    Exported,
    NotAvailableOfflineError,
    RunsCodeError,
    attachment_message_id,
    export_for_opening,
    export_version_for_opening,
    missing_documents,
    save_copy,
)
from ui import lazy
from ui.context import AccountSession, AppContext
from ui.ops import Op

if TYPE_CHECKING:
    # Types only: the commands and the engine load on the worker that opens an account,
    # not with the main window (see tests/ui/test_cold_start.py).
    from client.commands import LocalCommands
    from sync.engine import SyncEngine

SAVE_DEBOUNCE_MS = 1500


def _fetch(engine: SyncEngine, document_id: str) -> str:
    """The engine's download, on the worker: without a connection after all, the document
    is not available offline."""
    try:
        return engine.fetch_document(document_id)
    except lazy.engine.OfflineError as exc:
        raise NotAvailableOfflineError(document_id) from exc


def _fetch_version(engine: SyncEngine, document_id: str, version: int) -> str:
    try:
        return engine.fetch_version(document_id, version)
    except lazy.engine.OfflineError as exc:
        raise NotAvailableOfflineError(document_id) from exc


def _fetch_attachment(engine: SyncEngine, message_id: int) -> str:
    try:
        return engine.fetch_attachment(message_id)
    except lazy.engine.OfflineError as exc:
        raise NotAvailableOfflineError(attachments.key(message_id)) from exc


def _fetcher(account: AccountSession) -> Callable[[str], str] | None:
    """How a document that is not cached gets downloaded: by the account's engine while
    connected, else not at all."""
    engine = account.connected.engine if account.connected is not None else None
    return partial(_fetch, engine) if engine is not None else None


def _system_open(url: QUrl) -> bool:
    """The system's application for a file, looked up when called (a test may replace
    ``QDesktopServices.openUrl`` to see what would have been opened)."""
    return QDesktopServices.openUrl(url)


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
    refused = Signal(str, str, str)  # document id, its file name, what makes it a program
    saved = Signal(str, str)  # document id, path of a copy saved where the user chose

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        open_url: Callable[[QUrl], bool] | None = None,
        debounce_ms: int = SAVE_DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        # Replaceable, so that tests see the path without starting an application.
        self.open_url = open_url if open_url is not None else _system_open
        self.debounce_ms = debounce_ms
        self._folder: Path | None = None
        self._finalizer: weakref.finalize[Any, Any] | None = None
        self._files: dict[str, _Opened] = {}
        self._timers: dict[str, QTimer] = {}
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_watcher_file_changed)
        self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        ctx.hub.changed.connect(self._on_hub_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    @property
    def folder(self) -> Path:
        """The private folder of opened copies, made on first use (``client.tempcopies``)."""
        if self._folder is None:
            self._folder = tempcopies.folder(self._ctx.home.root)
            self._finalizer = weakref.finalize(
                self, shutil.rmtree, str(self._folder), ignore_errors=True
            )
        return self._folder

    def open(self, account: AccountSession, document_id: str) -> None:
        posted = attachment_message_id(document_id)
        if posted is not None:
            # A file posted in the group, listed in its "Attachments" folder.
            self.open_attachment(account, posted)
            return
        for opened in self._files.values():
            if opened.document_id == document_id and opened.path.exists():
                # Open already (maybe with unsaved edits): show it again, never overwrite.
                self._launch(opened)
                return
        # One sub-folder per document: two documents of the same name do not clash.
        folder = self.folder / safe_filename(document_id)
        Op(
            self._ctx.ops,
            partial(
                export_for_opening,
                account.replica,
                account.commands.media,
                _fetcher(account),
                document_id,
                folder,
            ),
            parent=self,
        ).success(partial(self._on_exported, account)).failure(
            partial(self._on_export_failed, document_id)
        ).run()

    def open_version(self, account: AccountSession, document_id: str, version: int) -> None:
        """Open an earlier version read-only: downloaded first while connected, refused if
        a program, never saved back."""
        engine = account.connected.engine if account.connected is not None else None
        Op(
            self._ctx.ops,
            partial(
                export_version_for_opening,
                account.replica,
                account.commands.media,
                partial(_fetch_version, engine) if engine is not None else None,
                document_id,
                version,
                self.folder / safe_filename(document_id),
            ),
            parent=self,
        ).success(self._on_read_only_exported).failure(
            partial(self._on_export_failed, document_id)
        ).run()

    def _on_read_only_exported(self, exported: Exported) -> None:
        if self.open_url(QUrl.fromLocalFile(str(exported.path))):
            self.opened.emit(exported.document_id, str(exported.path))
        else:
            self.failed.emit(exported.document_id, self.tr("No application opens this file."))

    def open_attachment(self, account: AccountSession, message_id: int) -> None:
        """Open a post's file: downloaded first while connected, refused if a program, and
        read-only (nothing is saved back: a post's file has no versions)."""
        key = attachments.key(message_id)
        engine = account.connected.engine if account.connected is not None else None
        fetch = partial(_fetch_attachment, engine) if engine is not None else None
        Op(
            self._ctx.ops,
            partial(
                attachments.export_for_opening,
                account.replica,
                account.commands.media,
                fetch,
                message_id,
                self.folder / safe_filename(key),
            ),
            parent=self,
        ).success(self._on_read_only_exported).failure(partial(self._on_export_failed, key)).run()

    def _on_exported(self, account: AccountSession, exported: Exported) -> None:
        opened = _Opened(account, exported.document_id, exported.path, exported.sha256)
        self._files[str(exported.path)] = opened
        self._watch(opened.path)
        self._launch(opened)

    def _on_export_failed(self, document_id: str, error: Exception) -> None:
        if isinstance(error, NotAvailableOfflineError):
            self.unavailable.emit(document_id)
        elif isinstance(error, RunsCodeError):
            self.refused.emit(document_id, error.name, error.kind)
        else:
            self.failed.emit(document_id, str(error))

    def save_copy(self, account: AccountSession, document_id: str, target: Path) -> None:
        """Decrypt a document to ``target``, a file the user chose; never opens it."""
        posted = attachment_message_id(document_id)
        if posted is not None:
            engine = account.connected.engine if account.connected is not None else None
            fn = partial(
                attachments.save_copy,
                account.replica,
                account.commands.media,
                partial(_fetch_attachment, engine) if engine is not None else None,
                posted,
                target,
            )
        else:
            fn = partial(
                save_copy,
                account.replica,
                account.commands.media,
                _fetcher(account),
                document_id,
                target,
            )
        Op(
            self._ctx.ops,
            fn,
            parent=self,
        ).success(lambda path: self.saved.emit(document_id, str(path))).failure(
            partial(self._on_export_failed, document_id)
        ).run()

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
        self._remove([p for p, o in self._files.items() if o.account.user_id == user_id])

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        opened = [o for o in self._files.values() if o.account.user_id == user_id]
        touched = {o.document_id for o in opened} & changes.documents
        if not touched:
            return
        # Documents that left the replica: their group was left, or the user removed
        # from it. The replica is read on a worker.
        Op(
            self._ctx.ops,
            partial(missing_documents, opened[0].account.replica, touched),
            parent=self,
        ).success(partial(self._on_documents_checked, user_id)).run()

    def _on_documents_checked(self, user_id: str, missing: frozenset[str]) -> None:
        """Access to these documents is gone: so are their decrypted copies, unsaved edits
        too, as after signing out."""
        self._remove(
            [
                path
                for path, opened in self._files.items()
                if opened.account.user_id == user_id and opened.document_id in missing
            ]
        )

    def _remove(self, paths: list[str]) -> None:
        for path in paths:
            opened = self._files[path]
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
