"""How a post or comment looks in a list: ``PostDelegate`` paints ``PostRow`` values.

Author, relative time, kind (question, answered), the body as sanitised rich text, likes and
comments, and the outbox state inline (waiting to send, or failed with the reason and
"Retry" / "Discard"). The body HTML comes from ``client.render`` (sanitised); here it is laid
out by a ``QTextDocument`` that refuses every resource, so no image is ever fetched.

Laid-out bodies and row heights are cached per message and width: a list of a hundred
thousand rows only ever lays out what it shows, once.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from client.rows import AttachmentRow, PostRow
from ui import icons, timefmt
from ui.reactions import footer_text
from ui.refguard import top_up_none
from ui.sendstate import failure_reason, stuck_text

if TYPE_CHECKING:
    from ui.attachments import Thumbnails

AnyIndex = QModelIndex | QPersistentModelIndex

POST_ROLE = Qt.ItemDataRole.UserRole + 10
# In a thread: True on the comment marked as the question's answer, and on every comment
# the user may mark (their own question); lists without answers leave both unset.
IS_ANSWER_ROLE = Qt.ItemDataRole.UserRole + 11
CAN_MARK_ANSWER_ROLE = Qt.ItemDataRole.UserRole + 12
PAD = 12
GAP = 6
ICON = 16
DOC_CACHE = 400
MAX_BODY_LINES = 12


def attachment_text(attachment: AttachmentRow) -> str:
    """Name, type and size of a post's file, for its row and for screen readers."""
    size = "" if attachment.size is None else QLocale().formattedDataSize(attachment.size)
    return "  ·  ".join(p for p in (attachment.name, attachment.mimetype, size) if p)


class SafeDocument(QTextDocument):
    """A text document that loads nothing: remote (and mxc) images stay unloaded."""

    def loadResource(self, type: int, name: QUrl | str) -> object:
        return None


@dataclass
class _Layout:
    header: QRect
    body: QRect
    footer: QRect
    like: QRect
    reactions: QRect
    comments: QRect
    retry: QRect
    discard: QRect
    edit: QRect
    delete: QRect
    answer: QRect
    height: int
    clamped: bool
    # The attachment's image or file row; null without one.
    attachment: QRect = field(default_factory=QRect)
    attachment_image: bool = False


