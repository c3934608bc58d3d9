"""The entry point of the desktop app (``treffpunkt-desktop``, ``python -m ui``).

Start-up builds the one ``AppContext``; accounts that signed in before are opened in the
background (keyring, decrypting, migrating), and sync starts for each. Without a display the
app says how to run it under Xvfb instead of dying in a Qt trace; without a keyring it says
so and stops (it never falls back to keeping secrets in a file).

``--self-test`` starts offscreen, opens a throw-away replica and builds the main window:
the packaging pipeline runs it on every built binary.
"""

from __future__ import annotations

import builtins
import contextlib
import gc
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ui import lazy

if TYPE_CHECKING:
    import socket

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    from client.accounts import AccountInfo, Home
    from client.credentials import LazySecretStore, SecretStore
    from sync.session import Connected
    from sync.state import Status
    from ui.context import AccountSession, AppContext
    from ui.mainwindow import MainWindow
    from ui.updates import UpdateChecker

PROGRAM = "treffpunkt-desktop"
EXIT_NO_DISPLAY = 2
SWITCH_INTERVAL_S = 0.001
EXIT_NO_KEYRING = 2

NO_DISPLAY_MESSAGE = """\
treffpunkt-desktop: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).

Treffpunkt is a desktop application and needs a graphical session. To run it on a
machine without one (a server, a CI job), start it inside a virtual X server:

    xvfb-run -a treffpunkt-desktop

(on Debian and Ubuntu: apt install xvfb xauth). The command-line client `treffpunkt`
works without a display.
"""


