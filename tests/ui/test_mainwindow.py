"""The main window on the sample region: sidebar, stream, composer, thread."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from client import quarantine
from client.changes import Changes
from client.models import OutboxState
from client.reads.overview import AccountTree, GroupEntry, OrganisationEntry
from client.rows import PostRow
from client.store import Replica
from tests.ui.conftest import GROUP, USER
from ui.context import AccountSession, AppContext
from ui.mainwindow import MainWindow
from ui.postview import POST_ROLE
from ui.sidebar import ACCOUNT_ROLE, ID_ROLE, KIND_ROLE, MENTION_ROLE, UNREAD_ROLE, NodeKind


def _names(window: MainWindow, kind: NodeKind) -> list[str]:
    return [
        str(i.data())
        for i in window.sidebar.walk()
        if i.data(KIND_ROLE) == kind.value and i.data(ACCOUNT_ROLE) == USER
    ]


def test_sidebar_shows_organisations_and_groups(window: MainWindow) -> None:
    orgs = _names(window, NodeKind.ORGANISATION)
    assert "Gemeente Harderwijk" in orgs and "Stadt Kleve" in orgs and "Harderwijk" in orgs
    groups = _names(window, NodeKind.GROUP)
    assert "Jeugd & Gezin" in groups and "Wmo Noord-Veluwe" in groups
    assert _names(window, NodeKind.PEOPLE) == ["People"]
    assert _names(window, NodeKind.DOCUMENTS) == ["Documents"]


def test_first_group_opens_and_shows_posts(window: MainWindow) -> None:
    assert window.middle.currentWidget() is window.stream
    model = window.stream.model
    assert model is not None and model.rowCount() > 0
    posts = [model.post(r) for r in range(model.rowCount())]
    assert all(p.kind in {"post", "question"} for p in posts)
    assert [p.key for p in posts] == sorted((p.key for p in posts), reverse=True)


def _add_posts(replica: Replica, group_id: str, n: int) -> None:
    start = datetime(2025, 1, 1)
    with replica.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO message (kind, group_id, author, body, body_html, created_at, deleted, "
            "pending) VALUES ('post', ?, ?, ?, ?, ?, 0, 0)",
            [
                (
                    group_id,
                    USER,
                    f"Post {i}",
                    f"<p>Post {i}</p>",
                    (start + timedelta(minutes=i)).strftime("%Y-%m-%d %H:%M:%S.%f"),
                )
                for i in range(n)
            ],
        )


def test_stream_loads_lazily_in_pages(
    qtbot: QtBot, window: MainWindow, account: AccountSession, sample_replica: Replica
) -> None:
    _add_posts(sample_replica, GROUP, 130)
    window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    model = window.stream.model
    assert model is not None and model.group_id == GROUP
    # Pages on request only: without the list, whose layout fetches more by itself.
    window.stream.view.setModel(None)
    qtbot.waitUntil(lambda: model.rowCount() == 50)
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 100)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 130)
    assert not model.canFetchMore()
    assert model.fetch_count == 3
    assert [model.post(r).id for r in range(130)] == sorted(
        (model.post(r).id for r in range(130)), reverse=True
    )


def test_scrolling_to_the_end_fetches_more(
    qtbot: QtBot, window: MainWindow, sample_replica: Replica
) -> None:
    _add_posts(sample_replica, GROUP, 430)
    window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    model = window.stream.model
    assert model is not None
    qtbot.waitUntil(lambda: model.rowCount() == 50)
    qtbot.wait(200)  # the list laid out and painted: it fetched nothing by itself
    assert model.rowCount() == 50 and model.fetch_count == 1 and model.canFetchMore()
    view = window.stream.view
    for _ in range(40):
        view.scrollToBottom()
        qtbot.wait(20)
        if model.exhausted:
            break
    assert model.exhausted and model.fetch_count > 2
    assert model.rowCount() >= 430


def test_posting_shows_a_pending_item_inline(qtbot: QtBot, window: MainWindow) -> None:
    window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    composer = window.stream.composer
    composer.edit.setFocus()
    qtbot.keyClicks(composer.edit, "Wie heeft het nieuwe Wmo-formulier?")
    composer.question.setChecked(True)
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    model = window.stream.model
    assert model is not None
    top = model.post(0)
    assert "Wmo-formulier" in top.body_html
    assert top.pending and top.kind == "question" and top.author_id == USER
    assert composer.edit.toPlainText() == ""
    assert "waiting to send" in str(model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole))
    assert "1 waiting to send" in window.status.outbox.text()


def test_empty_post_is_not_sent(qtbot: QtBot, window: MainWindow) -> None:
    model = window.stream.model
    assert model is not None
    rows = model.rowCount()
    window.stream.composer.submit()
    assert window.stream.composer.error.isVisibleTo(window)
    assert model.rowCount() == rows


def test_failed_post_shows_reason_and_retry(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, account: AccountSession
) -> None:
    window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    ctx.hub.announce(USER, account.commands.post(GROUP, "Offline geschrieben"))
    with account.replica.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE outbox_entry SET state = 'failed', last_error = 'M_FORBIDDEN: not allowed'"
        )
    ctx.hub.announce(USER, Changes(outbox=True))
    model = window.stream.model
    assert model is not None
    post: PostRow = model.index(0, 0).data(POST_ROLE)
    assert post.failed_entry_id is not None and post.failed_reason == "M_FORBIDDEN: not allowed"
    window.stream._on_delegate_retry_clicked(post.failed_entry_id)
    post = model.index(0, 0).data(POST_ROLE)
    assert post.failed_entry_id is None and post.pending
    with account.replica.begin() as conn:
        state = conn.exec_driver_sql("SELECT state FROM outbox_entry").scalar()
    assert state == OutboxState.WAITING.value


def test_a_post_failing_for_more_than_a_day_shows_as_stuck_in_stream_and_status_line(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, account: AccountSession
) -> None:
    window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    ctx.hub.announce(USER, account.commands.post(GROUP, "Im Funkloch geschrieben"))
    since = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=1, hours=2)
    with account.replica.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE outbox_entry SET attempts = 30, failing_since = ?, last_error = 'timeout'",
            (since,),
        )
    ctx.hub.announce(USER, Changes(outbox=True))
    model = window.stream.model
    assert model is not None
    post: PostRow = model.index(0, 0).data(POST_ROLE)
    assert post.stuck_since == since and post.failed_entry_id is None
    described = str(model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole))
    assert "not sent since" in described and "still trying" in described
    qtbot.waitUntil(lambda: "1 not sent for more than a day" in window.status.outbox.text())
    assert "1 waiting to send" in window.status.outbox.text()  # still retried


def test_clicking_a_post_opens_its_thread_and_comment_goes_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    model = window.stream.model
    assert model is not None
    row = next(r for r in range(model.rowCount()) if model.post(r).comments > 0)
    post = model.post(row)
    view = window.stream.view
    view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.detail.isVisible()
    # Built on first use, it still gets its share of the window beside the stream.
    sidebar, middle, detail = window.splitter.sizes()
    assert detail >= 250 and middle >= 250 and sidebar > 0
    thread = window.detail.thread_pane
    assert thread.model is not None and thread.model.post is not None
    assert thread.model.post.id == post.id
    assert thread.model.rowCount() == 1 + post.comments
    qtbot.keyClicks(thread.comment, "Dank je, dat helpt.")
    qtbot.mouseClick(thread.send, Qt.MouseButton.LeftButton)
    assert thread.model.rowCount() == 2 + post.comments
    assert model.post(row).comments == post.comments + 1


def test_like_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    model = window.stream.model
    assert model is not None
    post = model.post(0)
    window.stream.view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(window.stream.view, Qt.Key.Key_L)
    liked = model.post(0)
    assert liked.liked_by_me and liked.likes == post.likes + 1
    qtbot.keyClick(window.stream.view, Qt.Key.Key_L)
    assert model.post(0).likes == post.likes


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    controls: list[QWidget] = []
    for kind in (QAbstractButton, QAbstractItemView, QLineEdit, QPlainTextEdit):
        controls.extend(window.findChildren(kind))
    missing = [
        w.objectName() or type(w).__name__
        for w in controls
        if w.isVisibleTo(window)
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert missing == []


def test_mention_completion_from_the_people_directory(qtbot: QtBot, window: MainWindow) -> None:
    window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    edit = window.stream.composer.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Vraag aan @Hartm")
    completer = edit.completer()
    assert completer.completionCount() == 1
    assert completer.popup() is not None and completer.popup().isVisible()  # type: ignore[union-attr]
    completer.activated.emit(completer.currentCompletion())
    assert edit.toPlainText() == "Vraag aan @Andrea Hartmann "
    assert edit.used_mentions() == {"Andrea Hartmann": "@andrea.hartmann:intranet.test"}
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    model = window.stream.model
    assert model is not None
    assert "matrix.to/#/@andrea.hartmann:intranet.test" in model.post(0).body_html


def test_long_posts_are_cut_in_the_stream_and_whole_in_the_thread(
    window: MainWindow, ctx: AppContext, account: AccountSession
) -> None:
    window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    body = "\n\n".join(f"Regel {i} van een lang verslag." for i in range(40))
    ctx.hub.announce(USER, changes := account.commands.post(GROUP, body))
    assert isinstance(changes.created, int)
    stream = window.stream.view
    window.detail.show_post(account, changes.created)
    thread = window.detail.thread_pane.view
    in_stream = stream.sizeHintForRow(0)
    in_thread = thread.sizeHintForRow(0)
    assert 0 < in_stream < in_thread


def test_the_stylesheet_reaches_the_post_lists(window: MainWindow) -> None:
    from PySide6.QtGui import QColor

    from ui.icons import RESOURCES

    window.setStyleSheet((RESOURCES / "style" / "treffpunkt.qss").read_text(encoding="utf-8"))
    for view in (window.stream.view, window.detail.thread_pane.view):
        view.ensurePolished()
        assert view.failure_colour() == QColor("#d0382b")


def _group_index(window: MainWindow, group_id: str) -> QModelIndex:
    return window.sidebar_model.find(USER, NodeKind.GROUP, group_id)


def _unshared(tree: AccountTree, org: OrganisationEntry) -> list[GroupEntry]:
    """The groups of ``org`` that are in no other organisation (one row each)."""
    elsewhere = {g.id for o in tree.organisations if o is not org for g in o.groups}
    return [g for g in org.groups if g.id not in elsewhere]


class _SubtreeMoves(QObject):
    """Notes each widget given a new parent while it already holds child widgets.

    Under a style sheet, such a move restyles the widget and everything in it again: it cost
    the start a tenth of its time when the sidebar was moved into the splitter. Qt's own moves
    (a combo box's list into its popup, a completer's popup out of its parent) are not ours.
    """

    def __init__(self) -> None:
        super().__init__()
        self.moved: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and isinstance(watched, QWidget):
            parent = watched.parentWidget()
            container = parent.metaObject().className() if parent is not None else None
            internal = container in (None, "QComboBoxPrivateContainer")
            inner = [c for c in watched.children() if isinstance(c, QWidget) and not c.isWindow()]
            if inner and not internal:
                self.moved.append(f"{type(watched).__name__} → {type(parent).__name__}")
        return False


def test_the_window_and_its_pages_are_built_in_place(
    qtbot: QtBot, qapp: QApplication, ctx: AppContext, account: AccountSession
) -> None:
    moves = _SubtreeMoves()
    qapp.installEventFilter(moves)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.add_account(account)
        window.show()
        qtbot.waitUntil(lambda: window.middle.currentWidget() is window.stream)
        for page in (window.people, window.documents, window.detail):
            assert page.parentWidget() in (window.middle, window.splitter)
    finally:
        qapp.removeEventFilter(moves)
    assert moves.moved == []


def test_the_account_menu_gets_its_icons_when_it_opens(qtbot: QtBot, window: MainWindow) -> None:
    menu = window.account_button.menu()
    assert menu is not None
    assert window.settings_action.icon().isNull()  # not read while the window starts
    qtbot.keyClick(window.account_button, Qt.Key.Key_Space)  # opens the menu
    qtbot.waitUntil(menu.isVisible)
    assert not window.join_action.icon().isNull()
    assert not window.settings_action.icon().isNull()
    menu.close()


def test_the_top_bar_cannot_be_hidden_from_a_context_menu(window: MainWindow) -> None:
    assert window.createPopupMenu() is None


def test_sidebar_refresh_changes_rows_in_place(qtbot: QtBot, window: MainWindow) -> None:
    model, view = window.sidebar_model, window.sidebar
    tree = model._trees[USER]
    first = next(o for o in tree.organisations if len(_unshared(tree, o)) >= 2)
    second = next(o for o in tree.organisations if o is not first)
    chosen, dropped = _unshared(tree, first)[:2]
    assert view.select(USER, NodeKind.GROUP, chosen.id)
    view.collapse(model.find(USER, NodeKind.ORGANISATION, second.id))
    navigated: list[tuple[str, str]] = []
    window.navigated.connect(lambda kind, key: navigated.append((kind, key)))
    changed: list[int] = []
    model.dataChanged.connect(
        lambda top, bottom: changed.extend(range(top.row(), bottom.row() + 1))
    )
    added = GroupEntry("!neu:harderwijk.test", "Neue Gruppe", 3, 1)
    fresh = replace(
        tree,
        organisations=tuple(
            replace(
                o,
                groups=tuple(
                    replace(g, unread=g.unread + 5) if g is chosen else g
                    for g in o.groups
                    if g is not dropped
                ),
            )
            if o is first
            else replace(o, groups=(*o.groups, added))
            if o is second
            else o
            for o in tree.organisations
        ),
    )
    with qtbot.assertNotEmitted(model.modelReset):
        model._on_tree_loaded(USER, fresh)
    index = _group_index(window, chosen.id)
    assert index.data(UNREAD_ROLE) == chosen.unread + 5 and index.row() in changed
    assert not _group_index(window, dropped.id).isValid()
    assert _group_index(window, added.id).data(MENTION_ROLE) == 1
    # What the user chose and closed stays so; nothing else was opened.
    assert view.currentIndex() == index and navigated == []
    assert not view.isExpanded(model.find(USER, NodeKind.ORGANISATION, second.id))
    assert view.isExpanded(model.find(USER, NodeKind.ORGANISATION, first.id))
    assert view.isExpanded(model.find(USER, NodeKind.ACCOUNT, USER))


def test_sidebar_keeps_the_current_group_when_its_row_moves_or_goes(
    qtbot: QtBot, window: MainWindow
) -> None:
    model, view = window.sidebar_model, window.sidebar
    tree = model._trees[USER]
    first = tree.organisations[0]
    chosen = _unshared(tree, first)[0]
    others = tuple(g for g in first.groups if g is not chosen)
    assert view.select(USER, NodeKind.GROUP, chosen.id)
    navigated: list[tuple[str, str]] = []
    window.navigated.connect(lambda kind, key: navigated.append((kind, key)))
    # Renamed, it sorts last: its row is taken out and put back.
    moved = replace(first, groups=(*others, replace(chosen, name="Zuletzt")))
    model._on_tree_loaded(USER, replace(tree, organisations=(moved, *tree.organisations[1:])))
    index = _group_index(window, chosen.id)
    assert index.row() == len(first.groups) - 1 and index.data() == "Zuletzt"
    assert view.currentIndex() == index and navigated == []
    # Left: nothing is current, and the stream is not switched to a neighbour.
    gone = replace(first, groups=others)
    model._on_tree_loaded(USER, replace(tree, organisations=(gone, *tree.organisations[1:])))
    assert not _group_index(window, chosen.id).isValid()
    assert not view.currentIndex().isValid() and navigated == []
    assert window.stream.model is not None and window.stream.model.group_id == chosen.id


def test_a_groups_menu_says_how_many_of_its_events_sync_set_aside(
    window: MainWindow, sample_replica: Replica, ctx: AppContext
) -> None:
    with sample_replica.begin() as tx:
        for n in range(2):
            quarantine.add(tx, GROUP, f"$q{n}", "m.room.message", "unreadable", {}, datetime.now())
    window.sidebar_model.reload()
    menu = window.sidebar.actions_menu(_group_index(window, GROUP))
    assert menu is not None
    _read, copy, _members, _activity, _leave, note, _notifications, _separator, _all, _new = (
        menu.actions()
    )
    assert note.text() == "2 events could not be shown (kept for support)"
    assert not note.isEnabled()
    copy.trigger()
    assert QApplication.clipboard().text() == GROUP
    other = next(
        i
        for i in window.sidebar.walk()
        if i.data(KIND_ROLE) == "group" and i.data(ID_ROLE) != GROUP
    )
    plain = window.sidebar.actions_menu(other)
    assert plain is not None
    assert [a.text() for a in plain.actions() if a.text()] == [
        "Mark as read",
        "Copy group address",
        "Members …",
        "Activity",
        "Leave group …",
        "&Notifications",
        "Mark all as read",
        "New group …",
    ]
    organisation = window.sidebar_model.find(USER, NodeKind.ORGANISATION, _first_org(window))
    organisation_menu = window.sidebar.actions_menu(organisation)
    assert organisation_menu is not None
    assert [a.text() for a in organisation_menu.actions() if a.text()] == [
        "Activity of its groups",
        "Mark all as read",
        "New group …",
    ]
    ctx.set_language("de")
    german = window.sidebar.actions_menu(_group_index(window, GROUP))
    ctx.set_language("en")
    assert german is not None
    assert [a.text() for a in german.actions() if a.text()][1:6:4] == [
        "Gruppenadresse kopieren",
        "2 Ereignisse konnten nicht angezeigt werden (für den Support aufbewahrt)",
    ]
    for made in (menu, plain, organisation_menu, german):
        made.deleteLater()


def _first_org(window: MainWindow) -> str:
    return window.sidebar_model._trees[USER].organisations[0].id
