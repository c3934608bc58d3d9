"""Icons from ``resources/icons``, tinted with a palette colour (dark mode, high contrast).

The SVGs draw with ``currentColor``; we substitute the colour of a palette role before
rendering, so that no colour is written into code or icon files.
"""

from __future__ import annotations

import atexit
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
ICONS = RESOURCES / "icons"


@cache
def _svg(name: str) -> str:
    return (ICONS / f"{name}.svg").read_text(encoding="utf-8")


def pixmap(name: str, size: int, colour: QColor, ratio: float = 1.0) -> QPixmap:
    return _pixmap(name, size, colour.rgba(), ratio)


@cache
def _pixmap(name: str, size: int, rgba: int, ratio: float) -> QPixmap:
    colour = QColor.fromRgba(rgba)
    # SVG knows no #AARRGGBB: the colour goes in as #RRGGBB, its alpha as the opacity.
    data = _svg(name).replace("currentColor", colour.name(QColor.NameFormat.HexRgb))
    renderer = QSvgRenderer(QByteArray(data.encode()))
    side = max(1, round(size * ratio))
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setOpacity(colour.alphaF())
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    out = QPixmap.fromImage(image)
    out.setDevicePixelRatio(ratio)
    return out


def icon(name: str, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QIcon:
    """An icon tinted with ``role`` of the application palette (normal and disabled)."""
    palette = QApplication.palette()
    return _icon(
        name, palette.color(role).rgba(), palette.color(QPalette.ColorGroup.Disabled, role).rgba()
    )


@cache
def _icon(name: str, normal: int, disabled: int) -> QIcon:
    result = QIcon()
    for size in (16, 20, 24, 32):
        result.addPixmap(pixmap(name, size, QColor.fromRgba(normal)), QIcon.Mode.Normal)
        result.addPixmap(pixmap(name, size, QColor.fromRgba(disabled)), QIcon.Mode.Disabled)
    return result


def icon_size(base: int = 16) -> QSize:
    return QSize(base, base)


@atexit.register
def _clear() -> None:
    # Pixmaps must go while the application object still exists.
    _pixmap.cache_clear()
    _icon.cache_clear()
