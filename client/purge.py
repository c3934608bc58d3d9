"""What removing a group leaves to do once its rows are gone: its files, its words, the WAL.

A purge (``client.ingest.purge_group``, and a left people directory in
``client.rooms.forget_room``) deletes the rows in the transaction of the /sync answer that
said access was lost, and records here what cannot happen inside that transaction:

* the group's document files, attachments and thumbnails in the media cache that nothing
  else uses (files are content-addressed: one file may belong to several groups);
* the search indexes whose segments still hold the group's words: a row deleted from a
  contentless FTS5 table is only marked deleted until a merge writes its segment anew;
* the WAL, whose frames still hold pages as they were before the rows went.

``finish`` does it after the commit: files first, then the merges (in steps, so that what
the user writes meanwhile waits for one step at most), then a checkpoint that empties the
WAL. A crash in between leaves the record, and the next sync finishes it; a file is
recorded only once no row names it, so no crash leaves a row pointing at a missing file.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from client import search
from client.store import Transaction

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from client.mediacache import MediaCache
    from client.store import Replica

_KEY = "purge.pending"  # in sync_state
_IN_CHUNK = 500


@dataclass(frozen=True)
class Pending:
    # Checksum -> when it was recorded (Unix time): a file written or read after that is
    # in use again and stays.
    blobs: dict[str, float] = field(default_factory=dict)
    indexes: frozenset[str] = frozenset()  # FTS tables to merge

    @property
    def empty(self) -> bool:
        return not self.blobs and not self.indexes


def _read(conn: Connection) -> Pending | None:
    row = conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?", (_KEY,)).first()
    if row is None:
        return None
    data = json.loads(row[0])
    return Pending(
        blobs={str(sha): float(at) for sha, at in data.get("blobs", {}).items()},
        indexes=frozenset(str(table) for table in data.get("indexes", [])),
    )


def _write(tx: Transaction, pending: Pending | None) -> None:
    if pending is None:
        tx.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (_KEY,))
        return
    value = json.dumps({"blobs": pending.blobs, "indexes": sorted(pending.indexes)})
    tx.exec_driver_sql(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_KEY, value),
    )


def group_blobs(tx: Transaction, group_id: str) -> set[str]:
    """Checksums of every version of the group's documents and of its attachments and
    their thumbnails (read before the rows go)."""
    return {
        str(row[0])
        for row in tx.exec_driver_sql(
            "SELECT sha256 FROM document WHERE group_id = ? UNION "
            "SELECT v.sha256 FROM document_version v JOIN document d ON d.id = v.document_id "
            "WHERE d.group_id = ? UNION "
            "SELECT a.sha256 FROM attachment a JOIN message m ON m.id = a.message_id "
            "WHERE m.group_id = ? UNION "
            "SELECT a.thumbnail_sha256 FROM attachment a JOIN message m ON m.id = a.message_id "
            "WHERE m.group_id = ?",
            (group_id, group_id, group_id, group_id),
        )
        if row[0] is not None
    }


def _in_use(conn: Connection, blobs: Collection[str]) -> set[str]:
    """Those of ``blobs`` that a document, a version of one or an attachment still names."""
    wanted = sorted(blobs)
    used: set[str] = set()
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        marks = ", ".join("?" * len(chunk))
        used.update(
            str(row[0])
            for row in conn.exec_driver_sql(
                f"SELECT sha256 FROM document WHERE sha256 IN ({marks}) UNION "
                f"SELECT sha256 FROM document_version WHERE sha256 IN ({marks}) UNION "
                f"SELECT sha256 FROM attachment WHERE sha256 IN ({marks}) UNION "
                f"SELECT thumbnail_sha256 FROM attachment WHERE thumbnail_sha256 IN ({marks})",
                (*chunk, *chunk, *chunk, *chunk),
            )
        )
    return used


def record(tx: Transaction, blobs: Collection[str], indexes: Collection[str]) -> None:
    """After a purge's deletes, in its transaction: the files no row names any more and
    the FTS tables it deleted from wait for ``finish``."""
    pending = _read(tx) or Pending()
    now = time.time()
    unused = {sha: now for sha in set(blobs) - _in_use(tx, blobs)}
    merged = Pending(
        blobs={**unused, **pending.blobs},  # an older record keeps its older time
        indexes=pending.indexes | frozenset(indexes),
    )
    if not merged.empty:
        _write(tx, merged)


def pending(replica: Replica) -> Pending | None:
    with replica.connect() as conn:
        return _read(conn)


def finish(
    replica: Replica, media: MediaCache | None, stop: Callable[[], bool] = lambda: False
) -> bool:
    """Do what purges recorded; True when nothing is left (False: ``stop`` came first, or
    a reader kept the WAL from being emptied; the next call goes on).

    Without a media cache the files stay recorded for a caller that has one."""
    found = pending(replica)
    if found is None:
        return True
    if found.blobs and media is not None:
        # Under the write lock: no document can take one of these files meanwhile.
        with replica.begin() as tx:
            current = _read(tx) or Pending()
            used = _in_use(tx, current.blobs)
            for sha, since in current.blobs.items():
                if sha not in used:
                    media.delete_unused_since(sha, since)
            _write(tx, Pending(indexes=current.indexes))
    for table in sorted(found.indexes):
        if not search.merge_out_deleted(replica, table, stop):
            return False
        with replica.begin() as tx:
            current = _read(tx) or Pending()
            _write(tx, Pending(current.blobs, current.indexes - {table}))
    if not replica.checkpoint():
        return False
    with replica.begin() as tx:
        left = _read(tx)
        if left is not None and left.empty:
            _write(tx, None)
        return left is None or left.empty
