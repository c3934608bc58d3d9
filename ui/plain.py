"""Text from a server shown as text, never as markup.

Qt guesses whether a string is rich text from its first tag (``Qt::AutoText``): a display
name like ``<img src="http://host/x">`` in a label, tooltip or message box would be laid out
as HTML, and fetch the image. Every widget that shows a name, topic, file name or error
text goes through here: labels and message boxes show plain text, a tooltip Qt would take
for rich text is escaped, text put into a rich-text label is escaped, and a desktop message
is escaped where the notification service reads markup. Names arrive cleaned of bidi and
control characters already (``client.text``, applied by the read layer).
"""

from __future__ import annotations

import html
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # the namespace with Qt's rich-text helpers
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    # Message boxes are rare: their bindings load when the first one is made.
    from PySide6.QtWidgets import QMessageBox


def label(parent: QWidget | None = None, text: str = "") -> QLabel:
    """A label that shows its text as written, whatever the text looks like."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if text:
        widget.setText(text)
    return widget


def tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it as written: Qt shows a tooltip as rich text when
    ``Qt::mightBeRichText`` says so, and then it gets the escaped text in a paragraph."""
    if not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)


def escape(text: str) -> str:
    """Text to put into rich text (a profile's card, a search result), as written."""
    return html.escape(text)


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
) -> QMessageBox:
    """A message box whose text and informative text are plain, not guessed."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the informative text's label too
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def desktop_message(text: str, platform: str = sys.platform) -> str:
    """The body of a desktop message. On Linux it goes to a notification service that may
    read markup in it (the freedesktop "body-markup", images included), so it is escaped;
    elsewhere it is shown as written."""
    return html.escape(text, quote=False) if platform.startswith("linux") else text
