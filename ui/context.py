"""The application's context: built once at start-up and handed down, never global.

It holds the data folder (``Home``), the open accounts, the settings (with the IT policy
under them), the background-operation runner and the hub that announces ``Changes``.
Widgets get it in their constructor; nothing looks it up.

The replica, command and sync modules appear here only as types: the context is built before
the main window shows, and those modules (SQLAlchemy, httpx, …) load on the worker that opens
an account.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QSettings,
    QTimer,
    QTranslator,
    Signal,
)

from client.policy import Policy
from ui import lazy
from ui.ops import ChangeHub, Op, OpRunner
from ui.refguard import top_up_none

if TYPE_CHECKING:
    from client.accounts import Home
    from client.changes import Changes
    from client.commands import LocalCommands
    from client.store import Replica
    from sync.session import Connected

REFGUARD_MS = 200
SPELLING_WARM_MS = 1000  # after the last change of an account's words

log = logging.getLogger(__name__)


def _warm_failed(exc: Exception) -> None:
    log.warning("building the typo lexicon failed: %r", exc)


# Policy keys the user may set in the settings dialog (unless IT locked them).
USER_POLICY_KEYS = ("offline_retention_days", "storage_cap_mb")


class Settings:
    """The user's settings (QSettings), over the machine's IT policy (``client.policy``).

    The policy presets or locks what IT decides (the server, …); the login dialog fills in a
    preset server and does not let the user change a locked one.
    """

    def __init__(self, path: Path | None = None, policy: Policy | None = None) -> None:
        self.path = path  # None: the platform's per-user place (registry, plist, ini)
        if path is None:
            self._qs = QSettings("Treffpunkt", "Treffpunkt")
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self.policy = policy or Policy()

    def _str(self, key: str) -> str | None:
        value = self._qs.value(key)
        return str(value) if value not in (None, "") else None

    @property
    def policy_server(self) -> str | None:
        """The first homeserver IT preset, if any."""
        urls = self.policy.value("server_urls") or []
        return str(urls[0]) if urls else None

    @property
    def server_locked(self) -> bool:
        return self.policy.is_locked("server_urls") and self.policy_server is not None

    @property
    def insecure_http_hosts(self) -> list[str]:
        """Hosts IT allows to reach over http:// (besides this computer; ``sync.serverurl``)."""
        return [str(host) for host in self.policy.value("allow_insecure_http") or []]

    @property
    def language(self) -> str | None:
        """``de``, ``nl`` or ``en``; None follows the system."""
        return self._str("ui/language")

    @language.setter
    def language(self, value: str | None) -> None:
        self._qs.setValue("ui/language", value or "")

    @property
    def last_user(self) -> str | None:
        return self._str("ui/last_user")

    @last_user.setter
    def last_user(self, value: str | None) -> None:
        self._qs.setValue("ui/last_user", value or "")

    # -- offline and storage (``client.policy`` keys) -----------------------------------

    def _user_values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key in USER_POLICY_KEYS:
            raw = self._qs.value(f"offline/{key}")
            if raw not in (None, ""):
                try:
                    out[key] = int(str(raw))
                except ValueError:
                    continue  # a hand-edited file: fall back to the policy or default
        return out

    def effective(self, key: str) -> int:
        """The value the app runs with: default < IT preset < the user's < IT lock."""
        return int(self.policy.effective(self._user_values())[key])

    def is_locked(self, key: str) -> bool:
        return self.policy.is_locked(key)

    def set_effective(self, key: str, value: int) -> None:
        """Store the user's choice; a locked setting is never written."""
        if key not in USER_POLICY_KEYS:
            raise KeyError(key)
        if self.policy.is_locked(key):
            raise PermissionError(f"{key} is managed by IT policy")
        self._qs.setValue(f"offline/{key}", value)

    @property
    def default_retention_days(self) -> int:
        return self.effective("offline_retention_days")

    @property
    def storage_cap_mb(self) -> int:
        return self.effective("storage_cap_mb")

    @property
    def max_download_mb(self) -> int:
        """IT's alone: not among the user's settings."""
        return self.effective("max_download_mb")

    @property
    def auto_download_mb(self) -> int:
        """IT's alone: the largest image shown in a post without a click."""
        return self.effective("auto_download_mb")

    def set_value(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()


class AccountSession:
    """One account open in the app: its replica, its commands, its server link if any.

    A plain class, not a dataclass: a dataclass compiles its methods when its class is made,
    and this module is imported at every start.
    """

    def __init__(
        self,
        user_id: str,
        replica: Replica,
        commands: LocalCommands,
        connected: Connected | None = None,
    ) -> None:
        self.user_id = user_id
        self.replica = replica
        self.commands = commands
        # None while offline-only (not signed in this run, or a replica opened for a test).
        self.connected = connected

    def __repr__(self) -> str:
        return f"AccountSession({self.user_id!r}, connected={self.connected is not None})"

    def close(self) -> None:
        if self.connected is not None:
            self.connected.close()
        else:
            self.replica.close()


class AppContext(QObject):
    """Everything the widgets share."""

    accounts_changed = Signal()
    opening_changed = Signal()  # an account started or finished opening in the background
    settings_changed = Signal()  # offline or storage settings: the engines follow
    language_changed = Signal()

    def __init__(
        self,
        home: Home,
        settings: Settings,
        *,
        inline_ops: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.home = home
        self.settings = settings
        self.hub = ChangeHub(self)
        self.ops = OpRunner(self.hub, inline=inline_ops, parent=self)
        self.accounts: list[AccountSession] = []
        # Accounts being opened on a worker (keyring, decrypting, migrating, signing in):
        # the sidebar shows them as "Opening …" until they arrive through add_account.
        self.opening: list[str] = []
        self.translators: list[QTranslator] = []
        self._locale_before: QLocale | None = None  # restored on shutdown after a switch
        # See ui.refguard: PySide6 6.12 loses references to None on some paths.
        self._refguard = QTimer(self)
        self._refguard.setInterval(REFGUARD_MS)
        self._refguard.timeout.connect(top_up_none)
        self._refguard.start()
        # Search's typo lexicon is built on a read worker once an account opens and again
        # a little after its words change, not by the first search that corrects a typo.
        self._spelling_due: set[str] = set()
        self._spelling_timer = QTimer(self)
        self._spelling_timer.setSingleShot(True)
        self._spelling_timer.setInterval(SPELLING_WARM_MS)
        self._spelling_timer.timeout.connect(self._warm_spelling)
        self.hub.changed.connect(self._on_hub_changed)

    def account(self, user_id: str) -> AccountSession | None:
        return next((a for a in self.accounts if a.user_id == user_id), None)

    def add_account(self, session: AccountSession) -> None:
        old = self.account(session.user_id)
        if old is not None:
            self.accounts.remove(old)
            old.close()
        self.accounts.append(session)
        self.accounts_changed.emit()
        self.set_opening(session.user_id, False)
        self._spelling_due.add(session.user_id)
        self._warm_spelling()

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if changes.messages or changes.documents or changes.people:
            self._spelling_due.add(user_id)
            self._spelling_timer.start()

    def _warm_spelling(self) -> None:
        due, self._spelling_due = self._spelling_due, set()
        for account in self.accounts:
            if account.user_id in due:
                warm = partial(lazy.search_reads.warm_spelling, account.replica)
                # Only a head start: a search builds what is missing itself.
                Op(self.ops, warm, parent=self).failure(_warm_failed).run()

    def set_opening(self, user_id: str, opening: bool) -> None:
        """Mark an account as being opened in the background, or no longer."""
        if opening == (user_id in self.opening):
            return
        if opening:
            self.opening.append(user_id)
        else:
            self.opening.remove(user_id)
        self.opening_changed.emit()

    def remove_account(self, user_id: str) -> AccountSession | None:
        """Take an account out of the app (its data is left to the caller to close)."""
        found = self.account(user_id)
        if found is not None:
            self.accounts.remove(found)
            self.accounts_changed.emit()
        return found

    def set_language(self, language: str | None) -> None:
        """Save the language (None: the system's) and swap the translators in at once.

        Qt then sends every widget a LanguageChange event; views that build their texts
        when they render follow at once, the rest with the next start.
        """
        self.settings.language = language
        app = QCoreApplication.instance()
        if app is None:
            return
        if self._locale_before is None:
            self._locale_before = QLocale()
        self.translators = lazy.i18n.switch(app, self.translators, language)
        self.language_changed.emit()

    def open_replica_session(self, user_id: str, replica: Replica) -> AccountSession:
        """An account with no server link: reading and writing offline.

        Reads the keyring (for the media cache): call it on a worker, not the GUI thread.
        """
        media = None
        try:
            media = self.home.media_cache(user_id)
        except Exception:
            media = None  # no key in the keyring (a bare test replica): no documents
        return AccountSession(
            user_id, replica, lazy.commands.LocalCommands(replica, user_id, media)
        )

    @staticmethod
    def connected_session(connected: Connected) -> AccountSession:
        """A signed-in account; touches neither keyring nor network (the engine holds all)."""
        user_id = connected.info.user_id
        commands = lazy.commands.LocalCommands(connected.replica, user_id, connected.engine.media)
        return AccountSession(user_id, connected.replica, commands, connected)

    def shutdown(self) -> None:
        self.ops.wait_idle()
        for account in self.accounts:
            account.close()
        self.accounts.clear()
        app = QCoreApplication.instance()
        if app is not None:
            for translator in self.translators:
                app.removeTranslator(translator)
        self.translators = []
        if self._locale_before is not None:
            QLocale.setDefault(self._locale_before)
