"""The activity page: how alive a group, or an organisation's groups, are.

A chart of posts and comments per week (drawn with QPainter), a summary line (active
members, open questions, the median time to a first answer, quiet groups), and three
sortable tables: the groups, the open questions by age, the active members. The table on
show exports as CSV (``client.csvexport``, which guards cells against formulas). The
figures are read on a worker from the replica alone (``client.reads.activity``), so the
page works offline. Built when first shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.clock import utcnow
from client.csvexport import write_csv
from client.reads import activity as reads
from client.rows import Activity, GroupActivity, WeekActivity
from client.text import clean_name
from ui import plain, timefmt
from ui.context import AccountSession, AppContext
from ui.lists import TableModel
from ui.ops import Op

if TYPE_CHECKING:
    from client.changes import Changes

AnyIndex = QModelIndex | QPersistentModelIndex
GROUP, ORGANISATION = "group", "organisation"
# The value a cell sorts by, and the value it exports (a number stays a number).
SORT_ROLE = Qt.ItemDataRole.UserRole + 41
QUIET_NAMED = 4  # quiet groups named in the summary; the table lists them all


@dataclass(frozen=True)
class Cell:
    text: str
    value: object  # sorts and exports


class ActivityTable(TableModel[list[Cell]]):
    """Rows of cells under headers, sortable by any column."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[list[Cell]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        if self._sorted is not None:  # new figures keep the order the header shows
            self.sort(*self._sorted)

    def export_rows(self) -> list[list[object]]:
        return [[c.value if c.value is not None else "" for c in row] for row in self._rows]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.headers[index.column()]}: {cell.text}"
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(cell.value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return cell.value
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.headers):
            return
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(p.row(), p.column()) for p in persistent]
        rows = list(enumerate(self._rows))

        def key(item: tuple[int, list[Cell]]) -> tuple[int, object, str]:
            value = item[1][column].value
            if value is None:  # empty cells last, either way
                return (1, 0, "")
            if isinstance(value, str):
                return (0, value.casefold(), "")
            return (0, value, "")

        present = [r for r in rows if r[1][column].value is not None]
        empty = [r for r in rows if r[1][column].value is None]
        present.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        rows = present + empty
        self._rows = [r for _, r in rows]
        moved = {old: new for new, (old, _) in enumerate(rows)}
        self.changePersistentIndexList(
            persistent, [self.index(moved.get(r, r), c) for r, c in before]
        )
        self.layoutChanged.emit()


