"""Moderation in the window, offscreen: what the power levels allow is offered and nothing
else; pinning puts a post over the stream with a button to unpin it; removing someone's
post asks for a reason; the member list removes members and makes moderators; a group's
name and description are changed; a refusal is told in plain words."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from client import rooms
from client.changes import Changes, Refusal
from client.models import Group, Membership, Message, OutboxEntry, OutboxKind
from client.reads import members
from client.store import Replica
from tests.ui.conftest import GROUP, USER
from tests.ui.test_postactions import menu_texts, row_index, trigger
from ui.mainwindow import MainWindow
from ui.members import MembersDialog
from ui.moderation import GroupTextDialog, ReasonDialog
from ui.sidebar import NodeKind


def _levels(replica: Replica, group_id: str, level: int) -> None:
    with replica.begin() as tx:
        levels = {"users_default": 0, "users": {USER: level}}
        rooms.set_power_levels(tx, group_id, json.dumps(levels))


def _entries(replica: Replica, kind: OutboxKind) -> list[dict[str, object]]:
    with replica.session() as session:
        return [
            dict(e.payload)
            for e in session.scalars(select(OutboxEntry).where(OutboxEntry.kind == kind))
        ]


@pytest.fixture
def group(sample_replica: Replica) -> str:
    """The sample group with the most posts of others."""
    with sample_replica.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT group_id FROM message WHERE author != ? AND thread_root_id IS NULL "
            "GROUP BY group_id ORDER BY count(*) DESC, group_id LIMIT 1",
            (USER,),
        ).scalar()
    assert isinstance(found, str)
    return found


def _others_post(replica: Replica, group: str) -> int:
    with replica.session() as session:
        found = session.scalar(
            select(Message.id)
            .where(
                Message.group_id == group,
                Message.author != USER,
                Message.thread_root_id.is_(None),
                Message.event_id.is_not(None),
                Message.deleted.is_(False),
            )
            .order_by(Message.created_at.desc())
        )
    assert found is not None
    return found


def _open(window: MainWindow, qtbot: QtBot, group: str) -> None:
    assert window.sidebar.select(USER, NodeKind.GROUP, group)
    qtbot.waitUntil(lambda: window.stream.pinned.group_id == group)
    model = window.stream.model
    assert model is not None
    qtbot.waitUntil(lambda: model.rowCount() > 0)


def test_a_member_is_offered_no_moderation(
    qtbot: QtBot, window: MainWindow, sample_replica: Replica, group: str
) -> None:
    _levels(sample_replica, group, 0)
    _open(window, qtbot, group)
    window.stream.pinned.reload()
    view = window.stream.view
    texts = menu_texts(view, row_index(view, _others_post(sample_replica, group)))
    assert "Pin to the top" not in texts and "Remove …" not in texts


def test_a_moderator_pins_and_removes_from_the_stream(
    qtbot: QtBot, window: MainWindow, sample_replica: Replica, group: str
) -> None:
    _levels(sample_replica, group, 50)
    _open(window, qtbot, group)
    window.stream.pinned.reload()
    view, pinned = window.stream.view, window.stream.pinned
    assert view.permissions.pin and view.permissions.remove
    post = _others_post(sample_replica, group)
    assert pinned.isHidden()

    with qtbot.wait_signal(pinned.loaded):
        trigger(view, row_index(view, post), "Pin to the top")
    assert [p.id for p in pinned.posts] == [post] and not pinned.isHidden()
    assert "Unpin" in menu_texts(view, row_index(view, post))
    assert [e["pin"] for e in _entries(sample_replica, OutboxKind.PIN)] == [True]
    (unpin,) = [
        b for b in pinned.findChildren(type(window.stream.documents_button)) if b.text() == "Unpin"
    ]
    assert unpin.accessibleName().startswith("Unpin the post")
    with qtbot.wait_signal(pinned.loaded):
        unpin.click()
    assert pinned.posts == [] and pinned.isHidden()

    trigger(view, row_index(view, post), "Remove …")
    dialog = pinned.moderation.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.reason.setText("Reclame")
    dialog.accept()
    assert _entries(sample_replica, OutboxKind.DELETE) == [{"reason": "Reclame", "moderated": True}]
    with sample_replica.session() as session:
        assert session.get(Message, post).deleted  # type: ignore[union-attr]


def test_the_member_list_removes_members_and_makes_moderators(
    qtbot: QtBot, window: MainWindow, sample_replica: Replica, group: str
) -> None:
    GROUP = group  # noqa: N806
    _levels(sample_replica, GROUP, 100)
    with sample_replica.begin() as tx:  # the user is one of its members
        tx.exec_driver_sql(
            "INSERT OR REPLACE INTO membership VALUES (?, ?, 'join', NULL)", (GROUP, USER)
        )
    name = members.group_text(sample_replica, GROUP)[0]
    window.membership.open_members(USER, GROUP, name)
    dialog = window.membership.dialog
    assert isinstance(dialog, MembersDialog)
    qtbot.waitUntil(lambda: dialog.permissions.edit)
    rows = members.members(sample_replica, GROUP)
    other = next(r for r in rows if r.user_id != USER and not r.invited)
    me = next(r for r in rows if r.user_id == USER)
    dialog.table.setCurrentIndex(dialog.model.index(rows.index(me), 0))
    assert not dialog.kick.isEnabled() and not dialog.role.isEnabled()
    dialog.table.setCurrentIndex(dialog.model.index(rows.index(other), 0))
    assert dialog.kick.isEnabled() and dialog.role.isEnabled()
    assert dialog.role.text() == "Make &moderator"

    dialog.role.click()
    assert _entries(sample_replica, OutboxKind.ROLE) == [
        {"user_id": other.user_id, "level": 50, "before": None}
    ]
    qtbot.waitUntil(lambda: members.members(sample_replica, GROUP) != rows)
    assert {r.user_id: r.role for r in members.members(sample_replica, GROUP)}[other.user_id] == (
        "moderator"
    )

    fresh = members.members(sample_replica, GROUP)
    dialog.table.setCurrentIndex(
        dialog.model.index([r.user_id for r in fresh].index(other.user_id), 0)
    )
    assert dialog.role.text() == "Take back the &moderator role"
    kick = dialog.open_kick()
    assert isinstance(kick, ReasonDialog)
    kick.reason.setText("Verhuisd")
    kick.accept()
    assert [e["user_id"] for e in _entries(sample_replica, OutboxKind.KICK)] == [other.user_id]
    with sample_replica.session() as session:
        assert session.get(Membership, (GROUP, other.user_id)).membership == "leave"  # type: ignore[union-attr]

    dialog.edit_group.click()
    edit = dialog.moderation.dialog
    assert isinstance(edit, GroupTextDialog)
    assert edit.name.text() == name
    edit.name.setText("")
    assert not edit.save.isEnabled()
    edit.name.setText("Jeugd, Gezin & Onderwijs")
    edit.description.setPlainText("Alles over jeugd")
    edit.accept()
    with sample_replica.session() as session:
        row = session.get(Group, GROUP)
        assert row is not None
        assert (row.name, row.description) == ("Jeugd, Gezin & Onderwijs", "Alles over jeugd")


def test_a_member_list_without_rights_offers_nothing(
    qtbot: QtBot, window: MainWindow, sample_replica: Replica, group: str
) -> None:
    _levels(sample_replica, group, 0)
    window.membership.open_members(USER, group, "Gruppe")
    dialog = window.membership.dialog
    assert isinstance(dialog, MembersDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 1)
    for row in range(dialog.model.rowCount()):
        dialog.table.setCurrentIndex(dialog.model.index(row, 0))
        assert not dialog.kick.isEnabled() and not dialog.role.isEnabled()
    assert not dialog.edit_group.isEnabled()
    # Inviting needs the room's "invite" level only, which is 0 unless the room says more.
    assert dialog.invite.isEnabled()


def test_invite_is_offered_only_at_the_rooms_invite_level(
    qtbot: QtBot, window: MainWindow, sample_replica: Replica, group: str
) -> None:
    with sample_replica.begin() as tx:
        levels = {"users_default": 0, "users": {USER: 10}, "invite": 50}
        rooms.set_power_levels(tx, group, json.dumps(levels))
    window.membership.open_members(USER, group, "Gruppe")
    dialog = window.membership.dialog
    assert isinstance(dialog, MembersDialog)
    qtbot.waitUntil(lambda: not dialog.invite.isEnabled())
    assert dialog.invite.toolTip() == "Only members with a higher role may invite to this group"
    assert dialog.open_invite() is None
    dialog.close()
    with sample_replica.begin() as tx:
        levels = {"users_default": 0, "users": {USER: 50}, "invite": 50}
        rooms.set_power_levels(tx, group, json.dumps(levels))
    window.membership.open_members(USER, group, "Gruppe")
    allowed = window.membership.dialog
    assert isinstance(allowed, MembersDialog)
    qtbot.waitUntil(allowed.invite.isEnabled)
    assert allowed.open_invite() is not None


def test_a_refusal_is_told_in_plain_words(qtbot: QtBot, window: MainWindow) -> None:
    refusal = Refusal("kick", GROUP, "<b>@piet:x</b>", "M_FORBIDDEN", "You don't have permission")
    window.ctx.hub.announce(USER, Changes(refusals=(refusal,)))
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "Removing <b>@piet:x</b> from the group was refused" in boxes[0].text()
    assert boxes[0].textFormat().name == "PlainText"
    boxes[0].close()
