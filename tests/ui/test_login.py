"""The sign-in dialog: validation shown inline, the sign-in itself as a background op."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from client import policy
from client.accounts import Home
from sync.session import Connected, LoginError, LoginFailure
from ui import i18n, lazy
from ui.context import AppContext, Settings
from ui.login import LoginDialog, valid_server


def _dialog(qtbot: QtBot, ctx: AppContext, login: object = None) -> LoginDialog:
    def refuse(home: Home, server: str, user: str, password: str) -> Connected:
        raise LoginError("Wrong user name or password.", LoginFailure.WRONG_PASSWORD)

    dialog = LoginDialog(ctx, login=login or refuse)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize(
    ("server", "ok"),
    [
        ("intranet.harderwijk.nl", True),
        ("https://matrix.example.org", True),
        ("http://127.0.0.1:8008", True),
        ("localhost", True),
        ("", False),
        ("ftp://example.org", False),
        ("no spaces.nl", False),
        ("intranet", False),
    ],
)
def test_server_validation(server: str, ok: bool) -> None:
    assert valid_server(server) is ok


def test_missing_fields_are_named_inline(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "server" in dialog.error.text()
    dialog.server.setText("intranet")
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    assert "is not a server address" in dialog.error.text()
    dialog.server.setText("intranet.harderwijk.nl")
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    assert "user name" in dialog.error.text()
    dialog.user.setText("anke")
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    assert "password" in dialog.error.text()
    assert dialog.isVisible()


def test_refused_sign_in_stays_open_with_the_reason(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.server.setText("intranet.harderwijk.nl")
    dialog.user.setText("anke")
    dialog.password.setText("wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == "Wrong user name or password."
    assert dialog.password.text() == "" and dialog.sign_in.isEnabled()


def test_successful_sign_in_hands_over_the_connection(qtbot: QtBot, ctx: AppContext) -> None:
    seen: list[tuple[str, str, str]] = []
    marker = object()

    def accept(home: Home, server: str, user: str, password: str) -> object:
        seen.append((server, user, password))
        return marker

    dialog = _dialog(qtbot, ctx, accept)
    dialog.server.setText("https://intranet.test")
    dialog.user.setText("anke")
    dialog.password.setText("geheim")
    with qtbot.wait_signal(dialog.signed_in) as blocker:
        qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    assert blocker.args == [marker]
    assert seen == [("https://intranet.test", "anke", "geheim")]
    assert ctx.settings.last_user == "anke"


@pytest.mark.parametrize("locked", [True, False])
def test_policy_presets_the_server(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, locked: bool
) -> None:
    raw: dict[str, object] = {"server_urls": ["https://intranet.noord-veluwe.nl"]}
    if locked:
        raw["locked"] = ["server_urls"]
    ctx.settings = Settings(tmp_path / "s.ini", policy.from_mapping(raw, "test"))
    dialog = _dialog(qtbot, ctx)
    assert dialog.server.text() == "https://intranet.noord-veluwe.nl"
    assert dialog.server.isReadOnly() is locked


@pytest.mark.parametrize(
    ("reason", "details", "german"),
    [
        (LoginFailure.WRONG_PASSWORD, (), "Falscher Benutzername oder falsches Passwort."),
        (
            LoginFailure.UNREACHABLE,
            ("https://intranet.example.org", "connect"),
            "Der Server https://intranet.example.org ist nicht erreichbar (connect).",
        ),
        (
            LoginFailure.REFUSED,
            ("M_USER_DEACTIVATED",),
            "Der Server hat die Anmeldung abgelehnt: M_USER_DEACTIVATED",
        ),
        (
            LoginFailure.INSECURE,
            ("http://intranet.example.org",),
            "http://intranet.example.org ist nicht verschlüsselt (http://). Treffpunkt meldet "
            "sich nur über https:// an, außer auf diesem Computer oder bei einem Server, den "
            "deine IT-Abteilung erlaubt.",
        ),
        (
            LoginFailure.DOWNGRADE,
            ("example.org", "http://matrix.example.org"),
            "Die Serveradresse, die example.org angibt (http://matrix.example.org), ist nicht "
            "verschlüsselt (http://). Treffpunkt meldet sich dort nicht an; bitte sag deiner "
            "IT-Abteilung Bescheid.",
        ),
    ],
)
def test_sign_in_failures_are_shown_in_the_users_language(
    qtbot: QtBot,
    ctx: AppContext,
    qapp: QCoreApplication,
    tmp_path: Path,
    reason: LoginFailure,
    details: tuple[str, ...],
    german: str,
) -> None:
    def fail(home: Home, server: str, user: str, password: str) -> Connected:
        raise LoginError("in English for the log", reason, *details)

    catalogue = i18n.compile_catalogue("de", tmp_path)
    assert catalogue is not None
    translator = QTranslator()
    assert translator.load(str(catalogue))
    qapp.installTranslator(translator)
    try:
        dialog = _dialog(qtbot, ctx, login=fail)
        dialog.server.setText("intranet.example.org")
        dialog.user.setText("anke")
        dialog.password.setText("secret")
        qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error.isVisible())
        assert dialog.error.text() == german
    finally:
        qapp.removeTranslator(translator)


def test_an_unencrypted_server_elsewhere_is_refused_in_the_dialog(
    qtbot: QtBot, ctx: AppContext
) -> None:
    # The real sign-in: the address is refused before any request leaves the machine.
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server.setText("http://intranet.example.org")
    dialog.user.setText("anke")
    dialog.password.setText("geheim")
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not encrypted" in dialog.error.text())
    assert dialog.error.text().startswith("http://intranet.example.org is not encrypted")
    assert dialog.error.textFormat() is Qt.TextFormat.PlainText
    assert dialog.isVisible() and ctx.home.accounts() == []


def test_the_policy_hosts_reach_the_sign_in(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[object] = []

    def login(home: Home, server: str, user: str, password: str, **kwargs: object) -> object:
        seen.append(kwargs.get("allow_http"))
        raise LoginError("refused", LoginFailure.WRONG_PASSWORD)

    monkeypatch.setattr(lazy.session, "login", login)
    raw = {"allow_insecure_http": ["intranet.ermelo.local"]}
    ctx.settings = Settings(tmp_path / "s.ini", policy.from_mapping(raw, "test"))
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.server.setText("http://intranet.ermelo.local")
    dialog.user.setText("anke")
    dialog.password.setText("geheim")
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    assert seen == [["intranet.ermelo.local"]]


def test_signing_in_again_keeps_the_account_and_asks_only_for_the_password(
    qtbot: QtBot, ctx: AppContext
) -> None:
    user = "@anke:harderwijk.nl"
    dialog = LoginDialog(ctx, again=(user, "https://matrix.harderwijk.nl"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.server.text() == "https://matrix.harderwijk.nl" and dialog.server.isReadOnly()
    assert dialog.user.text() == user and dialog.user.isReadOnly()
    assert dialog.focusWidget() is dialog.password
    intro = dialog.findChild(QLabel, "loginIntro")
    assert intro is not None and user in intro.text()
    assert intro.textFormat() is Qt.TextFormat.PlainText
