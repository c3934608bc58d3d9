"""Icons from ``resources/icons``, tinted with a palette colour (dark mode, high contrast).

The SVGs draw with ``currentColor``; we substitute the colour of a palette role before
rendering, so that no colour is written into code or icon files.

``icon`` hands the tinted SVG to Qt's own SVG icon engine (a file per colour), which draws
each size when it is first painted: a dozen icons at start-up cost a few milliseconds rather
than 8 renderings each. The app keeps those files in its home once it has one (``use_cache_dir``),
named by their content, so a start only writes the ones it has not seen; otherwise (a first
start, tests, the self-test) they go to a folder that lives as long as the process. ``pixmap``
renders one size at once, for delegates that paint themselves; ``label_pixmap`` has that
engine draw one size, for a label (no QPainter, QImage or QSvgRenderer from Python, whose
bindings cost start-up several milliseconds).

Icons follow the palette when it changes while the app runs (a dark or high-contrast theme
chosen meanwhile): lists ask ``icon`` whenever they paint, and buttons and actions get their
icon through ``set_icon``, which gives them the new colours.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import weakref
import zlib
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
ICONS = RESOURCES / "icons"


@cache
def _svg(name: str) -> str:
    return (ICONS / f"{name}.svg").read_text(encoding="utf-8")


def pixmap(name: str, size: int, colour: QColor, ratio: float = 1.0) -> QPixmap:
    return _pixmap(name, size, colour.rgba(), ratio)


@cache
def _pixmap(name: str, size: int, rgba: int, ratio: float) -> QPixmap:
    out = QPixmap.fromImage(render(name, size, rgba, ratio))
    out.setDevicePixelRatio(ratio)
    return out


def render(name: str, size: int, rgba: int, ratio: float) -> QImage:
    """The icon drawn into an image, on the GUI thread. (Rendering on a worker while the
    GUI thread painted crashed PySide6 6.12 now and then, so this stays on the GUI thread.)"""
    # Used by delegates that paint themselves, after start-up: loaded then.
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

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
    return image


def tint_files(
    names: Iterable[str], role: QPalette.ColorRole = QPalette.ColorRole.WindowText
) -> Callable[[], None]:
    """On the GUI thread: a job for a worker that writes the tinted files ``icon`` will
    read for ``names`` in the palette's colours of now, so that a list's first paint does
    not read and write them."""
    palette = QApplication.palette()
    colours = (palette.color(role).rgba(), palette.color(QPalette.ColorGroup.Disabled, role).rgba())
    wanted = [(name, rgba) for name in names for rgba in colours]

    def job() -> None:
        for name, rgba in wanted:
            _tinted_file(name, rgba)

    return job


def label_pixmap(name: str, size: int, colour: QColor, ratio: float = 1.0) -> QPixmap:
    """``name`` in ``colour``, ``size`` pixels square at the device pixel ratio ``ratio``."""
    return QIcon(str(_tinted_file(name, colour.rgba()))).pixmap(icon_size(size), ratio)


def icon(name: str, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QIcon:
    """An icon tinted with ``role`` of the application palette (normal and disabled)."""
    palette = QApplication.palette()
    return _icon(
        name, palette.color(role).rgba(), palette.color(QPalette.ColorGroup.Disabled, role).rgba()
    )


class HasIcon(Protocol):
    """A button, an action or a tray icon."""

    def setIcon(self, icon: QIcon, /) -> None: ...  # noqa: N802 (Qt's name)


# What ``set_icon`` gave an icon: the name and role to tint it with again.
_followers: weakref.WeakKeyDictionary[HasIcon, tuple[str, QPalette.ColorRole]] = (
    weakref.WeakKeyDictionary()
)
_following_palette = False


def set_icon(
    target: HasIcon, name: str, role: QPalette.ColorRole = QPalette.ColorRole.WindowText
) -> None:
    """Give ``target`` the icon ``name`` tinted with ``role``, and again in the new colours
    whenever the application palette changes."""
    global _following_palette
    if not _following_palette:
        _following_palette = True
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # Qt 6 also sends ApplicationPaletteChange to every widget, but catching that means
        # a Python changeEvent on a window, which builds QEvent's bindings (180 enum members)
        # during the start.
        app.paletteChanged.connect(_on_palette_changed)
    target.setIcon(icon(name, role))
    _followers[target] = (name, role)


def _on_palette_changed(_: QPalette) -> None:
    for target, (name, role) in list(_followers.items()):
        if shiboken6.isValid(target):  # its C++ side is gone with its window
            target.setIcon(icon(name, role))
        else:
            del _followers[target]


@cache
def _icon(name: str, normal: int, disabled: int) -> QIcon:
    result = QIcon()
    result.addFile(str(_tinted_file(name, normal)), QSize(), QIcon.Mode.Normal)
    result.addFile(str(_tinted_file(name, disabled)), QSize(), QIcon.Mode.Disabled)
    return result


_cache_dir: Path | None = None


def use_cache_dir(folder: Path | None) -> None:
    """Keep the tinted files in ``folder`` from now on, across starts (None: a temporary
    folder for this process)."""
    global _cache_dir
    _cache_dir = folder


def _tinted_dir() -> Path:
    return _cache_dir if _cache_dir is not None else _process_dir()


@cache
def _process_dir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="treffpunkt-icons-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def _write_whole(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")  # whole files only
    partial.write_bytes(data)
    partial.replace(path)


@cache
def _tinted_file(name: str, rgba: int) -> Path:
    colour = QColor.fromRgba(rgba)
    data = _svg(name).replace("currentColor", colour.name(QColor.NameFormat.HexRgb))
    if colour.alpha() < 255:  # SVG knows no #AARRGGBB: the alpha becomes the opacity
        head, _, body = data.partition(">")
        body = body.rstrip().removesuffix("</svg>")  # the files end with a line break
        data = f'{head}><g opacity="{colour.alphaF():.3f}">{body}</g></svg>'
    encoded = data.encode()
    # Named by content: a changed icon or colour is a new file, never a stale one.
    path = _tinted_dir() / f"{name}-{zlib.crc32(encoded):08x}-{len(encoded):x}.svg"
    if not path.exists():
        try:
            _write_whole(path, encoded)
        except OSError:  # a home that cannot be written (full, read-only): this process only
            path = _process_dir() / path.name
            _write_whole(path, encoded)
    return path


def icon_size(base: int = 16) -> QSize:
    return QSize(base, base)


@atexit.register
def _clear() -> None:
    # Pixmaps must go while the application object still exists.
    _pixmap.cache_clear()
    _icon.cache_clear()
    _tinted_file.cache_clear()
