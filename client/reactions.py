"""Reactions besides the like: which emoji the window offers, and which keys are usable.

A reaction is an ``m.annotation`` with a key; the like is the key 👍 and stays what it was.
Other clients may react with any text, so a key from the server is used only when it is
short and holds no control, bidi or line characters (``usable_key``); the mapping
quarantines any other reaction, so nothing of it reaches a view.
"""

from __future__ import annotations

import unicodedata

LIKE = "👍"
# Offered by the window besides the like, in this order.
REACTIONS = ("❤️", "😂", "😮", "🙏", "🎉")
# Long enough for any emoji sequence (a family with skin tones is 41 bytes).
MAX_KEY_BYTES = 64
_JOINERS = frozenset({"\u200d"})  # the zero-width joiner glues emoji sequences together


def usable_key(key: str) -> bool:
    if not key.strip() or len(key.encode("utf-8", errors="replace")) > MAX_KEY_BYTES:
        return False
    for char in key:
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp") or (
            category == "Cf" and char not in _JOINERS
        ):
            return False
    return True


def order(key: str) -> tuple[int, str]:
    """Sort key of a reaction: the like, the offered ones in their order, then the others."""
    if key == LIKE:
        return (-1, "")
    return (REACTIONS.index(key), "") if key in REACTIONS else (len(REACTIONS), key)
