"""Start-up: the main window shows before the database, sync and rendering stacks load.

Those modules (SQLAlchemy, httpx, keyring, markdown-it, nh3, the engine, the search index)
cost the desktop app seconds to import; they load on the worker that opens an account, after
the window is on screen. While it opens, the sidebar says so quietly.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client.accounts import Home
from client.credentials import Credentials, MemorySecretStore
from tests import filekeyring
from ui.app import start
from ui.context import AppContext, Settings
from ui.ops import Op
from ui.sidebar import KIND_ROLE, NodeKind, SidebarModel

ROOT = Path(__file__).resolve().parents[2]

# Each of these costs start-up a noticeable time and is needed only once an account opens.
HEAVY = (
    "sqlalchemy",
    "sqlcipher3",
    "httpx",
    "keyring",
    "markdown_it",
    "nh3",
    "cryptography",
    "client.models",
    "client.store",
    "client.search",
    "client.spelling",
    "rapidfuzz",
    "client.commands",
    "sync.api",
    "sync.engine",
    "sync.session",
    "sync.worker",
    # Updates: checked on a thread of their own once the window shows.
    "tuf",
    "urllib3",
    "sync.updates",
    # The engine's parts and the core's side of them: only the sync worker runs them.
    "sync.apply",
    "sync.backfill",
    "sync.outbox",
    "sync.transfers",
    "sync.retention",
    "sync.calls",
    "client.syncstate",
    "client.outbox",
    "client.rooms",
    "client.lookup",
    "client.ingest",
    # The pages not on screen at start: built (and their Qt types loaded) when first shown.
    "ui.stream",
    "ui.people",
    "ui.documents",
    "ui.detail",
    "ui.searchdialog",
    "ui.settingsdialog",
    "ui.appointments",
    "ui.activity",
    "ui.moderation",
    "ui.appointmentdialog",
    "ui.drafts",
    "ui.reactions",
    "ui.notifylevel",
    "ui.edithistory",
    "icalendar",
    "client.ics",
    "client.appointments",
    "client.reads.appointments",
    "ui.members",
    # The replica's reads the pages show, and the rows they hold: loaded with the pages.
    "client.rows",
    "client.reads.posts",
    "client.reads.people",
    "client.reads.documents",
    "client.reads.search",
    # Smaller, and nothing the first window needs: OpenSSL (only for an account's folder
    # name), ctypes (None's first top-up comes from the preload worker, see ui.refguard),
    # Qt's SVG bindings (the status line's dot is drawn by Qt's icon engine).
    "hashlib",
    "ctypes",
    "PySide6.QtSvg",
    # What an opened account's sidebar and status line read it with (preloaded).
    "client.reads",
    "client.reads.overview",
    "client.offline",
    # Values that only exist once an account is open: their dataclasses cost a millisecond
    # each to make.
    "client.changes",
    "client.notifications",
    # The list under the bell, built when first opened.
    "ui.notificationlist",
    # The start's own values are named tuples and plain classes: a dataclass compiles its
    # methods when its class is made.
    "dataclasses",
)

# The launcher's own start (ui.app.main) on an empty home, stopped right after ``start``
# returned: the window is built and shown, and no background operation has run yet. As in
# the launcher, ui.app is imported first and loads Qt itself.
_MAIN_UNTIL_SHOWN = """
import builtins, gc, json, sys
from ui import app as desktop

heavy = json.loads(sys.argv[1])
original = desktop.start

def start(ctx):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window = original(ctx)
    loaded = sorted(m for m in heavy if m in sys.modules)
    hooked = builtins.__import__ is builtins.__feature_import__
    seen = sys.modules["PySide6.support.feature"].pyside_feature_dict  # what the hook read
    read = sorted(m for m in seen if m.split(".")[0] in ("ui", "client", "sync"))
    shown = {"visible": window.isVisible(), "loaded": loaded, "feature_hook": hooked}
    shown["read_by_feature_hook"] = read
    shown["collecting"] = gc.isenabled()
    shown["tray"] = window.notification_watcher.notifier is not None

    def painted():
        shown["collecting_after_paint"] = gc.isenabled()
        shown["frozen_after_paint"] = gc.get_freeze_count() > 0
        shown["tray_after_paint"] = window.notification_watcher.notifier is not None
        print(json.dumps(shown), flush=True)
        QApplication.quit()

    # A turn after main's own after-first-paint calls, which it registers once start returns.
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: QTimer.singleShot(0, painted)))
    return window

