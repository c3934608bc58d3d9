"""What each group keeps offline, and which document files the media cache must never drop.

Per group the user (unless IT locked it) chooses how much history the replica keeps — all
of it, or the last N days — and whether the group's documents are downloaded for offline
use. Both live in the group's row of the replica (``retention_days``, ``keep_offline``): they
belong to that account's data, are encrypted with it, and vanish with it on sign-out.

``retention_days`` is None for "the default" (the app's ``offline_retention_days`` setting,
which IT may preset or lock) and ``KEEP_EVERYTHING`` (0) for all history.

The desktop app's sidebar and settings use the plain values here on the GUI thread, so the
database stack is imported by the functions that read the replica (on a worker), not above.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from client import lazy
from client.changes import Changes
from client.text import clean_name

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from client.mediacache import EvictionReport, MediaCache
    from client.store import Replica

KEEP_EVERYTHING = 0


@dataclass(frozen=True)
class GroupOffline:
    group_id: str
    name: str
    organisation: str  # the first organisation's name, "" for further groups
    retention_days: int | None
    keep_documents: bool


def effective_days(retention_days: int | None, default_days: int | None) -> int | None:
    """Days of history kept; None keeps everything."""
    days = default_days if retention_days is None else retention_days
    return None if days is None or days == KEEP_EVERYTHING else days


def horizon(retention_days: int | None, default_days: int | None, now: datetime) -> datetime | None:
    """The oldest moment whose history is kept; None when everything is kept."""
    days = effective_days(retention_days, default_days)
    return None if days is None else now - timedelta(days=days)


def group_settings(replica: Replica) -> list[GroupOffline]:
    """Every joined group with its offline choices, sorted by organisation and name."""
    from sqlalchemy import func, select

    from client.models import Group, GroupOrganisation, Organisation

    with replica.connect() as conn:
        org_names = dict(
            conn.execute(
                select(GroupOrganisation.group_id, func.min(Organisation.name))
                .join(Organisation, Organisation.id == GroupOrganisation.organisation_id)
                .group_by(GroupOrganisation.group_id)
            ).all()
        )
        rows = conn.execute(
            select(Group.id, Group.name, Group.retention_days, Group.keep_offline).where(
                Group.joined.is_(True)
            )
        ).all()
    found = [
        GroupOffline(
            row.id,
            clean_name(row.name, row.id),
            clean_name(org_names.get(row.id) or ""),
            row.retention_days,
            bool(row.keep_offline),
        )
        for row in rows
    ]
    # Further groups (no organisation) last, as in the sidebar.
    return sorted(
        found, key=lambda g: (g.organisation == "", g.organisation.casefold(), g.name.casefold())
    )


def set_group_offline(
    replica: Replica, group_id: str, retention_days: int | None, keep_documents: bool
) -> Changes:
    """Store a group's offline choices; the engine follows them on its next round."""
    if retention_days is not None and retention_days < 0:
        raise ValueError("retention_days must be None, 0 (everything) or a number of days")
    with replica.begin() as conn:
        conn.exec_driver_sql(
            'UPDATE "group" SET retention_days = ?, keep_offline = ? WHERE id = ?',
            (retention_days, keep_documents, group_id),
        )
    return Changes(groups=frozenset({group_id}))


def has_history_before(conn: Connection, group_id: str, before: datetime) -> bool:
    """Whether the group holds a post older than ``before`` (one index lookup)."""
    from sqlalchemy import select

    from client.models import Message

    return (
        conn.execute(
            select(Message.id)
            .where(Message.group_id == group_id, Message.created_at < before)
            .limit(1)
        ).first()
        is not None
    )


def history_due(
    replica: Replica, default_days: int | None, now: datetime
) -> list[tuple[str, datetime]]:
    """(group, horizon) of the joined groups that hold history older than their horizon."""
    with replica.connect() as conn:
        groups = conn.exec_driver_sql(
            'SELECT id, retention_days FROM "group" WHERE joined = 1'
        ).all()
        due = []
        for group_id, days in groups:
            before = horizon(days, default_days, now)
            if before is not None and has_history_before(conn, group_id, before):
                due.append((str(group_id), before))
    return due