class WeekChart(QWidget):
    """Posts and comments per week as stacked bars, the current week on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityChart")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumHeight(140)
        self.weeks: tuple[WeekActivity, ...] = ()

    def set_weeks(self, weeks: tuple[WeekActivity, ...], description: str) -> None:
        self.weeks = weeks
        self.setAccessibleDescription(description)
        self.setToolTip(plain.tooltip(description))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 160)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        area = self.rect().adjusted(8, 8, -8, -22)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if not self.weeks or area.width() <= 0 or area.height() <= 0:
            return
        top = max((w.posts + w.comments for w in self.weeks), default=0) or 1
        slot = area.width() / len(self.weeks)
        bar = max(1, int(slot * 0.7))
        posts = palette.color(QPalette.ColorRole.Highlight)
        comments = QColor(posts)
        comments.setAlpha(110)
        for i, week in enumerate(self.weeks):
            x = area.left() + int(i * slot + (slot - bar) / 2)
            post_h = round(area.height() * week.posts / top)
            comment_h = round(area.height() * week.comments / top)
            painter.fillRect(QRect(x, area.bottom() - post_h, bar, post_h), posts)
            painter.fillRect(QRect(x, area.bottom() - post_h - comment_h, bar, comment_h), comments)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        first, last = self.weeks[0].start, self.weeks[-1].start
        label = area.bottom() + 4
        painter.drawText(
            QRect(area.left(), label, area.width(), 18),
            int(Qt.AlignmentFlag.AlignLeft),
            timefmt.to_local(first).date().toString(Qt.DateFormat.ISODate),
        )
        painter.drawText(
            QRect(area.left(), label, area.width(), 18),
            int(Qt.AlignmentFlag.AlignRight),
            timefmt.to_local(last).date().toString(Qt.DateFormat.ISODate),
        )
        painter.drawText(
            QRect(area.left(), area.top(), area.width(), 18),
            int(Qt.AlignmentFlag.AlignRight),
            str(top),
        )


def _table(model: ActivityTable, name: str, parent: QWidget, sort_by: int) -> QTableView:
    """A sortable table whose first column (the names) takes the room; sorted at first by
    ``sort_by``, largest first."""
    from PySide6.QtWidgets import QHeaderView

    view = QTableView(parent)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_by, Qt.SortOrder.DescendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setAccessibleName(name)
    return view


class ActivityPage(QWidget):
    """A group's or an organisation's activity."""

    loaded = Signal()
    exported = Signal(str)  # the file written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityPage")
        self._ctx = ctx
        self.account: AccountSession | None = None
        self.scope: tuple[str, str] = ("", "")  # GROUP or ORGANISATION, its id
        self.name = ""
        self.activity: Activity | None = None
        self.clock: Callable[[], datetime] = utcnow  # the benchmark's replica ends in the past
        self.title = plain.label(self)
        self.title.setObjectName("paneTitle")
        self.summary = plain.label(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.summary.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.chart = WeekChart(self)
        self.chart.setAccessibleName(self.tr("Posts and comments per week"))
        self.groups = ActivityTable(
            (
                self.tr("Group"),
                self.tr("Posts"),
                self.tr("Comments"),
                self.tr("Active members"),
                self.tr("Open questions"),
                self.tr("Last activity"),
                self.tr("Quiet"),
            ),
            self,
        )
        self.questions = ActivityTable(
            (self.tr("Question"), self.tr("Group"), self.tr("Asked by"), self.tr("Age (days)")),
            self,
        )
        self.members = ActivityTable(
            (self.tr("Member"), self.tr("Posts"), self.tr("Comments")), self
        )
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Activity tables"))
        self.group_view = _table(self.groups, self.tr("Groups"), self.tabs, 1)
        self.question_view = _table(self.questions, self.tr("Open questions"), self.tabs, 3)
        self.member_view = _table(self.members, self.tr("Active members"), self.tabs, 1)
        self.tabs.addTab(self.group_view, self.tr("&Groups"))
        self.tabs.addTab(self.question_view, self.tr("&Open questions"))
        self.tabs.addTab(self.member_view, self.tr("Active &members"))
        self.export_button = QPushButton(self.tr("&Export table as CSV …"), self)
        self.export_button.setAccessibleName(self.tr("Export the table on show as CSV"))
        self.export_button.setEnabled(False)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 12, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        chart_label = QLabel(self.tr("Posts (dark) and comments (light) per week"), self)
        chart_label.setBuddy(self.chart)
        layout.addWidget(chart_label)
        layout.addWidget(self.chart)
        layout.addWidget(self.tabs, 1)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        ctx.hub.changed.connect(self._on_hub_changed)

    def show_group(self, account: AccountSession, group_id: str, name: str) -> None:
        self._show(account, (GROUP, group_id), name)

    def show_organisation(self, account: AccountSession, organisation_id: str, name: str) -> None:
        self._show(account, (ORGANISATION, organisation_id), name)

    def _show(self, account: AccountSession, scope: tuple[str, str], name: str) -> None:
        if (self.account, self.scope) != (account, scope):
            self.activity = None
            for model in (self.groups, self.questions, self.members):
                model.set_rows([])
        self.account, self.scope, self.name = account, scope, clean_name(name)
        self.title.setText(self.tr("Activity: %1").replace("%1", self.name))
        self.tabs.setTabVisible(0, scope[0] == ORGANISATION)
        self.reload()

    def reload(self) -> None:
        if self.account is None:
            return
        read: Callable[..., Activity] = (
            reads.group_activity if self.scope[0] == GROUP else reads.organisation_activity
        )
        key = (self.account.user_id, self.scope)
        Op(
            self._ctx.ops,
            partial(read, self.account.replica, self.scope[1], self.clock()),
            parent=self,
        ).success(partial(self._on_loaded, key)).run()

    def _on_loaded(self, key: tuple[str, tuple[str, str]], activity: Activity) -> None:
        if self.account is None or key != (self.account.user_id, self.scope):
            return
        self.activity = activity
        self.summary.setText(self.summary_text(activity))
        self.chart.set_weeks(activity.weeks, self._chart_text(activity))
        self.groups.set_rows([self._group_cells(g, activity.now) for g in activity.groups])
        self.questions.set_rows(
            [
                [
                    Cell(q.title, q.title),
                    Cell(q.group_name, q.group_name),
                    Cell(q.author_name, q.author_name),
                    Cell(str((activity.now - q.asked_at).days), (activity.now - q.asked_at).days),
                ]
                for q in activity.open_questions
            ]
        )
        self.members.set_rows(
            [
                [
                    Cell(m.name, m.name),
                    Cell(str(m.posts), m.posts),
                    Cell(str(m.comments), m.comments),
                ]
                for m in activity.members
            ]
        )
        self.export_button.setEnabled(True)
        self.loaded.emit()

    def _group_cells(self, g: GroupActivity, now: datetime) -> list[Cell]:
        last = g.last_activity
        return [
            Cell(g.name, g.name),
            Cell(str(g.posts), g.posts),
            Cell(str(g.comments), g.comments),
            Cell(str(g.active_members), g.active_members),
            Cell(str(g.open_questions), g.open_questions),
            Cell(
                timefmt.relative(last, now) if last else self.tr("never"), last and last.isoformat()
            ),
            Cell(self.tr("quiet") if g.quiet else "", 1 if g.quiet else 0),
        ]

    def summary_text(self, activity: Activity) -> str:
        median = activity.median_first_answer
        if median is None:
            wait = self.tr("no answered questions yet")
        elif median < 2 * 86400:
            wait = self.tr("%n hour(s)", "", max(1, round(median / 3600)))
        else:
            wait = self.tr("%n day(s)", "", round(median / 86400))
        quiet = [g.name for g in activity.groups if g.quiet]
        text = (
            self.tr(
                "%1 active members in the last %2 days; %3 open questions; "
                "median time to a first answer: %4."
            )
            .replace("%1", str(len(activity.members)))
            .replace("%2", str(reads.ACTIVE_DAYS))
            .replace("%3", str(activity.open_count))
            .replace("%4", wait)
        )
        if self.scope[0] == ORGANISATION and quiet:
            shown = ", ".join(quiet[:QUIET_NAMED]) + (" …" if len(quiet) > QUIET_NAMED else "")
            text += " " + self.tr("%n quiet groups: %1.", "", len(quiet)).replace("%1", shown)
        return text

    def _chart_text(self, activity: Activity) -> str:
        posts = sum(w.posts for w in activity.weeks)
        comments = sum(w.comments for w in activity.weeks)
        busiest = max(activity.weeks, key=lambda w: w.posts + w.comments)
        return (
            self.tr("%1 posts and %2 comments in %3 weeks; the busiest week began on %4.")
            .replace("%1", str(posts))
            .replace("%2", str(comments))
            .replace("%3", str(len(activity.weeks)))
            .replace("%4", timefmt.to_local(busiest.start).date().toString(Qt.DateFormat.ISODate))
        )

    def current_table(self) -> ActivityTable:
        model = self.tabs.currentWidget()
        if isinstance(model, QTableView) and isinstance(model.model(), ActivityTable):
            table = model.model()
            assert isinstance(table, ActivityTable)
            return table
        return self.questions

    def _on_export_button_clicked(self) -> None:
        suggested = f"{self.name or 'activity'} - {self.tabs.tabText(self.tabs.currentIndex())}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export as CSV"),
            str(Path.home() / (suggested.replace("&", "").replace("/", "-") + ".csv")),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        table = self.current_table()
        Op(
            self._ctx.ops,
            partial(write_csv, path, table.headers, table.export_rows()),
            parent=self,
        ).success(lambda _: self.exported.emit(str(path))).failure(self._on_export_failed).run()

    def _on_export_failed(self, error: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = self.tr("The file could not be written: %1").replace("%1", str(error))
        box = plain.message_box(self, QMessageBox.Icon.Warning, self.tr("Export as CSV"), text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if (
            self.account is not None
            and user_id == self.account.user_id
            and (changes.groups or changes.messages)
            and self.isVisible()
        ):
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.activity is not None:
            self.reload()  # what changed while it was hidden
