"""Lazy lists over keyset pages, and the page that shows one (people: ``ui.people``;
documents have a tree of their own: ``ui.documents``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from client.changes import Changes
from client.reads import PAGE_SIZE
from ui import icons
from ui.context import AccountSession, AppContext
from ui.ops import Op

if TYPE_CHECKING:
    from client.store import Replica

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 20


class _Keyed(Protocol):
    @property
    def key(self) -> Any: ...


R = TypeVar("R", bound=_Keyed)
T = TypeVar("T")


class TableModel(QAbstractTableModel, Generic[T]):
    """Rows under column headers (a member list, an activity table); subclasses give
    ``data``."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self._rows: list[T] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None


class KeysetListModel(QAbstractListModel, Generic[R]):
    """A flat list read page by page with ``page(replica, after_key, limit)``."""

    page_loaded = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        account: AccountSession,
        page: Callable[[Replica, Any, int], list[R]],
        display: Callable[[R], str],
        icon: str,
        *,
        refresh_on: Callable[[Changes], bool],
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.account = account
        self._page = page
        self._display = display
        self._icon = icon  # tinted when painted: the palette may change meanwhile
        self._refresh_on = refresh_on
        self.page_size = page_size
        self._rows: list[R] = []
        self._exhausted = False
        self._loading = False
        # True between begin…Rows and end…Rows: a view (or the model tester) asking for
        # more from inside those signals must not start a nested change.
        self._changing = False
        self._generation = 0
        ctx.hub.changed.connect(self._on_hub_changed)

    def row(self, row: int) -> R:
        return self._rows[row]

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._exhausted
            and not self._loading
            and not self._changing
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        after = self._rows[-1].key if self._rows else None
        Op(
            self._ctx.ops,
            partial(self._page, self.account.replica, after, self.page_size),
            parent=self,
        ).success(partial(self._on_page_loaded, self._generation)).run()

    def _on_page_loaded(self, generation: int, rows: list[R]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if len(rows) < self.page_size:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self._changing = True
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
            self._changing = False
        self.page_loaded.emit(len(rows))

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if user_id == self.account.user_id and self._refresh_on(changes):
            # Lists of people and documents change rarely and in bulk: start again.
            self.restart()

    def restart(self) -> None:
        """Forget every row and read the first page again (a page still on its way is
        dropped when it arrives: it belongs to the old generation)."""
        self._generation += 1
        self._changing = True
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self._changing = False
        self.fetchMore()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon(self._icon)
        if role == ROW_ROLE:
            return item
        return None


class ListPage(QWidget):
    """A titled lazy list; choosing an entry emits its row value."""

    chosen = Signal(object)

    def __init__(self, title: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        self.title.setObjectName("paneTitle")
        self.view = QListView(self)
        self.view.setAccessibleName(accessible)
        self.view.setObjectName("list")
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self.view.activated.connect(self._on_view_activated)
        self.view.clicked.connect(self._on_view_activated)
        self.model: QAbstractListModel | None = None

    def set_model(self, model: KeysetListModel[Any]) -> None:
        old = self.model
        self.model = model
        self.view.setModel(model)
        if old is not None:
            old.deleteLater()
        model.fetchMore()

    def _on_view_activated(self, index: QModelIndex) -> None:
        item = index.data(ROW_ROLE)
        if item is not None:
            self.chosen.emit(item)
