"""Earlier versions of edited posts and comments.

The replica keeps a message's current text on the message itself; each text an edit
replaces is kept as a ``message_version`` as the edit arrives (``client.ingest``) or is made
here (``LocalCommands.edit``), stamped with the time it was written. A message edited before
this replica saw it has only its newest text: the window then asks the engine to fetch the
server's edit events (``sync/edithistory.py``), which are added here. Deleting a message
(here or by a redaction) removes its versions with its text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from client.store import Transaction

# Versions fetched for one message, at most: a message edited more often shows its newest.
MAX_FETCHED = 500


@dataclass(frozen=True)
class Version:
    author: str
    body: str
    body_html: str
    written_at: datetime


@dataclass(frozen=True)
class Target:
    """What fetching a message's history needs to know about it."""

    group_id: str
    event_id: str
    author: str


def keep(
    conn: Transaction, message_id: int, author: str, body: str, body_html: str, at: object
) -> None:
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO message_version (message_id, author, body, body_html, "
        "written_at) VALUES (?,?,?,?,?)",
        (message_id, author, body, body_html, at),
    )


def forget(conn: Transaction, message_ids: Sequence[int]) -> None:
    for message_id in message_ids:
        conn.exec_driver_sql("DELETE FROM message_version WHERE message_id = ?", (message_id,))


def target(conn: Transaction, message_id: int) -> Target | None:
    row = conn.exec_driver_sql(
        "SELECT group_id, event_id, author FROM message WHERE id = ? AND deleted = 0",
        (message_id,),
    ).first()
    if row is None or row[1] is None:
        return None
    return Target(row[0], row[1], row[2])


def add_fetched(tx: Transaction, message_id: int, versions: Sequence[Version]) -> bool:
    """Keep the fetched versions older than the message's current text; True if any was
    new."""
    row = tx.exec_driver_sql(
        "SELECT coalesce(edited_at, created_at), deleted FROM message WHERE id = ?",
        (message_id,),
    ).first()
    if row is None or row[1]:
        return False
    current = _as_datetime(row[0])
    before = _count(tx, message_id)
    for version in sorted(versions, key=lambda v: v.written_at, reverse=True)[:MAX_FETCHED]:
        if version.written_at < current:
            keep(
                tx,
                message_id,
                version.author,
                version.body,
                version.body_html,
                version.written_at,
            )
    return _count(tx, message_id) != before


def _count(tx: Transaction, message_id: int) -> int:
    return int(
        tx.exec_driver_sql(
            "SELECT count(*) FROM message_version WHERE message_id = ?", (message_id,)
        ).scalar()
        or 0
    )


def _as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
