"""The sync engine in its worker process, and the calm status line that reports on it.

``SyncRunner`` runs one account's ``SyncEngine`` in a process of its own (``sync.worker``):
parsing, folding and writing thousands of events is Python work that, on a thread of this
process, would hold the interpreter the GUI thread needs. The worker gets the account's
secrets through its standard input (read from the keyring on a worker thread here) and
reports its status and what each sync applied as lines on its standard output, which Qt
reads on the GUI thread; views then re-read what is newer than what they hold.

A worker that ends on its own is started again, later each time, except when it reported
that the server no longer accepts the account's token: then ``auth_lost`` tells the window,
which keeps or wipes the account, and the worker stays ended.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

from sync.state import EXIT_AUTH_LOST, AuthLoss, EngineState, Status
from ui import icons, lazy, plain, timefmt
from ui.context import AccountSession, AppContext
from ui.ops import Op

if TYPE_CHECKING:
    # Loaded when the first sync worker starts: its bindings and enums cost start-up 2 ms.
    from PySide6.QtCore import QProcess

    from client.changes import Changes
    from client.reads.overview import LocalStatus

log = logging.getLogger(__name__)

# A worker that ended without being asked is started again after this long, doubling up
# to the cap while it keeps ending (a replica it cannot open, a crash).
RESTART_FIRST_MS = 2_000
RESTART_CAP_MS = 300_000


def worker_command() -> tuple[str, list[str]]:
    """The program and arguments that start a sync worker: the frozen app runs itself."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--sync-worker"]
    return sys.executable, ["-m", "sync.worker"]


