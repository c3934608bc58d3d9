"""The dialog that creates or changes an appointment of a group.

Every field has a label with a mnemonic and an accessible name, Tab walks them in order
(also out of the description), Enter saves and Esc closes. Times are entered as wall-clock
times in the chosen IANA zone (the computer's own at first) and kept in UTC
(``client.agenda``); an all-day appointment has days only.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from client.agenda import (
    MAX_TITLE,
    AppointmentError,
    Draft,
    checked,
    day,
    in_zone,
    to_utc,
    zone,
)
from ui import plain

DATE_FORMAT = "yyyy-MM-dd"
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


def local_zone_name() -> str:
    """The computer's IANA zone, UTC if it has none that Python knows."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        zone(name)
    except AppointmentError:
        return "UTC"
    return name


def _zone_names() -> list[str]:
    from zoneinfo import available_timezones

    return sorted(n for n in available_timezones() if "/" in n or n == "UTC")


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _wall(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class AppointmentDialog(QDialog):
    """Create (``draft`` None) or change an appointment; ``result_draft`` after accept."""

    def __init__(
        self, group_name: str, draft: Draft | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        title = self.tr("New appointment") if draft is None else self.tr("Change appointment")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.result_draft: Draft | None = None
        self.group = plain.label(self, group_name)
        self.group.setAccessibleName(self.tr("Group"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.all_day = QCheckBox(self.tr("&All day"), self)
        self.all_day.setAccessibleName(self.tr("All day"))
        self.all_day.setToolTip(
            self.tr(
                "Treffpunkt reminds you at 08:00 on the first day; "
                "of other appointments 15 minutes before they start"
            )
        )
        self.start_edit = QDateTimeEdit(self)
        self.start_edit.setAccessibleName(self.tr("Start"))
        self.end_edit = QDateTimeEdit(self)
        self.end_edit.setAccessibleName(self.tr("End"))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_TIME_FORMAT)
        self.zone_box = QComboBox(self)
        self.zone_box.setEditable(True)
        self.zone_box.setAccessibleName(self.tr("Time zone"))
        self.zone_box.addItems(_zone_names())
        completer = QCompleter(self.zone_box.model(), self.zone_box)
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        self.zone_box.setCompleter(completer)
        self.place_edit = QLineEdit(self)
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.link_edit = QLineEdit(self)
        self.link_edit.setAccessibleName(self.tr("Online link"))
        self.link_edit.setPlaceholderText("https://")
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.error = plain.label(self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        form.addRow(self.tr("Group:"), self.group)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow("", self.all_day)
        form.addRow(self.tr("&Start:"), self.start_edit)
        form.addRow(self.tr("&End:"), self.end_edit)
        form.addRow(self.tr("Time &zone:"), self.zone_box)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("Online &link:"), self.link_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.all_day.toggled.connect(self._on_all_day_toggled)
        self._length = timedelta(hours=1)
        self.start_edit.dateTimeChanged.connect(self._on_start_edit_date_time_changed)
        self.end_edit.dateTimeChanged.connect(self._on_end_edit_date_time_changed)
        self._fill(draft)

    def _fill(self, draft: Draft | None) -> None:
        if draft is None:  # tomorrow at ten, for an hour
            zone_name = local_zone_name()
            tomorrow = datetime.now() + timedelta(days=1)
            begins = to_utc(tomorrow.replace(hour=10, minute=0, second=0, microsecond=0), zone_name)
            draft = Draft("", begins, begins + timedelta(hours=1), timezone=zone_name)
        self.title_edit.setText(draft.title)
        self.zone_box.setCurrentText(draft.timezone)
        if draft.all_day:
            first, last = draft.starts_at, draft.ends_at
        else:
            first = in_zone(draft.starts_at, draft.timezone).replace(tzinfo=None)
            last = in_zone(draft.ends_at, draft.timezone).replace(tzinfo=None)
        self._length = last - first
        self.start_edit.setDateTime(_qdatetime(first))
        self.end_edit.setDateTime(_qdatetime(last))
        self.all_day.setChecked(draft.all_day)
        self._on_all_day_toggled(draft.all_day)
        self.place_edit.setText(draft.place)
        self.link_edit.setText(draft.link)
        self.description_edit.setPlainText(draft.description)

    def _on_all_day_toggled(self, on: bool) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(DATE_FORMAT if on else DATE_TIME_FORMAT)
        self.zone_box.setEnabled(not on)

    def _on_start_edit_date_time_changed(self, _: QDateTime) -> None:
        # Moving the start moves the end with it, as calendars do.
        if self._length >= timedelta(0):
            self.end_edit.setDateTime(_qdatetime(_wall(self.start_edit) + self._length))

    def _on_end_edit_date_time_changed(self, _: QDateTime) -> None:
        self._length = _wall(self.end_edit) - _wall(self.start_edit)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def draft(self) -> Draft | None:
        """What the fields say, checked; None (and the problem shown) if it cannot be kept."""
        start, end = _wall(self.start_edit), _wall(self.end_edit)
        zone_name = self.zone_box.currentText().strip()
        if not self.title_edit.text().strip():
            self._show_error(self.tr("Give the appointment a title."))
            return None
        if self.all_day.isChecked():
            start, end, zone_name = day(start.date()), day(end.date()), "UTC"
        else:
            try:
                zone(zone_name)
            except AppointmentError:
                self._show_error(self.tr("Choose a time zone from the list."))
                return None
            start, end = to_utc(start, zone_name), to_utc(end, zone_name)
        if end < start:
            self._show_error(self.tr("The end is before the start."))
            return None
        try:
            return checked(
                Draft(
                    title=self.title_edit.text(),
                    starts_at=start,
                    ends_at=end,
                    all_day=self.all_day.isChecked(),
                    timezone=zone_name,
                    place=self.place_edit.text(),
                    link=self.link_edit.text(),
                    description=self.description_edit.toPlainText(),
                )
            )
        except AppointmentError as exc:
            if "link" in str(exc):
                self._show_error(self.tr("The online link must start with https:// or http://."))
            else:
                self._show_error(
                    self.tr("An appointment lasts a year at most, between 1970 and 2099.")
                )
            return None

    def accept(self) -> None:
        found = self.draft()
        if found is None:
            return
        self.result_draft = found
        super().accept()