desktop.start = start
sys.exit(desktop.main(["--home", sys.argv[2]]))
"""


def _child_env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "disabled:",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TREFFPUNKT_POLICY": str(tmp_path / "no-policy.toml"),
        "PYTHON_KEYRING_BACKEND": filekeyring.BACKEND,
        filekeyring.ENV: str(tmp_path / "keyring.json"),
    }


def _python(code: str, *args: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("module", ["ui.app", "ui.mainwindow"])
def test_importing_the_window_loads_nothing_heavy(module: str, tmp_path: Path) -> None:
    code = "import importlib, json, sys\nimportlib.import_module(sys.argv[1])\n"
    code += "print(json.dumps(sorted(m for m in json.loads(sys.argv[2]) if m in sys.modules)))"
    loaded = json.loads(_python(code, module, json.dumps(HEAVY), env=_child_env(tmp_path)))
    assert loaded == []


def test_the_window_shows_before_anything_heavy_loads(tmp_path: Path) -> None:
    out = _python(
        _MAIN_UNTIL_SHOWN, json.dumps(HEAVY), str(tmp_path / "home"), env=_child_env(tmp_path)
    )
    # Nor is every module imported meanwhile read as source by PySide's feature hook, nor
    # is memory collected before the first paint (start-up's objects live on; then frozen),
    # nor is the system tray asked for before then.
    assert json.loads(out) == {
        "visible": True,
        "loaded": [],
        "feature_hook": False,
        "read_by_feature_hook": [],
        "collecting": False,
        "collecting_after_paint": True,
        "frozen_after_paint": True,
        "tray": False,
        "tray_after_paint": True,
    }


def test_the_preload_worker_raises_nones_references(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import refguard
    from ui.mainwindow import preload_pages

    before = sys.getrefcount(None)
    monkeypatch.setattr(refguard, "FLOOR", before + 1_000)
    preload_pages()
    expected = before + refguard.TOP_UP if refguard.NEEDED else before
    assert sys.getrefcount(None) >= expected


def _top_level_kinds(model: SidebarModel) -> list[str]:
    return [str(model.index(row, 0).data(KIND_ROLE)) for row in range(model.rowCount())]


def test_an_account_shows_as_opening_until_it_is_open(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = "@anke:harderwijk.test"
    ctx.home.create_account(user, "http://127.0.0.1:9").close()
    # The background work start() queues is held back, as a busy worker would hold it.
    held: list[Op[Any]] = []
    monkeypatch.setattr(ctx.ops, "submit", held.append)
    window = start(ctx)
    qtbot.addWidget(window)
    model = window.sidebar_model
    # Nothing is queued before the window has painted; then the opening is.
    assert held == [] and ctx.opening == [user]
    qtbot.waitUntil(lambda: bool(held))
    assert ctx.accounts == [] and ctx.opening == [user]
    assert _top_level_kinds(model) == [NodeKind.OPENING.value]
    # Whatever language an earlier test left installed: the texts the app shows.
    opening = QCoreApplication.translate("SidebarModel", "Opening %1 …").replace("%1", user)
    assert model.index(0, 0).data() == opening
    assert window.middle.currentWidget() is window.welcome
    assert window.welcome.text() == QCoreApplication.translate("MainWindow", "Opening your data …")
    assert window.status.currentMessage() == ""  # quiet: no error, no "not signed in"

    monkeypatch.undo()  # the worker gets to it (inline here): not signed in, opened offline
    for op in held:
        ctx.ops.submit(op)
    assert [a.user_id for a in ctx.accounts] == [user] and ctx.opening == []
    assert _top_level_kinds(model) == [NodeKind.ACCOUNT.value]


def test_an_account_that_cannot_open_leaves_no_opening_state(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    user = "@anke:harderwijk.test"
    secrets = MemorySecretStore()
    home = Home(tmp_path / "home", Credentials(secrets))
    home.create_account(user, "http://127.0.0.1:9").close()
    secrets.delete(f"{user}/replica-key")  # the keyring lost the key: the data cannot open
    ctx = AppContext(home, Settings(tmp_path / "settings.ini"), inline_ops=True)
    try:
        window = start(ctx)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: ctx.opening == [])
        assert ctx.accounts == [] and ctx.opening == []
        assert _top_level_kinds(window.sidebar_model) == []
        assert "no key" in window.status.currentMessage()
    finally:
        ctx.shutdown()


# The launcher's own start, told when it handles SIGTERM and SIGINT, and what main returned.
_MAIN_UNTIL_SIGNALLED = """
import sys
from ui import app as desktop

original = desktop.quit_on_signals

def installed(app):
    original(app)
    print("ready", flush=True)

desktop.quit_on_signals = installed
code = desktop.main(["--home", sys.argv[1]])
print("stopped", code, flush=True)
"""


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_termination_signal_quits_through_the_event_loop(
    tmp_path: Path, number: signal.Signals
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _MAIN_UNTIL_SIGNALLED, str(tmp_path / "home")],
        cwd=ROOT,
        env=_child_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        child.send_signal(number)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    # main returned normally (the window closed, workers stopped): not killed by the signal.
    assert out.split() == ["stopped", "0"], err
    assert child.returncode == 0


def test_an_existing_home_keeps_the_tinted_icons(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    _python(_MAIN_UNTIL_SHOWN, json.dumps(HEAVY), str(home), env=_child_env(tmp_path))
    kept = {p.name.split("-")[0] for p in (home / "cache" / "icons").glob("*.svg")}
    assert {"search", "account", "bell"} <= kept
    # The next start finds them: nothing is written again.
    before = {p: p.stat().st_mtime_ns for p in (home / "cache" / "icons").iterdir()}
    _python(_MAIN_UNTIL_SHOWN, json.dumps(HEAVY), str(home), env=_child_env(tmp_path))
    assert {p: p.stat().st_mtime_ns for p in (home / "cache" / "icons").iterdir()} == before
