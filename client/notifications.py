"""Notifications: mentions of the user and replies (comments) to their posts.

They are not stored as rows of their own: a notification is a message that mentions the
user, or a comment in the thread of one of the user's posts, written by someone else. Only
the fact that it was read is stored (``notification_read``), so whatever sync brings is
unread at once and a message that goes away takes its notification with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from client.changes import Changes
from client.clock import utcnow
from client.render import html_to_plain
from client.text import clean_name

if TYPE_CHECKING:
    from client.store import Replica

MENTION = "mention"
REPLY = "reply"
LIMIT = 200
EXCERPT_CHARS = 140

# Mentions of :me and comments on :me's posts, by others, not deleted; a comment that both
# mentions and replies is a mention (it is the more direct of the two).
_NOTIFICATIONS = """
    SELECT m.id AS id, 'mention' AS kind FROM mention n JOIN message m ON m.id = n.message_id
     WHERE n.user_id = :me AND m.author != :me AND m.deleted = 0
    UNION ALL
    SELECT c.id, 'reply' FROM message p JOIN message c ON c.thread_root_id = p.id
     WHERE p.author = :me AND c.author != :me AND c.deleted = 0
       AND NOT EXISTS (SELECT 1 FROM mention n WHERE n.message_id = c.id AND n.user_id = :me)
"""


@dataclass(frozen=True)
class Notification:
    message_id: int
    post_id: int  # the post to open: the message itself, or the root of its thread
    group_id: str
    group_name: str
    kind: str  # MENTION or REPLY
    author_name: str
    excerpt: str
    created_at: datetime
    read: bool


def _me(conn: Connection) -> str:
    return conn.execute(text("SELECT user_id FROM account")).scalar() or ""


def notifications(replica: Replica, limit: int = LIMIT) -> list[Notification]:
    """The newest mentions and replies, newest first (a bounded list: it is read whole)."""
    return _read(replica, None, limit)


def unread_among(replica: Replica, message_ids: Iterable[int]) -> list[Notification]:
    """Those of ``message_ids`` that are unread notifications: what a sync just brought."""
    ids = sorted(set(message_ids))
    if not ids:
        return []
    return [n for n in _read(replica, ids, len(ids)) if not n.read]


def to_show_on_desktop(replica: Replica, message_ids: Iterable[int]) -> list[Notification]:
    """``unread_among`` as far as each group's notification level lets it reach the desktop:
    all of them, mentions only, or none of a muted group."""
    from client.notifylevel import ALL, MENTIONS, levels_of

    found = unread_among(replica, message_ids)
    levels = levels_of(replica, {n.group_id for n in found})
    return [
        n
        for n in found
        if levels.get(n.group_id, ALL) == ALL
        or (levels.get(n.group_id) == MENTIONS and n.kind == MENTION)
    ]


def unread_count(replica: Replica) -> int:
    query = text(
        f"""
        WITH n AS ({_NOTIFICATIONS})
        SELECT count(*) FROM n
         WHERE NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.message_id = n.id)
        """
    )
    with replica.connect() as conn:
        return int(conn.execute(query, {"me": _me(conn)}).scalar() or 0)


def _read(replica: Replica, only: list[int] | None, limit: int) -> list[Notification]:
    # ``only`` are ids of messages (plain ints, never user input), at most one sync's worth.
    among = f"WHERE n.id IN ({','.join(str(int(i)) for i in only)})" if only else ""
    query = text(
        f"""
        WITH n AS ({_NOTIFICATIONS})
        SELECT m.id, coalesce(m.thread_root_id, m.id), m.group_id, g.name, n.kind,
               coalesce(p.name, mb.display_name, m.author), m.body_html, m.created_at,
               r.message_id IS NOT NULL
          FROM n JOIN message m ON m.id = n.id
          JOIN "group" g ON g.id = m.group_id
          LEFT JOIN person p ON p.user_id = m.author
          LEFT JOIN membership mb ON mb.group_id = m.group_id AND mb.user_id = m.author
          LEFT JOIN notification_read r ON r.message_id = m.id
         {among}
         ORDER BY m.created_at DESC, m.id DESC
         LIMIT :limit
        """
    )
    with replica.connect() as conn:
        rows = conn.execute(query, {"me": _me(conn), "limit": limit}).all()
    return [
        Notification(
            message_id=mid,
            post_id=post_id,
            group_id=group_id,
            group_name=clean_name(group_name, group_id),
            kind=kind,
            author_name=clean_name(author),
            excerpt=_excerpt(body_html),
            created_at=_as_datetime(created),
            read=bool(read),
        )
        for mid, post_id, group_id, group_name, kind, author, body_html, created, read in rows
    ]


def mark_read(replica: Replica, message_ids: Iterable[int]) -> Changes:
    ids = sorted(set(message_ids))
    if not ids:
        return Changes()
    now = utcnow()
    with replica.begin() as conn:
        conn.execute(
            text(
                "INSERT OR IGNORE INTO notification_read (message_id, read_at) "
                "SELECT id, :at FROM message WHERE id = :id"
            ),
            [{"id": i, "at": now} for i in ids],
        )
    return Changes(messages=frozenset(ids))


def mark_all_read(replica: Replica) -> Changes:
    with replica.begin() as conn:
        return mark_all_read_in(conn)


def mark_all_read_in(conn: Connection) -> Changes:
    """``mark_all_read`` in the caller's transaction."""
    now = utcnow()
    ids = [
        row[0]
        for row in conn.execute(
            text(
                f"""
                WITH n AS ({_NOTIFICATIONS})
                SELECT n.id FROM n WHERE NOT EXISTS
                  (SELECT 1 FROM notification_read r WHERE r.message_id = n.id)
                """
            ),
            {"me": _me(conn)},
        )
    ]
    if ids:
        conn.execute(
            text("INSERT OR IGNORE INTO notification_read (message_id, read_at) VALUES (:id, :at)"),
            [{"id": i, "at": now} for i in ids],
        )
    return Changes(messages=frozenset(ids))


def _excerpt(body_html: str) -> str:
    plain = " ".join(html_to_plain(body_html).split())
    return plain if len(plain) <= EXCERPT_CHARS else plain[: EXCERPT_CHARS - 1] + "…"


def _as_datetime(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))
