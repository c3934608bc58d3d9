"""Images and files in posts, as the stream shows them.

``Thumbnails`` gives the delegate an image's thumbnail when it has one and otherwise asks
for it on a read worker, never on the GUI thread: the cached server thumbnail (decrypted
from the media cache, so it shows offline once fetched), else the image itself when it is
cached (one's own, not sent yet), else, while connected, the server's thumbnail fetched
into the cache. The bytes are decoded there too, through a reader that refuses images
larger than ``MAX_PIXELS`` before decoding, and scaled to the stream's box; the GUI thread
only turns the result into a pixmap and repaints. Only images up to IT's
``auto_download_mb`` are fetched without a click; the others show as a file row.

The composers of posts and of comments take files the same way (``AttachmentPicker``:
a button, files dropped on the editor, an image pasted into it) and send them the same
way (``send_with_files``); the stream and a thread open a message's file through
``AttachmentOpener``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPixmap
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from client import attachments
from client.changes import Changes
from client.rows import AttachmentRow, PostRow
from ui import icons, lazy, plain
from ui.ops import Op

if TYPE_CHECKING:
    from client.mediacache import MediaCache
    from client.store import Replica
    from sync.engine import SyncEngine
    from ui.context import AccountSession, AppContext
    from ui.documents.opener import DocumentOpener
    from ui.mentionedit import MentionEdit

# Files (paths) and pasted images, as a composer collects them.
Item = Path | QImage
# What a message's command takes: a path, or a name and the bytes of a pasted image.
Attached = Path | tuple[str, bytes]

# The box a thumbnail is scaled into in the stream (logical pixels).
BOX = QSize(320, 180)
# Larger images are not decoded at all (a hostile one could claim any size).
MAX_PIXELS = 40_000_000
MIB = 1024 * 1024


def shown_as_image(attachment: AttachmentRow, auto_download_mb: int) -> bool:
    """Whether the stream shows the attachment as a thumbnail (else as a file row)."""
    return (
        attachment.kind == "image"
        and attachment.size is not None
        and attachment.size <= auto_download_mb * MIB
        and (attachment.on_server or attachment.sha256 is not None)
    )


def decode(data: bytes, box: QSize) -> QImage | None:
    """``data`` as an image scaled to fit ``box``, or None when it is no image we read."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return None
    reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


def load(
    replica: Replica,
    media: MediaCache | None,
    engine: SyncEngine | None,
    message_id: int,
    box: QSize,
) -> QImage | None:
    """On a read worker: the thumbnail of a post's image, from the cache or the server."""
    data = attachments.thumbnail(replica, media, message_id)
    if data is None and media is not None:
        found = attachments.media_of(replica, message_id)
        if found is not None and found.sha256 is not None and media.has(found.sha256):
            data = media.read_bytes(found.sha256)
        elif engine is not None:
            from sync.calls import OfflineError

            try:
                if engine.fetch_thumbnail(message_id) is not None:
                    data = attachments.thumbnail(replica, media, message_id)
            except OfflineError:
                return None
    return None if data is None else decode(data, box)


class Thumbnails(QObject):
    """The thumbnails of one stream, loaded when first painted, each asked for once."""

    loaded = Signal(int)  # message id

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._account: AccountSession | None = None
        self._pixmaps: dict[int, QPixmap] = {}
        self._asked: set[int] = set()

    def set_account(self, account: AccountSession) -> None:
        if account is not self._account:
            self._account = account
            self._pixmaps.clear()
            self._asked.clear()

    def auto_download_mb(self) -> int:
        return self._ctx.settings.auto_download_mb

    def pixmap(self, post: PostRow) -> QPixmap | None:
        """The thumbnail if loaded; otherwise it is asked for (once) and None for now."""
        found = self._pixmaps.get(post.id)
        if found is not None or post.id in self._asked or self._account is None:
            return found
        self._asked.add(post.id)
        account = self._account
        engine = account.connected.engine if account.connected is not None else None
        Op(
            self._ctx.ops,
            partial(load, account.replica, account.commands.media, engine, post.id, BOX),
            parent=self,
        ).success(partial(self._on_loaded, account, post.id)).failure(
            partial(self._on_failed, post.id)
        ).run()
        return None

    def retry_missing(self) -> None:
        """Ask again, on the next paint, for what was not to be had (the replica changed:
        a sync ran, a post was sent); asking on every paint would loop while offline."""
        self._asked = set(self._pixmaps)

    def _on_loaded(self, account: AccountSession, message_id: int, image: QImage | None) -> None:
        if account is not self._account:
            return
        if image is None:
            return  # not to be had now: asked again after the replica changes
        self._pixmaps[message_id] = QPixmap.fromImage(image)
        self.loaded.emit(message_id)

    def _on_failed(self, message_id: int, error: Exception) -> None:
        # A damaged cache file or a refused download: an empty box until asked again.
        del message_id, error


