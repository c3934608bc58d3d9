"""The detail of a document: what it is, its versions and conflict copies, opening it (or,
for a program, the warning and saving it elsewhere), keeping it available offline, and a
version that could not be sent (retry or discard it) or has been failing to send for more
than a day."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from client.changes import Changes
from client.reads.documents import DELETED_FOLDER, attachment_message_id, document_detail
from client.rows import DocumentDetail
from client.text import clean_name
from ui import icons, plain, sendstate, timefmt
from ui.context import AccountSession, AppContext
from ui.documents.models import VersionsModel, document_states, formatted_size
from ui.documents.opener import DocumentOpener
from ui.ops import Op
from ui.plain import escape as _esc
from ui.sendstate import failure_reason, stuck_text

if TYPE_CHECKING:
    # Rare: their bindings load when the first warning is shown.
    from PySide6.QtWidgets import QMessageBox

    from client.commands import LocalCommands


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
        self.refusal: QMessageBox | None = None  # the warning that a program is not opened
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
        self.rename_button = QPushButton(self.tr("Re&name …"), self)
        icons.set_icon(self.rename_button, "edit")
        self.rename_button.setAccessibleName(self.tr("Rename the document"))
        self.move_button = QPushButton(self.tr("&Move …"), self)
        icons.set_icon(self.move_button, "folder")
        self.move_button.setAccessibleName(self.tr("Move the document to another folder"))
        self.delete_button = QPushButton(self.tr("De&lete …"), self)
        icons.set_icon(self.delete_button, "discard")
        self.delete_button.setAccessibleName(self.tr("Delete the document for every member"))
        self.note = plain.label(self)  # errors, in their own words
        self.note.setObjectName("inlineNote")
        self.note.setWordWrap(True)
        self.note.hide()
        # Why a version could not be sent: the reason may be the server's own words.
        self.send_note = plain.label(self)
        self.send_note.setObjectName("inlineError")
        self.send_note.setWordWrap(True)
        self.send_note.hide()
        self.retry_button = QPushButton(self.tr("&Retry"), self)
        self.retry_button.setAccessibleName(self.tr("Send the version that failed again"))
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.discard_button.setAccessibleName(self.tr("Discard the version that failed"))
        for button in (self.retry_button, self.discard_button):
            button.hide()
        self.versions_title = QLabel(self.tr("Versions"), self)
        self.versions_title.setObjectName("sectionTitle")
        self.versions = VersionsModel(self)
        self.versions_view = QTreeView(self)
        self.versions_view.setObjectName("versions")
        self.versions_view.setAccessibleName(self.tr("Versions, newest first"))
        self.versions_view.setRootIsDecorated(False)
        self.versions_view.setUniformRowHeights(True)
        self.versions_view.setModel(self.versions)
        self.open_version_button = QPushButton(self.tr("Open &version"), self)
        icons.set_icon(self.open_version_button, "open")
        self.open_version_button.setAccessibleName(self.tr("Open the chosen version, read-only"))
        self.restore_button = QPushButton(self.tr("Re&store version"), self)
        icons.set_icon(self.restore_button, "retry")
        self.restore_button.setAccessibleName(self.tr("Make the chosen version the newest one"))
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 6, 0)
        header.addWidget(self.title, 1)
        header.addWidget(close)
        actions = QHBoxLayout()
        actions.setContentsMargins(12, 4, 12, 4)
        actions.addWidget(self.open_button)
        actions.addWidget(self.pin_button)
        actions.addStretch(1)
        life = QHBoxLayout()
        life.setContentsMargins(12, 0, 12, 4)
        life.addWidget(self.rename_button)
        life.addWidget(self.move_button)
        life.addWidget(self.delete_button)
        life.addStretch(1)
        version_actions = QHBoxLayout()
        version_actions.setContentsMargins(12, 4, 12, 8)
        version_actions.addWidget(self.open_version_button)
        version_actions.addWidget(self.restore_button)
        version_actions.addStretch(1)
        send = QHBoxLayout()
        send.setContentsMargins(12, 0, 12, 0)
        send.addWidget(self.send_note, 1)
        send.addWidget(self.retry_button)
        send.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.info)
        layout.addWidget(self.conflict_note)
        layout.addLayout(actions)
        layout.addLayout(life)
        layout.addWidget(self.note)
        layout.addLayout(send)
        layout.addWidget(self.versions_title)
        layout.addWidget(self.versions_view, 1)
        layout.addLayout(version_actions)
        self.open_button.clicked.connect(self.open_document)
        self.pin_button.clicked.connect(self._on_pin_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.move_button.clicked.connect(self._on_move_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.open_version_button.clicked.connect(self.open_version)
        self.restore_button.clicked.connect(self.restore_version)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        opener.opened.connect(self._on_opener_opened)
        opener.unavailable.connect(self._on_opener_unavailable)
        opener.failed.connect(self._on_opener_failed)
        opener.refused.connect(self._on_opener_refused)
        opener.saved.connect(self._on_opener_saved)
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
            self._show_send_state(None)
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
            self._show_send_state(None)
            self.versions.set_versions([])
            return
        self._show_info(detail)
        self._show_conflicts(detail)
        self._show_send_state(detail)
        self.pin_button.setChecked(detail.document.pinned)
        self.versions.set_versions(detail.versions)

    def _set_enabled(self, enabled: bool) -> None:
        # A posted file ("Attachments") is kept with its post: it opens, nothing more. A
        # deleted document (its admins see it) keeps its versions to be read.
        deleted = self.detail is not None and self.detail.document.folder == DELETED_FOLDER
        own = enabled and attachment_message_id(self.document_id or "") is None
        self.open_button.setEnabled(enabled and not deleted)
        self.open_version_button.setEnabled(own)
        for widget in (
            self.pin_button,
            self.rename_button,
            self.move_button,
            self.delete_button,
            self.restore_button,
        ):
            widget.setEnabled(own and not deleted)

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
            (self.tr("Folder"), clean_name(doc.folder) or "—"),
            (self.tr("Type"), doc.mimetype),
            (self.tr("Size"), formatted_size(doc.size)),
            (self.tr("Version"), str(doc.version)),
            (self.tr("Changed"), f"{timefmt.exact(doc.updated_at)} · {doc.updated_by}"),
            (self.tr("Stored"), where),
            (self.tr("Found by"), self._found_by(detail)),
        ]
        states = document_states(doc)
        if states:
            rows.append((self.tr("State"), ", ".join(states)))
        cells = "".join(
            f"<tr><td class='label'>{_esc(k)}</td><td>{_esc(v)}</td></tr>" for k, v in rows
        )
        self.info.setText(f"<h2>{_esc(doc.name)}</h2><table cellpadding='3'>{cells}</table>")

    def _found_by(self, detail: DocumentDetail) -> str:
        """What search finds the document by, and why not its content."""
        status = detail.text_status
        if status == "ok":
            return self.tr("its name and content")
        if status is None:
            return (
                self.tr("its name (the content is read soon)")
                if detail.cached
                else self.tr("its name (the content once it is on this computer)")
            )
        why = {
            "scanned-no-text": self.tr("a scan without text"),
            "too-large": self.tr("too large to read"),
            "timed-out": self.tr("took too long to read"),
            "failed": self.tr("could not be read"),
        }.get(status)
        return self.tr("its name only: %1").replace("%1", why) if why else self.tr("its name")

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

    def _show_send_state(self, detail: DocumentDetail | None) -> None:
        failed = detail is not None and detail.failed_entry_id is not None
        if detail is not None and failed:
            reason = failure_reason(detail.failed_reason)
            self.send_note.setText(self.tr("Could not be sent: %1").replace("%1", reason))
        elif detail is not None and detail.stuck_since is not None:
            self.send_note.setText(stuck_text(detail.stuck_since))
        self.send_note.setVisible(failed or (detail is not None and detail.stuck_since is not None))
        self.retry_button.setVisible(failed)
        self.discard_button.setVisible(failed)

    def _on_entry_action(self, action: Callable[..., None]) -> None:
        account, detail = self.account, self.detail
        if account is not None and detail is not None and detail.failed_entry_id is not None:
            action(self._ctx, account, detail.failed_entry_id, self)

    def _on_retry_button_clicked(self) -> None:
        self._on_entry_action(sendstate.retry)

    def _on_discard_button_clicked(self) -> None:
        self._on_entry_action(sendstate.discard)

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

    def _on_opener_refused(self, document_id: str, name: str, kind: str) -> None:
        """A program is never opened: say what it is, and offer to save it elsewhere."""
        account = self.account
        if document_id != self.document_id or account is None:
            return
        from PySide6.QtWidgets import QMessageBox

        show_note(
            self.note,
            self.tr("Not opened: this is a program (%1).").replace("%1", kind),
            error=True,
        )
        box = plain.message_box(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Program not opened"),
            self.tr("“%1” is a program (%2), not a document.")
            .replace("%1", name)
            .replace("%2", kind),
            self.tr(
                "Treffpunkt does not open programs, scripts, installers or shortcuts: opening "
                "one could run it on this computer with your rights. You can save it "
                "elsewhere, for example to hand it to your IT department."
            ),
        )
        box.setObjectName("programRefused")
        save = box.addButton(self.tr("&Save as …"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("saveProgram")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Once the box has closed: the file dialog does not open on top of it, in the
        # middle of its click.
        later = partial(self._save_elsewhere, account, document_id, name)
        box.buttonClicked.connect(
            lambda button: QTimer.singleShot(0, self, later) if button is save else None
        )
        box.destroyed.connect(self._on_refusal_destroyed)
        self.refusal = box
        box.open()

    def _on_refusal_destroyed(self) -> None:
        self.refusal = None

    def _save_elsewhere(self, account: AccountSession, document_id: str, name: str) -> None:
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DownloadLocation
        ) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the program as"), str(Path(folder) / name)
        )
        if path:
            self.opener.save_copy(account, document_id, Path(path))

    def _on_opener_saved(self, document_id: str, path: str) -> None:
        if document_id == self.document_id:
            show_note(self.note, self.tr("Saved as %1. It was not opened.").replace("%1", path))

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

    # -- versions and the document's life ---------------------------------------------

    def _chosen_version(self) -> int | None:
        """The version chosen in the list; the newest when none is."""
        index = self.versions_view.currentIndex()
        if self.versions.rowCount() == 0:
            return None
        return self.versions.version(index.row() if index.isValid() else 0).version

    def open_version(self) -> None:
        version = self._chosen_version()
        if self.account is not None and self.document_id is not None and version is not None:
            self.note.hide()
            self.opener.open_version(self.account, self.document_id, version)

    def restore_version(self) -> None:
        version = self._chosen_version()
        if version is not None:
            self._change(lambda commands, doc: commands.restore_version(doc, version))

    def _on_rename_button_clicked(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self.detail is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename"), self.tr("New name:"), text=self.detail.document.name
        )
        if ok and name.strip() and name != self.detail.document.name:
            self._change(lambda commands, doc: commands.rename_document(doc, name))

    def _on_move_button_clicked(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self.detail is None:
            return
        folder, ok = QInputDialog.getText(
            self,
            self.tr("Move"),
            self.tr("Folder (parts separated by /, empty for none):"),
            text=self.detail.document.folder,
        )
        if ok:
            self._change(lambda commands, doc: commands.move_document(doc, folder))

    def _on_delete_button_clicked(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.detail is None:
            return
        box = plain.message_box(
            self,
            QMessageBox.Icon.Question,
            self.tr("Delete document"),
            self.tr("Delete “%1” for every member of the group?").replace(
                "%1", self.detail.document.name
            ),
            self.tr("The group's administrators keep its versions."),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self._change(lambda commands, doc: commands.delete_document(doc))

    def _change(self, command: Callable[[LocalCommands, str], Changes]) -> None:
        """Run a change of the document on the write worker; it is sent with the outbox."""
        account, document_id = self.account, self.document_id
        if account is None or document_id is None:
            return
        Op(
            self._ctx.ops,
            partial(command, account.commands, document_id),
            writes=True,
            account=account.user_id,
            parent=self,
        ).failure(self._on_pin_failed).run()


def show_note(label: QLabel, text: str, *, error: bool = False) -> None:
    """A calm note under the actions; red only when something went wrong. The text is
    plain: it names files and quotes errors."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    name = "inlineError" if error else "inlineNote"
    if label.objectName() != name:
        label.setObjectName(name)
        label.style().unpolish(label)
        label.style().polish(label)
    label.setText(text)
    label.show()
