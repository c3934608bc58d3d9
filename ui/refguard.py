"""A guard against a reference-count bug of PySide6 6.12 on CPython before 3.12.

Some PySide6 paths hand ``None`` back to Python without taking a reference to it, for
example ``QModelIndex.data()`` when the model returns no value, or ``QTextDocument`` drawing
(``drawContents``, ``QAbstractTextDocumentLayout.draw``): each call leaves ``None`` with one
reference fewer. Painting rich-text posts does that hundreds of times a second, and once the
count reaches zero the interpreter aborts ("Fatal Python error: none_dealloc").

From Python 3.12 on ``None`` is immortal and the bug is harmless. Before that, this module
keeps ``None``'s count far from zero: whenever it falls below ``FLOOR`` it is raised by
``TOP_UP``. ``None`` is never freed anyway, so a count that is too high costs nothing.
``benchmarks/ui_stream.py`` scrolls 100,000 posts with it. Remove when PySide6 is fixed.

``ctypes`` is loaded by the first top-up, not with this module: the app's context imports it
to run the check every ``REFGUARD_MS`` on the GUI thread, and the first top-up is done by
the preload worker once the window shows (before the pages that paint rich text load) or
by that check, whichever runs first. Until then nothing paints rich text, and ``None`` has
thousands of references (some 6,500 when the window shows), far more than the few a start
loses.
"""

from __future__ import annotations

import sys

FLOOR = 1 << 22
TOP_UP = 1 << 26
NEEDED = sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def top_up_none() -> None:
    if NEEDED and sys.getrefcount(None) < FLOOR:
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += TOP_UP
