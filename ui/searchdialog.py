"""Search (Ctrl+K): one box for everything, results grouped by kind, as you type.

Typing restarts a short timer; when it fires, ``client.reads.search.search_page`` runs on a
worker, with snippets for the rows the list shows unscrolled (a document's snippet costs a
read of its text); a second read (``fill_snippets``) brings the others.
Answers to older queries are dropped (each search carries a generation number). Arrow keys
move from the box into the results; Enter opens the current (or first) result. When the
engine corrected a typo, a bar above the results says so ("Showing results for …") with a
button, next in the tab order after the box, that searches for what was typed instead.
"""

from __future__ import annotations

import html
import re
from functools import partial

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from client import search
from client.reads.search import fill_snippets, search_page
from ui import icons, plain
from ui.context import AccountSession, AppContext
from ui.ops import Op
from ui.refguard import top_up_none

AnyIndex = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 30
HTML_ROLE = Qt.ItemDataRole.UserRole + 31
DEBOUNCE_MS = 150

# The icon of each section (``client.search.SECTIONS``).
ICONS = {"people": "people", "posts": "comment", "comments": "comment", "documents": "document"}


class SearchModel(QAbstractItemModel):
    """Two levels: a kind, then its hits (in the engine's order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[search.SearchHit]]] = []
        self._icons = ICONS  # tinted when painted

    def _title(self, name: str) -> str:
        return {
            "people": self.tr("People"),
            "posts": self.tr("Posts and questions"),
            "comments": self.tr("Comments"),
            "documents": self.tr("Documents"),
        }[name]

    def set_hits(self, hits: list[search.SearchHit]) -> None:
        self.beginResetModel()
        # The kind with the best hit comes first (hits arrive best first).
        self._groups = [
            (name, [hits[i] for i in members])
            for name, members in search.sections([h.kind for h in hits])
        ]
        self.endResetModel()

    def update_hits(self, hits: list[search.SearchHit]) -> None:
        """The same hits again, now with their snippets: rows are updated, not rebuilt, so
        that the current row and the scroll position stay."""
        fresh = {(h.kind, h.id): h for h in hits}
        for row, (_, mine) in enumerate(self._groups):
            mine[:] = [fresh.get((h.kind, h.id), h) for h in mine]
            parent = self.index(row, 0)
            self.dataChanged.emit(self.index(0, 0, parent), self.index(len(mine) - 1, 0, parent))

    def hit_count(self) -> int:
        return sum(len(h) for _, h in self._groups)

    def first_hit(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._groups):
            return QModelIndex()
        hits = self._groups[parent.row()][1]
        # Child ids are 1 + the group's row: enough to find the parent again.
        return self.createIndex(row, 0, parent.row() + 1) if row < len(hits) else QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            name, hits = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{self._title(name)} ({len(hits)})"
            if role == Qt.ItemDataRole.DecorationRole:
                return icons.icon(self._icons[name])
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        hit = self._groups[index.internalId() - 1][1][index.row()]
        if role == HIT_ROLE:
            return hit
        place = self._place(hit)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            where = f"{place}: " if place else ""
            return f"{hit.title} — {where}{_plain(hit.snippet)}"
        if role == HTML_ROLE:
            where = f"<i>{plain.escape(place)}</i>: " if place else ""
            return f"<b>{plain.escape(hit.title)}</b><br>{where}{hit.snippet}"
        return None

    def _place(self, hit: search.SearchHit) -> str:
        """Where in a document its snippet is: the page, slide or sheet."""
        if hit.place is None:
            return ""
        kind, label = hit.place
        if kind == "page":
            return self.tr("p. %1").replace("%1", label)
        if kind == "slide":
            return self.tr("slide %1").replace("%1", label)
        if kind == "sheet":
            return self.tr("sheet %1").replace("%1", label)
        return ""


def _plain(snippet: str) -> str:
    return html.unescape(re.sub(r"</?b>", "", snippet))


class RichTextDelegate(QStyledItemDelegate):
    """Paints ``HTML_ROLE`` (escaped text with <b> highlights) of an item, two lines."""

    def _doc(self, option: QStyleOptionViewItem, html: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        # Title and snippet one line each; what does not fit is cut at the edge.
        option_ = QTextOption()
        option_.setWrapMode(QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(option_)
        doc.setHtml(html)
        doc.setTextWidth(width)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        top_up_none()
        html = index.data(HTML_ROLE)
        if not isinstance(html, str):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect
        doc = self._doc(opt, html, rect.width() - 8)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(opt.palette)
        if opt.state & QStyle.StateFlag.State_Selected:
            palette.setColor(
                QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.HighlightedText)
            )
        context.palette = palette
        painter.save()
        painter.translate(rect.left() + 4, rect.top() + 2)
        painter.setClipRect(0, 0, rect.width() - 8, rect.height() - 4)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        if not isinstance(index.data(HTML_ROLE), str):
            return super().sizeHint(option, index)
        line = option.fontMetrics.lineSpacing()
        return QSize(200, 2 * line + 10)


class SearchDialog(QDialog):
    """The search box with its results; emits the hit the user chose."""

    result_chosen = Signal(str, object)  # account, SearchHit
    searched = Signal(int)  # hits shown, after each completed search

    def __init__(self, ctx: AppContext, account: AccountSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search"))
        self.setAccessibleName(self.tr("Search"))
        self._ctx = ctx
        self._account = account
        self._generation = 0
        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Search people, posts, documents …"))
        self.box.setAccessibleName(self.tr("Search for"))
        self.box.setClearButtonEnabled(True)
        search = QAction(self.box)
        icons.set_icon(search, "search")
        self.box.addAction(search, QLineEdit.ActionPosition.LeadingPosition)
        self.model = SearchModel(self)
        self.results = QTreeView(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setItemsExpandable(False)
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setAccessibleName(self.tr("Search status"))
        # Shown when the results are for a corrected query; the button takes it back.
        self.correction_bar = QWidget(self)
        self.correction_bar.setObjectName("searchCorrectionBar")
        self.correction = plain.label(self.correction_bar)  # the query is the user's text
        self.correction.setObjectName("searchCorrection")
        self.correction.setAccessibleName(self.tr("Spelling correction"))
        self.literal = QPushButton(self.correction_bar)
        self.literal.setObjectName("searchLiteral")
        self.literal.setFlat(True)
        self.literal.setAutoDefault(False)  # Enter in the box opens a result, not this
        bar = QHBoxLayout(self.correction_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.correction)
        bar.addWidget(self.literal)
        bar.addStretch(1)
        self.correction_bar.hide()
        self._correct = True  # False after "Search instead for", until the text changes
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.correction_bar)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(640, 480)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.box.textChanged.connect(self._on_box_text_changed)
        self.box.returnPressed.connect(self._on_box_return_pressed)
        self.results.activated.connect(self._on_results_activated)
        self.literal.clicked.connect(self._on_literal_clicked)
        self.setTabOrder(self.box, self.literal)
        self.setTabOrder(self.literal, self.results)
        self.box.installEventFilter(self)
        self.model.modelReset.connect(self.results.expandAll)

    def eventFilter(self, watched: QObject, event: object) -> bool:
        if (
            watched is self.box
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.hit_count():
                self.results.setFocus()
                current = self.results.currentIndex()
                if not current.isValid() or current.internalId() == 0:
                    self.results.setCurrentIndex(self.model.first_hit())
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Typing in the results goes on in the box.
        if self.results.hasFocus() and event.text().isprintable() and event.text():
            self.box.setFocus()
            self.box.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def _on_box_text_changed(self, _text: str) -> None:
        self._correct = True
        self._timer.start()

    def _on_literal_clicked(self) -> None:
        self._correct = False
        self.run_now()
        self.box.setFocus()

    def run_now(self) -> None:
        """Search at once (what the timer does); tests and Enter use it."""
        self._timer.stop()
        self._on_timer_timeout()

    def _on_timer_timeout(self) -> None:
        self._generation += 1
        query = self.box.text()
        if not query.strip():
            self.model.set_hits([])
            self.status.setText("")
            self._show_correction(None)
            self.searched.emit(0)
            return
        find = partial(
            search_page,
            self._account.replica,
            query,
            correct=self._correct,
            snippets=self._rows_shown(),
        )
        Op(self._ctx.ops, find, parent=self).success(
            partial(self._on_search_done, self._generation)
        ).run()

    def _rows_shown(self) -> int:
        """How many results the list shows before it is scrolled (two lines each)."""
        row = 2 * self.results.fontMetrics().lineSpacing() + 10
        return max(1, self.results.viewport().height() // row + 1)

    def _on_search_done(self, generation: int, page: search.SearchPage) -> None:
        if generation != self._generation:
            return  # an answer to what the user typed before
        self.model.set_hits(page.hits)
        self._show_correction(page)
        if page.hits:
            self.results.setCurrentIndex(self.model.first_hit())
            self.status.setText(
                self.tr("%n results", "", len(page.hits)) + ("+" if page.has_more else "")
            )
        else:
            self.status.setText(self.tr("Nothing found. Try fewer or other words."))
        self.searched.emit(len(page.hits))
        if page.later is not None:
            fill = partial(fill_snippets, self._account.replica, page)
            Op(self._ctx.ops, fill, parent=self).success(
                partial(self._on_snippets_done, generation)
            ).run()

    def _on_snippets_done(self, generation: int, page: search.SearchPage) -> None:
        if generation == self._generation:
            self.model.update_hits(page.hits)

    def _show_correction(self, page: search.SearchPage | None) -> None:
        if page is None or page.corrected_query is None or page.literal_query is None:
            self.correction_bar.hide()
            return
        self.correction.setText(
            self.tr("Showing results for %1").replace("%1", page.corrected_query.strip())
        )
        # A button's "&" marks its shortcut letter; the typed text's own stay as they are.
        literal = page.literal_query.strip().replace("&", "&&")
        self.literal.setText(self.tr("Search instead for %1").replace("%1", literal))
        self.literal.setAccessibleName(self.literal.text().replace("&&", "&"))
        self.correction_bar.show()

    def _on_box_return_pressed(self) -> None:
        if self._timer.isActive():
            self.run_now()
        index = self.results.currentIndex()
        if not index.isValid() or index.internalId() == 0:
            index = self.model.first_hit()
        self._choose(index)

    def _on_results_activated(self, index: QModelIndex) -> None:
        self._choose(index)

    def _choose(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if isinstance(hit, search.SearchHit):
            self.result_chosen.emit(self._account.user_id, hit)
            self.accept()
