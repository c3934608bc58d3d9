"""Several accounts in the window against a real Synapse: joining an open group of an
organisation, and signing one account out (warning, server logout, local data wiped)."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import ANY

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from client.accounts import Home
from client.credentials import Credentials
from client.keyringstore import KeyringSecretStore
from client.reads.overview import LocalStatus, local_status
from devkit.devserver import DevServer, RegisteredUser
from sync import api, mapping
from sync.session import login
from tests.conftest import MemoryKeyring
from tests.homeserver import MakeUser, make_group, ok
from ui.context import AppContext, Settings
from ui.mainwindow import MainWindow
from ui.sidebar import ACCOUNT_ROLE, ID_ROLE, KIND_ROLE, NodeKind

pytestmark = pytest.mark.e2e


def _organisation(server: DevServer, owner: RegisteredUser, *members: RegisteredUser) -> str:
    """An organisation space that ``members`` have joined."""
    with server.transport(owner.access_token) as http:
        space = ok(
            http.execute(
                api.create_room(
                    name="Gemeente Ermelo",
                    preset="public_chat",
                    is_space=True,
                    initial_state=(
                        {
                            "type": mapping.ORGANISATION_STATE,
                            "state_key": "",
                            "content": {"name": "Gemeente Ermelo"},
                        },
                    ),
                )
            )
        )
    for member in members:
        with server.transport(member.access_token) as http:
            ok(http.execute(api.join(space.room_id)))
    return space.room_id


def _child(server: DevServer, owner: RegisteredUser, space: str, name: str, *, public: bool) -> str:
    """A group in the space, open to join or by invitation only."""
    with server.transport(owner.access_token) as http:
        room = ok(
            http.execute(
                api.create_room(
                    name=name,
                    preset="public_chat" if public else "private_chat",
                    initial_state=(
                        {
                            "type": mapping.GROUP_STATE,
                            "state_key": "",
                            "content": {"description": name, "kind": "group"},
                        },
                    ),
                )
            )
        )
        via = {"via": [server.server_name]}
        ok(http.execute(api.put_state_event(space, "m.space.child", via, room.room_id)))
        ok(http.execute(api.put_state_event(room.room_id, "m.space.parent", via, space)))
    return room.room_id


def _groups_in_sidebar(window: MainWindow, user_id: str) -> set[str]:
    return {
        str(i.data(ID_ROLE))
        for i in window.sidebar.walk()
        if i.data(KIND_ROLE) == NodeKind.GROUP.value and i.data(ACCOUNT_ROLE) == user_id
    }


def _accounts_in_sidebar(window: MainWindow) -> list[str]:
    return [
        str(i.data(ACCOUNT_ROLE))
        for i in window.sidebar.walk()
        if i.data(KIND_ROLE) == NodeKind.ACCOUNT.value
    ]


@pytest.fixture
def app_ctx(qapp: QApplication, tmp_path: Path) -> AppContext:
    home = Home(tmp_path / "home", Credentials(KeyringSecretStore()))
    return AppContext(home, Settings(tmp_path / "settings.ini"))


def test_two_accounts_join_a_group_and_sign_one_out(
    qtbot: QtBot,
    synapse: DevServer,
    make_user: MakeUser,
    app_ctx: AppContext,
    memory_keyring: MemoryKeyring,
) -> None:
    it, anke, bert = make_user("it"), make_user("anke"), make_user("bert")
    space = _organisation(synapse, it, anke, bert)
    member_of = _child(synapse, it, space, "Publiekszaken", public=True)
    open_group = _child(synapse, it, space, "Wmo-loket", public=True)
    _child(synapse, it, space, "Directie", public=False)  # invitation only: not offered
    with synapse.transport(anke.access_token) as http:
        ok(http.execute(api.join(member_of)))
    # Bert may read but not write here: what he writes fails and stays unsent.
    read_only = make_group(
        synapse, it, bert, name="Mededelingen", power_levels={"events_default": 50}
    )

    ctx = app_ctx
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        for user in (anke, bert):
            window.add_connected(login(ctx.home, synapse.base_url, user.user_id, user.password))
        qtbot.wait_until(
            lambda: member_of in _groups_in_sidebar(window, anke.user_id), timeout=30_000
        )
        qtbot.wait_until(
            lambda: read_only in _groups_in_sidebar(window, bert.user_id), timeout=30_000
        )
        assert _accounts_in_sidebar(window) == [anke.user_id, bert.user_id]

        # Join: the open group is listed (the private one and the joined one are not) ...
        dialog = window.open_join_groups(anke.user_id)
        assert dialog is not None
        qtbot.wait_until(lambda: dialog.list.topLevelItemCount() > 0, timeout=30_000)
        items = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
        assert [(i.text(0), i.text(1)) for i in items if i is not None] == [
            ("Wmo-loket", "Gemeente Ermelo")
        ]
        # ... and after joining it arrives in the sidebar with the next sync.
        with qtbot.wait_signal(dialog.joined, timeout=30_000) as joined:
            qtbot.mouseClick(dialog.join, Qt.MouseButton.LeftButton)
        assert joined.args == [anke.user_id, open_group]
        qtbot.wait_until(
            lambda: open_group in _groups_in_sidebar(window, anke.user_id), timeout=30_000
        )
        dialog.close()

        # Sign Bert out with a post he could not send.
        bert_account = ctx.account(bert.user_id)
        assert bert_account is not None
        bert_account.commands.post(read_only, "Dit mag ik hier niet schrijven")
        ctx.hub.announce(bert.user_id, bert_account.commands.post(read_only, "Nog een"))
        # The first is refused for good; the second waits behind it (order is kept).
        qtbot.wait_until(
            lambda: (
                local_status(bert_account.replica)
                == LocalStatus(waiting=1, failed=1, last_sync=ANY)
            ),
            timeout=30_000,
        )
        bert_token = ctx.home.credentials.access_token(bert.user_id)
        account_dir = ctx.home.account_dir(bert.user_id)
        assert account_dir.exists() and bert_token is not None
        window.sign_out(bert.user_id)
        qtbot.wait_until(lambda: window.sign_out_box is not None, timeout=10_000)
        box = window.sign_out_box
        assert box is not None
        assert "2 items" in box.informativeText() and "will be lost" in box.informativeText()
        confirm = box.findChild(QAbstractButton, "confirmSignOut")
        assert confirm is not None
        with qtbot.wait_signal(window.signed_out, timeout=60_000):
            qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
        assert _accounts_in_sidebar(window) == [anke.user_id]
        assert not account_dir.exists()
        assert ctx.home.account(bert.user_id) is None
        assert not [k for k in memory_keyring.passwords if k[1].startswith(bert.user_id)]
        assert [k for k in memory_keyring.passwords if k[1].startswith(anke.user_id)]
        with synapse.transport(bert_token) as http:
            gone = http.execute(api.whoami())
        assert isinstance(gone, api.MatrixError) and gone.errcode == "M_UNKNOWN_TOKEN"
        # The other account goes on syncing.
        assert ctx.account(anke.user_id) is not None
        assert open_group in _groups_in_sidebar(window, anke.user_id)
    finally:
        window.close()
        ctx.shutdown()
