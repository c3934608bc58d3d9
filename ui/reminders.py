"""Reminders: a desktop message shortly before an appointment starts.

Once a minute the watcher asks each open account's replica (on a worker) for timed
appointments that start within ``LEAD``, and all-day ones that begin today once it is
08:00 here (``client.reads.appointments.ALL_DAY_REMINDER``), not reminded of at that
start yet; it shows
one message each through the window's ``TrayNotifier`` (``ui.notifications``), and records
that it did, so that a restart does not remind again; a moved appointment is reminded of
anew. Cancelled appointments are not.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer

from client.clock import utcnow
from ui import lazy, timefmt
from ui.ops import Op

if TYPE_CHECKING:
    from client.agenda import AppointmentItem
    from client.store import Replica
    from ui.context import AccountSession, AppContext
    from ui.notifications import TrayNotifier

LEAD = timedelta(minutes=15)
INTERVAL_MS = 60_000


class ReminderWatcher(QObject):
    def __init__(
        self,
        ctx: AppContext,
        notifier: Callable[[], TrayNotifier | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._notifier = notifier
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self.zone: tzinfo | None = None  # None: the system's own

    def start(self) -> None:
        """Check now and every minute from now on (again: no second timer)."""
        if not self._timer.isActive():
            self._timer.start()
        self.check()

    def check(self, now: datetime | None = None) -> None:
        moment = now or utcnow()
        # The wall clock here decides when an all-day appointment's day has begun.
        local = moment.replace(tzinfo=UTC).astimezone(self.zone).replace(tzinfo=None)
        for account in self._ctx.accounts:
            Op(self._ctx.ops, partial(_due, account.replica, moment, local), parent=self).success(
                partial(self._on_due, account)
            ).run()

    def _on_due(self, account: AccountSession, items: list[AppointmentItem]) -> None:
        notifier = self._notifier()
        if not items or notifier is None:
            return
        locale = QLocale()
        for item in items:
            if item.draft.all_day:
                title = self.tr("All-day appointment today")
            else:
                start = locale.toString(
                    timefmt.to_local(item.draft.starts_at).time(), QLocale.FormatType.ShortFormat
                )
                title = self.tr("Appointment at %1").replace("%1", start)
            text = item.draft.title
            if item.draft.place:
                text = f"{text}\n{item.draft.place}"
            notifier.show_message(title, text)
        done = [(item.id, item.draft.starts_at) for item in items]
        Op(
            self._ctx.ops,
            partial(_set_reminded, account.replica, done),
            writes=True,
            account=account.user_id,
            parent=self,
        ).run()


# The core's modules load on the worker that runs these, not on the GUI thread.
def _due(replica: Replica, now: datetime, local_now: datetime) -> list[AppointmentItem]:
    return lazy.appointment_reads.due_reminders(replica, now, LEAD, local_now)


def _set_reminded(replica: Replica, done: list[tuple[str, datetime]]) -> None:
    lazy.appointment_store.set_reminded(replica, done)