def has_display(environ: os._Environ[str] | dict[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    if env.get("QT_QPA_PLATFORM"):
        return True  # an explicit platform (offscreen, vnc, …) needs no display
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    return True  # Windows and macOS always have their window system


class Arguments(NamedTuple):
    home: Path | None  # folder for the local data
    lang: str | None  # language of the interface
    self_test: bool
    version: bool = False
    check_update: bool = False


def parse_args(argv: Sequence[str]) -> Arguments:
    """The command line, read by Qt's parser: argparse cost the start 5-10 ms (its import,
    gettext's look-ups of its own texts, regular expressions). ``--help`` prints the options
    and exits with 0; an unknown option or value exits with 2, as argparse did."""
    from PySide6.QtCore import QCommandLineOption, QCommandLineParser

    parser = QCommandLineParser()
    parser.setApplicationDescription("Treffpunkt")
    for option in (
        QCommandLineOption(["h", "help"], "show this help and exit"),
        QCommandLineOption(["home"], "folder for the local data", "folder"),
        QCommandLineOption(["lang"], "language of the interface: de, nl or en", "lang"),
        QCommandLineOption(
            ["self-test"], "start offscreen with a temporary replica, build the window, exit 0"
        ),
        QCommandLineOption(["version"], "print the version and exit"),
        QCommandLineOption(
            ["check-update"],
            "check the policy's update repository, download and verify a new version for "
            "the next start, and exit (0 staged, 1 refused, 3 up to date, 4 not allowed)",
        ),
    ):
        parser.addOption(option)  # one by one: PySide6 6.12 rejects a list in addOptions
    error = None
    if not parser.parse([PROGRAM, *argv]):
        error = parser.errorText()
    elif parser.isSet("help"):
        _usage, _, rest = parser.helpText().partition("\n")  # Qt's names the running binary
        sys.stdout.write(f"Usage: {PROGRAM} [options]\n{rest}")
        raise SystemExit(0)
    elif parser.positionalArguments():
        error = f"unexpected argument '{parser.positionalArguments()[0]}'"
    elif parser.isSet("lang") and parser.value("lang") not in lazy.i18n.LANGUAGES:
        error = f"unknown language '{parser.value('lang')}' (de, nl or en)"
    if error is not None:
        sys.stderr.write(f"{PROGRAM}: {error} (--help lists the options)\n")
        raise SystemExit(2)
    return Arguments(
        home=Path(parser.value("home")) if parser.isSet("home") else None,
        lang=parser.value("lang") if parser.isSet("lang") else None,
        self_test=parser.isSet("self-test"),
        version=parser.isSet("version"),
        check_update=parser.isSet("check-update"),
    )


def drop_feature_import_hook() -> None:
    """Give ``import`` back to the interpreter once PySide6 is loaded.

    PySide6 replaces ``builtins.__import__`` with a hook for its ``__feature__`` switches
    (``snake_case``, ``true_property``), which Treffpunkt does not use. Besides running on
    every import statement, the hook reads the whole source file of each module imported
    after PySide to see whether it mentions PySide: about 20 ms of the app's start, where
    most of our modules load. PySide keeps the import it wrapped (its own lazy-type import,
    which stays) as ``__orig_import__``; ``from __feature__ import ...`` no longer works.
    """
    importlib.import_module("PySide6.QtCore")  # PySide installs the hook on its first import
    original = getattr(builtins, "__orig_import__", None)
    if original is not None:
        builtins.__import__ = original


def _application(argv: Sequence[str]) -> object:
    from PySide6.QtWidgets import QApplication

    # The platform's own style on Windows and macOS; Fusion (with the system palette)
    # elsewhere. Chosen on the command line: asking for the style object from Python
    # would build the bindings of QStyle and its enums, a good part of a cold start.
    style = [] if sys.platform in ("win32", "darwin") or "-style" in argv else ["-style", "Fusion"]
    app = QApplication.instance() or QApplication(
        [sys.argv[0] if sys.argv else "treffpunkt", *style, *argv]
    )
    assert isinstance(app, QApplication)
    app.setApplicationName("Treffpunkt")
    app.setOrganizationName("Treffpunkt")
    app.setApplicationDisplayName("Treffpunkt")
    stylesheet = Path(__file__).resolve().parents[1] / "resources" / "style" / "treffpunkt.qss"
    if stylesheet.exists():
        app.setStyleSheet(stylesheet.read_text(encoding="utf-8"))
    return app


def self_test(language: str | None = None) -> int:
    """Build the real window on a temporary replica, offscreen; 0 when all went well."""
    import tempfile

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    drop_feature_import_hook()

    app = _application([])
    assert isinstance(app, QApplication)
    translators = lazy.i18n.install(app, language or "de")
    with tempfile.TemporaryDirectory(prefix="treffpunkt-self-test-") as tmp:
        home = lazy.accounts.Home(
            Path(tmp), lazy.credentials.Credentials(lazy.credentials.MemorySecretStore())
        )
        user = "@self-test:localhost"
        replica = home.create_account(user, "http://127.0.0.1")
        lazy.selftest.write_region(replica, "Selbsttest")
        ctx = lazy.context.AppContext(home, lazy.context.Settings(Path(tmp) / "settings.ini"))
        account = ctx.open_replica_session(user, replica)
        account.commands.post(lazy.selftest.GROUP, f"Selbsttest {datetime.now():%H:%M}")
        corrected = lazy.selftest.search_corrects(replica, "Selbsttest")
        calendar = lazy.selftest.appointment_calendar(replica, account.commands)
        window = lazy.mainwindow.MainWindow(ctx)
        window.add_account(account)
        window.show()
        # The sync worker process (this binary again, frozen): nothing listens on port 9,
        # so once it runs it reports the account offline.
        home.credentials.set_access_token(user, "self-test")
        runner = lazy.status.SyncRunner(ctx, account, window)
        loop = QEventLoop()
        ok = {"stream": False, "sync": False}

        def on_status(_user: str, status: Status) -> None:
            ok["sync"] = ok["sync"] or status.state is lazy.state.EngineState.OFFLINE
            check()

        runner.status_changed.connect(on_status)
        runner.start()

        def check() -> None:
            model = window.stream.model
            ok["stream"] = ok["stream"] or (model is not None and model.rowCount() > 0)
            if ok["stream"] and ok["sync"]:
                loop.quit()

        poll = QTimer()
        poll.setInterval(20)
        poll.timeout.connect(check)
        poll.start()
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        poll.stop()
        runner.stop()
        window.close()
        ctx.shutdown()
        window.deleteLater()
        app.processEvents()
    translated = bool(translators) or language == "en"
    if b"DTSTART;TZID=Europe/Berlin:20990105T090000" not in calendar:
        print("treffpunkt-desktop self-test: no calendar file with its zone", file=sys.stderr)
        return 1
    if not ok["stream"]:
        print("treffpunkt-desktop self-test: the stream did not load", file=sys.stderr)
        return 1
    if not ok["sync"]:
        print("treffpunkt-desktop self-test: the sync worker did not report", file=sys.stderr)
        return 1
    if not corrected:
        print("treffpunkt-desktop self-test: search did not correct a typo", file=sys.stderr)
        return 1
    if not _extraction_works():
        print("treffpunkt-desktop self-test: the text of a PDF was not read", file=sys.stderr)
        return 1
    print(
        f"treffpunkt-desktop self-test: ok (translations {'loaded' if translated else 'missing'})"
    )
    return 0


def _extraction_works() -> bool:
    """The extraction child (this binary again, frozen) reads a PDF with PDFium."""
    from client.extract.runner import Extractor

    with Extractor() as extractor:
        found = extractor.extract_bytes(lazy.selftest.SELF_TEST_PDF, "selbsttest.pdf", "")
    return lazy.selftest.SELF_TEST_WORD in found.text


def _fatal(app: object, title: str, text: str) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from ui import plain

    print(f"treffpunkt-desktop: {text}", file=sys.stderr)
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        plain.message_box(None, QMessageBox.Icon.Critical, title, text).exec()


def main(argv: Sequence[str] | None = None) -> int:
    raw = list(sys.argv[1:] if argv is None else argv)
    if raw[:1] == ["--sync-worker"]:  # the frozen app runs its sync workers as itself
        return lazy.worker.main()
    if raw[:1] == ["--extract-worker"]:  # and reads documents' text as itself too
        from client.extract import child

        return child.main(raw[1:])

    # Until the window is painted, nearly everything allocated lives as long as the app:
    # modules, classes, Qt's types and enums. Collecting meanwhile finds nothing to free and
    # took 10 ms of the start, PySide's import included. After the first paint, what start-up
    # made is frozen, so later full collections do not walk it either.
    gc.disable()
    # PySide loads here, before any of our modules (the command line is read by Qt's parser).
    drop_feature_import_hook()
    args = parse_args(raw)
    if args.version:
        from client import __version__

        print(f"{PROGRAM} {__version__}")
        return 0
    if args.check_update:
        return lazy.updates.check_from_command_line(
            lazy.policy.load(), args.home or lazy.accounts.default_home()
        )
    if args.self_test:
        gc.enable()
        return self_test(args.lang)
    if not has_display():
        sys.stderr.write(NO_DISPLAY_MESSAGE)
        return EXIT_NO_DISPLAY

    # The GUI thread shares the interpreter with the sync and worker threads. A thread that
    # wants it waits for the holder's time slice to end, and with several busy threads it
    # may wait for more than one: slices of 1 ms instead of 5 keep those waits short.
    sys.setswitchinterval(SWITCH_INTERVAL_S)

    from PySide6.QtWidgets import QApplication

    app = _application([])
    assert isinstance(app, QApplication)
    machine_policy = lazy.policy.load()
    for warning in machine_policy.warnings:
        print(f"treffpunkt-desktop: {warning}", file=sys.stderr)
    settings = lazy.context.Settings(policy=machine_policy)
    translators = lazy.i18n.install(app, args.lang or settings.language)
    keyring = lazy.credentials.LazySecretStore(_system_keyring)
    home = lazy.accounts.Home(
        args.home or lazy.accounts.default_home(), lazy.credentials.Credentials(keyring)
    )
    if home.root.is_dir():  # a first start, or one that stops for want of a keyring, writes none
        lazy.icons.use_cache_dir(home.root / "cache" / "icons")
    ctx = lazy.context.AppContext(home, settings)
    ctx.translators = translators
    window = start(ctx)
    after_first_paint(window, partial(connect_keyring, ctx, keyring))
    after_first_paint(window, partial(quit_on_signals, app))
    after_first_paint(window, _collect_from_now_on)
    updaters: list[UpdateChecker] = []
    after_first_paint(window, partial(start_updates, ctx, window, updaters))
    code = app.exec()
    window.stop_sync()
    ctx.shutdown()
    del translators
    if updaters and updaters[0].restart_wanted:
        lazy.updates.restart()
    return int(code)


def start_updates(ctx: AppContext, window: MainWindow, started: list[UpdateChecker]) -> None:
    """Check IT's update repository once the window shows, if the policy names one.

    "Restart to update" quits the event loop; ``main`` then starts the program again, and
    that start puts the staged version in place.
    """
    from PySide6.QtCore import QCoreApplication

    checker = lazy.updates.UpdateChecker(
        ctx.settings.policy,
        ctx.home.root,
        window.status,
        window.account_button.menu(),
        parent=window,
    )
    checker.restart_requested.connect(QCoreApplication.quit)
    started.append(checker)
    checker.start()


def _collect_from_now_on() -> None:
    gc.freeze()
    gc.enable()


_SIGNAL_SOCKETS: list[socket.socket] = []


def quit_on_signals(app: QCoreApplication) -> None:
    """SIGTERM (the desktop session ending, ``kill``) and SIGINT (Ctrl+C in a terminal) quit
    through the event loop, as closing the window does: the sync workers are asked to stop
    and the replicas are closed instead of the process being cut off (and ``make demo``
    then stops its local server too).

    Python runs a signal handler only when it gets control, which a Qt event loop waiting
    for input does not give it; the signal's wake-up byte on a socket pair does, through a
    socket notifier.
    """
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    _SIGNAL_SOCKETS[:] = [receiver, sender]  # alive as long as the handlers may fire
    signal.set_wakeup_fd(sender.fileno())
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: None)  # the wake-up byte is what counts
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, app)

    def woken() -> None:
        with contextlib.suppress(OSError):
            receiver.recv(64)
        app.quit()

    notifier.activated.connect(woken)


