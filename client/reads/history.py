"""A post's or comment's edit history: its current text and the earlier ones the replica
keeps (``client.edithistory``), newest first, as plain text."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from client.render import html_to_plain
from client.rows import VersionEntry
from client.text import clean_name

if TYPE_CHECKING:
    from client.store import Replica

_VERSIONS = """
    SELECT v.body_html, v.written_at, coalesce(p.name, mb.display_name, v.author), v.author
      FROM message_version v
      JOIN message m ON m.id = v.message_id
      LEFT JOIN person p ON p.user_id = v.author
      LEFT JOIN membership mb ON mb.group_id = m.group_id AND mb.user_id = v.author
     WHERE v.message_id = ?
     ORDER BY v.written_at DESC
"""

_CURRENT = """
    SELECT m.body_html, coalesce(m.edited_at, m.created_at),
           coalesce(p.name, mb.display_name, m.author), m.author
      FROM message m
      LEFT JOIN person p ON p.user_id = m.author
      LEFT JOIN membership mb ON mb.group_id = m.group_id AND mb.user_id = m.author
     WHERE m.id = ? AND m.deleted = 0
"""


def versions(replica: Replica, message_id: int) -> list[VersionEntry]:
    """Newest first; empty for a message that is gone or deleted."""
    with replica.connect() as conn:
        current = conn.exec_driver_sql(_CURRENT, (message_id,)).first()
        if current is None:
            return []
        earlier = conn.exec_driver_sql(_VERSIONS, (message_id,)).all()
    return [
        VersionEntry(
            author_name=clean_name(name or "", author),
            text=html_to_plain(body_html),
            written_at=_as_datetime(at),
            current=n == 0,
        )
        for n, (body_html, at, name, author) in enumerate([current, *earlier])
    ]


def _as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
