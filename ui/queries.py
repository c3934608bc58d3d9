"""Read queries behind the item models: plain dataclasses out, one page at a time.

Everything here runs on a worker thread (see ``ui.ops``) and takes a ``Replica``; nothing
imports Qt, so that the queries can be tested and timed on their own. Lists are read with
keyset pagination (``WHERE (sort key) < (last key) ORDER BY … LIMIT n``), which costs the
same on page 2,000 as on page 1 because it walks the index from where the last page ended.

The row dataclasses are what the views hold, so the views import this module when the main
window is built; SQLAlchemy and the replica's models are therefore imported inside each query
(on its worker), never at the top: loading them costs the desktop app a second at start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from client.reads import PAGE_SIZE

if TYPE_CHECKING:
    from client.mediacache import MediaCache
    from client.store import Replica


# -- documents ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentRow:
    id: str
    group_id: str
    group_name: str
    name: str
    folder: str
    mimetype: str
    size: int
    version: int
    updated_by: str
    updated_at: datetime
    pending: bool
    conflict: bool
    pinned: bool = False  # kept available offline, on its own or through its group
    conflict_of: str | None = None

    @property
    def key(self) -> tuple[datetime, str]:
        return (self.updated_at, self.id)


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


def document_by_id(replica: Replica, document_id: str) -> DocumentRow | None:
    from client.models import Document

    with replica.connect() as conn:
        row = conn.execute(_document_select().where(Document.id == document_id)).first()
    return DocumentRow(*row) if row else None


def documents_page(
    replica: Replica, before: tuple[datetime, str] | None, limit: int = PAGE_SIZE
) -> list[DocumentRow]:
    from sqlalchemy import and_, or_

    from client.models import Document

    query = _document_select()
    if before is not None:
        query = query.where(
            or_(
                Document.updated_at < before[0],
                and_(Document.updated_at == before[0], Document.id < before[1]),
            )
        )
    query = query.order_by(Document.updated_at.desc(), Document.id.desc()).limit(limit)
    with replica.connect() as conn:
        return [DocumentRow(*row) for row in conn.execute(query)]


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


# -- the documents page ------------------------------------------------------------------

VERSION_LIMIT = 500


@dataclass(frozen=True)
class FolderEntry:
    """A folder of a group that holds documents, as stored (a path with ``/``)."""

    group_id: str
    group_name: str
    folder: str
    documents: int


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


@dataclass(frozen=True)
class VersionRow:
    version: int
    author_name: str
    created_at: datetime
    size: int
    # Saved here and not yet confirmed by the server.
    pending: bool


@dataclass(frozen=True)
class DocumentDetail:
    document: DocumentRow
    sha256: str
    # In the encrypted media cache: it opens without a connection.
    cached: bool
    # On the server: it can be downloaded when not cached.
    on_server: bool
    # For a conflict copy: the document it conflicts with (None if that one is gone).
    original: DocumentRow | None
    # For an original: its conflict copies.
    conflicts: tuple[DocumentRow, ...]
    versions: tuple[VersionRow, ...]  # newest first


def document_detail(
    replica: Replica, media: MediaCache | None, document_id: str, limit: int = VERSION_LIMIT
) -> DocumentDetail | None:
    from sqlalchemy import func, select

    from client.models import Document, DocumentVersion, Person

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
    return DocumentDetail(
        document=document,
        sha256=sha,
        cached=media is not None and media.has(sha),
        on_server=mxc is not None,
        original=original,
        conflicts=conflicts,
        versions=versions,
    )


@dataclass(frozen=True)
class StorageUse:
    """What the account's media cache takes on this computer, in bytes."""

    total: int
    pinned: int  # of which the current versions of what is kept available offline


def storage_used(replica: Replica, media: MediaCache | None) -> StorageUse:
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