def after_first_paint(window: QWidget, fn: Callable[[], object]) -> None:
    """Call ``fn`` once the event loop's first turn has laid out and painted ``window``.

    Work a worker starts before then competes with that turn for the interpreter: with
    three workers importing (the accounts' database stack, the keyring, the pages), the GUI
    thread got it back only every other millisecond, and the window showed later. Qt
    handles timer events posted during a turn in the next one, after the window system's
    (expose, paint): hence a zero timer from a zero timer.
    """
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, window, partial(QTimer.singleShot, 0, window, fn))


def connect_keyring(ctx: AppContext, keyring: LazySecretStore) -> None:
    """Find the system keyring on a worker; without one, say so and stop.

    Finding it may wait on D-Bus, which the GUI thread must not. The accounts' opening
    (queued by ``start``) needs the keyring too and fails quietly without one; nothing has been
    written when this says so (the app never keeps secrets in a file instead).
    """
    from PySide6.QtCore import QCoreApplication

    def failed(error: Exception) -> None:
        _fatal(
            QCoreApplication.instance(),
            QCoreApplication.translate("App", "No keyring"),
            QCoreApplication.translate(
                "App",
                "Treffpunkt keeps the key of your local data and your sign-in in the "
                "system keyring, and none is available.\n\n%1",
            ).replace("%1", str(error)),
        )
        QCoreApplication.exit(EXIT_NO_KEYRING)

    lazy.ops.Op(ctx.ops, keyring.connect, writes=True).failure(failed).run()


