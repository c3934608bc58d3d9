"""The desktop window against a real Synapse: sign in, sync, write a post, see it sent."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client.accounts import Home
from client.credentials import Credentials, KeyringSecretStore
from sync import api, mapping
from sync.devserver import DevServer
from tests.e2e.conftest import MakeUser
from ui.context import AppContext, Settings
from ui.mainwindow import MainWindow
from ui.sidebar import NodeKind

pytestmark = pytest.mark.e2e


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
        dialog = window.show_login()
        dialog.server.setText(synapse.base_url)
        dialog.user.setText(anke.user_id)
        dialog.password.setText(anke.password)
        with qtbot.wait_signal(dialog.signed_in, timeout=30_000):
            qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
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
