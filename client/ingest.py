"""The write path for data that comes from the server.

The sync engine maps Matrix events to the plain rows below and hands them over in batches;
benchmarks use the same path. Each call runs in the caller's transaction (so that the sync
``since`` token can be stored with the events it delivered) and returns ``Changes``.
Batches are written with ``executemany`` and indexed for search in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from client import edithistory, purge, search
from client.changes import Changes
from client.rows import ATTACHMENT_PREFIX

_IN_CHUNK = 500  # SQLite's parameter limit is far above; this keeps statements small


@dataclass(frozen=True)
class OrganisationRow:
    id: str
    name: str
    description: str = ""
    directory_room_id: str | None = None


@dataclass(frozen=True)
class GroupRow:
    id: str
    name: str
    description: str = ""
    kind: str = "group"
    organisation_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonEntry:
    """A person's directory entry as the server has it."""

    user_id: str
    name: str
    organisation_id: str | None = None
    organisation: str = ""
    title: str = ""
    department: str = ""
    skills: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    location: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class AttachmentInfo:
    """The file or image of an ``m.image``, ``m.file``, ``m.video`` or ``m.audio`` message."""

    kind: str  # image, file, video or audio
    name: str
    mimetype: str
    size: int | None
    mxc_url: str | None
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class MessageRow:
    """A post, question or comment as the server has it."""

    event_id: str
    kind: str  # "post", "question" or "comment"
    group_id: str
    author: str
    body: str
    body_html: str
    created_at: datetime
    thread_root_event_id: str | None = None
    # Our own transaction id when the event is the server's copy of a local echo.
    txn_id: str | None = None
    mentions: tuple[str, ...] = field(default_factory=tuple)
    attachment: AttachmentInfo | None = None


@dataclass(frozen=True)
class DocumentState:
    """A document's state event: its current version as the server has it."""

    id: str
    group_id: str
    name: str
    folder: str
    mimetype: str
    size: int
    sha256: str
    mxc_url: str | None
    version: int
    based_on: str | None
    updated_by: str
    updated_at: datetime
    event_id: str | None = None
    text_content: str | None = None
    # Set on a conflict copy: the id of the document it conflicts with.
    conflict_of: str | None = None
    # Deleted for every member; its versions stay in the replica for the group's admins.
    deleted: bool = False


def _chunks(items: Sequence[Any], size: int = _IN_CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _placeholders(n: int) -> str:
    return ",".join("?" * n)


def upsert_organisations(conn: Connection, rows: Sequence[OrganisationRow]) -> Changes:
    conn.exec_driver_sql(
        "INSERT INTO organisation (id, name, description, directory_room_id) VALUES (?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET name=excluded.name, description=excluded.description, "
        "directory_room_id=coalesce(excluded.directory_room_id, directory_room_id)",
        [(r.id, r.name, r.description, r.directory_room_id) for r in rows],
    )
    return Changes(organisations=frozenset(r.id for r in rows))


def upsert_groups(conn: Connection, rows: Sequence[GroupRow]) -> Changes:
    conn.exec_driver_sql(
        'INSERT INTO "group" (id, name, description, kind, keep_offline, joined, unread_count, '
        "mention_count) VALUES (?,?,?,?,0,1,0,0) ON CONFLICT(id) DO UPDATE SET "
        "name=excluded.name, description=excluded.description, kind=excluded.kind, joined=1",
        [(r.id, r.name, r.description, r.kind) for r in rows],
    )
    links = [(r.id, org) for r in rows for org in r.organisation_ids]
    if links:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO group_organisation (group_id, organisation_id) VALUES (?,?)",
            links,
        )
    return Changes(groups=frozenset(r.id for r in rows))


