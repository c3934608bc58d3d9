"""Updates in the window: checks in the background, "Restart to update" in the status bar.

Only when IT's policy names an update repository (`update_url`; a user setting does not
count) and the bundle carries the repository's root metadata: then the app checks once the
window shows and every `CHECK_INTERVAL_MS`, on a thread of its own (a check may download
a whole release, which must not hold a worker the views read with, nor the GUI thread).
`sync.updates` does the checking, verifying and staging; the policy's `update_channel` or
`update_version` says what to fetch. A staged version offers "Restart to update"; the swap
itself happens at the next start (`client.updates.run_pending`), whose outcome this shows
once the window is up. A refused or failed update says why in the status bar and the log,
and the running version goes on. With `user_updates = false` there is no "Check for
updates" in the account menu; the scheduled checks still run.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QStatusBar

from client import __version__
from client.updates import (
    Outcome,
    PendingUpdate,
    bundled_root,
    current_install_dir,
    take_outcome,
    updates_dir,
)
from ui import plain

if TYPE_CHECKING:
    from client.policy import Policy

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000


class _Result(NamedTuple):
    pending: PendingUpdate | None
    error: Exception | None
    by_user: bool


class _Relay(QObject):
    # Emitted on the check's thread; received on the GUI thread (a queued call).
    finished = Signal(object)


def check_and_stage(
    url: str, directory: Path, root: bytes, channel: str, pinned: str | None
) -> PendingUpdate | None:
    """Runs on the check's thread: tuf and urllib3 load there, never at start."""
    from sync.updates import UpdateClient

    client = UpdateClient(url, directory, root, channel=channel, pinned=pinned)
    return client.check_and_stage()


