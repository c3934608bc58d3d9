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
from sys import intern
from typing import TYPE_CHECKING, Any

# The sidebar's and the status line's queries, under their old names.
from ui.overview import AccountTree as AccountTree
from ui.overview import GroupEntry as GroupEntry
from ui.overview import LocalStatus as LocalStatus
from ui.overview import OrganisationEntry as OrganisationEntry
from ui.overview import account_tree as account_tree
from ui.overview import local_status as local_status

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from client.mediacache import MediaCache
    from client.store import Replica

PAGE_SIZE = 50
THREAD_LIMIT = 500

# -- the stream of a group -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PostRow:
    """A post, question or comment as a list shows it. A group scrolled to its end keeps
    100,000 of these: slots, and one string object for each group, kind and author
    (``intern``), keep that to a few hundred bytes a post."""

    id: int
    group_id: str
    kind: str  # post, question or comment
    author_id: str
    author_name: str
    body_html: str
    created_at: datetime
    edited: bool
    answered: bool
    likes: int
    liked_by_me: bool
    comments: int
    pending: bool
    failed_entry_id: int | None = None
    failed_reason: str | None = None
    # For a question: the comment marked as its answer.
    answer_id: int | None = None
    # Written by the signed-in user: they may edit and delete it.
    mine: bool = False

    @property
    def key(self) -> tuple[datetime, int]:
        return (self.created_at, self.id)


def _message_select() -> Any:
    from sqlalchemy import and_, func, select

    from client.models import Membership, Message, Person

    return (
        select(
            Message.id,
            Message.group_id,
            Message.kind,
            Message.author,
            func.coalesce(Person.name, Membership.display_name, Message.author),
            Message.body_html,
            Message.created_at,
            Message.edited_at,
            Message.answer_id,
            Message.pending,
        )
        .outerjoin(Person, Person.user_id == Message.author)
        .outerjoin(
            Membership,
            and_(Membership.group_id == Message.group_id, Membership.user_id == Message.author),
        )
    )


def _decorate(conn: Connection, user_id: str, rows: Sequence[Any]) -> list[PostRow]:
    from sqlalchemy import func, select

    from client.commands import LIKE
    from client.models import Message, OutboxEntry, OutboxState, Reaction

    ids = [r[0] for r in rows]
    if not ids:
        return []
    likes: dict[int, tuple[int, bool]] = {
        mid: (n, bool(mine))
        for mid, n, mine in conn.execute(
            select(
                Reaction.message_id,
                func.count(),
                func.max(Reaction.author == user_id),
            )
            .where(Reaction.key == LIKE, Reaction.message_id.in_(ids))
            .group_by(Reaction.message_id)
        )
    }
    comments: dict[int, int] = {
        root: n
        for root, n in conn.execute(
            select(Message.thread_root_id, func.count())
            .where(Message.thread_root_id.in_(ids), Message.deleted.is_(False))
            .group_by(Message.thread_root_id)
        )
        if root is not None
    }
    failed: dict[int, tuple[int, str | None]] = {
        mid: (entry_id, error)
        for mid, entry_id, error in conn.execute(
            select(OutboxEntry.message_id, OutboxEntry.id, OutboxEntry.last_error).where(
                OutboxEntry.message_id.in_(ids), OutboxEntry.state == OutboxState.FAILED
            )
        )
        if mid is not None
    }
    out = []
    for r in rows:
        mid, group_id, kind, author, name, body_html, created, edited, answer, pending = r
        n_likes, mine = likes.get(mid, (0, False))
        entry = failed.get(mid)
        out.append(
            PostRow(
                id=mid,
                group_id=intern(group_id),
                kind=intern(str(getattr(kind, "value", kind))),
                author_id=intern(author),
                author_name=intern(name) if name else name,
                body_html=body_html,
                created_at=created,
                edited=edited is not None,
                answered=answer is not None,
                likes=n_likes,
                liked_by_me=mine,
                comments=comments.get(mid, 0),
                pending=bool(pending),
                failed_entry_id=entry[0] if entry else None,
                failed_reason=entry[1] if entry else None,
                answer_id=answer,
                mine=author == user_id,
            )
        )
    return out


def _own_user(conn: Connection) -> str:
    from sqlalchemy import select

    from client.models import Account

    return conn.execute(select(Account.user_id)).scalar() or ""


def stream_page(
    replica: Replica,
    group_id: str,
    before: tuple[datetime, int] | None,
    limit: int = PAGE_SIZE,
) -> list[PostRow]:
    """Posts and questions of a group, newest first, older than ``before``."""
    from sqlalchemy import tuple_

    from client.models import Message

    query = _message_select().where(
        Message.group_id == group_id,
        Message.thread_root_id.is_(None),
        Message.deleted.is_(False),
    )
    if before is not None:
        query = query.where(tuple_(Message.created_at, Message.id) < tuple_(*before))
    query = query.order_by(Message.created_at.desc(), Message.id.desc()).limit(limit)
    with replica.connect() as conn:
        return _decorate(conn, _own_user(conn), conn.execute(query).all())