class SyncRunner(QObject):
    status_changed = Signal(str, object)  # user id, Status
    synced = Signal(str, object)  # user id, Changes
    # User id, AuthLoss: the server no longer accepts the token; the worker has ended and
    # is not started again.
    auth_lost = Signal(str, object)

    def __init__(
        self, ctx: AppContext, account: AccountSession, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.account = account
        self._settings: dict[str, Any] = {}
        self._process: QProcess | None = None
        self._pid = 0
        self._stopping = False
        self._restart_ms = RESTART_FIRST_MS
        # What the worker reported before it ended for good, if it did.
        self.lost: AuthLoss | None = None
        # Set while no worker runs: ``wait`` (on a worker thread) waits for it.
        self._ended = threading.Event()
        self._ended.set()

    # -- starting --------------------------------------------------------------------

    def start(self) -> None:
        """Read the account's secrets on a worker, then start the sync worker with them."""
        if self._stopping or self.lost is not None:
            return
        self._ended.clear()
        Op(self._ctx.ops, partial(self._ctx.home.credentials.export, self.account.user_id)).success(
            self._launch
        ).failure(self._on_secrets_failed).run()

    def _launch(self, secrets: dict[str, str]) -> None:
        if self._stopping:
            self._ended.set()
            return
        from PySide6.QtCore import QProcess

        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._on_output)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        program, args = worker_command()
        self._process = process
        process.start(program, args)
        setup = {
            "home": str(self._ctx.home.root),
            "user_id": self.account.user_id,
            "secrets": secrets,
            "allow_insecure_http": self._ctx.settings.insecure_http_hosts,
            **self._settings,
        }
        process.write((json.dumps(setup) + "\n").encode())
        self._pid = int(process.processId())

    def _on_secrets_failed(self, error: Exception) -> None:
        self._ended.set()
        self._report_trouble(str(error))

    # -- what the worker says --------------------------------------------------------

    def _on_output(self) -> None:
        process = self._process
        while process is not None and process.canReadLine():
            raw = bytes(process.readLine().data()).decode("utf-8", "replace").strip()
            if not raw or self._stopping:
                continue
            try:
                message = json.loads(raw)
                if "status" in message:
                    status = lazy.worker.status_from_json(message["status"])
                    self._restart_ms = RESTART_FIRST_MS  # it runs: a later end starts afresh
                    self.status_changed.emit(self.account.user_id, status)
                if "changes" in message:
                    self.synced.emit(
                        self.account.user_id, lazy.worker.changes_from_json(message["changes"])
                    )
                if "error" in message:
                    self._report_trouble(str(message["error"]))
                if "auth_lost" in message:
                    # Told once the worker has ended (``_on_finished``).
                    self.lost = AuthLoss(message["auth_lost"]["kind"])
            except (ValueError, KeyError, TypeError) as exc:
                log.warning("sync worker of %s: unreadable line (%s)", self.account.user_id, exc)

    def _report_trouble(self, error: str) -> None:
        if not self._stopping:
            self.status_changed.emit(
                self.account.user_id, Status(EngineState.OFFLINE, {}, error=error)
            )

    def _on_error(self, error: QProcess.ProcessError) -> None:
        from PySide6.QtCore import QProcess

        if error is QProcess.ProcessError.FailedToStart:
            log.error("the sync worker of %s did not start", self.account.user_id)
            self._on_finished(-1, QProcess.ExitStatus.CrashExit)

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._on_output()  # a last line may still wait in the buffer
        self._ended.set()
        if self._process is not None:
            self._process.deleteLater()
            self._process = None
        if self._stopping:
            return
        if self.lost is None and code == EXIT_AUTH_LOST:
            # The line got lost: assume the kind that keeps the data and asks to sign in.
            self.lost = AuthLoss.SOFT
        if self.lost is not None:
            log.warning(
                "the server no longer accepts the token of %s (%s)",
                self.account.user_id,
                self.lost.value,
            )
            self.auth_lost.emit(self.account.user_id, self.lost)
            return
        self._report_trouble(self.tr("Syncing stopped unexpectedly; it starts again shortly."))
        log.warning(
            "the sync worker of %s ended (%s, exit code %d); starting it again in %d s",
            self.account.user_id,
            status.name,
            code,
            self._restart_ms // 1000,
        )
        QTimer.singleShot(self._restart_ms, self, self.start)
        self._restart_ms = min(RESTART_CAP_MS, self._restart_ms * 2)

    # -- telling the worker ----------------------------------------------------------

    def _send(self, command: dict[str, Any]) -> None:
        from PySide6.QtCore import QProcess

        process = self._process
        if process is not None and process.state() is not QProcess.ProcessState.NotRunning:
            process.write((json.dumps(command) + "\n").encode())

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        # A command queued something for this account: send it now, not after the poll.
        if user_id == self.account.user_id and changes.outbox:
            self._send({"cmd": "wake"})

    def reconnect(self) -> None:
        """Try the server now (the status line's "Try now")."""
        self._send({"cmd": "reconnect"})

    def apply_settings(
        self, retention_days: int | None, cap_bytes: int | None, max_download_bytes: int
    ) -> None:
        """The offline horizon, storage cap and largest download (from the settings over
        IT policy), for the worker and for the window's own engine, which downloads what
        the user opens."""
        self._settings = {
            "retention_days": retention_days,
            "cap_bytes": cap_bytes,
            "max_download_bytes": max_download_bytes,
        }
        self._send({"cmd": "settings", **self._settings})
        if self.account.connected is not None:
            self.account.connected.engine.max_download_bytes = max_download_bytes

    # -- stopping --------------------------------------------------------------------

    def stop(self, wait_s: float = 1.0) -> None:
        """Ask the worker to stop; wait up to ``wait_s`` for it, then end it.

        With ``wait_s=0`` it is only asked: ``wait`` (on a worker thread) waits for it.
        """
        self._stopping = True
        self._send({"cmd": "stop"})
        process = self._process
        if process is None:
            return
        process.closeWriteChannel()
        if wait_s > 0 and not process.waitForFinished(int(wait_s * 1000)):
            process.kill()
            process.waitForFinished(1000)

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Wait for the worker to end after ``stop`` (on a worker thread, never the GUI's);
        one that does not end in time is killed: SQLite keeps its replica whole."""
        if self._ended.wait(timeout_s):
            return True
        if self._pid:
            import signal

            try:
                os.kill(self._pid, getattr(signal, "SIGKILL", signal.SIGTERM))
            except OSError:
                pass
        return self._ended.wait(5.0)


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
        self._stuck = 0
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
        self.progress = plain.label(self)  # "Adding" a file's name
        self.progress.setObjectName("progress")
        for label in (self.dot, self.connection, self.reconnect, self.outbox, self.synced):
            row.addWidget(label)
        row.addStretch(1)
        self.addWidget(box, 1)
        self.addPermanentWidget(self.progress)
        self.setAccessibleName(self.tr("Connection and sending state"))
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self._on_timer_timeout)
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
        # With the first account, not at start (preloaded by then).
        Op(
            self._ctx.ops, partial(lazy.overview.local_status, account.replica), parent=self
        ).success(self._on_local_status).run()

    def _on_timer_timeout(self) -> None:
        # What waits may become stuck with time alone, without a word from the engine.
        if self._waiting and self._account is not None:
            self.refresh_local()
        else:
            self._render()

    def _on_local_status(self, status: LocalStatus) -> None:
        self._waiting = status.waiting
        self._failed = status.failed
        self._stuck = status.stuck
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
        self._stuck = status.outbox.get("stuck", 0)
        self._last_sync = status.last_sync
        self._render()

    def _render(self) -> None:
        online = self._state in (EngineState.UP_TO_DATE, EngineState.SYNCING)
        palette = self.palette()
        colour = palette.color(
            palette.ColorRole.Link if online else palette.ColorRole.PlaceholderText
        )
        self.dot.setPixmap(
            icons.label_pixmap(
                "online" if online else "offline", 12, colour, self.devicePixelRatioF()
            )
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
        if self._stuck:
            parts.append(self.tr("%n not sent for more than a day", "", self._stuck))
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