def _system_keyring() -> SecretStore:
    """The OS keyring, loaded (``keyring`` and its backends) on the worker that first needs a
    secret, after the window shows."""
    return lazy.keyringstore.KeyringSecretStore()


def _resume(home: Home, user_id: str, allow_http: list[str]) -> Connected:
    """``sync.session.resume``, imported here on the worker: the engine, httpx and
    SQLAlchemy load there while the window is already on screen."""
    return lazy.session.resume(home, user_id, allow_http=allow_http)


def start(ctx: AppContext) -> MainWindow:
    """Show the window, then open the accounts that signed in before (in the background).

    Until an account has opened, the sidebar shows it as "Opening …". The background
    work starts once the window is painted (``after_first_paint``).
    """
    window = lazy.mainwindow.MainWindow(ctx)
    window.show()
    known = ctx.home.accounts()
    if not known:
        window.show_login()
    for info in known:
        ctx.set_opening(info.user_id, True)
    after_first_paint(window, partial(_open_in_background, ctx, window, known))
    after_first_paint(window, window.install_tray)
    return window


def _open_in_background(ctx: AppContext, window: MainWindow, known: list[AccountInfo]) -> None:
    """Open the accounts that signed in before, on workers. Beside them the pages' modules
    load, and then the stream page, which the first group needs, is built while the accounts
    still open. Decrypted copies of documents that a crash left behind are removed."""
    from PySide6.QtCore import QCoreApplication

    lazy.ops.Op(
        ctx.ops, partial(lazy.tempcopies.remove_left_behind, ctx.home.root), parent=window
    ).run()
    for info in known:

        def opened_offline(why: str, account: AccountSession) -> None:
            window.add_account(account)
            window.status.showMessage(why)

        def not_opened(user_id: str, error: Exception) -> None:
            ctx.set_opening(user_id, False)
            window.status.showMessage(str(error))

        def resume_failed(user_id: str, error: Exception) -> None:
            if isinstance(error, lazy.session.LoginError):  # loaded by the worker that resumed
                if error.reason is lazy.session.LoginFailure.INSECURE:
                    why = QCoreApplication.translate(
                        "App",
                        "The server of %1 (%2) is not encrypted (http://); Treffpunkt does "
                        "not connect to it. You can read and write; please tell your IT "
                        "department.",
                    )
                    why = why.replace("%1", user_id).replace("%2", error.details[0])
                else:
                    why = QCoreApplication.translate(
                        "App", "Not signed in as %1: you can read and write; sign in to send."
                    ).replace("%1", user_id)
                # Keyring, decryption and migration: on a worker, like everything slow.
                lazy.ops.Op(
                    ctx.ops,
                    lambda: ctx.open_replica_session(user_id, ctx.home.open_account(user_id)),
                    writes=True,
                    parent=window,
                ).success(partial(opened_offline, why)).failure(partial(not_opened, user_id)).run()
            else:
                not_opened(user_id, error)

        lazy.ops.Op(
            ctx.ops,
            partial(_resume, ctx.home, info.user_id, ctx.settings.insecure_http_hosts),
            writes=True,
            parent=window,
        ).success(window.add_connected).failure(partial(resume_failed, info.user_id)).run()
    lazy.ops.Op(ctx.ops, lazy.mainwindow.preload_pages, parent=window).success(
        window.prepare_stream
    ).run()


if __name__ == "__main__":
    raise SystemExit(main())
