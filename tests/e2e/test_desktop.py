"""The desktop window against a real Synapse: sign in, sync, write a post, see it sent;
open a document with the system's application and save it back."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client.accounts import Home
from client.credentials import Credentials
from client.keyringstore import KeyringSecretStore
from devkit.devserver import DevServer, RegisteredUser
from sync import api, mapping
from tests.e2e.conftest import MakeUser
from tests.e2e.test_documents import _add, _documents
from tests.homeserver import ClientFactory, make_group, ok
from ui.context import AppContext, Settings
from ui.documents.opener import DocumentOpener
from ui.mainwindow import MainWindow
from ui.sidebar import NodeKind

pytestmark = pytest.mark.e2e


def sign_in(qtbot: QtBot, window: MainWindow, server: DevServer, user: RegisteredUser) -> None:
    """Sign in through the window's login dialog, as a user does."""
    dialog = window.show_login()
    dialog.server.setText(server.base_url)
    dialog.user.setText(user.user_id)
    dialog.password.setText(user.password)
    with qtbot.wait_signal(dialog.signed_in, timeout=30_000):
        qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)


def test_sign_in_sync_post_and_send(
    qapp: QApplication, qtbot: QtBot, synapse: DevServer, make_user: MakeUser, tmp_path: Path
) -> None:
    anke = make_user("anke")
    with synapse.transport(anke.access_token) as http:
        room = http.execute(
            api.create_room(
                name="Jeugd & Gezin",
                preset="private_chat",
                initial_state=(
                    {
                        "type": mapping.GROUP_STATE,
                        "state_key": "",
                        "content": {"description": "Samenwerking jeugdzorg", "kind": "group"},
                    },
                ),
            )
        )
        assert isinstance(room, api.RoomIdResponse), room
    ctx = AppContext(
        Home(tmp_path / "home", Credentials(KeyringSecretStore())), Settings(tmp_path / "s.ini")
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        sign_in(qtbot, window, synapse, anke)
        qtbot.wait_until(lambda: window.status.connection.text() == "online", timeout=30_000)
        # The room arrives with the first sync; the window opens it (the only group).
        qtbot.wait_until(
            lambda: window.sidebar.select(anke.user_id, NodeKind.GROUP, room.room_id),
            timeout=30_000,
        )
        composer = window.stream.composer
        qtbot.keyClicks(composer.edit, "Hallo vanuit de desktop")
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        model = window.stream.model
        assert model is not None
        # Saved by a write op, then sent by the engine on its thread: the stream shows the
        # post at once and then confirmed (it may be sent before we look).
        qtbot.wait_until(lambda: model.rowCount() == 1, timeout=10_000)
        qtbot.wait_until(lambda: not model.post(0).pending, timeout=30_000)
        qtbot.wait_until(lambda: "waiting" not in window.status.outbox.text(), timeout=10_000)
        with synapse.transport(anke.access_token) as http:
            page = http.execute(api.messages(room.room_id, limit=50))
            assert isinstance(page, api.MessagesResponse)
        bodies = [e.content.get("body") for e in page.chunk if e.type == "m.room.message"]
        assert bodies.count("Hallo vanuit de desktop") == 1
    finally:
        window.close()
        ctx.shutdown()


def _launch(launched: list[QUrl], url: QUrl) -> bool:
    launched.append(url)  # stands in for the system's application
    return True


def test_a_document_opened_on_the_desktop_is_downloaded_and_an_edit_of_it_never_overwrites(
    qtbot: QtBot,
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    tmp_path: Path,
) -> None:
    """Jan opens version 1 (not cached: the engine downloads it); Anke's version 2 arrives
    while the file is open; Jan saves. His save is based on version 1, so it becomes a
    conflict copy and Anke's version stays."""
    anke, jan = make_user("anke"), make_user("jan")
    room = make_group(server, anke, jan)
    a, j = client_factory(anke), client_factory(jan)
    a.sync()
    j.sync()
    v1 = tmp_path / "v1.txt"
    v1.write_text("Dienstplan Juli\nMo: Anke\n")
    doc = _add(a, room, v1, "Dienstplan.txt")
    a.sync()
    j.sync()
    assert not j.home.media_cache(jan.user_id).has(_documents(j)[doc].sha256)

    ctx = AppContext(j.home, Settings(tmp_path / "settings.ini"), inline_ops=True)
    account = ctx.connected_session(j.connected)
    launched: list[QUrl] = []
    opener = DocumentOpener(ctx, open_url=lambda url: _launch(launched, url), debounce_ms=20)
    with qtbot.waitSignal(opener.opened) as opened:
        opener.open(account, doc)
    path = Path(str(opened.args[1]))
    assert launched == [QUrl.fromLocalFile(str(path))]
    assert path.read_bytes() == v1.read_bytes()

    v2 = tmp_path / "anke.txt"
    v2.write_text("Dienstplan Juli\nMo: Anke\nDi: Anke\n")
    a.commands.add_document_version(doc, v2)
    a.sync()
    j.sync()  # Jan's replica now holds Anke's version; his file is still version 1
    with qtbot.waitSignal(opener.version_saved, timeout=10_000):
        path.write_text("Dienstplan Juli\nMo: Anke\nDi: Jan\n")
    assert j.connected.engine.flush().sent == 1, j.outbox()[0].last_error

    with server.transport(anke.access_token) as http:
        state = ok(http.execute(api.get_room_state(room))).events
    on_server = {e.state_key or "": e.content for e in state if e.type == mapping.DOCUMENT_STATE}
    [copy_id] = [key for key in on_server if key != doc]
    assert on_server[doc]["sha256"] == hashlib.sha256(v2.read_bytes()).hexdigest()
    assert on_server[copy_id]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert on_server[copy_id]["conflict_of"] == doc
    opener.close()
    assert not path.exists()
