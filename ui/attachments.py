"""Images and files in posts, as the stream shows them.

``Thumbnails`` gives the delegate an image's thumbnail when it has one and otherwise asks
for it on a read worker, never on the GUI thread: the cached server thumbnail (decrypted
from the media cache, so it shows offline once fetched), else the image itself when it is
cached (one's own, not sent yet), else, while connected, the server's thumbnail fetched
into the cache. The bytes are decoded there too, through a reader that refuses images
larger than ``MAX_PIXELS`` before decoding, and scaled to the stream's box; the GUI thread
only turns the result into a pixmap and repaints. Only images up to IT's
``auto_download_mb`` are fetched without a click; the others show as a file row.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from client import attachments
from client.rows import AttachmentRow, PostRow
from ui.ops import Op

if TYPE_CHECKING:
    from client.mediacache import MediaCache
    from client.store import Replica
    from sync.engine import SyncEngine
    from ui.context import AccountSession, AppContext

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
