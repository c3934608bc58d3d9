"""The desktop window when the server no longer accepts an account, against a real Synapse
and the real sync worker process.

The laptop is lost: IT removes its device with Synapse's admin API. The worker reports a
hard logout and is not started again; the window wipes the account as signing out does
(replica, media cache, opened copies, keyring secrets, account index) and says why. An
expired session (Synapse's own ``soft_logout`` for a token past its expiry) keeps
everything and asks for the password; after signing in again sync goes on where it stopped,
with the same device."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from client.accounts import Home
from client.commands import NewDocument
from client.credentials import Credentials
from client.keyringstore import KeyringSecretStore
from client.models import Account, Document, Message
from client.store import Replica
from devkit.devserver import DevServer, RegisteredUser
from sync import api
from sync.session import resume
from sync.state import AuthLoss
from tests.conftest import MemoryKeyring
from tests.e2e.test_desktop import sign_in
from tests.homeserver import ClientFactory, MakeUser, make_group, ok, server_messages
from ui import status
from ui.context import AppContext, Settings
from ui.mainwindow import MainWindow

pytestmark = pytest.mark.e2e

# Short, so that a restart the runner must not make would come within the test.
RESTART_MS = 100


@pytest.fixture
def launches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every sync worker the window starts, by user id."""
    started: list[str] = []
    launch = status.SyncRunner._launch

    def counted(runner: status.SyncRunner, secrets: dict[str, str]) -> None:
        started.append(runner.account.user_id)
        launch(runner, secrets)

    monkeypatch.setattr(status, "RESTART_FIRST_MS", RESTART_MS)
    monkeypatch.setattr(status.SyncRunner, "_launch", counted)
    return started


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _post(server: DevServer, user: RegisteredUser, room: str, body: str) -> None:
    with server.transport(user.access_token) as http:
        content = {"msgtype": "m.text", "body": body}
        ok(http.execute(api.send_event(room, "m.room.message", f"t-{time.time_ns()}", content)))


def _read(replica: Replica, fn: Callable[[Any], Any]) -> Any:
    with replica.session() as session:
        return fn(session)


def _launch(opened: list[Path], url: QUrl) -> bool:
    opened.append(Path(url.toLocalFile()))  # stands in for the system's application
    return True


def _secrets(keyring: MemoryKeyring, user_id: str) -> list[str]:
    return sorted(name for _service, name in keyring.passwords if name.startswith(user_id))


def test_a_removed_device_wipes_the_account_in_the_window_and_says_why(
    qapp: QApplication,
    qtbot: QtBot,
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    memory_keyring: MemoryKeyring,
    launches: list[str],
    tmp_path: Path,
) -> None:
    anke, bram, it = make_user("anke"), make_user("bram"), make_user("it", admin=True)
    room = make_group(server, bram, anke)
    b = client_factory(bram)
    b.sync()
    source = tmp_path / "Akte.txt"
    source.write_text("Akte 4711: vertraulich\n", encoding="utf-8")
    doc = b.commands.add_document(room, NewDocument(source, name="Akte.txt")).created
    assert isinstance(doc, str)
    b.sync()

    ctx = AppContext(
        Home(tmp_path / "home", Credentials(KeyringSecretStore())), Settings(tmp_path / "s.ini")
    )
    home = ctx.home
    window = _window(qtbot, ctx)
    opened: list[Path] = []
    opener = window.detail.document_pane.opener
    opener.open_url = lambda url: _launch(opened, url)
    try:
        sign_in(qtbot, window, server, anke)
        qtbot.wait_until(lambda: window.status.connection.text() == "online", timeout=60_000)
        account = ctx.account(anke.user_id)
        assert account is not None
        qtbot.wait_until(
            lambda: _read(account.replica, lambda s: s.get(Document, doc)) is not None,
            timeout=30_000,
        )
        # Opened on the desktop: downloaded into the media cache, decrypted into a copy.
        with qtbot.wait_signal(opener.opened, timeout=30_000):
            window.detail.show_document(account, doc)
            window.detail.document_pane.open_document()
        [copy] = opened
        replica_path = home.replica_path(anke.user_id)
        media = home.media_dir(anke.user_id)
        assert copy.exists() and replica_path.exists() and any(media.rglob("*"))
        assert _secrets(memory_keyring, anke.user_id) == [
            f"{anke.user_id}/access-token",
            f"{anke.user_id}/replica-key",
        ]
        runner = window._runners[anke.user_id]
        assert launches == [anke.user_id]

        # The laptop is lost: IT removes its device, which revokes its token.
        device = account.connected.info.device_id if account.connected else None
        assert device is not None
        with server.transport(it.access_token) as http:
            ok(http.execute(api.admin_delete_device(anke.user_id, device)))
        _post(server, bram, room, "Wer hat die Akte?")  # ends the worker's long poll

        qtbot.wait_until(lambda: window.access_lost_box is not None, timeout=90_000)
        box = window.access_lost_box
        assert box is not None
        assert anke.user_id in box.text() and "no longer accepts" in box.text()
        assert "deleted from this computer" in box.informativeText()
        assert box.textFormat() is Qt.TextFormat.PlainText

        assert runner.lost is AuthLoss.HARD
        assert not replica_path.exists() and not media.exists()
        assert not home.account_dir(anke.user_id).exists()
        assert not copy.exists() and not copy.parent.exists()
        assert _secrets(memory_keyring, anke.user_id) == []
        assert home.account(anke.user_id) is None
        assert ctx.account(anke.user_id) is None
        assert anke.user_id not in window._runners
        qtbot.wait(10 * RESTART_MS)  # a restart would have come by now
        assert launches == [anke.user_id]
    finally:
        window.close()
        ctx.shutdown()


