"""Server text never becomes markup, and names carry no bidi or control characters.

Every name in the replica (people, groups, organisations, members, documents and folders),
a group's topic and the server's error texts are filled with HTML that would fetch an image
and set bold type, and with bidi overrides. Then every page and dialog that shows them is
opened, and every label, button, window title, tooltip, message box and item of a list or
tree in the application is walked: none may lay out that HTML as rich text, and none may
show a bidi control.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from client.changes import Changes
from client.ingest import ingest_messages
from client.membership import InvitationRow, keep_invitations
from client.store import Replica
from client.text import BIDI_CONTROLS
from sync.joining import JoinableGroup, JoinError
from sync.session import LoginError, LoginFailure
from tests.conftest import server_message
from tests.ui.conftest import USER, RecordingNotifier
from ui import joindialog, plain
from ui.context import AccountSession, AppContext
from ui.login import LoginDialog
from ui.mainwindow import MainWindow
from ui.members import MembersDialog
from ui.notifications import NotificationWatcher, SystemTrayNotifier
from ui.searchdialog import HTML_ROLE
from ui.sidebar import NodeKind

PAYLOAD = '<img src="http://127.0.0.1:1/x"><b>x</b>'
BIDI = "\u202e\u2066"  # an override and an isolate, never closed


def _hostile(value: str) -> str:
    return f"{PAYLOAD}{value}{BIDI}"


def _renders_markup(value: str) -> bool:
    return "<img" in value.lower() or "<b>x</b>" in value


def _has_bidi(value: str) -> bool:
    return any(ch in BIDI_CONTROLS for ch in value)


@pytest.fixture
def hostile(sample_replica: Replica) -> Replica:
    """The sample region with every name made hostile, and a mention of the user by one."""
    p = {"p": PAYLOAD, "b": BIDI}
    with sample_replica.begin() as conn:
        for statement in (
            'UPDATE "group" SET name = :p || name || :b',
            "UPDATE organisation SET name = :p || name || :b",
            "UPDATE person SET name = :p || name || :b, title = :p || title, "
            "department = :p || department || :b, organisation = :p || organisation, "
            "location = :p || location",
            "UPDATE membership SET display_name = :p || coalesce(display_name, user_id) || :b",
            "UPDATE document SET name = :p || name || :b, folder = :p || folder",
            "UPDATE appointment SET title = :p || title || :b, place = :p || place, "
            "description = :p || description, link = link || '?q=' || :p",
        ):
            conn.execute(text(statement), p)
        group, author = conn.execute(
            text(
                "SELECT m.group_id, m.user_id FROM membership m "
                "JOIN person p ON p.user_id = m.user_id "
                'JOIN "group" g ON g.id = m.group_id AND g.joined = 1 '
                "WHERE m.user_id != :u AND m.membership = 'join' ORDER BY m.group_id LIMIT 1"
            ),
            {"u": USER},
        ).one()
        mention = server_message(
            "$hostile", 10_000_000, group_id=group, author=author, body="Anke?", mentions=(USER,)
        )
        ingest_messages(conn, [mention])
    return sample_replica


@pytest.fixture
def account(ctx: AppContext, hostile: Replica) -> AccountSession:
    return ctx.open_replica_session(USER, hostile)


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What would have been handed to the system's application."""
    urls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, account: AccountSession) -> MainWindow:
    win = MainWindow(ctx, notifier=RecordingNotifier())
    qtbot.addWidget(win)
    win.add_account(account)
    win.show()
    qtbot.waitUntil(lambda: win.middle.currentWidget() is win.stream)
    return win


def _indexes(
    model: QAbstractItemModel, parent: QModelIndex, depth: int = 0
) -> Iterator[QModelIndex]:
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    # A list model's columnCount is private in the bindings: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(min(model.rowCount(parent), 300)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and depth < 4:
                yield from _indexes(model, index, depth + 1)


def _tooltip_offence(where: str, tip: object) -> list[str]:
    if not isinstance(tip, str) or not tip:
        return []
    found = []
    if GuiQt.mightBeRichText(tip) and _renders_markup(tip):
        found.append(f"{where}: tooltip lays out server HTML: {tip!r}")
    if _has_bidi(tip):
        found.append(f"{where}: tooltip has a bidi control: {tip!r}")
    return found


