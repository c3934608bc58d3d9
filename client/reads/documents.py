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

import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from client.filenames import HEAD_BYTES, runs_code, safe_filename
from client.reads import PAGE_SIZE
from client.rows import (
    ATTACHMENT_PREFIX,
    DocumentDetail,
    DocumentRow,
    FolderEntry,
    StorageUse,
    VersionRow,
)
from client.text import clean_name

if TYPE_CHECKING:
    from client.mediacache import MediaCache
    from client.store import Replica

VERSION_LIMIT = 500
# Where the files posted in a group (``m.file``, from any client) are listed among its
# documents; each is named by ``ATTACHMENT_PREFIX`` and its message's id.
ATTACHMENTS_FOLDER = "Attachments"
# Where a group's admins find its deleted documents, whose versions they keep.
DELETED_FOLDER = "Deleted"


def _document_select(*, deleted: bool = False) -> Any:
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
        .where(Document.deleted.is_(deleted))
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


def attachment_message_id(document_id: str) -> int | None:
    """The message whose file ``document_id`` names in the "Attachments" folder, if any."""
    number = document_id.removeprefix(ATTACHMENT_PREFIX)
    if number == document_id or not number.isdigit():
        return None
    return int(number)


# A group's posted files as documents of its "Attachments" folder: a file (``m.file``) of
# a post that is not deleted, in a group the user is in. Images, videos and sound stay in
# the stream.
_ATTACHMENTS = (
    "SELECT a.message_id, m.group_id, g.name, a.name, a.mimetype, coalesce(a.size, 0), "
    "coalesce(p.name, m.author), m.created_at, m.pending "
    "FROM attachment a JOIN message m ON m.id = a.message_id "
    'JOIN "group" g ON g.id = m.group_id LEFT JOIN person p ON p.user_id = m.author '
    "WHERE a.kind = 'file' AND m.deleted = 0 AND g.joined = 1"
)


_DELETED_COUNTS = (
    'SELECT d.group_id, g.name, count(*) FROM document d JOIN "group" g ON g.id = d.group_id '
    "WHERE d.deleted = 1 AND g.joined = 1 GROUP BY d.group_id"
)


def _admin(conn: Any, group_id: str) -> bool:
    """Whether the account's user administers the group (its creator, or power level 100)."""
    from client.reads.members import role_of
    from client.rows import ADMIN

    user = conn.exec_driver_sql("SELECT user_id FROM account").scalar() or ""
    stored, creators = conn.exec_driver_sql(
        'SELECT power_levels, creators FROM "group" WHERE id = ?', (group_id,)
    ).first() or (None, None)
    try:
        levels = json.loads(stored) if stored else {}
        owners = json.loads(creators) if creators else []
    except ValueError:
        return False
    if isinstance(owners, list) and user in owners:
        return True
    return isinstance(levels, dict) and role_of(levels, user) == ADMIN


def _deleted_row(row: Sequence[Any]) -> DocumentRow:
    """A deleted document as its admins see it: in the folder of deleted documents."""
    return replace(_document_row(row), folder=DELETED_FOLDER)


_POSTED_COUNTS = (
    "SELECT m.group_id, g.name, count(*) FROM attachment a "
    'JOIN message m ON m.id = a.message_id JOIN "group" g ON g.id = m.group_id '
    "WHERE a.kind = 'file' AND m.deleted = 0 AND g.joined = 1 GROUP BY m.group_id"
)


def _attachment_row(row: Sequence[Any]) -> DocumentRow:
    mid, group_id, group, name, mimetype, size, by, at, pending = row
    doc_id = f"{ATTACHMENT_PREFIX}{mid}"
    return DocumentRow(
        doc_id,
        group_id,
        clean_name(group, group_id),
        clean_name(name, doc_id),
        ATTACHMENTS_FOLDER,
        mimetype,
        int(size),
        1,
        clean_name(by),
        at,
        bool(pending),
        False,
        stored_name=name,
    )