def test_an_expired_session_keeps_everything_and_asks_for_the_password(
    qapp: QApplication,
    qtbot: QtBot,
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    memory_keyring: MemoryKeyring,
    launches: list[str],
    tmp_path: Path,
) -> None:
    anke, bram, it = make_user("anke"), make_user("bram"), make_user("it", admin=True)
    room = make_group(server, bram, anke)
    a = client_factory(anke)
    a.sync()
    a.commands.post(room, "Schon gesendet")
    a.sync()
    a.commands.post(room, "Offline geschrieben")  # waits to be sent
    device = a.connected.info.device_id
    replica_path = a.home.replica_path(anke.user_id)
    before = _read(
        a.connected.replica,
        lambda s: (
            s.scalars(select(Account.created_at)).one(),
            {m.body: m.id for m in s.scalars(select(Message))},
        ),
    )
    # Meanwhile the session expires: Synapse then answers with soft_logout.
    expires = int(time.time() * 1000) + 1000
    with server.transport(it.access_token) as http:
        short = ok(http.execute(api.admin_login_as_user(anke.user_id, valid_until_ms=expires)))
    a.home.credentials.set_access_token(anke.user_id, short.access_token)
    a.connected.close()
    time.sleep(max(0.0, expires / 1000 - time.time()) + 0.3)
    _post(server, bram, room, "Während du abgemeldet warst")

    ctx = AppContext(a.home, Settings(tmp_path / "s.ini"))
    window = _window(qtbot, ctx)
    try:
        window.add_connected(resume(ctx.home, anke.user_id))
        qtbot.wait_until(lambda: window.sign_in_again_dialog is not None, timeout=60_000)
        dialog = window.sign_in_again_dialog
        assert dialog is not None
        assert (dialog.server.text(), dialog.user.text()) == (server.base_url, anke.user_id)
        assert dialog.server.isReadOnly() and dialog.user.isReadOnly()
        assert window.status.connection.text() == "signed out — sign in again to send"
        # Everything stays but the token.
        qtbot.wait_until(
            lambda: _secrets(memory_keyring, anke.user_id) == [f"{anke.user_id}/replica-key"],
            timeout=10_000,
        )
        assert replica_path.exists() and ctx.home.account(anke.user_id) is not None
        assert ctx.account(anke.user_id) is not None
        qtbot.wait(10 * RESTART_MS)  # a restart would have come by now
        assert launches == [anke.user_id]

        dialog.password.setText(anke.password)
        with qtbot.wait_signal(dialog.signed_in, timeout=30_000):
            qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
        qtbot.wait_until(lambda: launches == [anke.user_id, anke.user_id], timeout=10_000)
        qtbot.wait_until(lambda: window.status.connection.text() == "online", timeout=60_000)

        account = ctx.account(anke.user_id)
        assert account is not None and account.connected is not None
        assert account.connected.info.device_id == device
        qtbot.wait_until(
            lambda: (
                "Während du abgemeldet warst"
                in _read(account.replica, lambda s: set(s.scalars(select(Message.body))))
            ),
            timeout=60_000,
        )
        # The same replica, where it stopped: nothing fetched anew, nothing sent twice.
        after = _read(
            account.replica,
            lambda s: (
                s.scalars(select(Account.created_at)).one(),
                {m.body: m.id for m in s.scalars(select(Message))},
            ),
        )
        assert after[0] == before[0]
        assert {k: after[1][k] for k in before[1]} == before[1]
        qtbot.wait_until(
            lambda: (
                [
                    e.content.get("body") for e in server_messages(server, bram.access_token, room)
                ].count("Offline geschrieben")
                == 1
            ),
            timeout=60_000,
        )
        assert window.sign_in_again_dialog is None or not window.sign_in_again_dialog.isVisible()
    finally:
        window.close()
        ctx.shutdown()
