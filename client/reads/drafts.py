"""The draft a composer shows again: a group's unsent post or a post's unsent comment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from client.rows import DraftRow

if TYPE_CHECKING:
    from client.store import Replica


def draft(replica: Replica, group_id: str, post_id: int | None = None) -> DraftRow | None:
    with replica.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT body, question FROM draft WHERE group_id = ? AND coalesce(post_id, 0) = ?",
            (group_id, post_id or 0),
        ).first()
    if row is None:
        return None
    return DraftRow(group_id=group_id, post_id=post_id, body=row[0], question=bool(row[1]))