class AttachmentPicker(QObject):
    """The files a composer sends with its text: its "Attach …" button, the names of what
    is attached and a button to remove them; files dropped on its editor and an image
    pasted into it are attached too. The widgets are laid out by the composer."""

    def __init__(self, edit: MentionEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.button = QPushButton(self.tr("&Attach …"), parent)
        icons.set_icon(self.button, "add")
        self.button.setAccessibleName(self.tr("Attach a file or image"))
        self.button.setToolTip(
            self.tr("Attach a file or image; you can also drop files or paste an image")
        )
        self.files = plain.label(parent)  # the names of the attached files
        self.files.setObjectName("composerFiles")
        self.files.setAccessibleName(self.tr("Attached files"))
        self.files.hide()
        self.remove = QPushButton(self.tr("Remo&ve files"), parent)
        icons.set_icon(self.remove, "discard")
        self.remove.setAccessibleName(self.tr("Remove the attached files"))
        self.remove.hide()
        self.items: list[Item] = []  # in the order they were added
        self.button.clicked.connect(self._on_button_clicked)
        self.remove.clicked.connect(self.clear)
        edit.files_dropped.connect(self._on_edit_files_dropped)
        edit.image_pasted.connect(self._on_edit_image_pasted)

    def add(self, items: list[Item]) -> None:
        self.items.extend(items)
        names = [
            item.name if isinstance(item, Path) else self.tr("pasted image") for item in self.items
        ]
        self.files.setText(", ".join(names))
        self.files.setVisible(bool(names))
        self.remove.setVisible(bool(names))

    def clear(self) -> None:
        self.items.clear()
        self.add([])

    def take(self) -> list[Item]:
        """What is attached, leaving nothing attached (the composer sends it)."""
        items = list(self.items)
        self.clear()
        return items

    def pasted_name(self) -> str:
        return self.tr("image.png")

    def _on_button_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self._parent, self.tr("Attach files"))
        self.add([Path(p) for p in paths])

    def _on_edit_files_dropped(self, paths: list[str]) -> None:
        self.add([Path(p) for p in paths if Path(p).is_file()])

    def _on_edit_image_pasted(self, image: QImage) -> None:
        self.add([image])


def send_with_files(
    send: Callable[[str, bool, Attached | None], Changes],
    body: str,
    files: list[Item],
    pasted_name: str,
) -> Changes:
    """On the write worker: ``send(text, first, attachment)`` for the message with its first
    file, and once more for each further file (a Matrix message carries one file)."""
    if not files:
        return send(body, True, None)
    changes = Changes()
    for n, item in enumerate(files):
        attachment = item if isinstance(item, Path) else (pasted_name, png(item))
        changes = changes | send(body if n == 0 else "", n == 0, attachment)
    return changes


def png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    buffer.close()
    return bytes(data.data())


class AttachmentOpener(QObject):
    """Opens messages' files like documents (never a program), and says why not."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self._opener: DocumentOpener | None = None

    @property
    def opener(self) -> DocumentOpener:
        """Made when first needed: the documents' package loads with it."""
        if self._opener is None:
            self._opener = lazy.opener.DocumentOpener(self._ctx, self)
            self._opener.unavailable.connect(self._on_opener_unavailable)
            self._opener.failed.connect(self._on_opener_failed)
            self._opener.refused.connect(self._on_opener_refused)
        return self._opener

    def open(self, account: AccountSession, message_id: int) -> None:
        self.opener.open_attachment(account, message_id)

    def _on_opener_unavailable(self, key: str) -> None:
        del key
        plain.message_box(
            self._parent,
            QMessageBox.Icon.Information,
            self.tr("Not available offline"),
            self.tr("This file is not on this computer yet. Open it again when you are connected."),
        ).exec()

    def _on_opener_failed(self, key: str, message: str) -> None:
        del key
        plain.message_box(
            self._parent,
            QMessageBox.Icon.Warning,
            self.tr("File not opened"),
            self.tr("Could not open the file: %1").replace("%1", message),
        ).exec()

    def _on_opener_refused(self, key: str, name: str, kind: str) -> None:
        del key
        plain.message_box(
            self._parent,
            QMessageBox.Icon.Warning,
            self.tr("Program not opened"),
            self.tr("“%1” is a program (%2), not a document. It is not opened.")
            .replace("%1", name)
            .replace("%2", kind),
        ).exec()
