"""What the window says and does about the outbox's view of a post or document: why a send
failed, that one still retried has been failing for more than a day (stuck), and sending a
failed one again or discarding it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui import lazy, timefmt
from ui.ops import Op

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from client.changes import Changes
    from client.store import Replica
    from ui.context import AccountSession, AppContext

# The Matrix error code of a file the server refuses for its size (``sync.transfers``).
TOO_LARGE = "M_TOO_LARGE"


def failure_reason(reason: str | None) -> str:
    """The reason an entry failed for good, in the user's language where it is one we know;
    otherwise the server's own words, which the window shows as plain text."""
    if not reason:
        return QCoreApplication.translate("SendState", "unknown error")
    if reason.startswith(TOO_LARGE):
        return QCoreApplication.translate("SendState", "the file is larger than the server accepts")
    return reason


def stuck_text(since: datetime) -> str:
    """A send still retried that has failed for more than a day."""
    return QCoreApplication.translate("SendState", "not sent since %1 · still trying").replace(
        "%1", timefmt.relative(since)
    )


def retry(ctx: AppContext, account: AccountSession, entry_id: int, parent: QObject) -> None:
    """Send a failed outbox entry again, as a write of the account."""
    _on_entry(ctx, account, entry_id, parent, _retry)


def discard(ctx: AppContext, account: AccountSession, entry_id: int, parent: QObject) -> None:
    """Give up a failed outbox entry (its local change goes back to the server's state)."""
    _on_entry(ctx, account, entry_id, parent, _discard)


def _on_entry(
    ctx: AppContext,
    account: AccountSession,
    entry_id: int,
    parent: QObject,
    command: Callable[[Replica, int], Changes],
) -> None:
    Op(
        ctx.ops,
        partial(command, account.replica, entry_id),
        writes=True,
        account=account.user_id,
        parent=parent,
    ).run()


# On the write worker: the database stack loads there, not at start-up.
def _retry(replica: Replica, entry_id: int) -> Changes:
    return lazy.commands.retry_entry(replica, entry_id)


def _discard(replica: Replica, entry_id: int) -> Changes:
    return lazy.commands.discard_entry(replica, entry_id)