def upsert_people(conn: Connection, rows: Sequence[PersonEntry]) -> Changes:
    conn.exec_driver_sql(
        "INSERT INTO person (user_id, organisation_id, name, title, department, organisation, "
        "skills, phone, email, location, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(user_id) DO UPDATE SET organisation_id=excluded.organisation_id, "
        "name=excluded.name, title=excluded.title, department=excluded.department, "
        "organisation=excluded.organisation, skills=excluded.skills, phone=excluded.phone, "
        "email=excluded.email, location=excluded.location, updated_at=excluded.updated_at",
        [
            (
                r.user_id,
                r.organisation_id,
                r.name,
                r.title,
                r.department,
                r.organisation,
                json.dumps(list(r.skills), ensure_ascii=False),
                r.phone,
                r.email,
                r.location,
                r.updated_at,
            )
            for r in rows
        ],
    )
    search.index_people(
        conn,
        [
            search.PersonDoc(
                user_id=r.user_id,
                name=r.name,
                title=r.title,
                department=r.department,
                organisation=r.organisation,
                skills=r.skills,
                location=r.location,
            )
            for r in rows
        ],
    )
    return Changes(people=frozenset(r.user_id for r in rows))


def _existing(conn: Connection, column: str, values: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in _chunks(values):
        result = conn.exec_driver_sql(
            f"SELECT {column}, id FROM message WHERE {column} IN ({_placeholders(len(chunk))})",
            tuple(chunk),
        )
        found.update({key: mid for key, mid in result})
    return found


@dataclass(frozen=True)
class Located:
    """Where an event the replica holds is, and who sent it."""

    group_id: str
    author: str
    kind: str  # "post", "question", "comment", "reaction" or "announcement"
    # The message's row, for a reaction the row of what it likes; 0 for an announcement.
    message_id: int


def locate(
    conn: Connection, event_ids: Iterable[str], reaction_ids: Iterable[str] = ()
) -> dict[str, Located]:
    """The messages among ``event_ids`` that the replica holds, and the reactions and
    documents' announcements among ``reaction_ids`` (those it holds as messages aside)."""
    wanted = list(dict.fromkeys(event_ids))
    found: dict[str, Located] = {}
    for chunk in _chunks(wanted):
        for event_id, group_id, author, kind, message_id in conn.exec_driver_sql(
            "SELECT event_id, group_id, author, kind, id FROM message "
            f"WHERE event_id IN ({_placeholders(len(chunk))})",
            tuple(chunk),
        ):
            found[event_id] = Located(group_id, author, kind, message_id)
    missing = [e for e in dict.fromkeys(reaction_ids) if e not in found]
    for chunk in _chunks(missing):
        for event_id, group_id, author, message_id in conn.exec_driver_sql(
            "SELECT r.event_id, m.group_id, r.author, m.id FROM reaction r "
            "JOIN message m ON m.id = r.message_id "
            f"WHERE r.event_id IN ({_placeholders(len(chunk))})",
            tuple(chunk),
        ):
            found[event_id] = Located(group_id, author, "reaction", message_id)
    missing = [e for e in missing if e not in found]
    for chunk in _chunks(missing):
        for event_id, group_id, sender in conn.exec_driver_sql(
            "SELECT event_id, group_id, sender FROM announcement "
            f"WHERE event_id IN ({_placeholders(len(chunk))})",
            tuple(chunk),
        ):
            found[event_id] = Located(group_id, sender, "announcement", 0)
    return found


def link_announcements(
    conn: Connection, group_id: str, rows: Sequence[tuple[str, str, str]]
) -> None:
    """Keep ``(event_id, document_id, sender)`` of messages that announce a group's
    documents to other clients: they are not shown, and a redaction of one only unlinks
    it (the document's state events say what the document is)."""
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO announcement (group_id, event_id, document_id, sender) "
        "VALUES (?,?,?,?)",
        [(group_id, *row) for row in rows],
    )