def _offences() -> list[str]:
    """Everything shown anywhere in the application that lays out server HTML or shows a
    bidi control."""
    found: list[str] = []
    widgets: list[QWidget] = []
    for top in QApplication.topLevelWidgets():
        widgets.append(top)
        widgets.extend(top.findChildren(QWidget))
    for widget in widgets:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        found += _tooltip_offence(where, widget.toolTip())
        if _has_bidi(widget.windowTitle()):
            found.append(f"{where}: window title {widget.windowTitle()!r}")
        if isinstance(widget, QLabel):
            shown = widget.text()
            fmt = widget.textFormat()
            rich = fmt == Qt.TextFormat.RichText or (
                fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(shown)
            )
            if rich and _renders_markup(shown):
                found.append(f"{where}: label lays out server HTML: {shown!r}")
            if _has_bidi(shown):
                found.append(f"{where}: label has a bidi control: {shown!r}")
        if isinstance(widget, QAbstractButton) and _has_bidi(widget.text()):
            found.append(f"{where}: button {widget.text()!r}")
        model = None
        if isinstance(widget, QAbstractItemView | QComboBox):
            model = widget.model()
        if model is None:
            continue
        for index in _indexes(model, QModelIndex()):
            at = f"{where} row {index.row()}"
            shown = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(shown, str) and _has_bidi(shown):
                found.append(f"{at}: item has a bidi control: {shown!r}")
            found += _tooltip_offence(at, index.data(Qt.ItemDataRole.ToolTipRole))
            painted = index.data(HTML_ROLE)  # the search results' rich-text delegate
            if isinstance(painted, str) and _renders_markup(painted):
                found.append(f"{at}: item paints server HTML: {painted!r}")
    return sorted(set(found))


