"""The stream of a group: posts newest first, loaded a page at a time, and the composer.

``StreamModel`` never holds more than what was scrolled to: ``canFetchMore``/``fetchMore``
read the next page with a keyset query on a worker. When ``Changes`` touch its group it
reads only what is newer than its first row and re-reads the rows that changed (or wait to
be sent), so a post written here shows at once, marked as waiting. Rows that arrive are
laid out by the list's delegate a few at a time, in turns of the event loop of their own,
before they are inserted: the list then paints them without laying out a screenful at once.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from client.changes import Changes
from client.reads import PAGE_SIZE, posts
from client.reads.people import mention_candidates
from client.render import html_to_plain
from client.rows import GroupPermissions, PostRow
from ui import icons, plain, reactions, sendstate, timefmt
from ui.appointments import GroupAppointments
from ui.attachments import (
    Attached,
    AttachmentOpener,
    AttachmentPicker,
    Item,
    Thumbnails,
    send_with_files,
)
from ui.context import AccountSession, AppContext
from ui.drafts import DraftKeeper
from ui.edithistory import show_history
from ui.mentionedit import MentionEdit
from ui.menus import popup_actions_menu
from ui.moderation import PinnedPosts
from ui.notifylevel import LevelButton
from ui.ops import Op
from ui.postactions import PostActions
from ui.postview import (
    CAN_MARK_ANSWER_ROLE,
    IS_ANSWER_ROLE,
    MAX_BODY_LINES,
    POST_ROLE,
    PostDelegate,
    attachment_text,
)
from ui.sendstate import stuck_text

if TYPE_CHECKING:
    from ui.documents.opener import DocumentOpener

AnyIndex = QModelIndex | QPersistentModelIndex
MAX_PAGE = 5000
# Arriving rows are laid out (``StreamModel.prepare``) in turns of the event loop this long,
# those at the ends of what arrives: a list scrolled by rows asks for the heights of the rows
# it shows (the top, for a first page or newer posts) and of the last screenful (for its
# scroll bar), not of those in between. More than a screenful of the shortest posts.
PREPARE_SLICE_S = 0.004
PREPARE_EDGE = 20
LINK_SCHEMES = frozenset({"http", "https", "mailto"})


class StreamModel(QAbstractListModel):
    """The posts of one group, newest first, fetched lazily in keyset pages."""

    page_loaded = Signal(int)  # rows added

    def __init__(
        self,
        ctx: AppContext,
        account: AccountSession,
        group_id: str,
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.account = account
        self.group_id = group_id
        self.page_size = page_size
        self._rows: list[PostRow] = []
        self._ids: set[int] = set()
        self._plain: dict[int, str] = {}
        self._exhausted = False
        self._loading = False
        # True between begin…Rows and end…Rows: a view (or the model tester) asking for
        # more from inside those signals must not start a nested change.
        self._changing = False
        self._held = False  # see fetch_held
        self.fetch_count = 0
        # Set by the list that shows the model: lays out a row as the list will paint it.
        # Rows that arrive are handed to it a few at a time first, and inserted once all
        # are ready, in arrival order.
        self.prepare: Callable[[PostRow], object] | None = None
        self._arrivals: deque[tuple[deque[PostRow], Callable[[], None]]] = deque()
        self._arriving: set[int] = set()  # ids of the rows waiting in _arrivals
        ctx.hub.changed.connect(self._on_hub_changed)

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def row_of(self, message_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == message_id), -1)

    def post(self, row: int) -> PostRow:
        return self._rows[row]

    # -- lazy loading ----------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._exhausted
            and not self._loading
            and not self._changing
            and not self._held
        )

    @contextmanager
    def fetch_held(self) -> Iterator[None]:
        """No page is fetched meanwhile (``canFetchMore`` says False)."""
        was, self._held = self._held, True
        try:
            yield
        finally:
            self._held = was

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        self.fetch_count += 1
        before = self._rows[-1].key if self._rows else None
        limit = self.next_page_size()
        Op(
            self._ctx.ops,
            partial(posts.stream_page, self.account.replica, self.group_id, before, limit),
            parent=self,
        ).success(partial(self._on_page_loaded, limit)).failure(self._on_page_failed).run()

    def next_page_size(self) -> int:
        """Pages grow with the list: a view lays out every loaded row again after each
        insert, so deep in a long stream fewer, larger pages keep scrolling smooth."""
        return max(self.page_size, min(MAX_PAGE, len(self._rows) // 10))

    def _when_prepared(self, rows: list[PostRow], insert: Callable[[], None]) -> None:
        """Run ``insert`` once ``prepare`` has seen the rows at the ends of ``rows``."""
        edges = rows[:PREPARE_EDGE] + rows[PREPARE_EDGE:][-PREPARE_EDGE:]
        self._arriving.update(r.id for r in rows)
        self._arrivals.append((deque(edges), insert))
        if len(self._arrivals) == 1:
            self._prepare_some()

    def _prepare_some(self) -> None:
        """Prepare arriving rows for a slice of time, insert those that are ready, and go
        on in the next turn of the event loop (dropped with the model)."""
        deadline = time.perf_counter() + PREPARE_SLICE_S
        while self._arrivals:
            pending, insert = self._arrivals[0]
            while pending and self.prepare is not None:
                self.prepare(pending.popleft())
                if pending and time.perf_counter() >= deadline:
                    QTimer.singleShot(0, self, self._prepare_some)
                    return
            self._arrivals.popleft()
            if not self._arrivals:
                self._arriving.clear()
            insert()

    def _on_page_loaded(self, limit: int, page: list[PostRow]) -> None:
        self._when_prepared(page, partial(self._insert_page, limit, page))

    def _insert_page(self, limit: int, page: list[PostRow]) -> None:
        self._loading = False
        page = [r for r in page if r.id not in self._ids]
        if len(page) < limit:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self._changing = True
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self._ids.update(r.id for r in page)
            self.endInsertRows()
            self._changing = False
        self.page_loaded.emit(len(page))

    def _on_page_failed(self, error: Exception) -> None:
        self._loading = False
        self._ctx.ops.op_failed.emit(str(error))

    # -- changes ---------------------------------------------------------------------

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if user_id != self.account.user_id:
            return
        # Rows still on their way in are read again too; their new state is applied after
        # they are inserted (``_on_rows_reloaded`` waits behind them).
        touched = (self._ids | self._arriving) & changes.messages
        if changes.outbox:
            touched |= {r.id for r in self._rows if r.pending or r.failed_entry_id}
        if self.group_id in changes.groups or changes.created is not None:
            top = self._rows[0].key if self._rows else None
            Op(
                self._ctx.ops,
                partial(
                    posts.stream_newer, self.account.replica, self.group_id, top, self.page_size
                ),
                parent=self,
            ).success(self._on_newer_loaded).run()
        if touched:
            Op(
                self._ctx.ops,
                partial(posts.messages_by_id, self.account.replica, sorted(touched)),
                parent=self,
            ).success(partial(self._on_rows_reloaded, frozenset(touched))).run()

    def _on_newer_loaded(self, rows: list[PostRow]) -> None:
        self._when_prepared(rows, partial(self._insert_newer, rows))

    def _insert_newer(self, rows: list[PostRow]) -> None:
        rows = [r for r in rows if r.id not in self._ids]
        if not rows:
            return
        self._changing = True
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self._rows[0:0] = rows
        self._ids.update(r.id for r in rows)
        self.endInsertRows()
        self._changing = False

    def _on_rows_reloaded(self, asked: frozenset[int], fresh: dict[int, PostRow]) -> None:
        if self._arrivals:  # after the rows before it, which may be among those asked for
            self._when_prepared([], partial(self._apply_reloaded, asked, fresh))
        else:
            self._apply_reloaded(asked, fresh)

    def _apply_reloaded(self, asked: frozenset[int], fresh: dict[int, PostRow]) -> None:
        for message_id in asked:
            row = self.row_of(message_id)
            if row < 0:
                continue
            new = fresh.get(message_id)
            if new is None or new.group_id != self.group_id:
                self._changing = True
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self._ids.discard(message_id)
                self.endRemoveRows()
                self._changing = False
                continue
            self._rows[row] = new
            self._plain.pop(message_id, None)
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    # -- QAbstractListModel ----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        post = self._rows[index.row()]
        if role == POST_ROLE:
            return post
        if role in (IS_ANSWER_ROLE, CAN_MARK_ANSWER_ROLE):
            # Answers are marked in the thread. False, not None: the delegate asks on every
            # paint, and PySide6 loses a reference to None each time (see ui.refguard).
            return False
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{post.author_name}: {self._plain_of(post)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._describe(post)
        if role == Qt.ItemDataRole.ToolTipRole:
            return timefmt.exact(post.created_at)
        return None

    def _plain_of(self, post: PostRow) -> str:
        text = self._plain.get(post.id)
        if text is None:
            text = html_to_plain(post.body_html)
            self._plain[post.id] = text
        return text

    def _describe(self, post: PostRow) -> str:
        parts = [
            post.author_name,
            timefmt.relative(post.created_at),
        ]
        if post.kind == "question":
            parts.append(self.tr("answered question") if post.answered else self.tr("question"))
        if post.failed_entry_id is not None:
            parts.append(self.tr("failed to send"))
        elif post.stuck_since is not None:
            parts.append(stuck_text(post.stuck_since))
        elif post.pending:
            parts.append(self.tr("waiting to send"))
        parts.append(self._plain_of(post))
        if post.attachment is not None:
            parts.append(self.tr("attached: %1").replace("%1", attachment_text(post.attachment)))
        parts.append(self.tr("%n likes", "", post.likes))
        if post.reactions:
            parts.append(reactions.describe(post))
        parts.append(self.tr("%n comments", "", post.comments))
        return ", ".join(parts)


def open_link(parent: QWidget, url: QUrl) -> bool:
    """Open a link from a post, after showing where it goes; only http(s) and mailto."""
    if url.scheme().lower() not in LINK_SCHEMES:
        return False
    box = plain.message_box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Links", "Open link"),
        QCoreApplication.translate("Links", "Open this address in your browser?"),
        url.toDisplayString(),
    )
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if box.exec() == QMessageBox.StandardButton.Open:
        return QDesktopServices.openUrl(url)
    return False


class PostListView(QTreeView):
    """A list of posts of varying height; Enter opens one, L likes it.

    A flat ``QTreeView`` scrolling by item rather than a ``QListView``: the tree view asks
    for the height of a row only when the row comes into view, so appending a page costs
    the same with 100 rows loaded as with 100,000. A list view would ask every row again
    after each page (``benchmarks/ui_stream.py`` shows the difference).

    ``failureColour`` (set from the stylesheet: ``qproperty-failureColour``) is the colour
    of "failed to send": the palette has no role for errors.
    """

    opened = Signal(int)  # message id
    like_requested = Signal(int)
    react_requested = Signal(int, str)  # message id, reaction key
    history_requested = Signal(int)  # message id of an edited post or comment
    edit_requested = Signal(int)  # message id (the user's own)
    delete_requested = Signal(int)  # message id (the user's own)
    answer_requested = Signal(int)  # comment id: mark it as the answer, or unmark it
    pin_requested = Signal(int, bool)  # post id, pinned: what the group's moderators may do
    remove_requested = Signal(int)  # message id (someone else's)
    attachment_requested = Signal(int)  # message id: open its file

    def __init__(
        self, parent: QWidget | None = None, *, max_body_lines: int | None = MAX_BODY_LINES
    ) -> None:
        super().__init__(parent)
        self._failure = self.palette().color(QPalette.ColorRole.Highlight)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setIndentation(0)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)
        self.delegate = PostDelegate(self, max_body_lines=max_body_lines)
        self.setItemDelegate(self.delegate)
        # What the group's power levels allow the user, and which posts are pinned.
        self.permissions = GroupPermissions()
        self.pinned: frozenset[int] = frozenset()
        self.delegate.edit_clicked.connect(self.edit_requested)
        self.delegate.delete_clicked.connect(self.delete_requested)
        self.delegate.answer_clicked.connect(self.answer_requested)
        self.delegate.attachment_clicked.connect(self.attachment_requested)
        self.clicked.connect(self._on_self_clicked)
        self.activated.connect(self._on_self_clicked)

    def failure_colour(self) -> QColor:
        return self._failure

    def doItemsLayout(self) -> None:  # noqa: N802
        """Laying out its rows, a tree view fetches more of a model that can (to have rows
        to measure): after every page the next, until a stream had read its whole group, a
        query, an insert and a layout a page, all through a sync. Pages come when the list
        is scrolled to its end or its last row shows (the item view's own checks)."""
        model = self.model()
        if isinstance(model, StreamModel):
            with model.fetch_held():
                super().doItemsLayout()
        else:
            super().doItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # Row heights depend on the width; the tree view recomputes them lazily.
            self.scheduleDelayedItemsLayout()

    def _set_failure_colour(self, colour: QColor) -> None:
        self._failure = QColor(colour)
        self.viewport().update()

    failureColour = Property(QColor, failure_colour, _set_failure_colour)

    def _on_self_clicked(self, index: QModelIndex) -> None:
        post = index.data(POST_ROLE)
        if isinstance(post, PostRow):
            self.opened.emit(post.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        post = self.currentIndex().data(POST_ROLE)
        if isinstance(post, PostRow) and not event.modifiers():
            if event.key() == Qt.Key.Key_L:
                self.like_requested.emit(post.id)
                return
            if event.key() == Qt.Key.Key_F2 and post.mine:
                self.edit_requested.emit(post.id)
                return
            if event.key() == Qt.Key.Key_Delete and post.mine:
                self.delete_requested.emit(post.id)
                return
        super().keyPressEvent(event)

    def actions_menu(self, index: QModelIndex) -> QMenu | None:
        """What can be done with the post at ``index`` (the context menu, also by keyboard:
        the menu key or Shift+F10)."""
        post = index.data(POST_ROLE)
        if not isinstance(post, PostRow):
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), partial(self.opened.emit, post.id))
        if post.attachment is not None:
            menu.addAction(
                self.tr("Open attached file"), partial(self.attachment_requested.emit, post.id)
            )
        menu.addAction(
            self.tr("Unlike") if post.liked_by_me else self.tr("Like"),
            partial(self.like_requested.emit, post.id),
        )
        reactions.add_menu(menu, post, self.react_requested)
        if post.edited:
            menu.addAction(self.tr("Edit history …"), partial(self.history_requested.emit, post.id))
        if index.data(CAN_MARK_ANSWER_ROLE) and not post.pending:
            menu.addAction(
                self.delegate.answer_text(bool(index.data(IS_ANSWER_ROLE))),
                partial(self.answer_requested.emit, post.id),
            )
        if post.mine:
            menu.addSeparator()
            menu.addAction(self.tr("Edit …"), partial(self.edit_requested.emit, post.id))
            menu.addAction(self.tr("Delete …"), partial(self.delete_requested.emit, post.id))
        if post.pending:
            return menu
        if self.permissions.pin and post.kind != "comment":
            pinned = post.id in self.pinned
            menu.addSeparator()
            menu.addAction(
                self.tr("Unpin") if pinned else self.tr("Pin to the top"),
                partial(self.pin_requested.emit, post.id, not pinned),
            )
        if self.permissions.remove and not post.mine:
            menu.addAction(self.tr("Remove …"), partial(self.remove_requested.emit, post.id))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        popup_actions_menu(self, event, self.actions_menu)