def ingest_messages(
    conn: Connection, rows: Sequence[MessageRow], roots: Mapping[str, int] | None = None
) -> Changes:
    """Insert the server's messages; confirm local echoes; skip ones already there.
    ``roots``: the rows of the comments' posts, when the caller has looked them up."""
    if not rows:
        return Changes()
    known = _existing(conn, "event_id", [r.event_id for r in rows])
    echoes = _existing(conn, "txn_id", [r.txn_id for r in rows if r.txn_id])
    if roots is None:
        roots = _existing(
            conn, "event_id", [r.thread_root_event_id for r in rows if r.thread_root_event_id]
        )

    next_id = (conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM message").scalar() or 0) + 1
    inserts: list[tuple[Any, ...]] = []
    confirms: list[tuple[str, datetime, int]] = []
    mentions: list[tuple[int, str]] = []
    bodies: list[tuple[int, str]] = []
    attachments: list[tuple[Any, ...]] = []
    changed_groups: set[str] = set()
    changed: set[int] = set()
    for row in rows:
        if row.event_id in known:
            continue
        if row.txn_id and row.txn_id in echoes:
            # The server's copy of our own local echo: keep the row, take the server's id.
            mid = echoes[row.txn_id]
            confirms.append((row.event_id, row.created_at, mid))
            known[row.event_id] = mid
            changed.add(mid)
            changed_groups.add(row.group_id)
            continue
        root_id: int | None = None
        if row.kind == "comment":
            root_event = row.thread_root_event_id
            root_id = roots.get(root_event) if root_event else None
            if root_id is None and root_event is not None:
                root_id = known.get(root_event)
            if root_id is None:
                # The root is not in the replica (beyond the retention horizon): skip the
                # comment rather than show it without its post.
                continue
        mid = next_id
        next_id += 1
        known[row.event_id] = mid
        inserts.append(
            (
                mid,
                row.kind,
                row.event_id,
                row.txn_id,
                row.group_id,
                root_id,
                row.author,
                row.body,
                row.body_html,
                row.created_at,
            )
        )
        mentions.extend((mid, user) for user in dict.fromkeys(row.mentions))
        if (a := row.attachment) is not None:
            attachments.append(
                (mid, a.kind, a.name, a.mimetype, a.size, a.mxc_url, a.width, a.height)
            )
        bodies.append((mid, row.body))
        changed.add(mid)
        changed_groups.add(row.group_id)
    if inserts:
        conn.exec_driver_sql(
            "INSERT INTO message (id, kind, event_id, txn_id, group_id, thread_root_id, author, "
            "body, body_html, created_at, deleted, pending) VALUES (?,?,?,?,?,?,?,?,?,?,0,0)",
            inserts,
        )
    if confirms:
        conn.exec_driver_sql(
            "UPDATE message SET event_id=?, created_at=?, pending=0 WHERE id=?", confirms
        )
    if mentions:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO mention (message_id, user_id) VALUES (?,?)", mentions
        )
    if attachments:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO attachment (message_id, kind, name, mimetype, size, mxc_url, "
            "width, height) VALUES (?,?,?,?,?,?,?,?)",
            attachments,
        )
    search.index_new_messages(conn, bodies)  # ids were just assigned above
    return Changes(messages=frozenset(changed), groups=frozenset(changed_groups))


