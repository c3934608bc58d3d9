"""What the replica keeps: history back to each group's horizon, files under the cap, and
nothing of a group the user has left.

The choices themselves (days of history per group, the cache's cap, what must never be
evicted) live in ``client.offline``, what a purge leaves to do in ``client.purge``; the
engine applies them after each round.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from client import offline, purge, syncstate
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


def finish_purges(replica: Replica, media: MediaCache | None, stop: Callable[[], bool]) -> bool:
    """Finish what removing groups left to do (``client.purge``): their files, the search
    index segments that still hold their words, the WAL. True when nothing is left.

    Sync goes on either way, so a failure is logged, not raised: the record stays, and the
    next round tries again."""
    try:
        return purge.finish(replica, media, stop)
    except Exception:
        log.exception("finishing a purge failed; it is tried again after the next sync")
        return False
