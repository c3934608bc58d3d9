"""The offline story, in the real window against a real Synapse that goes away and comes back.

Anke signs in; the server stops (she is on the road); she posts, comments on Jan's question,
edits the group's duty roster in "her" editor and finds her own post by searching — all
offline. The server comes back; the window reconnects and sends what waited; Jan's client
then holds each of her changes exactly once, and so does the server.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client.accounts import Home
from client.commands import LocalCommands, NewDocument
from client.credentials import Credentials
from client.keyringstore import KeyringSecretStore
from devkit.devserver import DevServer, RegisteredUser, ensure_synapse_venv, free_port
from sync import mapping
from sync.session import Connected, login
from tests.e2e.test_desktop import sign_in
from tests.homeserver import make_group, timeline
from ui.context import AppContext, Settings
from ui.mainwindow import MainWindow
from ui.searchdialog import SearchDialog
from ui.sidebar import NodeKind

pytestmark = pytest.mark.e2e

POST = "Offline geschrieben: Hausbesuch bei Familie Jansen erledigt"
COMMENT = "Das Formular liegt im Dokumentenordner Wmo"
ROSTER_V2 = "Dienstplan Juli\nMo: Jan\nDi: Anke (Hausbesuche)\n"


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[DevServer]:
    """A Synapse of this test alone, on a fixed port, so it can stop and come back."""
    ensure_synapse_venv()
    server = DevServer(tmp_path / "synapse", port=free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _register(server: DevServer, name: str) -> RegisteredUser:
    return server.register_user(name, f"{name}-passwort-1")


def _hits(dialog: SearchDialog) -> list[str]:
    model = dialog.model
    return [
        str(model.index(row, 0, model.index(kind, 0)).data())
        for kind in range(model.rowCount())
        for row in range(model.rowCount(model.index(kind, 0)))
    ]


def _launch(opened: list[Path], url: QUrl) -> bool:
    opened.append(Path(url.toLocalFile()))  # stands in for the system's text editor
    return True


def test_offline_story_in_the_window(
    qapp: QApplication, qtbot: QtBot, own_server: DevServer, tmp_path: Path
) -> None:
    server = own_server
    anke, jan = _register(server, "anke"), _register(server, "jan")
    room = make_group(server, jan, anke)

    # Jan, on his headless client: a question and the duty roster, before Anke starts.
    jan_home = Home(tmp_path / "jan", Credentials(KeyringSecretStore()))
    jan_client: Connected = login(jan_home, server.base_url, jan.user_id, jan.password)
    jan_commands = LocalCommands(jan_client.replica, jan.user_id, jan_home.media_cache(jan.user_id))
    jan_client.engine.sync_once()
    jan_commands.post(room, "Wer kennt das neue Wmo-Formular?", question=True)
    roster = tmp_path / "Dienstplan.txt"
    roster.write_text("Dienstplan Juli\nMo: Jan\n", encoding="utf-8")
    doc_id = str(
        jan_commands.add_document(room, NewDocument(source=roster, name="Dienstplan.txt")).created
    )
    assert jan_client.engine.flush().sent == 2

    ctx = AppContext(
        Home(tmp_path / "anke", Credentials(KeyringSecretStore())), Settings(tmp_path / "s.ini")
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    editor_opened: list[Path] = []
    opener = window.detail.document_pane.opener
    opener.open_url = lambda url: _launch(editor_opened, url)
    opener.debounce_ms = 50
    try:
        sign_in(qtbot, window, server, anke)
        qtbot.wait_until(lambda: window.status.connection.text() == "online", timeout=60_000)
        qtbot.wait_until(
            lambda: window.sidebar.select(anke.user_id, NodeKind.GROUP, room), timeout=30_000
        )
        model = window.stream.model
        assert model is not None
        qtbot.wait_until(lambda: model.rowCount() == 1, timeout=30_000)
        account = ctx.account(anke.user_id)
        assert account is not None
        # Anke keeps the roster available offline before she leaves.
        with qtbot.wait_signal(opener.opened, timeout=30_000) as first_open:
            window.detail.show_document(account, doc_id)
            window.detail.document_pane.open_document()
        roster_copy = Path(str(first_open.args[1]))

        # On the road: the server is gone.
        server.stop()
        qtbot.wait_until(lambda: window.status.connection.text() == "offline", timeout=120_000)

        # 1. A post, from the composer.
        composer = window.stream.composer
        qtbot.keyClicks(composer.edit, POST)
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait_until(lambda: model.rowCount() == 2, timeout=10_000)
        assert model.post(0).pending

        # 2. A comment on Jan's question, in the thread pane.
        question_row = next(
            r for r in range(model.rowCount()) if model.post(r).author_id == jan.user_id
        )
        window.detail.show_post(account, model.post(question_row).id)
        thread = window.detail.thread_pane
        qtbot.wait_until(lambda: thread.model is not None and thread.model.rowCount() == 1)
        qtbot.keyClicks(thread.comment, COMMENT)
        qtbot.mouseClick(thread.send, Qt.MouseButton.LeftButton)
        qtbot.wait_until(
            lambda: thread.model is not None and thread.model.rowCount() == 2, timeout=10_000
        )

        # 3. The roster edited in "the editor": saved back as one new version.
        with qtbot.wait_signal(opener.version_saved, timeout=10_000):
            roster_copy.write_text(ROSTER_V2, encoding="utf-8")

        # 4. Search finds the offline post (the search box of the top bar; Ctrl+K).
        qtbot.mouseClick(window.search_button, Qt.MouseButton.LeftButton)
        search = window.search_dialog
        assert search is not None
        qtbot.keyClicks(search.box, "hausbesuch")
        qtbot.wait_until(lambda: any("Hausbesuch" in hit for hit in _hits(search)), timeout=10_000)
        search.close()
        qtbot.wait_until(lambda: "3 waiting" in window.status.outbox.text(), timeout=10_000)

        # Back in the office: the same server, the same port.
        restarted = DevServer(server.data_dir, port=server.port)
        restarted.start()
        try:
            window.status.reconnect.click()  # what the user does; the backoff would get there
            qtbot.wait_until(lambda: window.status.connection.text() == "online", timeout=60_000)
            qtbot.wait_until(lambda: "waiting" not in window.status.outbox.text(), timeout=60_000)
            qtbot.wait_until(lambda: not model.post(0).pending, timeout=30_000)

            # Jan's client sees each of Anke's changes exactly once.
            jan_client.engine.sync_once()
            events = timeline(restarted, jan.access_token, room)
            bodies = [e.content.get("body") for e in events if e.type == "m.room.message"]
            assert bodies.count(POST) == 1
            comments = [
                e for e in events if e.type == "m.room.message" and e.content.get("body") == COMMENT
            ]
            assert len(comments) == 1
            assert comments[0].content["m.relates_to"]["rel_type"] == "m.thread"
            versions = [
                e for e in events if e.type == mapping.DOCUMENT_STATE and e.state_key == doc_id
            ]
            assert len(versions) == 2  # Jan's upload and Anke's one edit
            expected = hashlib.sha256(ROSTER_V2.encode()).hexdigest()
            assert versions[-1].content["sha256"] == expected
            with jan_client.replica.connect() as conn:
                seen = conn.exec_driver_sql(
                    "SELECT count(*) FROM message WHERE body IN (?, ?)", (POST, COMMENT)
                ).scalar()
                sha = conn.exec_driver_sql(
                    "SELECT sha256 FROM document WHERE id = ?", (doc_id,)
                ).scalar()
            assert seen == 2
            assert sha == expected
        finally:
            window.close()
            restarted.stop()
    finally:
        window.close()
        ctx.shutdown()
        jan_client.close()
