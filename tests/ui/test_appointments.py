"""Appointments in the window, offscreen: the dialog by keyboard, a group's appointments
over its stream with answers counted and named, the agenda page with the past folded
away, the export as a calendar file, and the reminder before one starts."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from client.agenda import Draft, day
from client.clock import utcnow
from client.models import AppointmentAnswer
from devkit import sample, screenshots
from tests.conftest import GROUP, USER
from ui.appointmentdialog import AppointmentDialog
from ui.appointments import AgendaPage, AppointmentCard, GroupAppointments
from ui.context import AccountSession, AppContext
from ui.mainwindow import MainWindow
from ui.reminders import LEAD, ReminderWatcher
from ui.sidebar import NodeKind


def _draft(title: str, hours_from_now: float, length: float = 1.0) -> Draft:
    start = (utcnow() + timedelta(hours=hours_from_now)).replace(second=0, microsecond=0)
    return Draft(title, start, start + timedelta(hours=length), timezone="Europe/Amsterdam")


def _make(account: AccountSession, draft: Draft) -> str:
    return str(account.commands.create_appointment(GROUP, draft).created)


def _open_group(window: MainWindow, qtbot: QtBot) -> GroupAppointments:
    assert window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    strip = window.stream.appointments
    qtbot.waitUntil(lambda: strip.group_id == GROUP)
    return strip


def _cards(widget: QWidget) -> list[AppointmentCard]:
    return [c for c in widget.findChildren(AppointmentCard) if not c.isHidden()]


def test_the_dialog_is_complete_by_keyboard_and_keeps_times_in_utc(qtbot: QtBot) -> None:
    dialog = AppointmentDialog("Jeugd & Gezin")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setFocus()
    # Tab reaches every field, in order, and each has a name for a screen reader.
    fields = [
        dialog.title_edit,
        dialog.all_day,
        dialog.start_edit,
        dialog.end_edit,
        dialog.zone_box,
        dialog.place_edit,
        dialog.link_edit,
        dialog.description_edit,
    ]
    reached: list[QWidget] = []
    widget: QWidget | None = dialog.title_edit
    for _ in range(40):
        assert widget is not None
        reached.append(widget)
        widget = widget.nextInFocusChain()
        if widget is dialog.title_edit:
            break
    for field in fields:
        assert field in reached or field.focusProxy() in reached, field
        assert field.accessibleName()
    assert [reached.index(f) for f in fields if f in reached] == sorted(
        reached.index(f) for f in fields if f in reached
    )
    qtbot.keyClicks(dialog.title_edit, "Intervisie")
    dialog.zone_box.setCurrentText("Europe/Amsterdam")
    dialog.link_edit.setText("javascript:alert(1)")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "https://" in dialog.error.text()
    dialog.link_edit.setText("https://meet.example/x")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    draft = dialog.result_draft
    assert draft is not None and draft.title == "Intervisie" and draft.starts_at.hour == 9
    assert draft.ends_at - draft.starts_at == timedelta(hours=1)  # tomorrow 10:00 in Amsterdam


def test_a_group_shows_its_appointments_with_answers_and_the_buttons_to_answer(
    window: MainWindow, account: AccountSession, qtbot: QtBot
) -> None:
    appointment_id = _make(account, _draft("Fallbesprechung <b>bold</b>", 30))
    strip = _open_group(window, qtbot)
    qtbot.waitUntil(lambda: len(_cards(strip)) == 1)
    [card] = _cards(strip)
    assert card.title.text() == "Fallbesprechung <b>bold</b>"
    assert card.title.textFormat() == Qt.TextFormat.PlainText
    assert card.state.text() == "Waiting to be sent"
    assert card.answers.text().startswith("Yes 0 · Maybe 0 · No 0")
    assert card.edit_button.isVisibleTo(card) and card.cancel_button.isVisibleTo(card)
    for button in (card.yes, card.maybe, card.no, card.comment, card.export_button):
        assert button.accessibleName()
    card.comment.setText("komme später")
    qtbot.mouseClick(card.maybe, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_cards(strip)) and _cards(strip)[0] is not card)
    [card] = _cards(strip)
    assert card.maybe.isChecked()
    assert "Maybe 1" in card.answers.text() and "(komme später)" in card.answers.text()
    with account.replica.session() as session:
        row = session.get(AppointmentAnswer, (GROUP, appointment_id, USER))
        assert row is not None and (row.answer, row.pending) == ("maybe", True)
    # The organiser cancels it: the buttons to answer go.
    box = strip.handler.ask_cancel(card.item)
    box.accept()
    qtbot.waitUntil(lambda: bool(_cards(strip)) and _cards(strip)[0].item.cancelled)
    [card] = _cards(strip)
    assert card.state.text() == "Cancelled" and not card.yes.isEnabled()


def test_the_new_appointment_button_opens_the_dialog_and_saves(
    window: MainWindow, qtbot: QtBot
) -> None:
    strip = _open_group(window, qtbot)
    qtbot.mouseClick(strip.new_button, Qt.MouseButton.LeftButton)
    dialog = strip.handler.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.title_edit.setText("Teamoverleg")
    dialog.accept()
    qtbot.waitUntil(lambda: [c.item.draft.title for c in _cards(strip)] == ["Teamoverleg"])


def test_the_agenda_lists_upcoming_first_folds_the_past_and_exports(
    window: MainWindow, account: AccountSession, qtbot: QtBot, tmp_path: Path
) -> None:
    _make(account, _draft("Später", 72))
    _make(account, _draft("Bald", 2))
    _make(account, _draft("Vorbei", -30))
    assert window.sidebar.select(USER, NodeKind.AGENDA)
    page = window.agenda
    assert isinstance(page, AgendaPage) and window.middle.currentWidget() is page
    qtbot.waitUntil(lambda: len(page.upcoming.cards) >= 2)
    titles = [c.item.draft.title for c in page.upcoming.cards]
    assert titles.index("Bald") < titles.index("Später") and "Vorbei" not in titles
    assert page.past_button.isVisibleTo(page) and page.past.isHidden()
    assert page.past.cards == []  # folded away: not built
    page.past_button.click()
    assert page.past_button.text() == f"Past appointments ({len(page.past.cards)})"
    assert not page.past.isHidden() and "Vorbei" in [c.item.draft.title for c in page.past.cards]
    assert page.past_button.accessibleName() == "Hide past appointments"
    target = tmp_path / "agenda.ics"
    with qtbot.wait_signal(page.handler.exported):
        page.handler.export(target, [c.item for c in page.upcoming.cards])
    calendar = Calendar.from_ical(target.read_bytes())
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == titles


def test_the_agenda_and_a_groups_strip_follow_the_clock_they_are_given(
    window: MainWindow, account: AccountSession, qtbot: QtBot
) -> None:
    # As the screenshots show the sample region: as of its own day, whatever today is.
    day = sample.NOW
    _make(account, Draft("Sprechstunde", day + timedelta(hours=3), day + timedelta(hours=4)))
    _make(account, Draft("Begehung", day - timedelta(days=2), day - timedelta(days=2, hours=-1)))
    screenshots._fix_clocks(window)
    strip = _open_group(window, qtbot)

    def titles(cards: list[AppointmentCard]) -> set[str]:
        return {c.item.draft.title for c in cards} & {"Sprechstunde", "Begehung"}

    qtbot.waitUntil(lambda: titles(_cards(strip)) == {"Sprechstunde", "Begehung"})
    assert window.sidebar.select(USER, NodeKind.AGENDA)
    page = window.agenda
    qtbot.waitUntil(lambda: titles(page.upcoming.cards) == {"Sprechstunde"})
    page.past_button.click()
    assert titles(page.past.cards) == {"Begehung"}
    # The live app's clock: months later, both are over and a group's strip (from a week
    # ago on) shows neither.
    page.clock = strip.clock = utcnow
    page.reload()
    qtbot.waitUntil(lambda: titles(page.past.cards) == {"Sprechstunde", "Begehung"})
    assert titles(page.upcoming.cards) == set()
    strip.reload()
    qtbot.waitUntil(lambda: titles(_cards(strip)) == set())


class _Recorder:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def show_message(self, title: str, text: str) -> None:
        self.shown.append((title, text))


def test_a_reminder_shows_once_before_an_appointment_starts(
    ctx: AppContext, account: AccountSession, qtbot: QtBot
) -> None:
    soon = _draft("Intervisie", 0.1)
    _make(account, Draft(**{**soon.__dict__, "place": "Raum 2"}))
    _make(account, _draft("Morgen", 24))
    ctx.add_account(account)
    recorder = _Recorder()
    watcher = ReminderWatcher(ctx, lambda: recorder)
    watcher.check()
    [(title, text)] = recorder.shown
    assert title.startswith("Appointment at ") and text == "Intervisie\nRaum 2"
    watcher.check()
    assert len(recorder.shown) == 1  # not twice
    watcher.check(utcnow() + timedelta(hours=24) - LEAD + timedelta(minutes=1))
    assert [t for _, t in recorder.shown] == ["Intervisie\nRaum 2", "Morgen"]


def test_an_all_day_appointment_is_reminded_of_at_eight_on_its_first_day_here(
    ctx: AppContext, account: AccountSession
) -> None:
    first = datetime(2031, 5, 12)
    _make(account, Draft("Sportdag", day(first.date()), day(first.date()), all_day=True))
    _make(
        account,
        Draft("Vorige week", day(date(2031, 5, 5)), day(date(2031, 5, 12)), all_day=True),
    )
    ctx.add_account(account)
    recorder = _Recorder()
    watcher = ReminderWatcher(ctx, lambda: recorder)
    watcher.zone = ZoneInfo("Europe/Amsterdam")  # UTC+2 in May
    watcher.check(datetime(2031, 5, 11, 23, 0))  # 01:00 on the day there: too early
    watcher.check(datetime(2031, 5, 12, 5, 59))  # 07:59 there
    assert recorder.shown == []
    watcher.check(datetime(2031, 5, 12, 6, 0))  # 08:00 there
    assert recorder.shown == [("All-day appointment today", "Sportdag")]
    watcher.check(datetime(2031, 5, 12, 9, 30))
    assert len(recorder.shown) == 1  # once; one begun on an earlier day is not reminded of
    watcher.check(datetime(2031, 5, 13, 6, 0))
    assert len(recorder.shown) == 1