class PostDelegate(QStyledItemDelegate):
    """Paints posts; clicks on its parts come out as signals."""

    like_clicked = Signal(int)  # message id
    retry_clicked = Signal(int)  # outbox entry id
    discard_clicked = Signal(int)  # outbox entry id
    edit_clicked = Signal(int)  # message id
    delete_clicked = Signal(int)  # message id
    answer_clicked = Signal(int)  # message id of the comment
    attachment_clicked = Signal(int)  # message id
    link_clicked = Signal(QUrl)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        show_counts: bool = True,
        max_body_lines: int | None = MAX_BODY_LINES,
    ) -> None:
        super().__init__(parent)
        self._docs: OrderedDict[tuple[int, str, int], QTextDocument] = OrderedDict()
        self._heights: dict[tuple[int, int, int, int], int] = {}
        self._show_counts = show_counts
        # A list scrolls by whole posts: a very long one is cut here and read in full in
        # its thread.
        self._max_body_lines = max_body_lines
        # Where images' thumbnails come from; without it images show as file rows.
        self.thumbnails: Thumbnails | None = None

    # -- text ------------------------------------------------------------------------

    def _doc(self, post: PostRow, width: int, font: QFont) -> QTextDocument:
        key = (post.id, post.body_html, width)
        doc = self._docs.get(key)
        if doc is not None:
            self._docs.move_to_end(key)
            return doc
        doc = SafeDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet("p { margin: 0; } ul, ol { margin-top: 0; margin-bottom: 0; }")
        doc.setHtml(post.body_html)
        doc.setTextWidth(width)
        self._docs[key] = doc
        while len(self._docs) > DOC_CACHE:
            self._docs.popitem(last=False)
        return doc

    def _labels(self, post: PostRow, is_answer: bool = False) -> list[str]:
        out = [timefmt.relative(post.created_at)]
        if is_answer:
            out.append(self.tr("✔ answer"))
        if post.kind == "question":
            out.append(self.tr("answered") if post.answered else self.tr("question"))
        if post.edited:
            out.append(self.tr("edited"))
        return out

    def _state_text(self, post: PostRow) -> str | None:
        if post.failed_entry_id is not None:
            return self.tr("failed: %1").replace("%1", failure_reason(post.failed_reason))
        if post.stuck_since is not None:
            return stuck_text(post.stuck_since)
        if post.pending:
            return self.tr("waiting to send")
        return None

    # -- geometry --------------------------------------------------------------------

    def answer_text(self, is_answer: bool) -> str:
        return self.tr("Unmark answer") if is_answer else self.tr("Mark as answer")

    def _layout(
        self,
        post: PostRow,
        rect: QRect,
        font: QFont,
        *,
        can_answer: bool = False,
        is_answer: bool = False,
    ) -> _Layout:
        metrics = QFontMetrics(font)
        line = max(metrics.height(), ICON)
        width = max(rect.width() - 2 * PAD, 50)
        doc = self._doc(post, width, font)
        body_h = int(doc.size().height())
        clamped = False
        if self._max_body_lines is not None:
            limit = self._max_body_lines * metrics.lineSpacing()
            clamped = body_h > limit
            body_h = min(body_h, limit)
        top = rect.top() + PAD
        header = QRect(rect.left() + PAD, top, width, line)
        body = QRect(rect.left() + PAD, header.bottom() + 1 + GAP, width, body_h)
        more_h = metrics.lineSpacing() if clamped else 0
        below = body.bottom() + 1 + GAP + more_h
        attachment = QRect()
        image = False
        if post.attachment is not None:
            image = self._shows_image(post.attachment)
            if image:
                box = self._image_size(post.attachment, width)
                attachment = QRect(rect.left() + PAD, below, box.width(), box.height())
            else:
                attachment = QRect(rect.left() + PAD, below, width, line)
            below = attachment.bottom() + 1 + GAP
        footer = QRect(rect.left() + PAD, below, width, line)
        x = footer.left()
        like_w = ICON + 4 + metrics.horizontalAdvance(str(post.likes)) + 8
        like = QRect(x, footer.top(), like_w, line)
        x += like_w + 12
        reactions = QRect()
        if post.reactions:
            reactions_w = metrics.horizontalAdvance(footer_text(post)) + 8
            reactions = QRect(x, footer.top(), reactions_w, line)
            x += reactions_w + 12
        comments = QRect()
        if self._show_counts:
            comments_w = ICON + 4 + metrics.horizontalAdvance(str(post.comments)) + 8
            comments = QRect(x, footer.top(), comments_w, line)
            x += comments_w + 12
        retry = discard = QRect()
        if post.failed_entry_id is not None:
            retry_w = ICON + 4 + metrics.horizontalAdvance(self.tr("Retry")) + 8
            retry = QRect(x, footer.top(), retry_w, line)
            x += retry_w + 8
            discard_w = ICON + 4 + metrics.horizontalAdvance(self.tr("Discard")) + 8
            discard = QRect(x, footer.top(), discard_w, line)
            x += discard_w + 12
        edit = delete = answer = QRect()
        if can_answer and not post.pending:
            answer_w = ICON + 4 + metrics.horizontalAdvance(self.answer_text(is_answer)) + 8
            answer = QRect(x, footer.top(), answer_w, line)
            x += answer_w + 12
        if post.mine:
            edit_w = ICON + 4 + metrics.horizontalAdvance(self.tr("Edit")) + 8
            edit = QRect(x, footer.top(), edit_w, line)
            x += edit_w + 8
            delete_w = ICON + 4 + metrics.horizontalAdvance(self.tr("Delete")) + 8
            delete = QRect(x, footer.top(), delete_w, line)
        height = footer.bottom() + 1 + PAD - rect.top()
        return _Layout(
            header,
            body,
            footer,
            like,
            reactions,
            comments,
            retry,
            discard,
            edit,
            delete,
            answer,
            height,
            clamped,
            attachment,
            image,
        )

    def _shows_image(self, attachment: AttachmentRow) -> bool:
        if self.thumbnails is None:
            return False
        from ui.attachments import shown_as_image

        return shown_as_image(attachment, self.thumbnails.auto_download_mb())

    @staticmethod
    def _image_size(attachment: AttachmentRow, width: int) -> QSize:
        """The thumbnail's box: the image's shape where the server says it, so that the row
        keeps its height when the thumbnail arrives."""
        from ui.attachments import BOX

        box = QSize(min(BOX.width(), width), BOX.height())
        if attachment.width and attachment.height:
            return QSize(attachment.width, attachment.height).scaled(
                box, Qt.AspectRatioMode.KeepAspectRatio
            )
        return box

    @staticmethod
    def _flags(index: AnyIndex) -> dict[str, bool]:
        return {
            "can_answer": bool(index.data(CAN_MARK_ANSWER_ROLE)),
            "is_answer": bool(index.data(IS_ANSWER_ROLE)),
        }

    def _row_width(self, rect: QRect) -> int:
        """The width a row is laid out for: the list's viewport (its one column stretches
        to it), always less the vertical scroll bar. The bar appears once a page fills the
        list; had the rows been laid out without its room, every post on screen would be
        laid out again at once, in the same stretch of the GUI thread. Painting uses this
        width too, not the row's rectangle, which lags a step behind the viewport."""
        view = self.parent()
        if not isinstance(view, QAbstractScrollArea):
            return rect.width() if rect.width() > 0 else 600
        width = view.viewport().width()
        bar = view.verticalScrollBar()
        if not bar.isVisibleTo(view) and not view.style().styleHint(
            QStyle.StyleHint.SH_ScrollBar_Transient, None, bar
        ):
            width -= bar.sizeHint().width()
        return int(width)

    def _row_rect(self, rect: QRect) -> QRect:
        return QRect(rect.left(), rect.top(), self._row_width(rect), rect.height())

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        post = index.data(POST_ROLE)
        if not isinstance(post, PostRow):
            return super().sizeHint(option, index)
        width = self._row_width(option.rect)
        return QSize(width, self._height(post, width, option.font))

    def _height(self, post: PostRow, width: int, font: QFont) -> int:
        key = (post.id, width, hash(post.body_html), post.failed_entry_id or 0)
        height = self._heights.get(key)
        if height is None:
            height = self._layout(post, QRect(0, 0, width, 100), font).height
            self._heights[key] = height
        return height

    def prepare(self, post: PostRow) -> None:
        """Lay out ``post`` as the list will ask for it (its body's document, its height),
        ahead of the row's arrival: laying out a screenful of new rows when the list first
        paints them holds the GUI thread for tens of milliseconds, while a few at a time,
        in turns of the event loop of their own, it stays free (``StreamModel.prepare``)."""
        view = self.parent()
        if isinstance(view, QAbstractScrollArea) and view.isVisible():  # polished, laid out
            self._height(post, self._row_width(QRect()), view.font())

    # -- painting --------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        top_up_none()
        post = index.data(POST_ROLE)
        if not isinstance(post, PostRow):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        # A calm selection: a tinted row with an accent bar, the text keeps its colours.
        if opt.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
            painter.fillRect(
                QRect(rect.left(), rect.top(), 3, rect.height()),
                palette.color(QPalette.ColorRole.Highlight),
            )
        elif opt.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        text = palette.color(QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        failure = getattr(widget, "failure_colour", None)
        failure_colour = (
            failure() if callable(failure) else palette.color(QPalette.ColorRole.Highlight)
        )
        font: QFont = opt.font
        flags = self._flags(index)
        layout = self._layout(post, self._row_rect(rect), font, **flags)

        painter.save()
        # Header: author · time · kind · state.
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        name_w = QFontMetrics(bold).horizontalAdvance(post.author_name)
        painter.drawText(layout.header, Qt.AlignmentFlag.AlignVCenter, post.author_name)
        painter.setFont(font)
        x = layout.header.left() + name_w
        metrics = QFontMetrics(font)
        for label in self._labels(post, flags["is_answer"]):
            piece = f"  ·  {label}"
            painter.setPen(quiet)
            r = QRect(
                x, layout.header.top(), metrics.horizontalAdvance(piece), layout.header.height()
            )
            painter.drawText(r, Qt.AlignmentFlag.AlignVCenter, piece)
            x = r.right() + 1
        state = self._state_text(post)
        if state is not None:
            failed = post.failed_entry_id is not None or post.stuck_since is not None
            colour = failure_colour if failed else palette.color(QPalette.ColorRole.Link)
            x += 12
            icon = icons.pixmap(
                "alert" if failed else "clock", ICON, colour, painter.device().devicePixelRatioF()
            )
            painter.drawPixmap(x, layout.header.center().y() - ICON // 2, icon)
            x += ICON + 4
            painter.setPen(colour)
            remaining = max(layout.header.right() - x, 10)
            elided = metrics.elidedText(state, Qt.TextElideMode.ElideRight, remaining)
            painter.drawText(
                QRect(x, layout.header.top(), remaining, layout.header.height()),
                Qt.AlignmentFlag.AlignVCenter,
                elided,
            )

        # Body.
        doc = self._doc(post, layout.body.width(), font)
        painter.translate(layout.body.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = QPalette(palette)
        context.palette.setColor(QPalette.ColorRole.Text, text)
        context.clip = QRectF(0, 0, layout.body.width(), layout.body.height())
        doc.documentLayout().draw(painter, context)
        painter.translate(-layout.body.topLeft())
        if layout.clamped:
            # An ellipsis under a cut body says there is more: Enter opens the whole post.
            painter.setPen(quiet)
            painter.drawText(
                QRect(layout.body.left(), layout.body.bottom() + 1, 40, metrics.lineSpacing()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                "…",
            )

        ratio = painter.device().devicePixelRatioF()
        if post.attachment is not None:
            self._paint_attachment(painter, post, layout, palette, ratio)

        # Footer: likes, comments, and what to do with a failed item.
        liked_colour = palette.color(QPalette.ColorRole.Link)
        self._icon_text(
            painter,
            layout.like,
            "like",
            str(post.likes),
            liked_colour if post.liked_by_me else quiet,
            ratio,
        )
        if post.reactions:
            reacted = any(mine for _key, _n, mine in post.reactions)
            painter.setPen(liked_colour if reacted else quiet)
            painter.drawText(layout.reactions, Qt.AlignmentFlag.AlignVCenter, footer_text(post))
        if self._show_counts:
            self._icon_text(painter, layout.comments, "comment", str(post.comments), quiet, ratio)
        if post.failed_entry_id is not None:
            link = palette.color(QPalette.ColorRole.Link)
            self._icon_text(painter, layout.retry, "retry", self.tr("Retry"), link, ratio)
            self._icon_text(painter, layout.discard, "discard", self.tr("Discard"), link, ratio)
        actions = palette.color(QPalette.ColorRole.Link)
        if not layout.answer.isNull():
            answer_text = self.answer_text(flags["is_answer"])
            self._icon_text(painter, layout.answer, "check", answer_text, actions, ratio)
        if post.mine:
            self._icon_text(painter, layout.edit, "edit", self.tr("Edit"), actions, ratio)
            self._icon_text(painter, layout.delete, "discard", self.tr("Delete"), actions, ratio)

        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.left() + PAD, rect.bottom(), rect.right() - PAD, rect.bottom())
        painter.restore()

    def _paint_attachment(
        self, painter: QPainter, post: PostRow, layout: _Layout, palette: QPalette, ratio: float
    ) -> None:
        attachment = post.attachment
        assert attachment is not None
        link = palette.color(QPalette.ColorRole.Link)
        if layout.attachment_image:
            pixmap = self.thumbnails.pixmap(post) if self.thumbnails is not None else None
            if pixmap is not None:
                shown = pixmap.size().scaled(
                    layout.attachment.size(), Qt.AspectRatioMode.KeepAspectRatio
                )
                painter.drawPixmap(QRect(layout.attachment.topLeft(), shown), pixmap)
            else:
                # Its place is kept while it loads: the row does not jump when it comes.
                painter.fillRect(layout.attachment, palette.color(QPalette.ColorRole.Midlight))
            return
        metrics = QFontMetrics(painter.font())
        text = metrics.elidedText(
            attachment_text(attachment),
            Qt.TextElideMode.ElideMiddle,
            max(layout.attachment.width() - ICON - 4, 10),
        )
        self._icon_text(painter, layout.attachment, "document", text, link, ratio)

    @staticmethod
    def _icon_text(
        painter: QPainter, rect: QRect, icon: str, text: str, colour: QColor, ratio: float
    ) -> None:
        painter.drawPixmap(
            rect.left(), rect.center().y() - ICON // 2, icons.pixmap(icon, ICON, colour, ratio)
        )
        painter.setPen(colour)
        painter.drawText(rect.adjusted(ICON + 4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)

    # -- clicks ----------------------------------------------------------------------

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        if event.type() != QEvent.Type.MouseButtonRelease or not isinstance(event, QMouseEvent):
            return super().editorEvent(event, model, option, index)
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        post = index.data(POST_ROLE)
        if not isinstance(post, PostRow):
            return False
        rect = self._row_rect(option.rect)
        font: QFont = option.font
        layout = self._layout(post, rect, font, **self._flags(index))
        pos = event.position().toPoint()
        if layout.like.contains(pos):
            self.like_clicked.emit(post.id)
            return True
        for part, signal in (
            (layout.edit, self.edit_clicked),
            (layout.delete, self.delete_clicked),
            (layout.answer, self.answer_clicked),
        ):
            if not part.isNull() and part.contains(pos):
                signal.emit(post.id)
                return True
        if not layout.attachment.isNull() and layout.attachment.contains(pos):
            self.attachment_clicked.emit(post.id)
            return True
        if post.failed_entry_id is not None:
            if layout.retry.contains(pos):
                self.retry_clicked.emit(post.failed_entry_id)
                return True
            if layout.discard.contains(pos):
                self.discard_clicked.emit(post.failed_entry_id)
                return True
        if layout.body.contains(pos):
            doc = self._doc(post, layout.body.width(), font)
            anchor = doc.documentLayout().anchorAt(pos - layout.body.topLeft())
            if anchor:
                self.link_clicked.emit(QUrl(anchor))
                return True
        return False

    def anchor_at(self, post: PostRow, rect: QRect, font: QFont, pos: QPoint) -> str:
        layout = self._layout(post, rect, font)
        if not layout.body.contains(pos):
            return ""
        doc = self._doc(post, layout.body.width(), font)
        return str(doc.documentLayout().anchorAt(pos - layout.body.topLeft()))
