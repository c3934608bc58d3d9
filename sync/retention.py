"""What the replica keeps: history back to each group's horizon, files under the cap.

The choices themselves (days of history per group, the cache's cap, what must never be
evicted) live in ``client.offline``; the engine applies them after each round.
"""

from __future__ import annotations

import logging
from datetime import datetime

from client import offline, syncstate
from client.changes import Changes
from client.mediacache import EvictionReport, MediaCache
from client.store import Replica

log = logging.getLogger(__name__)


def apply_retention(replica: Replica, default_days: int | None, now: datetime) -> Changes:
    """Remove history older than each group's retention horizon (``client.offline``).

    Reads first and writes only for groups that hold something older than their
    horizon, so a round with nothing to remove never takes the write lock."""
    changes = Changes()
    for group_id, before in offline.history_due(replica, default_days, now):
        with replica.begin() as tx:
            pruned = offline.prune_history(tx, group_id, before)
            if pruned.messages:
                # Older history is gone now: should more be wanted later, backfill
                # walks back from the newest message (see ``SyncEngine.backfill``).
                syncstate.history_removed(tx, group_id, before)
        changes = changes | pruned
    return changes


def enforce_storage_cap(
    replica: Replica, media: MediaCache | None, cap_bytes: int | None
) -> EvictionReport | None:
    """Keep the media cache under ``cap_bytes``: least recently used files go first;
    files kept offline or not uploaded yet never do (``client.offline``)."""
    if media is None or cap_bytes is None:
        return None
    report = offline.enforce_cap(replica, media, cap_bytes)
    if report.size_bytes > cap_bytes:
        log.info("media cache over its cap with files that must stay: %s", report)
    return report
