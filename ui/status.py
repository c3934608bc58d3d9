"""The sync engine on its own thread, and the calm status line that reports on it.

``SyncRunner`` runs ``SyncEngine.run(stop)`` on a plain thread. The engine reports its
status through a callback on that thread; the runner turns it into a signal, which Qt
queues onto the GUI thread. After each completed sync it announces ``Changes`` so that
views refresh (the engine's loop does not hand back what changed, so the runner names every
group of the account: views only re-read what is newer than what they hold).
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

from client.changes import Changes
from sync.state import EngineState, Status
from ui import icons, queries, timefmt
from ui.context import AccountSession, AppContext
from ui.ops import Op

if TYPE_CHECKING:
    from sync.engine import SyncEngine

log = logging.getLogger(__name__)

# The long poll of /sync; the engine sends the outbox on a thread of its own, woken by
# ``SyncEngine.wake`` whenever a command queued something.
POLL_MS = 30_000


class SyncRunner(QObject):
    status_changed = Signal(str, object)  # user id, Status
    synced = Signal(str, object)  # user id, Changes

    def __init__(self, account: AccountSession, parent: QObject | None = None) -> None:
        # Loaded by the worker that signed the account in (``sync.session``), not at start-up.
        from sync.engine import SyncEngine

        super().__init__(parent)
        assert account.connected is not None
        self.account = account
        connected = account.connected
        self.engine: SyncEngine = SyncEngine(
            connected.replica,
            connected.transport,
            account.user_id,
            media=connected.engine.media,
            on_status=self._on_engine_status,
            on_changes=self._on_engine_changes,
        )
        connected.engine = self.engine
        self._stop = threading.Event()
        # Held while a signal is emitted from the engine's threads and while stop() marks the
        # runner stopped: once stop() returns, no thread emits from this QObject again, so
        # the window may delete it (emitting from a deleted QObject crashes the process).
        self._emitting = threading.Lock()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self._run, name=f"sync {self.account.user_id}", daemon=True
        )
        self._thread.start()

    def _run(self) -> None:
        try:
            self.engine.run(self._stop, poll_timeout_ms=POLL_MS)
        except Exception:
            log.exception("sync engine stopped")

    def _on_engine_status(self, status: Status) -> None:
        # On the sync thread (or the outbox thread): signals to GUI-thread receivers are
        # queued. After stop() the engine may still finish a long poll; by then this QObject
        # may be gone with its window: say nothing.
        changes: Changes | None = None
        if status.state is EngineState.UP_TO_DATE and not self._stop.is_set():
            with self.account.replica.connect() as conn:
                groups = frozenset(
                    r[0] for r in conn.exec_driver_sql('SELECT id FROM "group"').all()
                )
            changes = Changes(groups=groups, outbox=True)
        with self._emitting:
            if self._stop.is_set():
                return
            self.status_changed.emit(self.account.user_id, status)
            if changes is not None:
                self.synced.emit(self.account.user_id, changes)

    def _on_engine_changes(self, changes: Changes) -> None:
        # On the sync thread, like the status: what one sync applied, message ids and all,
        # so that views refresh what changed and new mentions and replies are noticed.
        with self._emitting:
            if not self._stop.is_set():
                self.synced.emit(self.account.user_id, changes)

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        # A command queued something for this account: send it now, not after the poll.
        if user_id == self.account.user_id and changes.outbox:
            self.engine.wake()

    def reconnect(self) -> None:
        """Try the server now (the status line's "Try now")."""
        self.engine.reconnect()

    def stop(self, wait_s: float = 1.0) -> None:
        with self._emitting:
            self._stop.set()
        self.engine.reconnect()  # ends a wait between offline attempts at once
        if self._thread is not None:
            # A long poll may be in flight; the thread is a daemon and ends with the app.
            self._thread.join(wait_s)

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Wait for the sync thread to end (after ``stop``; on a worker, never the GUI)."""
        if self._thread is not None:
            self._thread.join(timeout_s)
            return not self._thread.is_alive()
        return True


class SyncStatusBar(QStatusBar):
    """● online/offline [Try now] · N waiting to send · last synced (exact time on hover)."""

    reconnect_requested = Signal(str)  # user id: try the server now

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._ctx = ctx
        self._state: EngineState | None = None
        self._waiting = 0
        self._failed = 0
        self._last_sync: datetime | None = None
        self._account: AccountSession | None = None
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(6, 0, 6, 0)
        row.setSpacing(6)
        self.dot = QLabel(box)
        self.connection = QLabel(box)
        self.connection.setObjectName("connectionState")
        self.outbox = QLabel(box)
        self.outbox.setObjectName("outboxState")
        self.reconnect = QPushButton(self.tr("Try now"), box)
        self.reconnect.setObjectName("reconnect")
        self.reconnect.setFlat(True)
        self.reconnect.setAccessibleName(self.tr("Try to reach the server now"))
        self.reconnect.setToolTip(
            self.tr("Offline: Treffpunkt tries again by itself, less often the longer it lasts")
        )
        self.reconnect.clicked.connect(self._on_reconnect_clicked)
        self.synced = QLabel(box)
        self.synced.setObjectName("lastSynced")
        self.progress = QLabel(self)
        self.progress.setObjectName("progress")
        for label in (self.dot, self.connection, self.reconnect, self.outbox, self.synced):
            row.addWidget(label)
        row.addStretch(1)
        self.addWidget(box, 1)
        self.addPermanentWidget(self.progress)
        self.setAccessibleName(self.tr("Connection and sending state"))
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self._render)
        self._timer.start()
        ctx.hub.changed.connect(self._on_hub_changed)
        ctx.language_changed.connect(self._render)
        ctx.ops.progress_changed.connect(self.progress.setText)
        ctx.ops.op_failed.connect(self._on_ops_op_failed)
        self._render()

    @property
    def account(self) -> AccountSession | None:
        return self._account

    def set_account(self, account: AccountSession | None) -> None:
        self._account = account
        self._state = (
            None if account is None or account.connected is None else (EngineState.CONNECTING)
        )
        self.refresh_local()

    def refresh_local(self) -> None:
        account = self._account
        if account is None:
            self._render()
            return
        Op(self._ctx.ops, partial(queries.local_status, account.replica), parent=self).success(
            self._on_local_status
        ).run()

    def _on_local_status(self, status: queries.LocalStatus) -> None:
        self._waiting = status.waiting
        self._failed = status.failed
        self._last_sync = status.last_sync
        self._render()

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if self._account is not None and user_id == self._account.user_id and changes.outbox:
            self.refresh_local()

    def _on_reconnect_clicked(self) -> None:
        if self._account is not None:
            self._state = EngineState.CONNECTING
            self._render()
            self.reconnect_requested.emit(self._account.user_id)

    def _on_ops_op_failed(self, message: str) -> None:
        self.showMessage(self.tr("Something went wrong: %1").replace("%1", message), 10_000)

    def on_engine_status(self, user_id: str, status: Status) -> None:
        if self._account is None or user_id != self._account.user_id:
            return
        self._state = status.state
        self._waiting = status.outbox.get("waiting", 0) + status.outbox.get("sending", 0)
        self._failed = status.outbox.get("failed", 0)
        self._last_sync = status.last_sync
        self._render()

    def _render(self) -> None:
        online = self._state in (EngineState.UP_TO_DATE, EngineState.SYNCING)
        palette = self.palette()
        colour = palette.color(
            palette.ColorRole.Link if online else palette.ColorRole.PlaceholderText
        )
        self.dot.setPixmap(
            icons.pixmap("online" if online else "offline", 12, colour, self.devicePixelRatioF())
        )
        state = (
            {
                EngineState.UP_TO_DATE: self.tr("online"),
                EngineState.SYNCING: self.tr("synchronising …"),
                EngineState.CONNECTING: self.tr("connecting …"),
                EngineState.SIGNED_OUT: self.tr("signed out — sign in again to send"),
            }.get(self._state, self.tr("offline"))
            if self._state
            else self.tr("offline")
        )
        self.connection.setText(state)
        self.connection.setAccessibleName(self.tr("Connection: %1").replace("%1", state))
        self.reconnect.setVisible(
            self._state is EngineState.OFFLINE
            and self._account is not None
            and self._account.connected is not None
        )
        parts = []
        if self._waiting:
            parts.append(self.tr("%n waiting to send", "", self._waiting))
        if self._failed:
            parts.append(self.tr("%n could not be sent", "", self._failed))
        self.outbox.setText("·  " + "  ·  ".join(parts) if parts else "")
        self.outbox.setVisible(bool(parts))
        if self._last_sync is not None:
            self.synced.setText(
                "·  " + self.tr("last synced %1").replace("%1", timefmt.relative(self._last_sync))
            )
            self.synced.setToolTip(timefmt.exact(self._last_sync))
        else:
            self.synced.setText("·  " + self.tr("not synced yet"))
            self.synced.setToolTip("")
        self.synced.setAccessibleName(self.synced.text())
        self.synced.setTextFormat(Qt.TextFormat.PlainText)