def _attachments_by_id(conn: Any, ids: Sequence[int]) -> dict[str, DocumentRow]:
    found: dict[str, DocumentRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in conn.exec_driver_sql(
            f"{_ATTACHMENTS} AND a.message_id IN ({marks})", tuple(chunk)
        ):
            attachment = _attachment_row(row)
            found[attachment.id] = attachment
    return found


def documents_by_id(replica: Replica, ids: Sequence[str]) -> dict[str, DocumentRow]:
    """The current state of some documents (and posted files); a deleted or vanished one
    is left out."""
    from client.models import Document

    wanted = [i for i in ids if attachment_message_id(i) is None]
    posted = [m for i in ids if (m := attachment_message_id(i)) is not None]
    found: dict[str, DocumentRow] = {}
    with replica.connect() as conn:
        # In slices: a tree may show thousands, more than SQLite takes as parameters.
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for row in conn.execute(_document_select().where(Document.id.in_(chunk))):
                found[row[0]] = _document_row(row)
            gone = _document_select(deleted=True).where(Document.id.in_(chunk))
            admin: dict[str, bool] = {}
            for row in conn.execute(gone):
                if admin.setdefault(row[1], _admin(conn, row[1])):
                    found[row[0]] = _deleted_row(row)
        found.update(_attachments_by_id(conn, posted))
    return found


def missing_documents(replica: Replica, ids: Collection[str]) -> frozenset[str]:
    """Those of ``ids`` that the replica no longer holds at all: their group was removed
    from it (a document someone deleted keeps its row)."""
    wanted = sorted(ids)
    held: set[str] = set()
    with replica.connect() as conn:
        posted = [m for i in wanted if (m := attachment_message_id(i)) is not None]
        held.update(
            f"{ATTACHMENT_PREFIX}{row[0]}"
            for start in range(0, len(posted), 500)
            for row in conn.exec_driver_sql(
                "SELECT message_id FROM attachment WHERE message_id IN "
                f"({', '.join('?' * len(posted[start : start + 500]))})",
                tuple(posted[start : start + 500]),
            )
        )
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
        counts: dict[tuple[str, str], list[Any]] = {
            (g, folder): [g, name, folder, n] for g, name, folder, n in conn.execute(query)
        }
        for g, name, n in conn.exec_driver_sql(_POSTED_COUNTS):
            if group_id is not None and g != group_id:
                continue
            entry = counts.setdefault((g, ATTACHMENTS_FOLDER), [g, name, ATTACHMENTS_FOLDER, 0])
            entry[3] += n
        for g, name, n in conn.exec_driver_sql(_DELETED_COUNTS):
            if (group_id is not None and g != group_id) or not _admin(conn, g):
                continue
            entry = counts.setdefault((g, DELETED_FOLDER), [g, name, DELETED_FOLDER, 0])
            entry[3] += n
    entries = sorted(counts.values(), key=lambda e: (str(e[1]).lower(), e[0], e[2]))
    return [FolderEntry(g, clean_name(name, g), folder, n) for g, name, folder, n in entries]


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
        rows = [_document_row(row) for row in conn.execute(query)]
        if ATTACHMENTS_FOLDER in folders:
            sql = f"{_ATTACHMENTS} AND m.group_id = ?"
            params: tuple[Any, ...] = (group_id,)
            if after is not None:
                sql += " AND (a.name, ? || a.message_id) > (?, ?)"
                params = (group_id, ATTACHMENT_PREFIX, *after)
            sql += " ORDER BY a.name, ? || a.message_id LIMIT ?"
            posted = conn.exec_driver_sql(sql, (*params, ATTACHMENT_PREFIX, limit))
            # Both in the order of their stored names: one page of the two, merged.
            rows = sorted([*rows, *map(_attachment_row, posted)], key=lambda r: r.name_key)
        if DELETED_FOLDER in folders and _admin(conn, group_id):
            gone = _document_select(deleted=True).where(Document.group_id == group_id)
            if after is not None:
                gone = gone.where(tuple_(Document.name, Document.id) > tuple_(*after))
            gone = gone.order_by(Document.name, Document.id).limit(limit)
            rows = sorted([*rows, *map(_deleted_row, conn.execute(gone))], key=lambda r: r.name_key)
    return rows[:limit]


def document_detail(
    replica: Replica,
    media: MediaCache | None,
    document_id: str,
    limit: int = VERSION_LIMIT,
    *,
    deleted: bool = False,
) -> DocumentDetail | None:
    """A document with its newest ``limit`` versions, its conflict copies or original,
    where its file is, and a version that could not be sent or is stuck; None when it is
    gone. A deleted one is shown to the group's admins (in the folder of deleted ones).
    ``deleted``: only a deleted one."""
    from sqlalchemy import func, select

    from client.clock import utcnow
    from client.models import Document, DocumentVersion, OutboxEntry, OutboxState, Person
    from client.outbox import stuck_since

    posted = attachment_message_id(document_id)
    if posted is not None:
        return _attachment_detail(replica, media, posted)
    with replica.connect() as conn:
        found = None
        if not deleted:
            found = conn.execute(_document_select().where(Document.id == document_id)).first()
        if found is None:
            found = conn.execute(
                _document_select(deleted=True).where(Document.id == document_id)
            ).first()
            if found is None or not _admin(conn, found[1]):
                return None
            document = _deleted_row(found)
        else:
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


def _attachment_detail(
    replica: Replica, media: MediaCache | None, message_id: int
) -> DocumentDetail | None:
    """A posted file as a document of one version; what is cached is its own download."""
    with replica.connect() as conn:
        row = conn.exec_driver_sql(f"{_ATTACHMENTS} AND a.message_id = ?", (message_id,)).first()
        if row is None:
            return None
        sha, mxc = conn.exec_driver_sql(
            "SELECT sha256, mxc_url FROM attachment WHERE message_id = ?", (message_id,)
        ).one()
    document = _attachment_row(row)
    version = VersionRow(1, document.updated_by, document.updated_at, document.size, bool(row[8]))
    return DocumentDetail(
        document=document,
        sha256=sha or "",
        cached=media is not None and sha is not None and media.has(sha),
        on_server=mxc is not None,
        original=None,
        conflicts=(),
        versions=(version,),
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


def export_version_for_opening(
    replica: Replica,
    media: MediaCache | None,
    fetch: Callable[[str, int], str] | None,
    document_id: str,
    version: int,
    folder: Path,
) -> Exported:
    """Decrypt an earlier version into ``folder`` to read it (runs on a worker): named
    after the document with its version number, read-only, never saved back. Downloaded
    first like ``export_for_opening``; a program is refused before and after."""
    with replica.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT v.sha256, d.name, v.mimetype FROM document_version v "
            "JOIN document d ON d.id = v.document_id WHERE v.document_id = ? AND v.version = ?",
            (document_id, version),
        ).first()
    if row is None:
        raise LookupError(f"document {document_id} has no version {version}")
    sha, name, mimetype = str(row[0]), str(row[1]), str(row[2] or "")
    refuse_programs(document_id, name, mimetype)
    if media is None:
        raise NotAvailableOfflineError(document_id)
    if not media.has(sha):
        if fetch is None:
            raise NotAvailableOfflineError(document_id)
        sha = fetch(document_id, version)
    refuse_programs(document_id, name, mimetype, media.head(sha, HEAD_BYTES))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stem, dot, ext = safe_filename(name).rpartition(".")
    shown = f"{stem} (v{version}).{ext}" if dot and stem else f"{safe_filename(name)} (v{version})"
    target = folder / safe_filename(shown)
    target.unlink(missing_ok=True)
    media.export(sha, target)
    target.chmod(0o400)
    return Exported(document_id, target, sha)


def is_admin(replica: Replica, group_id: str) -> bool:
    """Whether the account's user administers the group (its creator, or power level 100)."""
    with replica.connect() as conn:
        return _admin(conn, group_id)


def deleted_documents(replica: Replica, group_id: str) -> list[DocumentRow]:
    """The group's deleted documents, newest first, for its admins (their versions stay
    reachable: ``document_detail``); nothing for anyone else."""
    from client.models import Document

    if not is_admin(replica, group_id):
        return []
    query = (
        _document_select(deleted=True)
        .where(Document.group_id == group_id)
        .order_by(Document.updated_at.desc())
    )
    with replica.connect() as conn:
        return [_deleted_row(row) for row in conn.execute(query)]


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
