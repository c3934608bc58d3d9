"""Names and short texts from the server, cleaned before they are shown.

A display name, group, organisation or file name is whatever another user (or a hostile
server) wrote. Bidirectional controls reorder what follows them, so that
``Protokoll\\u202efdp.exe`` shows as "Protokollexe.pdf"; control characters start new lines
or do worse in a terminal. The read layer passes every name it hands to the views through
``clean_name``, and multi-line texts such as a group's topic through ``clean_text``.
"""

from __future__ import annotations

import re

# The explicit embeddings, overrides and isolates, the implicit marks and the Arabic letter
# mark: each changes the order in which what follows is shown.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
_BIDI = "".join(sorted(BIDI_CONTROLS))
# Line breaks of every kind, then the C0 and C1 controls and DEL.
_BREAKS = "\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029"
_NAME_BREAKS = re.compile(f" *[{_BREAKS}][ {_BREAKS}]*")
_NAME_DROP = re.compile(f"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f{_BIDI}]")
_TEXT_BREAKS = re.compile("\r\n?|[\v\f\x1c-\x1e\x85\u2028\u2029]")
_TEXT_DROP = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")


def clean_name(name: str, fallback: str = "") -> str:
    """``name`` on one line, without bidirectional or control characters.

    Line breaks and tabs become one space; the other controls and every bidi control go,
    and the ends are trimmed. A name with nothing left is ``fallback`` (a user id, say).
    """
    if name.isprintable():  # nearly every name: no control, format or separator character
        return name or fallback
    cleaned = _NAME_BREAKS.sub(" ", _NAME_DROP.sub("", name)).strip()
    return cleaned or fallback


def clean_text(text: str) -> str:
    """Multi-line text (a topic, a server's message) without bidi or control characters;
    tabs stay, and every kind of line break becomes ``\\n``."""
    if text.isprintable():
        return text
    return _TEXT_DROP.sub("", _TEXT_BREAKS.sub("\n", text))
