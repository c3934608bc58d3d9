"""Sign-in: server (unless IT preset it), user name, password; errors shown in the dialog.

The sign-in itself (network, keyring, creating the encrypted replica) runs as an ``Op``; the
dialog stays responsive and shows what went wrong next to the fields. The same dialog asks
for the password again when an account's session expired (``again``): server and user are
filled in and fixed, and everything the account holds on this computer stays.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import partial
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from client.text import clean_text
from ui import lazy, plain
from ui.context import AppContext
from ui.ops import Op

if TYPE_CHECKING:
    from client.accounts import Home
    from sync.session import Connected, LoginError

LoginFn = Callable[["Home", str, str, str], "Connected"]


def session_login(
    home: Home, server: str, user: str, password: str, *, allow_http: Collection[str] = ()
) -> Connected:
    """``sync.session.login``, imported on the worker that signs in (httpx, the engine)."""
    return lazy.session.login(home, server, user, password, allow_http=allow_http)


def valid_server(text: str) -> bool:
    """A URL with http(s) and a host, or a bare domain name (looked up via .well-known)."""
    text = text.strip()
    if not text or any(c.isspace() for c in text):
        return False
    if "://" in text:
        parts = urlsplit(text)
        return parts.scheme in {"http", "https"} and bool(parts.hostname)
    return "." in text or text.startswith("localhost")


class LoginDialog(QDialog):
    signed_in = Signal(object)  # Connected

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        login: LoginFn | None = None,
        again: tuple[str, str] | None = None,
    ) -> None:
        """``again``: the user id and server of an account whose session expired."""
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to Treffpunkt"))
        self._ctx = ctx
        self._login = login or partial(session_login, allow_http=ctx.settings.insecure_http_hosts)
        preset = again[1] if again else ctx.settings.policy_server
        intro = QLabel(self.tr("Sign in with the account of your organisation."), self)
        intro.setObjectName("loginIntro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        if again:
            intro.setText(
                self.tr(
                    "Your session as %1 has ended. Enter your password to go on; everything "
                    "on this computer has been kept, including what waits to be sent."
                ).replace("%1", again[0])
            )
        self.server = QLineEdit(self)
        self.server.setAccessibleName(self.tr("Server"))
        self.server.setPlaceholderText(self.tr("e.g. intranet.harderwijk.nl"))
        if preset:
            self.server.setText(preset)
        if again:
            self.server.setReadOnly(True)
        elif ctx.settings.server_locked:
            self.server.setReadOnly(True)
            self.server.setToolTip(self.tr("Set by your IT department"))
        self.user = QLineEdit(self)
        self.user.setAccessibleName(self.tr("User name"))
        self.user.setPlaceholderText(self.tr("e.g. anke.devries"))
        if again:
            self.user.setText(again[0])
            self.user.setReadOnly(True)
        elif ctx.settings.last_user:
            self.user.setText(ctx.settings.last_user)
        self.password = QLineEdit(self)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = plain.label(self)  # may hold the server's own words
        self.error.setObjectName("inlineError")
        self.error.setAccessibleName(self.tr("Sign-in problem"))
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # may quote the server
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = QDialogButtonBox(self)
        self.sign_in = self.buttons.addButton(
            self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in.setAccessibleName(self.tr("Sign in"))
        self.sign_in.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        first = self.user if preset else self.server
        (self.password if self.user.text() and preset else first).setFocus()

    def show_error(self, text: str, field: QLineEdit | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _validate(self) -> bool:
        if not self.server.text().strip():
            self.show_error(
                self.tr("Enter the address of your organisation's server."), self.server
            )
            return False
        if not valid_server(self.server.text()):
            self.show_error(
                self.tr(
                    "“%1” is not a server address. Use a name like intranet.example.nl "
                    "or a URL starting with https://."
                ).replace("%1", self.server.text()),
                self.server,
            )
            return False
        if not self.user.text().strip():
            self.show_error(self.tr("Enter your user name."), self.user)
            return False
        if not self.password.text():
            self.show_error(self.tr("Enter your password."), self.password)
            return False
        return True

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.server, self.user, self.password, self.sign_in):
            widget.setEnabled(not busy)
        if busy:
            self.error.setText(self.tr("Signing in …"))
            self.error.show()

    def submit(self) -> None:
        if not self._validate():
            return
        server = self.server.text().strip()
        user = self.user.text().strip()
        password = self.password.text()
        home = self._ctx.home
        login = self._login
        self._set_busy(True)
        Op(
            self._ctx.ops, lambda: login(home, server, user, password), writes=True, parent=self
        ).success(self._on_login_done).failure(self._on_login_failed).run()

    def _on_login_done(self, connected: Connected) -> None:
        self._set_busy(False)
        self.error.hide()
        self.password.clear()
        self._ctx.settings.last_user = self.user.text().strip()
        self.signed_in.emit(connected)
        self.accept()

    def _failure_text(self, error: LoginError) -> str:
        failure = lazy.session.LoginFailure
        texts = {
            failure.WRONG_PASSWORD: self.tr("Wrong user name or password."),
            failure.REFUSED: self.tr("The server refused the sign-in: %1"),
            failure.UNREACHABLE: self.tr("The server %1 cannot be reached (%2)."),
            failure.NOT_SIGNED_IN: self.tr("%1 is not signed in on this computer."),
            failure.INSECURE: self.tr(
                "%1 is not encrypted (http://). Treffpunkt signs in over https:// only, "
                "except on this computer or at a server your IT department allows."
            ),
            failure.DOWNGRADE: self.tr(
                "The server address that %1 publishes (%2) is not encrypted (http://). "
                "Treffpunkt does not sign in there; please tell your IT department."
            ),
        }
        text = texts.get(error.reason)
        if text is None:
            return str(error)
        for number, detail in enumerate(error.details, start=1):
            text = text.replace(f"%{number}", clean_text(detail))
        return text

    def _on_login_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.password.clear()
        if isinstance(error, lazy.session.LoginError):
            failure = lazy.session.LoginFailure
            refused = error.reason in (failure.INSECURE, failure.DOWNGRADE)
            field = self.server if refused and not self.server.isReadOnly() else self.password
            self.show_error(self._failure_text(error), field)
        else:
            self.show_error(
                self.tr("Signing in failed: %1").replace("%1", str(error)), self.password
            )
