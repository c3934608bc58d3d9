"""Context menus of item views: for the row under the mouse, or, opened by keyboard (the
menu key, Shift+F10), for the current row."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QAbstractItemView, QMenu


def popup_actions_menu(
    view: QAbstractItemView,
    event: QContextMenuEvent,
    menu_for: Callable[[QModelIndex], QMenu | None],
) -> None:
    """Show ``menu_for``'s menu of the row the event is about, if it has one."""
    index = view.indexAt(event.pos())
    if not index.isValid():
        index = view.currentIndex()
    menu = menu_for(index)
    if menu is not None:
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
