"""Membership in the window, offscreen on the sample region: the sidebar's invitations
with accept, decline and dismiss, the invitation dialog, the desktop message of a new
invitation, the member list, inviting a colleague by searching as one types, leaving a
group, and the new-group dialog without a connection."""

from __future__ import annotations

import itertools
import json
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from client import membership, rooms
from client.membership import InvitationRow
from client.models import OutboxEntry
from client.reads import members
from client.store import Replica
from sync import api
from sync.engine import SyncEngine
from tests.ui.conftest import GROUP, USER, RecordingNotifier
from ui.context import AccountSession, AppContext
from ui.mainwindow import MainWindow
from ui.members import (
    CreateGroupDialog,
    InvitationDialog,
    InviteDialog,
    MemberModel,
    MembersDialog,
)
from ui.sidebar import ACCOUNT_ROLE, ID_ROLE, KIND_ROLE, NodeKind

ROOM = "!wijkteam:ermelo.test"
JAN = "@jan:ermelo.test"
_batches = itertools.count(1)


def _invite(replica: Replica, room: str = ROOM, name: str = "Wijkteam Noord") -> None:
    with replica.begin() as tx:
        membership.keep_invitations(
            tx, [InvitationRow(room, JAN, name, "Zorg in de wijk")], datetime.now()
        )


def _outbox(replica: Replica) -> list[tuple[str, str]]:
    with replica.session() as session:
        return [
            (e.kind.value, e.group_id)
            for e in session.scalars(select(OutboxEntry).order_by(OutboxEntry.id))
            if e.kind.value != "read"
        ]


def _rows(window: MainWindow, kind: NodeKind) -> list[str]:
    return [
        str(i.data())
        for i in window.sidebar.walk()
        if i.data(KIND_ROLE) == kind.value and i.data(ACCOUNT_ROLE) == USER
    ]


def _index(window: MainWindow, kind: NodeKind, key: str = "") -> object:
    return window.sidebar_model.find(USER, kind, key)


@pytest.fixture
def group(sample_replica: Replica) -> str:
    """The sample group with the most members; its first member an administrator, its
    second a moderator."""
    with sample_replica.begin() as tx:
        group_id, *_ = tx.exec_driver_sql(
            "SELECT group_id, count(*) AS n FROM membership GROUP BY group_id "
            "ORDER BY n DESC, group_id LIMIT 1"
        ).one()
        first, second = [
            row[0]
            for row in tx.exec_driver_sql(
                "SELECT user_id FROM membership WHERE group_id = ? ORDER BY user_id LIMIT 2",
                (group_id,),
            )
        ]
        levels = {"redact": 50, "users_default": 0, "users": {first: 100, second: 50}}
        rooms.set_power_levels(tx, group_id, json.dumps(levels))
    return str(group_id)


def test_invitations_show_in_the_sidebar_to_accept_or_decline(
    win: MainWindow, sample_replica: Replica
) -> None:
    assert _rows(win, NodeKind.INVITATIONS) == []
    _invite(sample_replica)
    _invite(sample_replica, "!bouw:ermelo.test", "Bouwteam")
    win.sidebar_model.reload()
    assert _rows(win, NodeKind.INVITATIONS) == ["Invitations (2)"]
    assert sorted(_rows(win, NodeKind.INVITATION)) == [
        f"Bouwteam, from {JAN}",
        f"Wijkteam Noord, from {JAN}",
    ]
    menu = win.sidebar.actions_menu(win.sidebar_model.find(USER, NodeKind.INVITATION, ROOM))
    assert menu is not None
    accept, decline = menu.actions()
    assert (accept.text(), decline.text()) == ("Accept", "Decline")
    accept.trigger()
    assert _outbox(sample_replica) == [("accept", ROOM)]
    assert "Wijkteam Noord (joining …)" in _rows(win, NodeKind.INVITATION)
    bouw = win.sidebar.actions_menu(
        win.sidebar_model.find(USER, NodeKind.INVITATION, "!bouw:ermelo.test")
    )
    assert bouw is not None
    bouw.actions()[1].trigger()  # declined: gone from the list
    assert _rows(win, NodeKind.INVITATION) == ["Wijkteam Noord (joining …)"]
    assert _rows(win, NodeKind.INVITATIONS) == ["Invitations (1)"]
    for made in (menu, bouw):
        made.deleteLater()


