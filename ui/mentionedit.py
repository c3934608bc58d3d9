"""The Markdown editor with @-mentions: the composer, a comment and the edit dialog use it.

Typing "@" and part of a name offers the people of the directory (``set_people``); a name
chosen is remembered with its user id, and ``used_mentions`` says which are still in the text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, QStringListModel, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QCompleter, QPlainTextEdit, QWidget

_MENTION_AT_CURSOR = re.compile(r"(?:^|\s)@([^\s@][^@\n]{0,40})$|(?:^|\s)@$")


class MentionEdit(QPlainTextEdit):
    """Markdown input with @-completion from the people directory; Ctrl+Enter submits."""

    submitted = Signal()
    # Pasted or dropped: an image (QImage) or local files (a list of paths as text); they
    # become the post's attachments rather than text.
    image_pasted = Signal(QImage)
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._people: dict[str, str] = {}
        self.mentions: dict[str, str] = {}
        self._names = QStringListModel(self)
        self._completer = QCompleter(self._names, self)
        self._completer.setWidget(self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.activated.connect(self._on_completer_activated)
        self.textChanged.connect(self._on_self_text_changed)

    def set_people(self, people: list[tuple[str, str]]) -> None:
        """(name, user id) pairs, one per name and sorted (``client.reads.people``)."""
        self._people = dict(people)
        self._names.setStringList([name for name, _ in people])

    def completer(self) -> QCompleter:
        return self._completer

    def _prefix(self) -> str | None:
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
        match = _MENTION_AT_CURSOR.search(cursor.selectedText())
        if match is None:
            return None
        return match.group(1) or ""

    def _on_self_text_changed(self) -> None:
        prefix = self._prefix()
        popup = self._completer.popup()
        if prefix is None or not self._people or not prefix:
            if popup is not None:
                popup.hide()
            return
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount() == 0:
            if popup is not None:
                popup.hide()
            return
        rect = self.cursorRect()
        rect.setWidth(280)
        self._completer.complete(rect)

    def _on_completer_activated(self, name: str) -> None:
        prefix = self._prefix()
        if prefix is None:
            return
        cursor = self.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix)
        )
        cursor.insertText(f"{name} ")
        self.setTextCursor(cursor)
        if name in self._people:
            self.mentions[name] = self._people[name]

    def used_mentions(self) -> dict[str, str]:
        text = self.toPlainText()
        return {name: uid for name, uid in self.mentions.items() if f"@{name}" in text}

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        files = [u.toLocalFile() for u in source.urls() if u.isLocalFile()]
        if files:
            self.files_dropped.emit(files)
        elif source.hasImage():
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.image_pasted.emit(image)
        else:
            super().insertFromMimeData(source)

    def clear_all(self) -> None:
        self.clear()
        self.mentions.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self._completer.popup()
        if (
            popup is not None
            and popup.isVisible()
            and event.key()
            in (
                Qt.Key.Key_Enter,
                Qt.Key.Key_Return,
                Qt.Key.Key_Escape,
                Qt.Key.Key_Tab,
                Qt.Key.Key_Backtab,
            )
        ):
            event.ignore()  # the completer's popup takes these
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)
