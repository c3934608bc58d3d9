"""The right pane: a post with its comments (and a comment box), a person, a document.

A thread is bounded (``client.reads.posts.THREAD_LIMIT`` comments), so ``ThreadModel`` reads
it whole on a worker and re-reads it when ``Changes`` touch the post or one of its comments.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from client.changes import Changes
from client.reactions import LIKE
from client.reads import members, posts
from client.reads.people import mention_candidates
from client.render import html_to_plain
from client.rows import GroupPermissions, PostRow, ThreadData
from ui import icons, plain, reactions, sendstate, timefmt
from ui.attachments import (
    Attached,
    AttachmentOpener,
    AttachmentPicker,
    Item,
    Thumbnails,
    send_with_files,
)
from ui.context import AccountSession, AppContext
from ui.documents.opener import DocumentOpener
from ui.documents.pane import DocumentPane
from ui.drafts import DraftKeeper
from ui.edithistory import show_history
from ui.mentionedit import MentionEdit
from ui.moderation import ModerationActions
from ui.ops import Op
from ui.people import ProfilePane
from ui.postactions import PostActions
from ui.postview import CAN_MARK_ANSWER_ROLE, IS_ANSWER_ROLE, POST_ROLE
from ui.reactions import ReactionBar
from ui.stream import PostListView, open_link, toggle_like

if TYPE_CHECKING:
    from client.store import Replica

AnyIndex = QModelIndex | QPersistentModelIndex


class ThreadModel(QAbstractListModel):
    """A post followed by its comments, oldest first."""

    loaded = Signal()

    def __init__(
        self,
        ctx: AppContext,
        account: AccountSession,
        post_id: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.account = account
        self.post_id = post_id
        self._rows: list[PostRow] = []
        ctx.hub.changed.connect(self._on_hub_changed)

    @property
    def post(self) -> PostRow | None:
        return self._rows[0] if self._rows and self._rows[0].id == self.post_id else None

    def reload(self) -> None:
        Op(
            self._ctx.ops, partial(posts.thread, self.account.replica, self.post_id), parent=self
        ).success(self._on_thread_loaded).run()

    def _on_thread_loaded(self, data: ThreadData) -> None:
        self.beginResetModel()
        self._rows = ([data.post] if data.post else []) + data.comments
        self.endResetModel()
        self.loaded.emit()

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if user_id != self.account.user_id:
            return
        ids = {r.id for r in self._rows} | {self.post_id}
        if (
            ids & changes.messages
            or (changes.outbox and any(r.pending or r.failed_entry_id for r in self._rows))
            or (self.post is not None and self.post.group_id in changes.groups)
        ):
            self.reload()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == POST_ROLE:
            return row
        post = self.post
        if role == IS_ANSWER_ROLE:
            return post is not None and row.id != post.id and row.id == post.answer_id
        if role == CAN_MARK_ANSWER_ROLE:
            return (
                post is not None
                and row.id != post.id
                and post.kind == "question"
                and post.mine
                and not row.mine
            )
        if role == Qt.ItemDataRole.AccessibleTextRole and post is not None:
            if row.id != post.id and row.id == post.answer_id:
                return (
                    self.tr("%1 (marked as the answer): %2")
                    .replace("%1", row.author_name)
                    .replace("%2", html_to_plain(row.body_html))
                )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.author_name}: {html_to_plain(row.body_html)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return timefmt.exact(row.created_at)
        return None


class ThreadPane(QWidget):
    """A post and its comments, with like and comment."""

    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model: ThreadModel | None = None
        self.title = plain.label(self, self.tr("Thread"))  # "Post by" its author's name
        self.title.setObjectName("paneTitle")
        close = QToolButton(self)
        icons.set_icon(close, "close")
        close.setAccessibleName(self.tr("Close the detail pane"))
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAutoRaise(True)
        close.clicked.connect(self.closed)
        self.view = PostListView(self, max_body_lines=None)
        # A thread is short, and its posts are shown whole: scroll by pixel here.
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setObjectName("thread")
        self.view.setAccessibleName(self.tr("Post and comments"))
        self.like = QPushButton(self.tr("&Like"), self)
        icons.set_icon(self.like, "like")
        self.like.setCheckable(True)
        self.like.setAccessibleName(self.tr("Like the post"))
        self.retry = QPushButton(self.tr("&Retry sending"), self)
        icons.set_icon(self.retry, "retry")
        self.retry.setAccessibleName(self.tr("Retry sending the post"))
        self.edited = QPushButton(self.tr("Edi&ted"), self)
        self.edited.setFlat(True)
        self.edited.setAccessibleName(self.tr("Show the edit history of the post"))
        self.edited.setToolTip(self.tr("Earlier versions of the post"))
        self.discard = QPushButton(self.tr("&Discard"), self)
        icons.set_icon(self.discard, "discard")
        self.discard.setAccessibleName(self.tr("Discard the post that failed"))
        self.comment = MentionEdit(self)
        self.comment.setObjectName("commentEdit")
        self.comment.setPlaceholderText(self.tr("Write a comment … Ctrl+Enter sends"))
        self.comment.setAccessibleName(self.tr("New comment"))
        self.comment.setFixedHeight(64)
        self.send = QPushButton(self.tr("C&omment"), self)
        icons.set_icon(self.send, "send")
        self.send.setAccessibleName(self.tr("Send the comment"))
        self.attachments = AttachmentPicker(self.comment, self)
        self.thumbnails = Thumbnails(ctx, self)
        self.view.delegate.thumbnails = self.thumbnails
        self.files = AttachmentOpener(ctx, self)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 6, 0)
        header.addWidget(self.title, 1)
        header.addWidget(close)
        actions = QHBoxLayout()
        actions.setContentsMargins(12, 4, 12, 4)
        actions.addWidget(self.like)
        self.reaction_bar = ReactionBar(ctx, self)
        actions.addWidget(self.reaction_bar)
        actions.addWidget(self.edited)
        actions.addWidget(self.retry)
        actions.addWidget(self.discard)
        actions.addStretch(1)
        box = QHBoxLayout()
        box.setContentsMargins(12, 4, 12, 8)
        box.addWidget(self.comment, 1)
        box.addWidget(self.send, 0, Qt.AlignmentFlag.AlignBottom)
        files = QHBoxLayout()
        files.setContentsMargins(12, 0, 12, 8)
        files.addWidget(self.attachments.button)
        files.addWidget(self.attachments.files, 1)
        files.addWidget(self.attachments.remove)
        files.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addLayout(box)
        layout.addLayout(files)
        self.like.clicked.connect(self._on_like_clicked)
        self.retry.clicked.connect(self._on_retry_clicked)
        self.discard.clicked.connect(self._on_discard_clicked)
        self.send.clicked.connect(self._on_send_clicked)
        self.comment.submitted.connect(self._on_send_clicked)
        self.drafts = DraftKeeper(ctx, self.comment)
        self.thumbnails.loaded.connect(self._on_thumbnails_loaded)
        self.view.attachment_requested.connect(self._on_view_attachment_requested)
        self.view.like_requested.connect(self._on_view_like_requested)
        self.view.react_requested.connect(self._on_view_react_requested)
        self.view.history_requested.connect(self._on_view_history_requested)
        self.edited.clicked.connect(self._on_edited_clicked)
        self.reaction_bar.loaded.connect(self._on_reaction_bar_loaded)
        self.view.delegate.like_clicked.connect(self._on_view_like_requested)
        self.view.delegate.link_clicked.connect(self._on_delegate_link_clicked)
        self.post_actions = PostActions(ctx, self)
        self.post_actions.deleted.connect(self._on_actions_deleted)
        self.view.edit_requested.connect(self._on_view_edit_requested)
        self.view.delete_requested.connect(self._on_view_delete_requested)
        self.view.answer_requested.connect(self._on_view_answer_requested)
        self.moderation = ModerationActions(ctx, self)
        self.view.pin_requested.connect(self._on_view_pin_requested)
        self.view.remove_requested.connect(self._on_view_remove_requested)
        self._update_actions()

    def show_post(self, account: AccountSession, post_id: int) -> None:
        old = self.model
        if old is None or (old.account, old.post_id) != (account, post_id):
            self.drafts.detach()
            self.attachments.clear()  # they were meant for the other post
        self.model = ThreadModel(self._ctx, account, post_id, self)
        self.model.loaded.connect(self._update_actions)
        # What could not be had is asked for again once the replica changed.
        self.model.loaded.connect(self.thumbnails.retry_missing)
        self.thumbnails.set_account(account)
        self.view.setModel(self.model)
        if old is not None:
            old.deleteLater()
        if old is None or old.account is not account:
            Op(self._ctx.ops, partial(mention_candidates, account.replica), parent=self).success(
                self.comment.set_people
            ).run()
        self.model.reload()
        self.view.permissions = GroupPermissions()
        Op(self._ctx.ops, partial(_rights_of_post, account.replica, post_id), parent=self).success(
            partial(self._on_rights_loaded, self.model)
        ).run()

    def _on_rights_loaded(
        self, model: ThreadModel, found: tuple[GroupPermissions, frozenset[int]]
    ) -> None:
        if model is self.model:
            self.view.permissions, self.view.pinned = found

    def _on_view_pin_requested(self, message_id: int, on: bool) -> None:
        if self.model is not None:
            self.moderation.pin(self.model.account, message_id, on)

    def _on_view_remove_requested(self, message_id: int) -> None:
        if self.model is not None:
            comment = message_id != self.model.post_id
            self.moderation.remove(self.model.account, message_id, comment=comment)

    def _update_actions(self) -> None:
        post = self.model.post if self.model else None
        for widget in (self.like, self.comment, self.send, self.attachments.button):
            widget.setEnabled(post is not None)
        failed = post is not None and post.failed_entry_id is not None
        self.retry.setVisible(failed)
        self.discard.setVisible(failed)
        self.edited.setVisible(post is not None and post.edited)
        if self.model is not None:
            self.reaction_bar.show_for(self.model.account, post.id if post else None)
        if post is not None and self.model is not None:
            self.drafts.attach(self.model.account, post.group_id, post.id)
            self.like.setChecked(post.liked_by_me)
            self.like.setText(self.tr("&Like (%1)").replace("%1", str(post.likes)))
            self.title.setText(
                self.tr("Question by %1") if post.kind == "question" else self.tr("Post by %1")
            )
            self.title.setText(self.title.text().replace("%1", post.author_name))

    def _on_like_clicked(self) -> None:
        if self.model is not None and self.model.post is not None:
            toggle_like(self._ctx, self.model.account, self.model.post, self)

    def _on_view_like_requested(self, message_id: int) -> None:
        post = self._row_of(message_id)
        if self.model is not None and post is not None:
            toggle_like(self._ctx, self.model.account, post, self)

    def _on_view_react_requested(self, message_id: int, key: str) -> None:
        post = self._row_of(message_id)
        if self.model is not None and post is not None:
            reactions.toggle(self._ctx, self.model.account, post, key, self)

    def _on_view_history_requested(self, message_id: int) -> None:
        if self.model is not None:
            show_history(self._ctx, self.model.account, message_id, self)

    def _on_edited_clicked(self) -> None:
        if self.model is not None:
            self._on_view_history_requested(self.model.post_id)

    def _row_of(self, message_id: int) -> PostRow | None:
        if self.model is not None:
            for row in range(self.model.rowCount()):
                post = self.model.index(row, 0).data(POST_ROLE)
                if isinstance(post, PostRow) and post.id == message_id:
                    return post
        return None

    def _on_reaction_bar_loaded(self) -> None:
        liked = self.reaction_bar.who(self.reaction_bar.summary(LIKE))
        self.like.setToolTip(plain.tooltip(liked or self.tr("Like the post")))

    def _on_entry_action(self, action: Callable[..., None]) -> None:
        post = self.model.post if self.model else None
        if self.model is not None and post is not None and post.failed_entry_id is not None:
            action(self._ctx, self.model.account, post.failed_entry_id, self)

    def _on_retry_clicked(self) -> None:
        self._on_entry_action(sendstate.retry)

    def _on_discard_clicked(self) -> None:
        self._on_entry_action(sendstate.discard)

    def _on_send_clicked(self) -> None:
        if self.model is None or self.model.post is None:
            return
        body = self.comment.toPlainText()
        if not body.strip() and not self.attachments.items:
            return
        commands = self.model.account.commands
        post_id = self.model.post_id
        mentions = self.comment.used_mentions()
        files = self.attachments.take()
        self.comment.clear_all()
        self.drafts.sent()

        def send(text: str, first: bool, attachment: Attached | None) -> Changes:
            del first
            return commands.comment(post_id, text, mentions=mentions, attachment=attachment)

        Op(
            self._ctx.ops,
            partial(send_with_files, send, body, files, self.attachments.pasted_name()),
            writes=True,
            account=self.model.account.user_id,
            parent=self,
        ).failure(partial(self._on_comment_failed, body, files)).run()

    def _on_comment_failed(self, body: str, files: list[Item], error: Exception) -> None:
        # Nothing was saved: give the text and files back so nothing is lost.
        self.comment.setPlainText(body)
        self.attachments.add(files)
        self._ctx.ops.op_failed.emit(str(error))

    def _on_thumbnails_loaded(self, message_id: int) -> None:
        del message_id
        self.view.viewport().update()

    def _on_view_attachment_requested(self, message_id: int) -> None:
        if self.model is not None:
            self.files.open(self.model.account, message_id)

    def _on_delegate_link_clicked(self, url: QUrl) -> None:
        open_link(self, url)

    def _on_view_edit_requested(self, message_id: int) -> None:
        if self.model is not None:
            self.post_actions.edit(self.model.account, message_id)

    def _on_view_delete_requested(self, message_id: int) -> None:
        if self.model is not None:
            comment = message_id != self.model.post_id
            self.post_actions.delete(self.model.account, message_id, comment=comment)

    def _on_view_answer_requested(self, comment_id: int) -> None:
        post = self.model.post if self.model else None
        if self.model is None or post is None:
            return
        self.post_actions.toggle_answer(
            self.model.account, post.id, comment_id, is_answer=post.answer_id == comment_id
        )

    def _on_actions_deleted(self, message_id: int) -> None:
        # The post itself is gone: its thread has nothing left to show.
        if self.model is not None and message_id == self.model.post_id:
            self.closed.emit()


class DetailPane(QStackedWidget):
    """The right pane; hidden until something is opened."""

    post_requested = Signal(str, str, int)  # account, group id, post id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail")
        self.setAccessibleName(self.tr("Details"))
        self.thread_pane = ThreadPane(ctx, self)
        self.profile = ProfilePane(ctx, self)
        self.document_pane = DocumentPane(ctx, DocumentOpener(ctx, self), self)
        self.addWidget(self.thread_pane)
        self.addWidget(self.profile)
        self.addWidget(self.document_pane)
        self.thread_pane.closed.connect(self.hide)
        self.profile.closed.connect(self.hide)
        self.document_pane.closed.connect(self.hide)
        self.profile.post_opened.connect(self.post_requested)

    def show_post(self, account: AccountSession, post_id: int) -> None:
        self.thread_pane.show_post(account, post_id)
        self.setCurrentWidget(self.thread_pane)
        self.show()

    def show_profile(self, account: AccountSession, user_id: str) -> None:
        """A person's profile: their entry, shared groups, recent posts."""
        self.profile.show_person(account, user_id)
        self.setCurrentWidget(self.profile)
        self.show()

    def show_document(self, account: AccountSession, document_id: str) -> None:
        self.document_pane.show_document(account, document_id)
        self.setCurrentWidget(self.document_pane)
        self.show()


def _rights_of_post(replica: Replica, post_id: int) -> tuple[GroupPermissions, frozenset[int]]:
    """What the user may do in the post's group, and which of its posts are pinned."""
    found = posts.root_of(replica, post_id)
    if found is None:
        return GroupPermissions(), frozenset()
    group_id = found[0]
    pinned = frozenset(p.id for p in posts.pinned_posts(replica, group_id))
    return members.permissions(replica, group_id), pinned
