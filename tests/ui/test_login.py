"""The sign-in dialog: validation shown inline, the sign-in itself as a background op."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from client import policy
from client.accounts import Home
from sync.session import Connected, LoginError
from ui.context import AppContext, Settings
from ui.login import LoginDialog, valid_server


def _dialog(qtbot: QtBot, ctx: AppContext, login: object = None) -> LoginDialog:
    def refuse(home: Home, server: str, user: str, password: str) -> Connected:
        raise LoginError("Wrong user name or password.")

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
