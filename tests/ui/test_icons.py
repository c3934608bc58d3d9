"""Tinted icons: the same drawing through Qt's SVG icon engine as through our own painter,
in opaque and in translucent palette colours (disabled controls, placeholder text); icons
rendered on a worker thread, ahead of a list's first paint; and icons that follow a palette
changed while the app runs."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from ui import icons
from ui.mainwindow import MainWindow

TRANSLUCENT = QColor(10, 20, 30, 128)


def _pixels(image: QImage) -> list[int]:
    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]


@pytest.mark.parametrize("colour", [QColor(30, 100, 200), TRANSLUCENT])
@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_a_label_pixmap_is_the_painted_pixmap(
    qapp: QApplication, colour: QColor, ratio: float
) -> None:
    for name in ("online", "offline"):  # the status line's dot
        painted = icons.pixmap(name, 12, colour, ratio)
        drawn = icons.label_pixmap(name, 12, colour, ratio)
        assert drawn.size() == painted.size() == QSize(round(12 * ratio), round(12 * ratio))
        assert drawn.devicePixelRatio() == ratio
        assert _pixels(drawn.toImage()) == _pixels(painted.toImage())
        assert any(p >> 24 for p in _pixels(drawn.toImage()))  # something is drawn


def test_a_translucent_tint_draws(qapp: QApplication) -> None:
    # The files end with a line break: the opacity group must still close the SVG.
    image = icons.label_pixmap("search", 16, TRANSLUCENT).toImage()
    assert abs(max(p >> 24 for p in _pixels(image)) - 128) <= 1  # rounded once or twice


def test_a_disabled_icon_draws_in_the_disabled_colour(qapp: QApplication) -> None:
    original = QApplication.palette()
    palette = QPalette(original)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, TRANSLUCENT)
    QApplication.setPalette(palette)
    try:
        icon = icons.icon("search")
        image = icon.pixmap(QSize(16, 16), 1.0, QIcon.Mode.Disabled).toImage()
        assert abs(max(p >> 24 for p in _pixels(image)) - 128) <= 1
    finally:
        QApplication.setPalette(original)


def test_tinted_files_are_written_by_the_job(qapp: QApplication) -> None:
    icons._tinted_file.cache_clear()
    job = icons.tint_files(["people"])  # the palette's colours now, on the GUI thread
    worker = threading.Thread(target=job)
    worker.start()
    worker.join()
    assert icons._tinted_file.cache_info().currsize == 2  # normal and disabled
    palette = QApplication.palette()
    role = QPalette.ColorRole.WindowText
    disabled = palette.color(QPalette.ColorGroup.Disabled, role)
    for rgba in (palette.color(role).rgba(), disabled.rgba()):
        text = icons._tinted_file("people", rgba).read_text(encoding="utf-8")
        assert "currentColor" not in text and QColor.fromRgba(rgba).name() in text
    assert icons._tinted_file.cache_info().misses == 2  # the icon reads what the job wrote


def test_kept_tinted_files_are_written_once_and_named_by_content(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    icons.use_cache_dir(tmp_path)
    icons._tinted_file.cache_clear()
    try:
        first = icons._tinted_file("people", QColor("#102030").rgba())
        assert first.parent == tmp_path and "#102030" in first.read_text(encoding="utf-8")
        other = icons._tinted_file("people", QColor("#405060").rgba())
        assert other != first and other.exists()

        # The next start (a new process: nothing cached in memory) finds the file.
        icons._tinted_file.cache_clear()

        def no_writing(*_: object) -> None:
            raise AssertionError("a kept icon was written again")

        monkeypatch.setattr(Path, "write_bytes", no_writing)
        assert icons._tinted_file("people", QColor("#102030").rgba()) == first
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.name, other.name])
    finally:
        icons.use_cache_dir(None)
        icons._tinted_file.cache_clear()


def test_icons_still_come_when_the_kept_folder_cannot_be_written(
    qapp: QApplication, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    icons.use_cache_dir(blocked / "icons")
    icons._tinted_file.cache_clear()
    try:
        path = icons._tinted_file("people", QColor("#102030").rgba())
        assert "#102030" in path.read_text(encoding="utf-8")
        assert not path.is_relative_to(blocked)
    finally:
        icons.use_cache_dir(None)
        icons._tinted_file.cache_clear()


def _colours(icon: QIcon) -> set[int]:
    """The opaque colours an icon draws with, as 0xRRGGBB."""
    image = icon.pixmap(QSize(20, 20), 1.0).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return {p & 0xFFFFFF for p in _pixels(image) if p >> 24 == 0xFF}


def test_icons_follow_a_palette_changed_while_the_app_runs(window: MainWindow) -> None:
    """A dark or high-contrast theme chosen while the app runs: buttons and lists take the
    new text colour (black icons on a now black background would be gone)."""
    original = QApplication.palette()
    changed = QPalette(original)
    changed.setColor(QPalette.ColorRole.WindowText, QColor(255, 0, 0))
    before = original.color(QPalette.ColorRole.WindowText).rgb() & 0xFFFFFF
    assert before in _colours(window.search_button.icon())
    QApplication.setPalette(changed)
    try:
        for button in (window.search_button, window.stream.documents_button):
            assert _colours(button.icon()) == {0xFF0000}
        first = window.sidebar_model.index(0, 0)
        decoration = window.sidebar_model.data(first, Qt.ItemDataRole.DecorationRole)
        assert isinstance(decoration, QIcon) and _colours(decoration) == {0xFF0000}
    finally:
        QApplication.setPalette(original)
    assert _colours(window.search_button.icon()) == {before}
