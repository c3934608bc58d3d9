"""Documents: the folder tree's skeleton and a folder's documents, documents by id (and
which are gone), a document's detail with its versions, the storage used, and a copy to
open or to save.

``document_folders`` reads only the (group, folder) index; the documents of a folder are read
a page at a time when it is opened (``folder_documents``). ``export_for_opening`` decrypts a
document's current version from the media cache into a folder of the caller's, unless it is
a program the system would run (``client.filenames.runs_code``): that one is only ever saved
where the user chooses (``save_copy``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from client.filenames import HEAD_BYTES, runs_code, safe_filename
from client.reads import PAGE_SIZE
from client.rows import DocumentDetail, DocumentRow, FolderEntry, StorageUse, VersionRow
from client.text import clean_name

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


def _document_row(row: Sequence[Any]) -> DocumentRow:
    """A row of ``_document_select`` with its names cleaned for display."""
    (doc_id, group_id, group, name, folder, mimetype, size, version, by, at, pending, conflict,
     pinned, conflict_of) = row  # fmt: skip
    return DocumentRow(
        doc_id,
        group_id,
        clean_name(group, group_id),
        clean_name(name, doc_id),
        folder,
        mimetype,
        size,
        version,
        clean_name(by),
        at,
        pending,
        conflict,
        pinned,
        conflict_of,
        stored_name=name,
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
                found[row[0]] = _document_row(row)
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
        return [
            FolderEntry(group_id, clean_name(group, group_id), folder, documents)
            for group_id, group, folder, documents in conn.execute(query)
        ]


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
        return [_document_row(row) for row in conn.execute(query)]


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
        document = _document_row(found)
        sha, mxc, text_sha, text_status = conn.execute(
            select(
                Document.sha256, Document.mxc_url, Document.text_sha256, Document.text_status
            ).where(Document.id == document_id)
        ).one()
        original = None
        if document.conflict_of is not None:
            row = conn.execute(
                _document_select().where(Document.id == document.conflict_of)
            ).first()
            original = _document_row(row) if row else None
        conflicts = tuple(
            _document_row(row)
            for row in conn.execute(
                _document_select()
                .where(Document.conflict_of == document_id)
                .order_by(Document.updated_at.desc())
            )
        )
        versions = tuple(
            VersionRow(
                version=row[0],
                author_name=clean_name(row[1]),
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
        text_status=text_status if text_sha == sha else None,
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


class RunsCodeError(Exception):
    """The document is a program, script, installer or shortcut: it is never handed to the
    system to open. ``name`` is the name it would be saved under, ``kind`` what gives it
    away (its real extension, or the kind its declared type or first bytes show)."""

    def __init__(self, document_id: str, name: str, kind: str) -> None:
        super().__init__(f"document {document_id} is a program ({kind})")
        self.document_id = document_id
        self.name = name
        self.kind = kind


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
    connection) or without a media cache, it is not available offline. A program
    (``runs_code``) raises ``RunsCodeError`` and is not written anywhere."""
    sha, name, mimetype = _current(replica, document_id)
    # A program is refused before it is downloaded, by its name or declared type, and
    # after, by its first bytes; it never reaches the folder the system opens from.
    refuse_programs(document_id, name, mimetype)
    media, sha = _cached(media, fetch, document_id, sha)
    refuse_programs(document_id, name, mimetype, media.head(sha, HEAD_BYTES))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    # The name comes from the server: it must not leave the folder, whatever it says.
    target = folder / safe_filename(name)
    media.export(sha, target)
    return Exported(document_id, target, sha)


def save_copy(
    replica: Replica,
    media: MediaCache | None,
    fetch: Callable[[str], str] | None,
    document_id: str,
    target: Path,
) -> Path:
    """Decrypt a document's current version to ``target``, a file the user chose (runs on
    a worker): how a program is kept, since it is never opened. Downloads it first like
    ``export_for_opening``."""
    sha, _, _ = _current(replica, document_id)
    media, sha = _cached(media, fetch, document_id, sha)
    media.export(sha, target)
    return target


def _current(replica: Replica, document_id: str) -> tuple[str, str, str]:
    """The current version's checksum, the document's name and its declared type."""
    with replica.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT sha256, name, mimetype FROM document WHERE id = ? AND deleted = 0",
            (document_id,),
        ).first()
    if row is None:
        raise LookupError(f"no document {document_id}")
    return str(row[0]), str(row[1]), str(row[2] or "")


def _cached(
    media: MediaCache | None, fetch: Callable[[str], str] | None, document_id: str, sha: str
) -> tuple[MediaCache, str]:
    """The media cache and the checksum of the document's file in it, downloaded first
    when it is not there and the account is connected."""
    if media is None:
        raise NotAvailableOfflineError(document_id)
    if not media.has(sha):
        if fetch is None:
            raise NotAvailableOfflineError(document_id)
        sha = fetch(document_id)
    return media, sha


def refuse_programs(document_id: str, name: str, mimetype: str, head: bytes = b"") -> None:
    kind = runs_code(name, mimetype, head)
    if kind is not None:
        raise RunsCodeError(document_id, safe_filename(name), kind)