class UpdateChecker(QObject):
    """Checks the policy's update repository and offers the staged version."""

    checked = Signal(object)  # the staged PendingUpdate, or None: up to date or refused
    restart_requested = Signal()

    def __init__(
        self,
        policy: Policy,
        home_root: Path,
        status: QStatusBar,
        menu: QMenu | None = None,
        *,
        root: bytes | None = None,
        install_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.url: str | None = policy.value("update_url")
        self.channel: str = policy.value("update_channel") or "stable"
        self.pinned: str | None = policy.value("update_version") or None
        self.directory = updates_dir(home_root)
        self.root = root if root is not None else bundled_root()
        self.install_dir = install_dir if install_dir is not None else current_install_dir()
        self.restart_wanted = False
        self._status = status
        self._busy = False
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished, Qt.ConnectionType.QueuedConnection)
        self.state = plain.label(status)
        self.state.setObjectName("updateState")
        self.state.setAccessibleName(self.tr("Update"))
        self.state.hide()
        self.restart_button = QPushButton(self.tr("Restart to update"), status)
        self.restart_button.setObjectName("restartToUpdate")
        self.restart_button.setFlat(True)
        self.restart_button.hide()
        self.restart_button.clicked.connect(self._on_restart_button_clicked)
        status.addPermanentWidget(self.state)
        status.addPermanentWidget(self.restart_button)
        self.check_action: QAction | None = None
        if self.enabled and menu is not None and policy.value("user_updates") is not False:
            self.check_action = QAction(self.tr("Check for updates"), menu)
            self.check_action.triggered.connect(self.check_now)
            menu.addAction(self.check_action)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def enabled(self) -> bool:
        return bool(self.url) and self.root is not None

    def start(self) -> None:
        """Shows what the last start did with an update, then checks (now and on schedule)."""
        outcome = take_outcome(self.directory)
        if outcome is not None:
            self._show(self._outcome_text(outcome))
        if not self.enabled:
            if self.url:
                log.warning("update_url is set, but this build carries no update root")
            return
        self._timer.start()
        self._check(by_user=False)

    def check_now(self) -> None:
        self._check(by_user=True)

    def _on_timer_timeout(self) -> None:
        self._check(by_user=False)

    def _check(self, *, by_user: bool) -> None:
        if self._busy or not self.enabled:
            return
        self._busy = True
        if by_user:
            self._show(self.tr("Checking for updates …"))
        assert self.url is not None and self.root is not None
        args = (self.url, self.directory, self.root, self.channel, self.pinned)

        def work() -> None:
            try:
                result = _Result(check_and_stage(*args), None, by_user)
            except Exception as exc:
                result = _Result(None, exc, by_user)
            self._relay.finished.emit(result)

        # A daemon thread: a download in progress must not keep the app from quitting.
        threading.Thread(target=work, name="update-check", daemon=True).start()

    @Slot(object)
    def _on_relay_finished(self, result: _Result) -> None:
        self._busy = False
        if result.error is not None:
            log.warning("update check: %s", result.error)
            self._show(self._refused_text(result.error))
        elif result.pending is None:
            self._show(
                self.tr("Treffpunkt %1 is up to date.").replace("%1", __version__)
                if result.by_user
                else ""
            )
        else:
            self._offer(result.pending)
        self.checked.emit(result.pending)

    def _offer(self, pending: PendingUpdate) -> None:
        version = pending.version
        if self.install_dir is None:
            log.info("update %s staged; a source checkout does not replace itself", version)
            return
        if not (
            os.access(self.install_dir, os.W_OK) and os.access(self.install_dir.parent, os.W_OK)
        ):
            self._show(self._managed_text(version))
            return
        self._show("")
        self.restart_button.setAccessibleName(
            self.tr("Restart Treffpunkt to update to version %1").replace("%1", version)
        )
        self.restart_button.setToolTip(
            self.tr("Version %1 has been downloaded and verified").replace("%1", version)
        )
        self.restart_button.show()

    def _on_restart_button_clicked(self) -> None:
        self.restart_wanted = True
        self.restart_requested.emit()

    def _show(self, text: str) -> None:
        self.state.setText(text)
        self.state.setToolTip(text)
        self.state.setVisible(bool(text))

    def _managed_text(self, version: str) -> str:
        return self.tr(
            "Version %1 is ready; your organisation's software deployment installs it."
        ).replace("%1", version)

    def _refused_text(self, error: Exception) -> str:
        kind = getattr(error, "kind", "")
        reasons = {
            "expired": self.tr("the update information has expired"),
            "rollback": self.tr("the update server offered older information than already seen"),
            "tampered": self.tr("a downloaded file does not match its signature"),
            "unsigned": self.tr("the update information is not signed by the trusted keys"),
            "unreachable": self.tr("the update server could not be reached"),
            "not_listed": self.tr("the version is not in the signed list"),
        }
        why = reasons.get(kind, self.tr("the update could not be verified"))
        return (
            self.tr("Update refused: %1. Version %2 keeps running.")
            .replace("%1", why)
            .replace("%2", __version__)
        )

    def _outcome_text(self, outcome: Outcome) -> str:
        version = outcome.version
        if outcome.kind == "updated":
            return self.tr("Updated to version %1.").replace("%1", version)
        if outcome.kind == "managed":
            return self._managed_text(version)
        if outcome.kind == "tampered":
            text = self.tr(
                "The downloaded version %1 did not match its signature and was discarded. "
                "Version %2 keeps running."
            )
        elif outcome.kind == "incomplete":
            text = self.tr(
                "The downloaded version %1 was incomplete and was discarded. "
                "Version %2 keeps running."
            )
        else:
            text = self.tr("Version %1 could not be installed. Version %2 keeps running.")
        return text.replace("%1", version).replace("%2", __version__)


def check_from_command_line(machine_policy: Policy, home_root: Path) -> int:
    """``--check-update``: one check without a window, for IT's scripts; exit code as listed."""
    url = machine_policy.value("update_url")
    root = bundled_root()
    if not url or root is None or machine_policy.value("user_updates") is False:
        why = "no update_url in the policy" if not url else "no update root in this build"
        if url and root is not None:
            why = "the policy does not allow checks by the user"
        print(f"treffpunkt-desktop: not checking for updates: {why}", file=sys.stderr)
        return 4
    try:
        pending = check_and_stage(
            url,
            updates_dir(home_root),
            root,
            machine_policy.value("update_channel") or "stable",
            machine_policy.value("update_version") or None,
        )
    except Exception as exc:
        print(f"treffpunkt-desktop: {exc}", file=sys.stderr)
        return 1
    if pending is None:
        print(f"treffpunkt-desktop: {__version__} is up to date")
        return 3
    print(f"treffpunkt-desktop: {pending.version} is ready; it is installed at the next start")
    return 0


def restart() -> None:
    """Starts the program again in this process; at its start the staged update goes in."""
    os.execv(sys.executable, [sys.executable, *sys.argv[1:]])