def test_a_withdrawn_invitation_is_told_and_dismissed(
    win: MainWindow, sample_replica: Replica
) -> None:
    _invite(sample_replica)
    win.sidebar_model.reload()
    win.membership.answer(USER, ROOM, True)
    with sample_replica.begin() as tx:
        membership.left(tx, [ROOM])
    win.sidebar_model.reload()
    assert _rows(win, NodeKind.INVITATION) == ["Wijkteam Noord (invitation withdrawn)"]
    menu = win.sidebar.actions_menu(win.sidebar_model.find(USER, NodeKind.INVITATION, ROOM))
    assert menu is not None
    [dismiss] = menu.actions()
    assert dismiss.text() == "Dismiss"
    dismiss.trigger()
    assert _rows(win, NodeKind.INVITATIONS) == []
    menu.deleteLater()


def test_the_invitation_dialog_says_who_invited_to_what_and_accepts(
    qtbot: QtBot, win: MainWindow, sample_replica: Replica
) -> None:
    _invite(sample_replica)
    win.sidebar_model.reload()
    index = win.sidebar_model.find(USER, NodeKind.INVITATION, ROOM)
    win.sidebar.setCurrentIndex(index)
    win.sidebar.activated.emit(index)  # Enter on the row
    dialog = win.membership.dialog
    assert isinstance(dialog, InvitationDialog)
    assert dialog.text.text() == f"{JAN} invites you to “Wijkteam Noord”."
    assert dialog.text.textFormat() == Qt.TextFormat.PlainText
    assert dialog.topic.text() == "Zorg in de wijk"
    assert dialog.accept_button.accessibleName()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert _outbox(sample_replica) == [("accept", ROOM)]
    assert members.invitations(sample_replica)[0].answer == "accept"


def test_a_new_invitation_from_sync_is_one_desktop_message(
    qtbot: QtBot, win: MainWindow, engine: SyncEngine, tray: RecordingNotifier
) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not win.isActiveWindow())
    state = [
        {"type": "m.room.name", "state_key": "", "sender": JAN, "content": {"name": "Wijkteam"}},
        {
            "type": "m.room.member",
            "state_key": USER,
            "sender": JAN,
            "content": {"membership": "invite"},
        },
    ]
    response = api.parse_sync(
        {
            "next_batch": f"s{next(_batches)}",
            "rooms": {"invite": {ROOM: {"invite_state": {"events": state}}}},
        }
    )
    engine.apply_sync(response)
    assert tray.messages == [("Invitation", f"{JAN} invites you to “Wijkteam”.")]
    assert _rows(win, NodeKind.INVITATIONS) == ["Invitations (1)"]
    engine.apply_sync(response)  # the same invitation again: no second message
    assert len(tray.messages) == 1


def test_member_model(
    qtmodeltester: ModelTester, ctx: AppContext, account: AccountSession, group: str
) -> None:
    model = MemberModel(ctx, account, group)
    model.reload()
    qtmodeltester.check(model)
    expected = members.members(account.replica, group)
    assert model.rowCount() == len(expected) > 2
    assert [model.index(r, 3).data() for r in range(2)] == ["Administrator", "Moderator"]
    account.commands.invite(group, "@neu:ermelo.test")
    ctx.hub.announce(USER, account.commands.invite(group, "@neu2:ermelo.test"))
    qtmodeltester.check(model)
    assert model.rowCount() == len(expected) + 2


