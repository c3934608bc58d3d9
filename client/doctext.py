"""The text of documents for search: which documents wait for it, and keeping what was read.

A document's text is read (``client.extract``, in a child process) from the version whose
content is in the encrypted media cache: a file added on this device at once, one synced
from the server once it is cached (kept available offline, or opened). ``text_sha256``
names the version the text comes from; a new version makes the document due again, and
until it is read the document is found by name and folder only.

The sync engine works the queue off after each round (``index_due``), a few documents at a
time, never inside the transaction that applies /sync: extraction may take seconds, and a
hostile file its whole time limit.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy.orm import Session

from client import search
from client.changes import Changes
from client.extract.formats import OK, Extracted
from client.extract.runner import Extractor
from client.mediacache import MediaCache, MediaCacheError
from client.models import Document
from client.store import Replica

log = logging.getLogger(__name__)

PER_ROUND = 10  # documents read after one sync round at most
ROUND_BUDGET_S = 20.0  # no further document is started after this long

_DUE = (
    "FROM document AS d INDEXED BY ix_document_text_due "
    "WHERE d.deleted = 0 AND d.text_sha256 IS NOT d.sha256"
)


class DueDocument(NamedTuple):
    id: str
    sha256: str
    size: int
    name: str
    mimetype: str


def set_text(document: Document, sha256: str, found: Extracted) -> None:
    """Keep what extraction found for the version ``sha256`` on the document's row."""
    document.text_content = found.text or None
    document.text_sha256 = sha256
    document.text_status = found.status
    document.text_reason = (found.reason or None) if found.status != OK else None
    document.text_places = [list(p) for p in found.places] or None


def read_file(media: MediaCache, sha256: str, size: int, name: str, mimetype: str) -> Extracted:
    """The text of one cached file, read in a child process of its own (adding a document)."""
    with Extractor() as extractor:
        return extractor.extract_blob(media, sha256, size, name, mimetype)


@dataclass
class TextQueue:
    """The documents whose content is cached but whose text was not read from it.

    Finding them checks every due document against the cache's listing, so the check is
    repeated only when the listing or the number of due documents changed since the last
    one that found everything.
    """

    replica: Replica
    media: MediaCache
    _settled: tuple[int, int, int] | None = None

    def take(self, limit: int) -> list[DueDocument]:
        names = self.media.blob_names()
        with self.replica.connect() as conn:
            stale = int(conn.exec_driver_sql(f"SELECT count(*) {_DUE}").scalar() or 0)
            signature = (len(names), hash(names), stale)
            if not stale or signature == self._settled:
                return []
            rows = conn.exec_driver_sql(
                "SELECT d.id, d.sha256, d.size, d.name, d.mimetype "
                f"{_DUE} ORDER BY d.keep_offline DESC, d.updated_at DESC"
            ).all()
        due = [
            DueDocument(str(r[0]), str(r[1]), int(r[2]), str(r[3]), str(r[4] or ""))
            for r in rows
            if self.media.path_for(str(r[1])).name in names
        ]
        if len(due) <= limit:
            self._settled = signature
        return due[:limit]


def store(replica: Replica, document: DueDocument, found: Extracted) -> Changes:
    """Keep the text read from ``document``'s version and index it; nothing if the
    document has another version by now (the new one is due in its turn) or is gone."""
    with replica.write_session() as session:
        return keep(session, document, found)


def keep(session: Session, document: DueDocument, found: Extracted) -> Changes:
    """``store`` inside the caller's write transaction (several documents in one)."""
    row = session.get(Document, document.id)
    if row is None or row.deleted or row.sha256 != document.sha256:
        return Changes()
    set_text(row, document.sha256, found)
    search.index_documents(session.connection(), [document_doc(row)])
    return Changes(documents=frozenset({row.id}), groups=frozenset({row.group_id}))


def index_due(
    replica: Replica,
    queue: TextQueue,
    *,
    limit: int = PER_ROUND,
    budget_s: float = ROUND_BUDGET_S,
    stop: Callable[[], bool] = lambda: False,
    extractor: Extractor | None = None,
) -> Changes:
    """Read and index the text of up to ``limit`` due documents (after a sync round)."""
    due = queue.take(limit)
    if not due:
        return Changes()
    changes = Changes()
    started = time.monotonic()
    own = extractor is None
    extractor = extractor or Extractor()
    try:
        for document in due:
            if stop() or time.monotonic() - started > budget_s:
                break
            try:
                found = extractor.extract_blob(
                    queue.media, document.sha256, document.size, document.name, document.mimetype
                )
            except MediaCacheError as exc:  # evicted or damaged meanwhile: not now
                log.info("document %s not read for search: %s", document.id, exc)
                continue
            if found.status != OK:
                log.info("document %s: text %s (%s)", document.id, found.status, found.reason)
            changes |= store(replica, document, found)
    finally:
        if own:
            extractor.close()
    return changes


def document_doc(document: Document) -> search.DocumentDoc:
    return search.DocumentDoc(
        id=document.id,
        group_id=document.group_id,
        name=document.name,
        folder=document.folder,
        text=document.text_content,
        updated_at=document.updated_at,
    )
