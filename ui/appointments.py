"""Appointments in the window: a group's appointments above its stream, the agenda page
across all groups, and their export as an iCalendar file.

Each appointment is a card: title, when (in the appointment's zone, named when it is not
the computer's), place, online link, organiser, the answers counted and named, and buttons
to answer yes, maybe or no with an optional comment; its organiser can change or cancel it.
Everything is read on a worker (``client.reads.appointments``) and written through the
account's commands as a write operation; server text is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from client.agenda import MAX_COMMENT, MAYBE, NO, YES, AppointmentItem, Draft, in_zone
from client.changes import Changes
from client.clock import utcnow
from client.ics import file_name, to_ics
from client.reads import appointments as reads
from ui import icons, plain
from ui.appointmentdialog import AppointmentDialog, local_zone_name
from ui.context import AccountSession, AppContext
from ui.ops import Op


def _date_text(value: datetime) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def when_text(item: AppointmentItem, local_zone: str) -> str:
    """When, as the card shows it: days for an all-day appointment, else times in its zone."""
    d = item.draft
    if d.all_day:
        first, last = _date_text(d.starts_at), _date_text(d.ends_at)
        return first if first == last else f"{first} \N{EN DASH} {last}"
    start, end = in_zone(d.starts_at, d.timezone), in_zone(d.ends_at, d.timezone)
    until = f"{end:%H:%M}" if end.date() == start.date() else f"{_date_text(end)} {end:%H:%M}"
    text = f"{_date_text(start)} {start:%H:%M} \N{EN DASH} {until}"
    return text if d.timezone == local_zone else f"{text} ({d.timezone})"


def write_ics(path: Path, items: Sequence[AppointmentItem]) -> Path:
    """The iCalendar file of ``items`` at ``path`` (on a worker: icalendar loads there)."""
    path.write_bytes(to_ics(items, utcnow()))
    return path


class AppointmentCard(QFrame):
    """One appointment with its answers and what the user can do with it."""

    answer_requested = Signal(object, str, str)  # AppointmentItem, answer, comment
    edit_requested = Signal(object)  # AppointmentItem
    cancel_requested = Signal(object)
    export_requested = Signal(object)

    def __init__(
        self,
        item: AppointmentItem,
        local_zone: str,
        parent: QWidget | None = None,
        *,
        with_group: bool = False,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("appointmentCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Appointment: %1").replace("%1", item.draft.title))
        d = item.draft
        self.title = plain.label(self, d.title)
        self.title.setObjectName("appointmentTitle")
        self.title.setWordWrap(True)
        self.state = plain.label(self)
        self.state.setObjectName("appointmentState")
        if item.cancelled:
            self.state.setText(self.tr("Cancelled"))
        elif item.pending:
            self.state.setText(self.tr("Waiting to be sent"))
        self.state.setVisible(bool(self.state.text()))
        self.when = plain.label(self, when_text(item, local_zone))
        self.when.setAccessibleName(self.tr("When"))
        details = []
        if with_group:
            details.append(self.tr("Group: %1").replace("%1", item.group_name))
        if d.place:
            details.append(self.tr("Place: %1").replace("%1", d.place))
        details.append(self.tr("Organised by %1").replace("%1", item.organiser_name))
        self.details = plain.label(self, "\n".join(details))
        self.details.setWordWrap(True)
        self.description = plain.label(self, d.description)
        self.description.setWordWrap(True)
        self.description.setVisible(bool(d.description))
        self.answers = plain.label(self, self._answers_text())
        self.answers.setObjectName("appointmentAnswers")
        self.answers.setWordWrap(True)
        self.answers.setAccessibleName(self.tr("Answers"))
        self.answers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.yes = QPushButton(self.tr("&Yes"), self)
        self.maybe = QPushButton(self.tr("Mayb&e"), self)
        self.no = QPushButton(self.tr("N&o"), self)
        self.choice = QButtonGroup(self)
        self.choice.setExclusive(True)
        for button, answer, name in (
            (self.yes, YES, self.tr("Answer yes")),
            (self.maybe, MAYBE, self.tr("Answer maybe")),
            (self.no, NO, self.tr("Answer no")),
        ):
            button.setCheckable(True)
            button.setChecked(item.my_answer == answer)
            button.setAccessibleName(name)
            button.setEnabled(not item.cancelled)
            button.clicked.connect(partial(self._on_answer_clicked, answer))
            self.choice.addButton(button)
        self.comment = QLineEdit(self)
        self.comment.setMaxLength(MAX_COMMENT)
        self.comment.setPlaceholderText(self.tr("Comment (optional)"))
        self.comment.setAccessibleName(self.tr("Comment with the answer"))
        self.comment.setEnabled(not item.cancelled)
        mine = next((a for a in item.answers if a.answer == item.my_answer), None)
        if mine is not None:
            self.comment.setText(mine.comment)
        self.link_button = QPushButton(self.tr("Open &link"), self)
        self.link_button.setAccessibleName(self.tr("Open the online link"))
        self.link_button.setToolTip(plain.tooltip(d.link))
        self.link_button.setVisible(bool(d.link))
        self.link_button.clicked.connect(self._on_link_button_clicked)
        self.export_button = QPushButton(self.tr("E&xport (.ics) …"), self)
        self.export_button.setAccessibleName(self.tr("Export the appointment as a calendar file"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.edit_button = QPushButton(self.tr("&Change …"), self)
        self.edit_button.setAccessibleName(self.tr("Change the appointment"))
        self.cancel_button = QPushButton(self.tr("Ca&ncel appointment …"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the appointment"))
        for button in (self.edit_button, self.cancel_button):
            button.setVisible(item.mine and not item.cancelled)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.state)
        answer_row = QHBoxLayout()
        for widget in (self.yes, self.maybe, self.no):
            answer_row.addWidget(widget)
        answer_row.addWidget(self.comment, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.link_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        for text in (self.when, self.details, self.description, self.answers):
            layout.addWidget(text)
        layout.addLayout(answer_row)
        layout.addLayout(actions)

    def _answers_text(self) -> str:
        item = self.item
        lines = [
            self.tr("Yes %1 · Maybe %2 · No %3")
            .replace("%1", str(item.count(YES)))
            .replace("%2", str(item.count(MAYBE)))
            .replace("%3", str(item.count(NO)))
        ]
        for answer, label in (
            (YES, self.tr("Yes: %1")),
            (MAYBE, self.tr("Maybe: %1")),
            (NO, self.tr("No: %1")),
        ):
            names = [
                a.name + (f" ({a.comment})" if a.comment else "")
                for a in item.answers
                if a.answer == answer
            ]
            if names:
                lines.append(label.replace("%1", ", ".join(names)))
        return "\n".join(lines)

    def _on_answer_clicked(self, answer: str) -> None:
        self.answer_requested.emit(self.item, answer, self.comment.text())

    def _on_link_button_clicked(self) -> None:
        url = QUrl(self.item.draft.link)
        if url.scheme().lower() in ("http", "https"):  # checked when it arrived; still
            QDesktopServices.openUrl(url)

    def _on_export_button_clicked(self) -> None:
        self.export_requested.emit(self.item)

    def _on_edit_button_clicked(self) -> None:
        self.edit_requested.emit(self.item)

    def _on_cancel_button_clicked(self) -> None:
        self.cancel_requested.emit(self.item)


class AppointmentActions(QObject):
    """What the cards ask for, carried out for one account: answers, changes,
    cancellations and exports, each as an operation off the GUI thread."""

    exported = Signal(str)  # the file written

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self.account: AccountSession | None = None
        self.dialog: AppointmentDialog | None = None
        self.box: QMessageBox | None = None

    def connect_card(self, card: AppointmentCard) -> None:
        card.answer_requested.connect(self.answer)
        card.edit_requested.connect(self.edit)
        card.cancel_requested.connect(self.ask_cancel)
        card.export_requested.connect(self._on_card_export_requested)

    def _write(self, fn: Callable[[], Changes]) -> None:
        if self.account is None:
            return
        Op(self._ctx.ops, fn, writes=True, account=self.account.user_id, parent=self).success(
            partial(self._ctx.hub.announce, self.account.user_id)
        ).run()

    def answer(self, item: AppointmentItem, answer: str, comment: str) -> None:
        if self.account is not None:
            self._write(partial(self.account.commands.answer_appointment, item.id, answer, comment))

    def create(self, group_id: str, group_name: str) -> AppointmentDialog:
        return self._open_dialog(group_name, None, partial(self._create, group_id))

    def edit(self, item: AppointmentItem) -> AppointmentDialog:
        return self._open_dialog(item.group_name, item.draft, partial(self._change, item.id))

    def _open_dialog(
        self, group_name: str, draft: Draft | None, save: Callable[[Draft], None]
    ) -> AppointmentDialog:
        dialog = AppointmentDialog(group_name, draft, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: save(dialog.result_draft) if dialog.result_draft else None)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None

    def _create(self, group_id: str, draft: Draft) -> None:
        if self.account is not None:
            self._write(partial(self.account.commands.create_appointment, group_id, draft))

    def _change(self, appointment_id: str, draft: Draft) -> None:
        if self.account is not None:
            self._write(partial(self.account.commands.change_appointment, appointment_id, draft))

    def ask_cancel(self, item: AppointmentItem) -> QMessageBox:
        box = plain.message_box(
            self._parent,
            QMessageBox.Icon.Question,
            self.tr("Cancel appointment"),
            self.tr("Cancel “%1” for everyone in the group?").replace("%1", item.draft.title),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(partial(self.cancel, item))
        box.destroyed.connect(self._on_box_destroyed)
        self.box = box
        box.open()
        return box

    def _on_box_destroyed(self) -> None:
        self.box = None

    def cancel(self, item: AppointmentItem) -> None:
        if self.account is not None:
            self._write(partial(self.account.commands.cancel_appointment, item.id))

    def _on_card_export_requested(self, item: AppointmentItem) -> None:
        self.ask_export([item], file_name(item))

    def ask_export(self, items: Sequence[AppointmentItem], suggested: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export as a calendar file"),
            str(Path.home() / suggested),
            self.tr("Calendar files (*.ics)"),
        )
        if path:
            self.export(Path(path), items)

    def export(self, path: Path, items: Sequence[AppointmentItem]) -> None:
        Op(self._ctx.ops, partial(write_ics, path, list(items)), parent=self).success(
            lambda written: self.exported.emit(str(written))
        ).run()


class AppointmentList(QWidget):
    """Cards, one under the other."""

    def __init__(
        self,
        actions: AppointmentActions,
        parent: QWidget | None = None,
        *,
        with_group: bool = False,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._with_group = with_group
        self.cards: list[AppointmentCard] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_items(self, items: Sequence[AppointmentItem]) -> None:
        for card in self.cards:
            card.deleteLater()
        zone = local_zone_name()
        self.cards = [
            AppointmentCard(item, zone, self, with_group=self._with_group) for item in items
        ]
        for card in self.cards:
            self._actions.connect_card(card)
            self._layout.addWidget(card)


def _scrolling(inner: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    return area


class GroupAppointments(QWidget):
    """A group's appointments, over its stream, and the button for a new one (which the
    page puts in its header)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupAppointments")
        self._ctx = ctx
        self.account: AccountSession | None = None
        self.group_id: str | None = None
        self._group_name = ""
        self.handler = AppointmentActions(ctx, self)
        # What counts as now: the screenshots show the sample region as of its own day.
        self.clock: Callable[[], datetime] = utcnow
        self.new_button = QPushButton(self.tr("New &appointment …"), self)
        icons.set_icon(self.new_button, "calendar")
        self.new_button.setAccessibleName(self.tr("New appointment in this group"))
        self.list = AppointmentList(self.handler, self)
        self.area = _scrolling(self.list, self)
        self.area.setAccessibleName(self.tr("Appointments of the group"))
        self.area.setMaximumHeight(260)
        self.area.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        ctx.hub.changed.connect(self._on_hub_changed)

    def show_group(self, account: AccountSession, group_id: str, name: str) -> None:
        self.account, self.group_id, self._group_name = account, group_id, name
        self.handler.account = account
        self.list.set_items(())
        self.area.hide()
        self.reload()

    def reload(self) -> None:
        if self.account is None or self.group_id is None:
            return
        key = (self.account.user_id, self.group_id)
        Op(
            self._ctx.ops,
            partial(reads.of_group, self.account.replica, self.group_id, self.clock()),
            parent=self,
        ).success(partial(self._on_loaded, key)).run()

    def _on_loaded(self, key: tuple[str, str], items: list[AppointmentItem]) -> None:
        if self.account is None or key != (self.account.user_id, self.group_id):
            return  # another group meanwhile
        self.list.set_items(items)
        self.area.setVisible(bool(items))

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if self.account is not None and user_id == self.account.user_id:
            if self.group_id in changes.groups:
                self.reload()

    def _on_new_button_clicked(self) -> None:
        if self.group_id is not None:
            self.handler.create(self.group_id, self._group_name)


