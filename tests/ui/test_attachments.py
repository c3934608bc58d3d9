"""Images and files in posts in the real window, offscreen and offline: an image whose
server thumbnail was cached shows it without a connection; a file shows as a row with name,
type and size and opens through the documents' opener, a program never; a pasted image
becomes a post waiting to send that shows its own image."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QImageWriter
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

from client import attachments
from client.commands import LocalCommands
from client.ingest import AttachmentInfo, ingest_messages
from client.mediacache import MediaCache
from client.rows import PostRow
from client.store import Replica
from tests.conftest import GROUP, TEST_KEY, USER, server_message
from ui.context import AccountSession, AppContext
from ui.mainwindow import MainWindow
from ui.postview import POST_ROLE
from ui.sidebar import NodeKind

RED = QColor(220, 20, 20)


def _png(colour: QColor, width: int = 400, height: int = 300) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(colour)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    return bytes(data.data())


@pytest.fixture
def media(tmp_path: Path) -> MediaCache:
    return MediaCache(tmp_path / "media", TEST_KEY)


@pytest.fixture
def offline_window(
    qtbot: QtBot, ctx: AppContext, sample_replica: Replica, media: MediaCache
) -> MainWindow:
    account = AccountSession(USER, sample_replica, LocalCommands(sample_replica, USER, media))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.add_account(account)
    win.show()
    qtbot.waitUntil(lambda: win.middle.currentWidget() is not win.welcome)
    return win


def _from_server(replica: Replica, event_id: str, minute: int, info: AttachmentInfo) -> int:
    row = server_message(event_id, minute, body=info.name, attachment=info)
    with replica.begin() as tx:
        ingest_messages(tx, [row])
        found = tx.exec_driver_sql("SELECT id FROM message WHERE event_id = ?", (event_id,))
        return int(found.scalar_one())


def _show_group(qtbot: QtBot, window: MainWindow) -> None:
    window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    model = window.stream.model
    assert model is not None
    qtbot.waitUntil(lambda: model.rowCount() > 0 or model.exhausted)


def _top(window: MainWindow) -> PostRow:
    model = window.stream.model
    assert model is not None
    post = model.index(0, 0).data(POST_ROLE)
    assert isinstance(post, PostRow)
    return post


def _red_pixels(qtbot: QtBot, window: MainWindow) -> int:
    return _red_pixels_in(window.stream.view, 0)


def _red_pixels_in(view: QTreeView, row: int) -> int:
    """The red pixels (every fourth one) painted in ``row`` of a list of posts."""
    view.scrollTo(view.model().index(row, 0))
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(row, 0))
    return sum(
        1
        for y in range(max(rect.top(), 0), min(rect.bottom(), image.height()), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y) == RED
    )


def test_an_images_cached_thumbnail_shows_offline(
    qtbot: QtBot, offline_window: MainWindow, sample_replica: Replica, media: MediaCache
) -> None:
    mid = _from_server(
        sample_replica,
        "$photo",
        10_000_000,
        AttachmentInfo("image", "lantaarnpaal.jpg", "image/jpeg", 80_000, "mxc://a/b", 400, 300),
    )
    # Fetched once while connected: the server's thumbnail is in the encrypted cache.
    attachments.record_thumbnail(
        sample_replica, mid, media.put_stream(io.BytesIO(_png(RED))).sha256
    )
    _show_group(qtbot, offline_window)
    assert _top(offline_window).id == mid
    # The first paint asks for it (on a worker; inline here), the next shows it.
    _red_pixels(qtbot, offline_window)
    qtbot.waitUntil(lambda: _red_pixels(qtbot, offline_window) > 100)


def test_an_image_not_cached_keeps_its_place_offline_and_a_large_one_is_a_file_row(
    qtbot: QtBot, offline_window: MainWindow, sample_replica: Replica
) -> None:
    big = AttachmentInfo("image", "luchtfoto.tif", "image/tiff", 50_000_000, "mxc://a/c")
    _from_server(sample_replica, "$big", 10_000_001, big)
    _show_group(qtbot, offline_window)
    model = offline_window.stream.model
    assert model is not None
    described = str(model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole))
    # Above IT's auto_download_mb (10 by default): a row to click, not fetched on its own.
    size = QLocale().formattedDataSize(50_000_000)
    assert f"luchtfoto.tif  ·  image/tiff  ·  {size}" in described
    assert _red_pixels(qtbot, offline_window) == 0


def test_a_file_opens_read_only_through_the_opener_and_a_program_never(
    qtbot: QtBot,
    offline_window: MainWindow,
    sample_replica: Replica,
    media: MediaCache,
) -> None:
    report = b"%PDF-1.4 report"
    mid = _from_server(
        sample_replica,
        "$pdf",
        10_000_002,
        AttachmentInfo("file", "rapport.pdf", "application/pdf", len(report), "mxc://a/d"),
    )
    attachments.record_file(sample_replica, mid, media.put_stream(io.BytesIO(report)).sha256)
    program = _from_server(
        sample_replica,
        "$exe",
        10_000_003,
        AttachmentInfo("file", "rapport.pdf.exe", "application/octet-stream", 10, "mxc://a/e"),
    )
    _show_group(qtbot, offline_window)
    stream = offline_window.stream
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    stream.opener.open_url = open_url
    refused: list[tuple[str, str, str]] = []
    stream.opener.refused.disconnect()
    stream.opener.refused.connect(lambda *args: refused.append(args))

    stream.view.attachment_requested.emit(mid)
    [url] = opened
    path = Path(url.toLocalFile())
    assert path.name == "rapport.pdf" and path.read_bytes() == report
    assert not path.stat().st_mode & 0o222  # read-only: nothing is saved back

    stream.view.attachment_requested.emit(program)
    assert refused == [(attachments.key(program), "rapport.pdf.exe", ".exe")]
    assert len(opened) == 1


def test_a_pasted_image_is_a_post_waiting_to_send_that_shows_its_image(
    qtbot: QtBot, offline_window: MainWindow, sample_replica: Replica
) -> None:
    _show_group(qtbot, offline_window)
    composer = offline_window.stream.composer
    pasted = QMimeData()
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(RED)
    pasted.setImageData(image)
    composer.edit.insertFromMimeData(pasted)
    assert (
        composer.attachments.files.isVisibleTo(offline_window) and composer.edit.toPlainText() == ""
    )
    qtbot.keyClicks(composer.edit, "Schade aan paal 12")
    composer.submit()
    model = offline_window.stream.model
    assert model is not None
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    top = _top(offline_window)
    assert top.pending and top.attachment is not None
    assert (top.attachment.kind, top.attachment.mimetype) == ("image", "image/png")
    assert not top.attachment.on_server and top.attachment.sha256 is not None
    assert not composer.attachments.files.isVisibleTo(offline_window)
    _red_pixels(qtbot, offline_window)
    qtbot.waitUntil(lambda: _red_pixels(qtbot, offline_window) > 100)


def test_a_comment_takes_a_pasted_image_and_a_dropped_file_and_shows_them_in_the_thread(
    qtbot: QtBot, offline_window: MainWindow, sample_replica: Replica, tmp_path: Path
) -> None:
    with sample_replica.begin() as tx:
        ingest_messages(tx, [server_message("$bridge", 10_000_004, body="Schade aan de brug")])
    _show_group(qtbot, offline_window)
    post = _top(offline_window)
    account = offline_window.stream.model.account  # type: ignore[union-attr]
    offline_window.detail.show_post(account, post.id)
    pane = offline_window.detail.thread_pane
    qtbot.waitUntil(lambda: pane.model is not None and pane.model.post is not None)
    assert pane.attachments.button.isEnabled()
    pasted = QMimeData()
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(RED)
    pasted.setImageData(image)
    pane.comment.insertFromMimeData(pasted)
    report = tmp_path / "meetrapport.pdf"
    report.write_bytes(b"%PDF-1.4 metingen")
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(report))])
    pane.comment.insertFromMimeData(dropped)
    assert pane.comment.toPlainText() == ""
    assert pane.attachments.files.text() == "pasted image, meetrapport.pdf"
    qtbot.keyClicks(pane.comment, "Zie foto")
    qtbot.mouseClick(pane.send, Qt.MouseButton.LeftButton)
    model = pane.model
    assert model is not None
    qtbot.waitUntil(lambda: model.rowCount() == 1 + post.comments + 2)
    photo, file = (model.index(model.rowCount() - n, 0).data(POST_ROLE) for n in (2, 1))
    assert isinstance(photo, PostRow) and isinstance(file, PostRow)
    assert photo.pending and photo.attachment is not None and "Zie foto" in photo.body_html
    assert (photo.attachment.kind, photo.attachment.mimetype) == ("image", "image/png")
    assert file.attachment is not None and file.attachment.name == "meetrapport.pdf"
    assert not pane.attachments.files.isVisibleTo(offline_window)
    # The comment's own image shows in the thread, from the cache, offline.
    row = model.rowCount() - 2
    _red_pixels_in(pane.view, row)
    qtbot.waitUntil(lambda: _red_pixels_in(pane.view, row) > 100)

    # Its file opens through the opener, read-only, like a post's.
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    pane.files.opener.open_url = open_url
    pane.view.attachment_requested.emit(file.id)
    [url] = opened
    assert Path(url.toLocalFile()).read_bytes() == b"%PDF-1.4 metingen"

    # Files attached and not sent stay with their post: another post's box starts empty.
    pane.comment.insertFromMimeData(pasted)
    assert pane.attachments.items
    with sample_replica.begin() as tx:
        ingest_messages(tx, [server_message("$other", 10_000_005, body="Iets anders")])
        found = tx.exec_driver_sql("SELECT id FROM message WHERE event_id = '$other'")
        other = int(found.scalar_one())
    offline_window.detail.show_post(account, other)
    assert pane.attachments.items == [] and not pane.attachments.files.isVisibleTo(pane)
