"""Who reacted to a message, and with what: for the thread's reaction buttons and their
lists of names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from client.reactions import order
from client.rows import ReactionSummary
from client.text import clean_name

if TYPE_CHECKING:
    from client.store import Replica

_REACTORS = """
    SELECT r.key, r.author, coalesce(p.name, mb.display_name, r.author)
      FROM reaction r
      JOIN message m ON m.id = r.message_id
      LEFT JOIN person p ON p.user_id = r.author
      LEFT JOIN membership mb ON mb.group_id = m.group_id AND mb.user_id = r.author
     WHERE r.message_id = ?
     ORDER BY r.created_at, r.id
"""


def reactions(replica: Replica, message_id: int) -> tuple[ReactionSummary, ...]:
    """Every reaction on the message, the like included, offered ones first."""
    with replica.connect() as conn:
        rows = conn.exec_driver_sql(_REACTORS, (message_id,)).all()
        me = conn.exec_driver_sql("SELECT user_id FROM account").scalar()
    names: dict[str, list[str]] = {}
    mine: set[str] = set()
    for key, author, name in rows:
        names.setdefault(key, []).append(clean_name(name or "", author))
        if author == me:
            mine.add(key)
    return tuple(
        ReactionSummary(key=key, names=tuple(who), mine=key in mine)
        for key, who in sorted(names.items(), key=lambda item: order(item[0]))
    )
