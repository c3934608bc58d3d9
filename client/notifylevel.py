"""A group's notification level: everything, mentions only, or nothing.

The level lives on the server as the user's push rules (``sync/pushrules.py`` maps it), so
that the user's other devices follow it; here it is a column of the group. Setting it writes
the column and a ``notify`` outbox entry in one transaction (an unsent older one is
replaced: only the newest counts). The rules sync brings set the column of every group,
except one whose own change is still on its way. The window's desktop messages follow the
level: all of them (mentions and replies), mentions only, or none.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from client.changes import Changes

if TYPE_CHECKING:
    from client.store import Replica, Transaction

ALL, MENTIONS, MUTE = "all", "mentions", "mute"
LEVELS = (ALL, MENTIONS, MUTE)
# Remembered once the push rules were read, from /sync or fetched: before that, the engine
# fetches them (an account synced before levels existed has rules it was never sent).
KNOWN_KEY = "push_rules_known"

_UNSENT = "('waiting', 'sending', 'failed')"


def apply_levels(tx: Transaction, levels: Mapping[str, str]) -> Changes:
    """The levels the user's push rules give (groups without a rule notify everything)."""
    waiting = {
        row[0]
        for row in tx.exec_driver_sql(
            f"SELECT group_id FROM outbox_entry WHERE kind = 'notify' AND state IN {_UNSENT}"
        )
    }
    changed: set[str] = set()
    for group_id, current in tx.exec_driver_sql('SELECT id, notify_level FROM "group"').all():
        level = levels.get(group_id, ALL)
        if group_id in waiting or level == current or level not in LEVELS:
            continue
        tx.exec_driver_sql('UPDATE "group" SET notify_level = ? WHERE id = ?', (level, group_id))
        changed.add(group_id)
    tx.exec_driver_sql(
        "INSERT INTO sync_state (key, value) VALUES (?, '1') "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (KNOWN_KEY,),
    )
    return Changes(groups=frozenset(changed))


def known(replica: Replica) -> bool:
    with replica.connect() as conn:
        return (
            conn.exec_driver_sql("SELECT 1 FROM sync_state WHERE key = ?", (KNOWN_KEY,)).first()
            is not None
        )


def level_of(replica: Replica, group_id: str) -> str:
    with replica.connect() as conn:
        level = conn.exec_driver_sql(
            'SELECT notify_level FROM "group" WHERE id = ?', (group_id,)
        ).scalar()
    return level if level in LEVELS else ALL


def levels_of(replica: Replica, group_ids: set[str]) -> dict[str, str]:
    if not group_ids:
        return {}
    marks = ",".join("?" * len(group_ids))
    with replica.connect() as conn:
        rows = conn.exec_driver_sql(
            f'SELECT id, notify_level FROM "group" WHERE id IN ({marks})', tuple(group_ids)
        ).all()
    return {group_id: level for group_id, level in rows}