class Composer(QWidget):
    """Write a post or question (Markdown); Ctrl+Enter sends."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._ctx = ctx
        self._account: AccountSession | None = None
        self._group_id: str | None = None
        self.edit = MentionEdit(self)
        self.edit.setObjectName("composerEdit")
        self.edit.setPlaceholderText(
            self.tr("Write something … @ mentions someone, Ctrl+Enter sends")
        )
        self.edit.setAccessibleName(self.tr("New post"))
        self.edit.setFixedHeight(60)
        self.question = QCheckBox(self.tr("&Question"), self)
        self.question.setAccessibleName(self.tr("Post as a question"))
        self.question.setToolTip(self.tr("Ask the group; an answer can be marked later"))
        self.attachments = AttachmentPicker(self.edit, self)
        self.send = QPushButton(self.tr("&Post"), self)
        icons.set_icon(self.send, "send")
        self.send.setAccessibleName(self.tr("Post"))
        self.send.setToolTip(self.tr("Post (Ctrl+Enter)"))
        self.send.setDefault(False)
        self.error = plain.label(self)  # says why, with the error's own text
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.question)
        row.addWidget(self.attachments.button)
        row.addWidget(self.attachments.files, 1)
        row.addWidget(self.attachments.remove)
        row.addStretch(1)
        row.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.edit)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.send.clicked.connect(self.submit)
        self.edit.submitted.connect(self.submit)
        self.drafts = DraftKeeper(ctx, self.edit, self.question)

    def set_target(self, account: AccountSession, group_id: str) -> None:
        changed_account = self._account is not account
        self._account = account
        self._group_id = group_id
        self.drafts.attach(account, group_id)
        if changed_account:
            Op(
                self._ctx.ops,
                partial(mention_candidates, account.replica),
                parent=self,
            ).success(self.edit.set_people).run()

    def submit(self) -> None:
        body = self.edit.toPlainText()
        if self._account is None or self._group_id is None:
            return
        files = self.attachments.items
        if not body.strip() and not files:
            self.error.setText(self.tr("Write something first."))
            self.error.show()
            return
        self.error.hide()
        commands = self._account.commands
        group_id = self._group_id
        question = self.question.isChecked()
        mentions = self.edit.used_mentions()
        files = self.attachments.take()
        self.edit.clear_all()
        self.question.setChecked(False)
        self.drafts.sent()

        def send(text: str, first: bool, attachment: Attached | None) -> Changes:
            return commands.post(
                group_id,
                text,
                question=question and first,
                mentions=mentions,
                attachment=attachment,
            )

        Op(
            self._ctx.ops,
            partial(send_with_files, send, body, files, self.attachments.pasted_name()),
            writes=True,
            account=self._account.user_id,
            parent=self,
        ).failure(partial(self._on_post_failed, body, files)).run()

    def _on_post_failed(self, body: str, files: list[Item], error: Exception) -> None:
        # Nothing was saved: give the text and files back so nothing is lost.
        self.edit.setPlainText(body)
        self.attachments.add(files)
        self.error.setText(self.tr("Could not save the post: %1").replace("%1", str(error)))
        self.error.show()


class StreamPage(QWidget):
    """Header, composer and the stream of one group (or an explanation when empty)."""

    post_opened = Signal(str, int)  # account, message id
    documents_requested = Signal(str, str)  # account, group id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model: StreamModel | None = None
        self.title = plain.label(self)  # the group's name
        self.title.setObjectName("paneTitle")
        self.title.setAccessibleName(self.tr("Group"))
        self.documents_button = QPushButton(self.tr("Docu&ments"), self)
        icons.set_icon(self.documents_button, "document")
        self.documents_button.setAccessibleName(self.tr("Show the group's documents"))
        self.composer = Composer(ctx, self)
        self.notify_level = LevelButton(ctx, self)
        self.appointments = GroupAppointments(ctx, self)
        self.pinned = PinnedPosts(ctx, self)
        self.stack = QStackedWidget(self)  # made first: its pages are made inside it
        self.view = PostListView(self.stack)
        self.view.setObjectName("stream")
        self.view.setAccessibleName(self.tr("Posts"))
        self.empty = QLabel(self.tr("No posts yet — write the first one."), self.stack)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 12, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.appointments.new_button)
        header.addWidget(self.documents_button)
        header.addWidget(self.notify_level)
        layout.addLayout(header)
        layout.addWidget(self.appointments)
        layout.addWidget(self.pinned)
        layout.addWidget(self.composer)
        layout.addWidget(self.stack, 1)
        self.view.opened.connect(self._on_view_opened)
        self.view.like_requested.connect(self._on_view_like_requested)
        self.view.react_requested.connect(self._on_view_react_requested)
        self.view.history_requested.connect(self._on_view_history_requested)
        self.view.delegate.like_clicked.connect(self._on_view_like_requested)
        self.view.delegate.retry_clicked.connect(self._on_delegate_retry_clicked)
        self.view.delegate.discard_clicked.connect(self._on_delegate_discard_clicked)
        self.view.delegate.link_clicked.connect(self._on_delegate_link_clicked)
        self.thumbnails = Thumbnails(ctx, self)
        self.view.delegate.thumbnails = self.thumbnails
        self.thumbnails.loaded.connect(self._on_thumbnails_loaded)
        self.view.attachment_requested.connect(self._on_view_attachment_requested)
        self.files = AttachmentOpener(ctx, self)
        self.post_actions = PostActions(ctx, self)
        self.view.edit_requested.connect(self._on_view_edit_requested)
        self.view.delete_requested.connect(self._on_view_delete_requested)
        self.view.pin_requested.connect(self._on_view_pin_requested)
        self.view.remove_requested.connect(self._on_view_remove_requested)
        self.pinned.opened.connect(self._on_view_opened)
        self.pinned.loaded.connect(self._on_pinned_loaded)
        self.documents_button.clicked.connect(self._on_documents_button_clicked)
        QShortcut(QKeySequence("Ctrl+N"), self, self.composer.edit.setFocus)
        ctx.hub.changed.connect(self._on_hub_changed)

    def show_group(self, account: AccountSession, group_id: str, name: str) -> None:
        old = self.model
        self.model = StreamModel(self._ctx, account, group_id, parent=self)
        self.model.page_loaded.connect(self._on_model_page_loaded)
        self.model.rowsInserted.connect(self._on_model_page_loaded)
        self.model.rowsRemoved.connect(self._on_model_page_loaded)
        self.model.prepare = self.view.delegate.prepare
        self.view.setModel(self.model)
        if old is not None:
            old.deleteLater()
        self.title.setText(name)
        self.thumbnails.set_account(account)
        self.composer.set_target(account, group_id)
        self.notify_level.set_group(account, group_id)
        self.appointments.show_group(account, group_id, name)
        self.view.permissions, self.view.pinned = GroupPermissions(), frozenset()
        self.pinned.show_group(account, group_id)
        self.stack.setCurrentWidget(self.view)
        self.model.fetchMore()
        self.mark_read()

    # -- read state --------------------------------------------------------------------

    def mark_read(self) -> None:
        """The group on show is read: its badge goes, and a read marker is queued for the
        server (nothing happens while nothing in it is unread)."""
        if self.model is None:
            return
        account = self.model.account
        Op(
            self._ctx.ops,
            partial(account.commands.mark_read, self.model.group_id),
            writes=True,
            account=account.user_id,
            parent=self,
        ).run()

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        model = self.model
        if model is not None and user_id == model.account.user_id and changes.messages:
            self.thumbnails.retry_missing()
        # What arrives in the group on show while the user looks at it is read too.
        if (
            model is not None
            and user_id == model.account.user_id
            and model.group_id in changes.groups
            and self.isVisible()
            and self.window().isActiveWindow()
        ):
            self.mark_read()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Back at the window: what arrived in the group on show meanwhile is read now.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            if self.isVisible():
                self.mark_read()

    def _on_documents_button_clicked(self) -> None:
        if self.model is not None:
            self.documents_requested.emit(self.model.account.user_id, self.model.group_id)

    def _on_model_page_loaded(self, *_: object) -> None:
        if self.model is None:
            return
        empty = self.model.rowCount() == 0 and self.model.exhausted
        self.stack.setCurrentWidget(self.empty if empty else self.view)

    def select_post(self, message_id: int) -> bool:
        if self.model is None:
            return False
        row = self.model.row_of(message_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _on_view_opened(self, message_id: int) -> None:
        if self.model is not None:
            self.post_opened.emit(self.model.account.user_id, message_id)

    def _on_view_like_requested(self, message_id: int) -> None:
        if self.model is None:
            return
        row = self.model.row_of(message_id)
        if row < 0:
            return
        toggle_like(self._ctx, self.model.account, self.model.post(row), self)

    def _on_view_react_requested(self, message_id: int, key: str) -> None:
        row = self.model.row_of(message_id) if self.model is not None else -1
        if self.model is not None and row >= 0:
            reactions.toggle(self._ctx, self.model.account, self.model.post(row), key, self)

    def _on_view_history_requested(self, message_id: int) -> None:
        if self.model is not None:
            show_history(self._ctx, self.model.account, message_id, self)

    def _on_delegate_retry_clicked(self, entry_id: int) -> None:
        if self.model is not None:
            sendstate.retry(self._ctx, self.model.account, entry_id, self)

    def _on_delegate_discard_clicked(self, entry_id: int) -> None:
        if self.model is not None:
            sendstate.discard(self._ctx, self.model.account, entry_id, self)

    def _on_delegate_link_clicked(self, url: QUrl) -> None:
        open_link(self, url)

    # -- attachments -------------------------------------------------------------------

    def _on_thumbnails_loaded(self, message_id: int) -> None:
        del message_id
        self.view.viewport().update()

    @property
    def opener(self) -> DocumentOpener:
        return self.files.opener

    def _on_view_attachment_requested(self, message_id: int) -> None:
        if self.model is not None:
            self.files.open(self.model.account, message_id)

    def _on_view_edit_requested(self, message_id: int) -> None:
        if self.model is not None:
            self.post_actions.edit(self.model.account, message_id)

    def _on_view_delete_requested(self, message_id: int) -> None:
        if self.model is not None:
            self.post_actions.delete(self.model.account, message_id, comment=False)

    def _on_pinned_loaded(self) -> None:
        self.view.permissions = self.pinned.permissions
        self.view.pinned = frozenset(p.id for p in self.pinned.posts)

    def _on_view_pin_requested(self, message_id: int, on: bool) -> None:
        if self.model is not None:
            self.pinned.moderation.pin(self.model.account, message_id, on)

    def _on_view_remove_requested(self, message_id: int) -> None:
        if self.model is not None:
            self.pinned.moderation.remove(self.model.account, message_id, comment=False)


def toggle_like(ctx: AppContext, account: AccountSession, post: PostRow, parent: QObject) -> None:
    commands = account.commands
    fn = partial(commands.unlike if post.liked_by_me else commands.like, post.id)
    Op(ctx.ops, fn, writes=True, account=account.user_id, parent=parent).run()
