"""Start-up: --self-test, no display, no keyring; translations; the status line."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from sync.engine import EngineState, Status
from ui import i18n, timefmt
from ui.app import NO_DISPLAY_MESSAGE, Arguments, has_display, parse_args, start
from ui.context import AppContext
from ui.login import LoginDialog
from ui.mainwindow import MainWindow
from ui.postview import SafeDocument
from ui.stream import open_link

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _env(**changes: str | None) -> dict[str, str]:
    env = dict(os.environ)
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def test_self_test_exits_zero() -> None:
    result = _run(["--self-test"], _env(QT_QPA_PLATFORM=None, DISPLAY=None))
    assert result.returncode == 0, result.stderr
    assert "self-test: ok" in result.stdout


def test_without_a_display_it_says_how_to_run_under_xvfb() -> None:
    result = _run([], _env(QT_QPA_PLATFORM=None, DISPLAY=None, WAYLAND_DISPLAY=None))
    assert result.returncode == 2
    assert "xvfb-run -a treffpunkt-desktop" in result.stderr
    assert "Traceback" not in result.stderr and "qt.qpa" not in result.stderr


def test_without_a_keyring_it_stops_with_a_clear_message(tmp_path: Path) -> None:
    env = _env(QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    result = _run(["--home", str(tmp_path / "home")], env)
    assert result.returncode == 2
    assert "keyring" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "home").exists()  # nothing was written anywhere


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="display variables are X11/Wayland"
)
def test_has_display() -> None:
    assert not has_display({})
    assert has_display({"DISPLAY": ":0"})
    assert has_display({"WAYLAND_DISPLAY": "wayland-0"})
    assert has_display({"QT_QPA_PLATFORM": "offscreen"})
    assert "xvfb-run" in NO_DISPLAY_MESSAGE


@pytest.mark.parametrize("language", ["de", "nl", "en"])
def test_catalogues_are_complete(language: str) -> None:
    tree = ET.parse(i18n.SOURCES / f"treffpunkt_{language}.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if (t := m.find("translation")) is not None
        and t.get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


def test_german_catalogue_compiles_and_translates(qapp: QCoreApplication, tmp_path: Path) -> None:
    path = i18n.compile_catalogue("de", tmp_path)
    assert path is not None and path.exists()
    translator = QTranslator()
    assert translator.load(str(path))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("StreamModel", "waiting to send") == "wartet auf Senden"
        assert QCoreApplication.translate("Time", "%n min ago", None, 5) == "vor 5 Min."
    finally:
        qapp.removeTranslator(translator)


def test_relative_times() -> None:
    now = datetime(2026, 3, 2, 12, 0)
    assert timefmt.relative(now - timedelta(seconds=20), now) == "just now"
    assert timefmt.relative(now - timedelta(minutes=5), now) == "5 min ago"
    assert timefmt.relative(now - timedelta(hours=3), now) == "3 h ago"
    assert timefmt.exact(now)


def test_status_line(window: MainWindow) -> None:
    bar = window.status
    assert bar.connection.text() == "offline"
    synced = datetime.now() - timedelta(minutes=5)
    status = Status(
        EngineState.UP_TO_DATE, {"waiting": 3, "sending": 0, "failed": 1}, last_sync=synced
    )
    assert bar.account is not None
    bar.on_engine_status(bar.account.user_id, status)
    assert bar.connection.text() == "online"
    assert "3 waiting to send" in bar.outbox.text()
    assert "1 could not be sent" in bar.outbox.text()
    assert "more than a day" not in bar.outbox.text()
    stuck = status._replace(outbox={**status.outbox, "stuck": 2})
    bar.on_engine_status(bar.account.user_id, stuck)
    assert "2 not sent for more than a day" in bar.outbox.text()
    assert "min ago" in bar.synced.text()
    assert bar.synced.toolTip() == timefmt.exact(synced)


def test_links_open_only_web_and_mail(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QUrl

    assert not open_link(window, QUrl("javascript:alert(1)"))
    assert not open_link(window, QUrl("file:///etc/passwd"))


def test_bodies_never_load_resources() -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    doc = SafeDocument()
    doc.setHtml('<p>x<img src="https://tracker.example/pixel.png"></p>')
    assert (
        doc.loadResource(
            QTextDocument.ResourceType.ImageResource.value,
            QUrl("https://tracker.example/pixel.png"),
        )
        is None
    )


def test_start_without_accounts_asks_to_sign_in(qtbot: QtBot, ctx: AppContext) -> None:
    window = start(ctx)
    qtbot.addWidget(window)
    dialogs = window.findChildren(LoginDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].reject()


def test_start_opens_a_known_account_offline_when_not_signed_in(
    qtbot: QtBot, ctx: AppContext
) -> None:
    user = "@anke:harderwijk.test"
    replica = ctx.home.create_account(user, "http://127.0.0.1:9")
    replica.close()
    window = start(ctx)  # no access token: resume fails, the local data opens offline
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(ctx.accounts))  # once the window has painted
    assert [a.user_id for a in ctx.accounts] == [user]
    assert ctx.accounts[0].connected is None
    assert "Not signed in" in window.status.currentMessage()
    assert window.status.connection.text() == "offline"


def test_start_removes_decrypted_copies_a_crashed_app_left(qtbot: QtBot, ctx: AppContext) -> None:
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    left = ctx.home.root / "open" / str(ended.pid) / "doc-1" / "Fallakte.txt"
    left.parent.mkdir(parents=True)
    left.write_text("decrypted")
    window = start(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not left.parent.parent.exists())  # once the window has painted
    for dialog in window.findChildren(LoginDialog):
        dialog.reject()


def test_an_account_on_an_unencrypted_server_elsewhere_opens_offline_and_says_why(
    qtbot: QtBot, ctx: AppContext
) -> None:
    user = "@anke:harderwijk.test"
    ctx.home.create_account(user, "http://intranet.harderwijk.test", "DEVICE").close()
    ctx.home.credentials.set_access_token(user, "token")
    window = start(ctx)  # the token would travel unencrypted: no connection is made
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(ctx.accounts))
    assert ctx.accounts[0].connected is None
    message = window.status.currentMessage()
    assert "http://intranet.harderwijk.test" in message and "not encrypted" in message


def test_the_command_line() -> None:
    assert parse_args([]) == Arguments(home=None, lang=None, self_test=False)
    assert parse_args(["--home", "h", "--lang", "nl", "--self-test"]) == Arguments(
        home=Path("h"), lang="nl", self_test=True
    )
    assert parse_args(["--home=h"]).home == Path("h")


@pytest.mark.parametrize("argv", [["--lang", "fr"], ["--bogus"], ["extra"], ["--home"]])
def test_a_wrong_command_line_exits_with_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(argv)
    assert exited.value.code == 2
    assert capsys.readouterr().err.startswith("treffpunkt-desktop: ")


def test_help_lists_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Usage: treffpunkt-desktop [options]\n")
    assert all(option in out for option in ("--home <folder>", "--lang <lang>", "--self-test"))


def test_refguard_keeps_none_far_from_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import refguard

    before = sys.getrefcount(None)
    monkeypatch.setattr(refguard, "FLOOR", before + 1_000)
    refguard.top_up_none()
    expected = before + refguard.TOP_UP if refguard.NEEDED else before
    assert sys.getrefcount(None) >= expected - 100


def test_demo_without_a_display_says_how_to_run_it_under_xvfb() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "devkit.demo"],
        cwd=ROOT,
        env=_env(QT_QPA_PLATFORM=None, DISPLAY=None, WAYLAND_DISPLAY=None),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "xvfb-run -a make demo" in result.stderr and "Traceback" not in result.stderr