def test_no_server_text_becomes_markup_anywhere(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    account: AccountSession,
    hostile: Replica,
    launched: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The stream of a group and the thread of a post by someone with a hostile name.
    with hostile.connect() as conn:
        post_id, group, author_id = conn.execute(
            text("SELECT id, group_id, author FROM message WHERE event_id = '$hostile'")
        ).one()
        program = conn.execute(text("SELECT id FROM document LIMIT 1")).scalar_one()
        conn.execute(
            text("UPDATE document SET name = :name WHERE id = :id"),
            {"name": f"{PAYLOAD}Protokoll\u202efdp.exe", "id": program},
        )
        conn.commit()
    assert isinstance(post_id, int)
    window.sidebar.select(USER, NodeKind.GROUP, group)
    window.open_post(USER, group, post_id)
    qtbot.waitUntil(lambda: window.detail.thread_pane.model is not None)
    assert "Post by" in window.detail.thread_pane.title.text()

    # People and a profile.
    assert window.sidebar.select(USER, NodeKind.PEOPLE)
    assert window.people.model is not None
    window.detail.show_profile(account, author_id)

    # Documents: the tree, a document, and Open on a program with a hostile name.
    assert window.sidebar.select(USER, NodeKind.DOCUMENTS)
    window.detail.show_document(account, program)
    pane = window.detail.document_pane
    qtbot.waitUntil(lambda: pane.detail is not None)
    with qtbot.waitSignal(pane.opener.refused):
        pane.open_document()
    assert launched == []
    assert pane.refusal is not None and pane.refusal.isVisible()
    pane.opener.failed.emit(program, PAYLOAD + "the server said no")

    # The agenda: every card, the dialog to change one and the question to cancel it.
    assert window.sidebar.select(USER, NodeKind.AGENDA)
    qtbot.waitUntil(lambda: bool(window.agenda.upcoming.cards))
    window.agenda.past_button.click()
    card = window.agenda.upcoming.cards[0]
    window.agenda.handler.edit(card.item)
    window.agenda.handler.ask_cancel(card.item)

    # The join dialog: open groups with hostile names and topics, and a refusal.
    # As sync.joining hands them over: cleaned of bidi controls, markup and all.
    group = JoinableGroup(
        "!open:x", PAYLOAD + "Bouwen", PAYLOAD + "Bauprojekte", "!org:x", PAYLOAD, 3, "x"
    )
    monkeypatch.setattr(joindialog, "joinable_groups", lambda replica, transport: [group])

    def refuse(transport: object, joining: object) -> str:
        raise JoinError(PAYLOAD + "You are banned")

    monkeypatch.setattr(joindialog, "join_group", refuse)
    monkeypatch.setattr(account, "connected", SimpleNamespace(replica=hostile, transport=None))
    join = window.open_join_groups(USER)
    assert join is not None and join.list.topLevelItemCount() == 1
    join.join_current()
    assert "You are banned" in join.message.text()
    monkeypatch.setattr(account, "connected", None)

    # An invitation, a group's member list, inviting and a new group, with hostile names.
    with hostile.begin() as tx:
        invitation = InvitationRow("!inv:x", "@evil:x", _hostile("Wijkteam"), _hostile("Zorg"))
        keep_invitations(tx, [invitation], datetime.now())
    window.sidebar_model.reload()
    window.membership.open_invitation(USER, "!inv:x")
    first_group = window.sidebar_model.first_group(USER)
    assert first_group is not None
    window.membership.open_members(USER, first_group, _hostile("Gruppe"))
    members = window.membership.dialog
    assert isinstance(members, MembersDialog) and members.model.rowCount() > 0
    invite = members.open_invite()
    assert invite is not None
    invite.search.setText("a")
    window.membership.open_create_group(USER)

    # Settings, search, the notifications under the bell, and sign-in refused.
    window.open_settings()
    search = window.open_search()
    assert search is not None
    search.box.setText("x")
    search.run_now()
    window.notifications_button.open_list()

    def refused_login(*_: Any) -> Any:
        raise LoginError("refused", LoginFailure.REFUSED, _hostile("Your account is locked"))

    login = LoginDialog(ctx, window, login=refused_login)
    login.show()
    login.server.setText("intranet.harderwijk.test")
    login.user.setText("anke")
    login.password.setText("geheim")
    login.submit()
    assert "Your account is locked" in login.error.text()

    message = QMessageBox(window)  # a message box of Qt's own kind, to show the walk sees it
    message.setObjectName("control")
    message.setText("ok")
    message.open()

    assert _offences() == []
    assert launched == []


def test_the_walk_finds_what_today_would_render() -> None:
    """The walk itself: a label, a tooltip and a list item that would lay out the HTML."""
    parent = QWidget()
    label = QLabel(f"Post by {PAYLOAD}", parent)
    label.setObjectName("bad")
    safe = plain.label(parent, f"Post by {PAYLOAD}")
    safe.setObjectName("good")
    parent.setToolTip(PAYLOAD)
    found = _offences()
    parent.deleteLater()
    assert any("'bad'" in f and "lays out" in f for f in found)
    assert any("tooltip" in f for f in found)
    assert not any("'good'" in f for f in found)


def test_desktop_messages_name_people_without_bidi_and_escape_markup_on_linux(
    qtbot: QtBot, ctx: AppContext, account: AccountSession, hostile: Replica
) -> None:
    ctx.add_account(account)
    tray = RecordingNotifier()
    watcher = NotificationWatcher(ctx, tray, lambda: False)  # the window is not active
    with hostile.connect() as conn:
        mid = conn.execute(text("SELECT id FROM message WHERE event_id = '$hostile'")).scalar()
    assert isinstance(mid, int)
    watcher.on_synced(USER, Changes(messages=frozenset({mid})))
    [(title, _body)] = tray.messages
    assert not _has_bidi(title) and "mentioned you" in title

    class Tray:
        MessageIcon = SimpleNamespace(Information=1)

        def __init__(self) -> None:
            self.shown: list[tuple[str, str]] = []

        def showMessage(self, title: str, text: str, icon: object) -> None:  # noqa: N802
            self.shown.append((title, text))

    notifier = SystemTrayNotifier()
    fake = Tray()
    notifier.tray = fake  # type: ignore[assignment]
    notifier.show_message("Treffpunkt", PAYLOAD)
    [(_, shown)] = fake.shown
    assert shown == plain.desktop_message(PAYLOAD)
    assert plain.desktop_message(PAYLOAD, "linux") == (
        '&lt;img src="http://127.0.0.1:1/x"&gt;&lt;b&gt;x&lt;/b&gt;'
    )
    assert plain.desktop_message(PAYLOAD, "win32") == PAYLOAD


def test_tooltips_show_what_they_are_given() -> None:
    assert plain.tooltip("Jeugd & Gezin") == "Jeugd & Gezin"  # plain already: unchanged
    tip = plain.tooltip(f"{PAYLOAD} & more")
    assert GuiQt.mightBeRichText(tip) and not _renders_markup(tip)
    assert "&lt;img" in tip and "&amp; more" in tip