def stream_newer(
    replica: Replica, group_id: str, after: tuple[datetime, int] | None, limit: int = PAGE_SIZE
) -> list[PostRow]:
    """Posts newer than ``after`` (what arrived or was written since), newest first."""
    from sqlalchemy import tuple_

    from client.models import Message

    query = _message_select().where(
        Message.group_id == group_id,
        Message.thread_root_id.is_(None),
        Message.deleted.is_(False),
    )
    if after is not None:
        query = query.where(tuple_(Message.created_at, Message.id) > tuple_(*after))
    query = query.order_by(Message.created_at.asc(), Message.id.asc()).limit(limit)
    with replica.connect() as conn:
        rows = _decorate(conn, _own_user(conn), conn.execute(query).all())
    return rows[::-1]


def messages_by_id(replica: Replica, ids: Sequence[int]) -> dict[int, PostRow]:
    """The current state of some messages; a deleted or vanished one is left out."""
    from client.models import Message

    if not ids:
        return {}
    query = _message_select().where(Message.id.in_(list(ids)), Message.deleted.is_(False))
    with replica.connect() as conn:
        return {row.id: row for row in _decorate(conn, _own_user(conn), conn.execute(query).all())}


@dataclass(frozen=True)
class ThreadData:
    post: PostRow | None
    comments: list[PostRow]


def thread(replica: Replica, post_id: int, limit: int = THREAD_LIMIT) -> ThreadData:
    from client.models import Message

    with replica.connect() as conn:
        user_id = _own_user(conn)
        root = conn.execute(_message_select().where(Message.id == post_id)).all()
        comments = conn.execute(
            _message_select()
            .where(Message.thread_root_id == post_id, Message.deleted.is_(False))
            .order_by(Message.created_at, Message.id)
            .limit(limit)
        ).all()
        posts = _decorate(conn, user_id, root)
        return ThreadData(posts[0] if posts else None, _decorate(conn, user_id, comments))


def root_of(replica: Replica, message_id: int) -> tuple[str, int] | None:
    """The group and the post a message belongs to (itself when it is a post)."""
    from sqlalchemy import select

    from client.models import Message, MessageKind

    with replica.connect() as conn:
        row = conn.execute(
            select(Message.group_id, Message.thread_root_id, Message.kind).where(
                Message.id == message_id
            )
        ).first()
    if row is None:
        return None
    group_id, root, kind = row
    return group_id, (root if kind is MessageKind.COMMENT and root is not None else message_id)


# -- people and documents ----------------------------------------------------------------


@dataclass(frozen=True)
class PersonRow:
    user_id: str
    name: str
    title: str
    department: str
    organisation: str
    email: str
    phone: str
    location: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.name, self.user_id)


def people_page(
    replica: Replica, after: tuple[str, str] | None, limit: int = PAGE_SIZE
) -> list[PersonRow]:
    from sqlalchemy import select, tuple_

    from client.models import Person

    query = select(
        Person.user_id,
        Person.name,
        Person.title,
        Person.department,
        Person.organisation,
        Person.email,
        Person.phone,
        Person.location,
    )
    if after is not None:
        query = query.where(tuple_(Person.name, Person.user_id) > tuple_(*after))
    query = query.order_by(Person.name, Person.user_id).limit(limit)
    with replica.connect() as conn:
        return [PersonRow(*row) for row in conn.execute(query)]


def person_by_id(replica: Replica, user_id: str) -> PersonRow | None:
    from sqlalchemy import select

    from client.models import Person

    query = select(
        Person.user_id,
        Person.name,
        Person.title,
        Person.department,
        Person.organisation,
        Person.email,
        Person.phone,
        Person.location,
    ).where(Person.user_id == user_id)
    with replica.connect() as conn:
        row = conn.execute(query).first()
    return PersonRow(*row) if row else None


def mention_candidates(replica: Replica) -> list[tuple[str, str]]:
    """(name, user id) of everyone in the directory, for @-completion: one per name (the
    first found), sorted as people read them, so the GUI thread only hands them to Qt."""
    from sqlalchemy import select

    from client.models import Person

    with replica.connect() as conn:
        people: dict[str, str] = {}
        for name, user_id in conn.execute(select(Person.name, Person.user_id)):
            people.setdefault(name, user_id)
    return sorted(people.items(), key=lambda item: item[0].casefold())


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