def test_the_member_list_shows_function_organisation_role_and_externals(
    qtbot: QtBot, win: MainWindow, sample_replica: Replica, group: str
) -> None:
    win.membership.open_members(USER, group, "Jeugd & Gezin")
    dialog = win.membership.dialog
    assert isinstance(dialog, MembersDialog)
    model = dialog.model
    rows = members.members(sample_replica, group)
    assert model.rowCount() == len(rows)
    texts = [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    for row, shown in zip(rows, texts, strict=True):
        assert shown[0] == row.name
        assert shown[1] == row.title
        assert shown[2] == ("External partner" if row.external else row.organisation)
        assert shown[3] in ("Administrator", "Moderator", "Member")
    assert dialog.summary.text() == f"{len(rows)} members"
    assert dialog.table.accessibleName() == "Members"


def test_inviting_a_colleague_searched_as_one_types(
    qtbot: QtBot, win: MainWindow, sample_replica: Replica, group: str
) -> None:
    win.membership.open_members(USER, group, "Jeugd & Gezin")
    dialog = win.membership.dialog
    assert isinstance(dialog, MembersDialog)
    invite = dialog.open_invite()
    assert isinstance(invite, InviteDialog)
    in_group = dialog.model.member_ids()
    with sample_replica.connect() as conn:
        name, user_id = conn.exec_driver_sql(
            "SELECT name, user_id FROM person WHERE user_id != ? AND user_id NOT IN "
            "(SELECT user_id FROM membership WHERE group_id = ?) ORDER BY name",
            (USER, group),
        ).all()[0]
    assert user_id not in in_group
    qtbot.keyClicks(invite.search, name)
    qtbot.waitUntil(lambda: invite.model.rowCount() > 0)
    assert all(
        name.casefold() in str(invite.model.index(r, 0).data()).casefold()
        for r in range(invite.model.rowCount())
    )
    qtbot.keyClick(invite.search, Qt.Key.Key_Return)  # to the first match
    chosen = invite.current()
    assert chosen is not None and chosen.user_id == user_id
    assert invite.invite.isEnabled()
    qtbot.keyClick(invite.list, Qt.Key.Key_Return)
    assert _outbox(sample_replica) == [("invite", group)]
    assert "is invited" in invite.message.text()
    invited = {m.user_id: m.invited for m in members.members(sample_replica, group)}
    assert invited[user_id] is True
    assert user_id in dialog.model.member_ids()  # the list read it again


def test_leaving_a_group_asks_first_and_hides_it(
    qtbot: QtBot, win: MainWindow, sample_replica: Replica
) -> None:
    menu = win.sidebar.actions_menu(win.sidebar_model.find(USER, NodeKind.GROUP, GROUP))
    assert menu is not None
    leave = next(a for a in menu.actions() if a.text() == "Leave group …")
    leave.trigger()
    box = win.membership.dialog
    assert isinstance(box, QMessageBox)
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert GROUP in {str(i.data(ID_ROLE)) for i in win.sidebar.walk()}
    leave.trigger()
    box = win.membership.dialog
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "&Leave group").click()
    assert _outbox(sample_replica)[-1] == ("leave", GROUP)
    assert GROUP not in {str(i.data(ID_ROLE)) for i in win.sidebar.walk()}
    menu.deleteLater()


def test_creating_a_group_needs_a_connection(win: MainWindow, account: AccountSession) -> None:
    win.new_group_action.trigger()  # the account menu's "New group …"
    dialog = win.membership.dialog
    assert isinstance(dialog, CreateGroupDialog)
    assert dialog.organisation.count() > 0  # the user's organisations
    assert not dialog.create_button.isEnabled()
    assert "needs a connection" in dialog.message.text()
    for widget in (dialog.organisation, dialog.name, dialog.description):
        assert widget.accessibleName()
    assert dialog.open_group.text() and dialog.invite_only.text()