class AgendaPage(QWidget):
    """Every group's appointments: upcoming soonest first, past ones folded away."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPage")
        self._ctx = ctx
        self.account: AccountSession | None = None
        self.handler = AppointmentActions(ctx, self)
        self.clock: Callable[[], datetime] = utcnow  # as in a group's strip
        self._upcoming: list[AppointmentItem] = []
        self._past: list[AppointmentItem] = []
        self.title = QLabel(self.tr("Agenda"), self)
        self.title.setObjectName("paneTitle")
        self.export_button = QPushButton(self.tr("Export a&genda (.ics) …"), self)
        self.export_button.setAccessibleName(self.tr("Export the upcoming appointments"))
        self.empty = QLabel(self.tr("No upcoming appointments."), self)
        self.empty.setObjectName("emptyState")
        self.upcoming = AppointmentList(self.handler, self, with_group=True)
        self.upcoming.setAccessibleName(self.tr("Upcoming appointments"))
        self.past_button = QToolButton(self)
        self.past_button.setCheckable(True)
        self.past_button.setArrowType(Qt.ArrowType.RightArrow)
        self.past_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.past_button.setAccessibleName(self.tr("Show past appointments"))
        self.past = AppointmentList(self.handler, self, with_group=True)
        self.past.setAccessibleName(self.tr("Past appointments"))
        self.past.hide()
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addWidget(self.empty)
        column.addWidget(self.upcoming)
        column.addWidget(self.past_button)
        column.addWidget(self.past)
        column.addStretch(1)
        for widget in (self.empty, self.upcoming, self.past_button, self.past):
            widget.setParent(inner)
        self.area = _scrolling(inner, self)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 12, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.area, 1)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.past_button.toggled.connect(self._on_past_button_toggled)
        ctx.hub.changed.connect(self._on_hub_changed)
        self._set_past_count(0)

    def show_account(self, account: AccountSession) -> None:
        self.account = account
        self.handler.account = account
        self.reload()

    def reload(self) -> None:
        if self.account is None:
            return
        user_id = self.account.user_id
        Op(
            self._ctx.ops, partial(reads.agenda, self.account.replica, self.clock()), parent=self
        ).success(partial(self._on_loaded, user_id)).run()

    def _on_loaded(self, user_id: str, agenda: reads.Agenda) -> None:
        if self.account is None or self.account.user_id != user_id:
            return
        self._upcoming = agenda.upcoming
        self._past = agenda.past
        self.upcoming.set_items(agenda.upcoming)
        # Folded away, the past costs no widgets until it is unfolded.
        self.past.set_items(agenda.past if self.past_button.isChecked() else ())
        self.empty.setVisible(not agenda.upcoming)
        self.export_button.setEnabled(bool(agenda.upcoming))
        self._set_past_count(len(agenda.past))

    def _set_past_count(self, count: int) -> None:
        self.past_button.setText(self.tr("Past appointments (%1)").replace("%1", str(count)))
        self.past_button.setVisible(count > 0)

    def _on_past_button_toggled(self, shown: bool) -> None:
        self.past.set_items(self._past if shown else ())
        self.past.setVisible(shown)
        self.past_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.past_button.setAccessibleName(
            self.tr("Hide past appointments") if shown else self.tr("Show past appointments")
        )

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if self.account is not None and user_id == self.account.user_id and changes.groups:
            if self.isVisible():
                self.reload()

    def _on_export_button_clicked(self) -> None:
        self.handler.ask_export(self._upcoming, file_name(None))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # what changed while it was hidden
