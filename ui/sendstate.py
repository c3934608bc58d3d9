"""How the window words what the outbox says about a post or document: why a send failed,
and that one still retried has been failing for more than a day (stuck)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ui import timefmt

# The Matrix error code of a file the server refuses for its size (``sync.transfers``).
TOO_LARGE = "M_TOO_LARGE"


def failure_reason(reason: str | None) -> str:
    """The reason an entry failed for good, in the user's language where it is one we know;
    otherwise the server's own words, which the window shows as plain text."""
    if not reason:
        return QCoreApplication.translate("SendState", "unknown error")
    if reason.startswith(TOO_LARGE):
        return QCoreApplication.translate(
            "SendState", "the file is larger than the server accepts"
        )
    return reason


def stuck_text(since: datetime) -> str:
    """A send still retried that has failed for more than a day."""
    return QCoreApplication.translate("SendState", "not sent since %1 · still trying").replace(
        "%1", timefmt.relative(since)
    )