def upsert_documents(conn: Connection, rows: Sequence[DocumentState]) -> Changes:
    """Apply the server's current state of documents, recording each new version."""
    if not rows:
        return Changes()
    conn.exec_driver_sql(
        "INSERT INTO document (id, group_id, name, folder, mimetype, size, sha256, mxc_url, "
        "version, based_on, updated_by, updated_at, text_content, text_sha256, conflict_of, "
        "keep_offline, deleted, pending) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,0) "
        "ON CONFLICT(id) DO UPDATE SET name=excluded.name, folder=excluded.folder, "
        "mimetype=excluded.mimetype, size=excluded.size, sha256=excluded.sha256, "
        "mxc_url=excluded.mxc_url, version=excluded.version, based_on=excluded.based_on, "
        "updated_by=excluded.updated_by, updated_at=excluded.updated_at, "
        # A new version's text is read again (client.doctext); until then it has none.
        "text_content=CASE WHEN sha256 = excluded.sha256 "
        "THEN coalesce(excluded.text_content, text_content) ELSE excluded.text_content END, "
        "text_sha256=coalesce(excluded.text_sha256, text_sha256), "
        "conflict_of=coalesce(excluded.conflict_of, conflict_of), pending=0, "
        "deleted=excluded.deleted",
        [
            (
                r.id,
                r.group_id,
                r.name,
                r.folder,
                r.mimetype,
                r.size,
                r.sha256,
                r.mxc_url,
                r.version,
                r.based_on,
                r.updated_by,
                r.updated_at,
                r.text_content,
                # Text that comes with the row (sample data, benchmarks) is this version's.
                None if r.text_content is None else r.sha256,
                r.conflict_of,
                r.deleted,
            )
            for r in rows
        ],
    )
    conn.exec_driver_sql(
        "INSERT INTO document_version (document_id, version, name, sha256, size, mimetype, "
        "mxc_url, based_on, author, created_at, event_id) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(document_id, version) DO UPDATE SET sha256=excluded.sha256, "
        "mxc_url=excluded.mxc_url, event_id=excluded.event_id, local_path=NULL",
        [
            (
                r.id,
                r.version,
                r.name,
                r.sha256,
                r.size,
                r.mimetype,
                r.mxc_url,
                r.based_on,
                r.updated_by,
                r.updated_at,
                r.event_id,
            )
            for r in rows
        ],
    )
    # A renamed or moved document keeps the text read from its version.
    texts: dict[str, str] = {}
    ids = [r.id for r in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for document_id, text in conn.exec_driver_sql(
            "SELECT id, text_content FROM document WHERE text_content IS NOT NULL "
            f"AND id IN ({', '.join('?' * len(chunk))})",
            tuple(chunk),
        ):
            texts[str(document_id)] = str(text)
    gone = [r.id for r in rows if r.deleted]
    if gone:
        search.unindex_documents(conn, gone)
    search.index_documents(
        conn,
        [
            search.DocumentDoc(
                id=r.id,
                group_id=r.group_id,
                name=r.name,
                folder=r.folder,
                text=texts.get(r.id, r.text_content),
                updated_at=r.updated_at,
            )
            for r in rows
            if not r.deleted
        ],
    )
    return Changes(
        documents=frozenset(r.id for r in rows), groups=frozenset(r.group_id for r in rows)
    )


def apply_edits(
    conn: Connection,
    edits: Sequence[tuple[str, str, str, str, datetime]],
    file_names: Sequence[str | None] = (),
) -> Changes:
    """Apply ``(target_event_id, sender, body, body_html, edited_at)``; only authors edit.
    ``file_names``, beside ``edits``: the name an edit gives the message's file (a file
    renamed by its sender), or None."""
    changed: set[int] = set()
    renamed: set[str] = set()
    docs: list[search.MessageDoc] = []
    names = [*file_names, *[None] * (len(edits) - len(file_names))]
    for (target, sender, body, body_html, edited_at), file_name in zip(edits, names, strict=True):
        row = conn.exec_driver_sql(
            "SELECT id, kind, group_id, author, created_at, edited_at, body, body_html "
            "FROM message WHERE event_id = ? AND deleted = 0",
            (target,),
        ).first()
        if row is None or row.author != sender:
            continue
        if row.edited_at is not None and _as_datetime(row.edited_at) > edited_at:
            # An older edit arriving late (backfill) must not win; it is an earlier version.
            edithistory.keep(conn, row.id, sender, body, body_html, edited_at)
            continue
        if (row.body, row.body_html) != (body, body_html):
            # The text it replaces (our own edit coming back replaces nothing).
            written = row.edited_at if row.edited_at is not None else row.created_at
            edithistory.keep(conn, row.id, sender, row.body, row.body_html, written)
        conn.exec_driver_sql(
            "UPDATE message SET body=?, body_html=?, edited_at=? WHERE id=?",
            (body, body_html, edited_at, row.id),
        )
        changed.add(row.id)
        if (
            file_name is not None
            and conn.exec_driver_sql(
                "UPDATE attachment SET name=? WHERE message_id=? AND name IS NOT ?",
                (file_name, row.id, file_name),
            ).rowcount
        ):
            renamed.add(f"{ATTACHMENT_PREFIX}{row.id}")
        docs.append(
            search.MessageDoc(
                id=row.id,
                kind=row.kind,
                group_id=row.group_id,
                author=row.author,
                body=body,
                created_at=_as_datetime(row.created_at),
            )
        )
    if docs:
        search.index_messages(conn, docs)
    return Changes(messages=frozenset(changed), documents=frozenset(renamed))


def _as_datetime(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def ingest_reactions(
    conn: Connection, rows: Sequence[tuple[str, str, str, str, datetime, str | None]]
) -> Changes:
    """Apply ``(event_id, target_event_id, author, key, created_at, txn_id)``."""
    changed: set[int] = set()
    for event_id, target, author, key, created_at, txn_id in rows:
        message_id = conn.exec_driver_sql(
            "SELECT id FROM message WHERE event_id = ?", (target,)
        ).scalar()
        if message_id is None:
            continue
        # Our own local echo (same txn id, or the same like by the same person) is confirmed.
        conn.exec_driver_sql(
            "INSERT INTO reaction (event_id, txn_id, message_id, author, key, created_at, "
            "pending) VALUES (?,?,?,?,?,?,0) ON CONFLICT(message_id, author, key) DO UPDATE "
            "SET event_id=excluded.event_id, pending=0",
            (event_id, txn_id, message_id, author, key, created_at),
        )
        changed.add(message_id)
    return Changes(messages=frozenset(changed))


def apply_redactions(conn: Connection, event_ids: Sequence[str]) -> Changes:
    """Redacted messages lose their content and their file; redacted reactions disappear,
    and so do the links of redacted announcements (the documents stay).

    A redacted message's attachment row goes, so a posted file leaves the "Attachments"
    folder (and an opened copy of it is removed); its cached file and thumbnail are
    recorded for ``client.purge.finish`` unless something else names them."""
    changed: set[int] = set()
    files: set[str] = set()
    for chunk in _chunks(event_ids):
        marks = _placeholders(len(chunk))
        for (message_id,) in conn.exec_driver_sql(
            f"SELECT message_id FROM reaction WHERE event_id IN ({marks})", tuple(chunk)
        ):
            changed.add(message_id)
        conn.exec_driver_sql(f"DELETE FROM reaction WHERE event_id IN ({marks})", tuple(chunk))
        conn.exec_driver_sql(f"DELETE FROM announcement WHERE event_id IN ({marks})", tuple(chunk))
        ids = [
            row[0]
            for row in conn.exec_driver_sql(
                f"SELECT id FROM message WHERE event_id IN ({marks})", tuple(chunk)
            )
        ]
        if ids:
            id_marks = _placeholders(len(ids))
            conn.exec_driver_sql(
                f"UPDATE message SET deleted=1, body='', body_html='' WHERE id IN ({id_marks})",
                tuple(ids),
            )
            conn.exec_driver_sql(
                f"DELETE FROM mention WHERE message_id IN ({id_marks})", tuple(ids)
            )
            edithistory.forget(conn, ids)
            search.unindex_messages(conn, ids)
            changed.update(ids)
            files.update(_drop_attachments(conn, ids))
    return Changes(messages=frozenset(changed), documents=frozenset(files))


def _drop_attachments(conn: Connection, message_ids: Sequence[int]) -> set[str]:
    """Remove the attachments of redacted messages; their ids where documents are named
    (``attachment-<message id>``)."""
    marks = _placeholders(len(message_ids))
    found = conn.exec_driver_sql(
        f"SELECT message_id, sha256, thumbnail_sha256 FROM attachment "
        f"WHERE message_id IN ({marks})",
        tuple(message_ids),
    ).all()
    if not found:
        return set()
    conn.exec_driver_sql(
        f"DELETE FROM attachment WHERE message_id IN ({marks})", tuple(message_ids)
    )
    purge.record(conn, {sha for row in found for sha in row[1:] if sha is not None}, ())
    return {f"{ATTACHMENT_PREFIX}{row[0]}" for row in found}


def apply_answers(conn: Connection, rows: Sequence[tuple[str, str | None, str]]) -> Changes:
    """Apply ``(question_event_id, answer_event_id, sender)``; only the asker marks."""
    changed: set[int] = set()
    for question_event, answer_event, sender in rows:
        question = conn.exec_driver_sql(
            "SELECT id, author FROM message WHERE event_id = ? AND kind = 'question'",
            (question_event,),
        ).first()
        if question is None or question.author != sender:
            continue
        answer_id = None
        if answer_event is not None:
            answer_id = conn.exec_driver_sql(
                "SELECT id FROM message WHERE event_id = ? AND thread_root_id = ?",
                (answer_event, question.id),
            ).scalar()
        conn.exec_driver_sql("UPDATE message SET answer_id=? WHERE id=?", (answer_id, question.id))
        changed.add(question.id)
    return Changes(messages=frozenset(changed))


def set_members(
    conn: Connection, group_id: str, rows: Sequence[tuple[str, str, str | None]]
) -> Changes:
    """Apply ``(user_id, membership, display_name)`` for one group."""
    conn.exec_driver_sql(
        "INSERT INTO membership (group_id, user_id, membership, display_name) VALUES (?,?,?,?) "
        "ON CONFLICT(group_id, user_id) DO UPDATE SET membership=excluded.membership, "
        "display_name=coalesce(excluded.display_name, display_name)",
        [(group_id, user, membership, name) for user, membership, name in rows],
    )
    return Changes(groups=frozenset({group_id}))


def purge_group(conn: Connection, group_id: str) -> Changes:
    """Remove a group and everything of it from the replica (left, removed, banned).

    Its words leave the search vocabulary here; its files, the index segments that still
    hold its words and the WAL are recorded for ``client.purge.finish``, which the sync
    engine runs once this transaction has committed."""
    ids = [
        row[0]
        for row in conn.exec_driver_sql("SELECT id FROM message WHERE group_id = ?", (group_id,))
    ]
    docs = [
        row[0]
        for row in conn.exec_driver_sql("SELECT id FROM document WHERE group_id = ?", (group_id,))
    ]
    blobs = purge.group_blobs(conn, group_id)
    words = search.words_of_group(conn, group_id)
    if ids:
        search.unindex_messages(conn, ids)
    if docs:
        search.unindex_documents(conn, docs)
    # Foreign keys cascade to messages, reactions, mentions, documents, versions; outbox
    # entries may belong to rooms that are no group (an invitation answered) and go here.
    conn.exec_driver_sql("DELETE FROM outbox_entry WHERE group_id = ?", (group_id,))
    conn.exec_driver_sql('DELETE FROM "group" WHERE id = ?', (group_id,))
    search.forget_words(conn, words)
    indexes = {"search_message"} if ids else set()
    purge.record(conn, blobs, indexes | ({"search_document"} if docs else set()))
    return Changes(
        groups=frozenset({group_id}),
        messages=frozenset(ids),
        documents=frozenset(docs),
        outbox=True,
    )


def remove_people(conn: Connection, user_ids: Sequence[str]) -> Changes:
    """Directory entries no longer visible (the directory room was left): gone from the
    replica and its search index, as ``purge_group`` does for a group."""
    words = search.words_of_people(conn, user_ids)
    for chunk in _chunks(user_ids):
        conn.exec_driver_sql(
            f"DELETE FROM person WHERE user_id IN ({_placeholders(len(chunk))})", tuple(chunk)
        )
    if user_ids:
        search.unindex_people(conn, user_ids)
        search.forget_words(conn, words)
        purge.record(conn, (), {"search_person"})
    return Changes(people=frozenset(user_ids))
