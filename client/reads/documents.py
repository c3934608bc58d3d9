"""Documents: the folder tree's skeleton and a folder's documents, documents by id (and
which are gone), a document's detail with its versions, the storage used, and a copy to
open.

``document_folders`` reads only the (group, folder) index; the documents of a folder are read
a page at a time when it is opened (``folder_documents``). ``export_for_opening`` decrypts a
document's current version from the media cache into a folder of the caller's.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from client.filenames import safe_filename
from client.reads import PAGE_SIZE
from client.rows import DocumentDetail, DocumentRow, FolderEntry, StorageUse, VersionRow

if TYPE_CHECKING:
    from client.mediacache import MediaCache
    from client.store import Replica

VERSION_LIMIT = 500


def _document_select() -> Any:
    from sqlalchemy import func, or_, select

    from client.models import Document, Group, Person

    return (
        select(
            Document.id,
            Document.group_id,
            Group.name,
            Document.name,
            Document.folder,
            Document.mimetype,
            Document.size,
            Document.version,
            func.coalesce(Person.name, Document.updated_by),
            Document.updated_at,
            Document.pending,
            Document.conflict_of.is_not(None),
            or_(Document.keep_offline.is_(True), Group.keep_offline.is_(True)),
            Document.conflict_of,
        )
        .join(Group, Group.id == Document.group_id)
        .outerjoin(Person, Person.user_id == Document.updated_by)
        .where(Document.deleted.is_(False))
    )


def documents_by_id(replica: Replica, ids: Sequence[str]) -> dict[str, DocumentRow]:
    """The current state of some documents; a deleted or vanished one is left out."""
    from client.models import Document

    wanted = list(ids)
    found: dict[str, DocumentRow] = {}
    with replica.connect() as conn:
        # In slices: a tree may show thousands, more than SQLite takes as parameters.
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for row in conn.execute(_document_select().where(Document.id.in_(chunk))):
                found[row[0]] = DocumentRow(*row)
    return found


def missing_documents(replica: Replica, ids: Collection[str]) -> frozenset[str]:
    """Those of ``ids`` that the replica no longer holds at all: their group was removed
    from it (a document someone deleted keeps its row)."""
    wanted = sorted(ids)
    held: set[str] = set()
    with replica.connect() as conn:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            held.update(
                str(row[0])
                for row in conn.exec_driver_sql(
                    f"SELECT id FROM document WHERE id IN ({', '.join('?' * len(chunk))})",
                    tuple(chunk),
                )
            )
    return frozenset(wanted) - held


def document_folders(replica: Replica, group_id: str | None = None) -> list[FolderEntry]:
    """Every (group, folder) with its number of documents: the skeleton of the tree.

    Reads only the (group, folder) index, never the documents themselves, which are read
    a folder at a time when it is opened (``folder_documents``)."""
    from sqlalchemy import func, select

    from client.models import Document, Group

    query = (
        select(Document.group_id, Group.name, Document.folder, func.count())
        .join(Group, Group.id == Document.group_id)
        .where(Document.deleted.is_(False), Group.joined.is_(True))
        .group_by(Document.group_id, Document.folder)
        .order_by(func.lower(Group.name), Document.group_id, Document.folder)
    )
    if group_id is not None:
        query = query.where(Document.group_id == group_id)
    with replica.connect() as conn:
        return [FolderEntry(*row) for row in conn.execute(query)]


def folder_documents(
    replica: Replica,
    group_id: str,
    folders: Sequence[str],
    after: tuple[str, str] | None,
    limit: int = PAGE_SIZE,
) -> list[DocumentRow]:
    """The documents of one folder (stored under any of ``folders``), by name, after
    ``after`` (name, id)."""
    from sqlalchemy import tuple_

    from client.models import Document

    query = _document_select().where(
        Document.group_id == group_id, Document.folder.in_(list(folders))
    )
    if after is not None:
        query = query.where(tuple_(Document.name, Document.id) > tuple_(*after))
    query = query.order_by(Document.name, Document.id).limit(limit)
    with replica.connect() as conn:
        return [DocumentRow(*row) for row in conn.execute(query)]


def document_detail(
    replica: Replica, media: MediaCache | None, document_id: str, limit: int = VERSION_LIMIT
) -> DocumentDetail | None:
    """A document with its newest ``limit`` versions, its conflict copies or original,
    where its file is, and a version that could not be sent or is stuck; None when it is
    gone."""
    from sqlalchemy import func, select

    from client.clock import utcnow
    from client.models import Document, DocumentVersion, OutboxEntry, OutboxState, Person
    from client.outbox import stuck_since

    with replica.connect() as conn:
        found = conn.execute(_document_select().where(Document.id == document_id)).first()
        if found is None:
            return None
        document = DocumentRow(*found)
        sha, mxc = conn.execute(
            select(Document.sha256, Document.mxc_url).where(Document.id == document_id)
        ).one()
        original = None
        if document.conflict_of is not None:
            row = conn.execute(
                _document_select().where(Document.id == document.conflict_of)
            ).first()
            original = DocumentRow(*row) if row else None
        conflicts = tuple(
            DocumentRow(*row)
            for row in conn.execute(
                _document_select()
                .where(Document.conflict_of == document_id)
                .order_by(Document.updated_at.desc())
            )
        )
        versions = tuple(
            VersionRow(
                version=row[0],
                author_name=row[1],
                created_at=row[2],
                size=row[3],
                pending=row[4] is None,
            )
            for row in conn.execute(
                select(
                    DocumentVersion.version,
                    func.coalesce(Person.name, DocumentVersion.author),
                    DocumentVersion.created_at,
                    DocumentVersion.size,
                    DocumentVersion.event_id,
                )
                .outerjoin(Person, Person.user_id == DocumentVersion.author)
                .where(DocumentVersion.document_id == document_id)
                .order_by(DocumentVersion.version.desc())
                .limit(limit)
            )
        )
        failed: tuple[int, str | None] | None = None
        stuck: datetime | None = None
        now = utcnow()
        for entry_id, state, error, failing_since in conn.execute(
            select(
                OutboxEntry.id, OutboxEntry.state, OutboxEntry.last_error, OutboxEntry.failing_since
            )
            .where(
                OutboxEntry.document_id == document_id,
                OutboxEntry.state.in_(
                    [OutboxState.FAILED, OutboxState.WAITING, OutboxState.SENDING]
                ),
            )
            .order_by(OutboxEntry.id)
        ):
            if state is OutboxState.FAILED:
                failed = failed or (entry_id, error)
            else:
                stuck = stuck or stuck_since(failing_since, now)
    return DocumentDetail(
        document=document,
        sha256=sha,
        cached=media is not None and media.has(sha),
        on_server=mxc is not None,
        original=original,
        conflicts=conflicts,
        versions=versions,
        failed_entry_id=failed[0] if failed else None,
        failed_reason=failed[1] if failed else None,
        stuck_since=stuck,
    )


def storage_used(replica: Replica, media: MediaCache | None) -> StorageUse:
    """What the media cache takes, and how much of it is kept available offline."""
    from sqlalchemy import or_, select

    from client.models import Document, Group

    if media is None:
        return StorageUse(0, 0)
    with replica.connect() as conn:
        pinned_shas = conn.execute(
            select(Document.sha256)
            .distinct()
            .join(Group, Group.id == Document.group_id)
            .where(
                Document.deleted.is_(False),
                or_(Document.keep_offline.is_(True), Group.keep_offline.is_(True)),
            )
        ).scalars()
        pinned = 0
        for sha in pinned_shas:
            path = media.path_for(sha)
            # The blob on disk, with its encryption overhead: the same measure as the total.
            pinned += path.stat().st_size if path.exists() else 0
    return StorageUse(media.size_bytes(), pinned)


# -- opening with the system's application ---------------------------------------------


class NotAvailableOfflineError(Exception):
    """The document is not on this computer and the server cannot be reached."""


@dataclass(frozen=True)
class Exported:
    document_id: str
    path: Path
    sha256: str


def export_for_opening(
    replica: Replica,
    media: MediaCache | None,
    fetch: Callable[[str], str] | None,
    document_id: str,
    folder: Path,
) -> Exported:
    """Decrypt a document's current version into ``folder`` (runs on a worker).

    A document that is not cached is downloaded first when the account is connected:
    ``fetch`` downloads it into the media cache and returns its SHA-256, and raises
    ``NotAvailableOfflineError`` when the server cannot be reached. Without ``fetch`` (no
    connection) or without a media cache, it is not available offline."""
    if media is None:
        raise NotAvailableOfflineError(document_id)
    with replica.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT sha256, name FROM document WHERE id = ? AND deleted = 0", (document_id,)
        ).first()
    if row is None:
        raise LookupError(f"no document {document_id}")
    sha, name = str(row[0]), str(row[1])
    if not media.has(sha):
        if fetch is None:
            raise NotAvailableOfflineError(document_id)
        sha = fetch(document_id)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    # The name comes from the server: it must not leave the folder, whatever it says.
    target = folder / safe_filename(name)
    media.export(sha, target)
    return Exported(document_id, target, sha)