def prune_history(conn: Connection, group_id: str, before: datetime) -> Changes:
    """Remove the group's threads that ended before ``before`` (its retention horizon).

    A thread goes as a whole — its post with every comment, like and mention — and only
    when nothing in it is newer than the horizon, nothing is waiting to be sent and nothing
    is a local echo: an old post with a fresh comment stays, and so does anything the user
    wrote that the server does not have yet.
    """
    from sqlalchemy import delete, select
    from sqlalchemy.orm import aliased

    from client.models import Message, OutboxEntry, OutboxState

    comment = aliased(Message)
    fresh_or_pending = (
        select(comment.id)
        .where(
            comment.thread_root_id == Message.id,
            (comment.created_at >= before) | comment.pending.is_(True),
        )
        .exists()
    )
    member = aliased(Message)
    unsent = (
        select(OutboxEntry.id)
        .join(member, member.id == OutboxEntry.message_id)
        .where(
            OutboxEntry.state != OutboxState.SENT,
            (member.id == Message.id) | (member.thread_root_id == Message.id),
        )
        .exists()
    )
    roots = list(
        conn.execute(
            select(Message.id).where(
                Message.group_id == group_id,
                Message.thread_root_id.is_(None),
                Message.created_at < before,
                Message.pending.is_(False),
                ~fresh_or_pending,
                ~unsent,
            )
        ).scalars()
    )
    if not roots:
        return Changes()
    ids: list[int] = []
    for start in range(0, len(roots), 500):
        chunk = roots[start : start + 500]
        ids.extend(
            conn.execute(
                select(Message.id).where(Message.id.in_(chunk) | Message.thread_root_id.in_(chunk))
            ).scalars()
        )
    lazy.search.unindex_messages(conn, ids)
    for start in range(0, len(roots), 500):
        # Foreign keys cascade to the comments, likes, mentions and sent outbox rows.
        conn.execute(delete(Message).where(Message.id.in_(roots[start : start + 500])))
    return Changes(messages=frozenset(ids), groups=frozenset({group_id}))


def pinned_documents(replica: Replica) -> list[tuple[str, str]]:
    """(id, SHA-256) of the documents kept available offline, on their own or through
    their group, that are on the server; the most recently changed first."""
    with replica.connect() as conn:
        rows = conn.exec_driver_sql(
            'SELECT d.id, d.sha256 FROM document d JOIN "group" g ON g.id = d.group_id '
            "WHERE (d.keep_offline = 1 OR g.keep_offline = 1) AND d.deleted = 0 "
            "AND d.mxc_url IS NOT NULL ORDER BY d.updated_at DESC"
        ).all()
    return [(str(document_id), str(sha)) for document_id, sha in rows]


class DocumentFile(NamedTuple):
    """What downloading a document's current version needs."""

    sha256: str
    mxc_url: str | None  # None while not uploaded
    size: int  # as its state event declares it


def document_file(replica: Replica, document_id: str) -> DocumentFile | None:
    """A document's current version; None for no such document."""
    with replica.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT sha256, mxc_url, size FROM document WHERE id = ? AND deleted = 0",
            (document_id,),
        ).first()
    if row is None:
        return None
    return DocumentFile(str(row[0]), None if row[1] is None else str(row[1]), int(row[2]))


def version_file(replica: Replica, document_id: str, version: int) -> DocumentFile | None:
    """One version of a document, deleted or not; None for no such version."""
    with replica.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT sha256, mxc_url, size FROM document_version "
            "WHERE document_id = ? AND version = ?",
            (document_id, version),
        ).first()
    if row is None:
        return None
    return DocumentFile(str(row[0]), None if row[1] is None else str(row[1]), int(row[2]))


def kept_blobs(conn: Connection) -> set[str]:
    """Checksums the media cache must keep whatever its cap.

    Files kept available offline (on their own or through their group), files and
    attachments not on the server yet (no media URL: the cache holds the only copy), and
    every version still waiting in the outbox to be uploaded.
    """
    from sqlalchemy import select

    from client.models import Attachment, Document, Group, OutboxEntry, OutboxKind, OutboxState

    pinned = conn.execute(
        select(Document.sha256)
        .join(Group, Group.id == Document.group_id)
        .where(
            Document.deleted.is_(False),
            (Document.keep_offline.is_(True))
            | (Group.keep_offline.is_(True))
            | (Document.mxc_url.is_(None)),
        )
    ).scalars()
    kept = {str(sha) for sha in pinned}
    # An attachment not on the server yet: the cache holds its only copy.
    kept.update(
        str(sha)
        for sha in conn.execute(
            select(Attachment.sha256).where(
                Attachment.mxc_url.is_(None), Attachment.sha256.is_not(None)
            )
        ).scalars()
    )
    waiting = conn.execute(
        select(OutboxEntry.payload).where(
            OutboxEntry.kind == OutboxKind.DOCUMENT, OutboxEntry.state != OutboxState.SENT
        )
    ).scalars()
    kept.update(str(p["sha256"]) for p in waiting if isinstance(p, dict) and p.get("sha256"))
    return kept


def enforce_cap(replica: Replica, media: MediaCache, cap_bytes: int) -> EvictionReport:
    """Fit the media cache under its cap without touching what ``kept_blobs`` names."""
    with replica.connect() as conn:
        keep = kept_blobs(conn)
    return media.evict_to(cap_bytes, keep)
