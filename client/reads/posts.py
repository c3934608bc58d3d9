"""A group's stream, a thread, where a message belongs, and a message to edit.

A ``PostRow`` carries what the list shows beside the text: likes (and whether the user liked
it), the other reactions counted, the number of comments, a failed send's outbox entry with
its reason, and since when a send still retried has been failing once that is more than a
day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from sys import intern
from typing import TYPE_CHECKING, Any

from client import lazy
from client.reactions import LIKE, order
from client.reads import PAGE_SIZE
from client.reads.people import mention_candidates
from client.rows import AttachmentRow, Editable, PostRow, ThreadData
from client.text import clean_name

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from client.store import Replica

THREAD_LIMIT = 500


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

    from client.clock import utcnow
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
    others: dict[int, list[tuple[str, int, bool]]] = {}
    for rid, key, n, mine in conn.execute(
        select(
            Reaction.message_id, Reaction.key, func.count(), func.max(Reaction.author == user_id)
        )
        .where(Reaction.key != LIKE, Reaction.message_id.in_(ids))
        .group_by(Reaction.message_id, Reaction.key)
    ):
        others.setdefault(rid, []).append((key, n, bool(mine)))
    comments: dict[int, int] = {
        root: n
        for root, n in conn.execute(
            select(Message.thread_root_id, func.count())
            .where(Message.thread_root_id.in_(ids), Message.deleted.is_(False))
            .group_by(Message.thread_root_id)
        )
        if root is not None
    }
    failed: dict[int, tuple[int, str | None]] = {}
    stuck: dict[int, datetime] = {}
    now = utcnow()
    for mid, entry_id, error, state, failing_since in conn.execute(
        select(
            OutboxEntry.message_id,
            OutboxEntry.id,
            OutboxEntry.last_error,
            OutboxEntry.state,
            OutboxEntry.failing_since,
        ).where(
            OutboxEntry.message_id.in_(ids),
            OutboxEntry.state.in_([OutboxState.FAILED, OutboxState.WAITING, OutboxState.SENDING]),
        )
    ):
        if mid is None:
            continue
        if state is OutboxState.FAILED:
            failed[mid] = (entry_id, error)
        elif (since := lazy.outbox.stuck_since(failing_since, now)) is not None:
            stuck[mid] = min(since, stuck.get(mid, since))
    attachments = _attachments(conn, ids)
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
                author_name=intern(clean_name(name or "", author)),
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
                stuck_since=stuck.get(mid),
                answer_id=answer,
                mine=author == user_id,
                reactions=tuple(sorted(others[mid], key=lambda r: order(r[0])))
                if mid in others
                else (),
                attachment=attachments.get(mid),
            )
        )
    return out


def _attachments(conn: Connection, ids: Sequence[int]) -> dict[int, AttachmentRow]:
    from sqlalchemy import select

    from client.models import Attachment

    a = Attachment
    columns = (a.message_id, a.kind, a.name, a.mimetype, a.size, a.width, a.height, a.mxc_url)
    return {
        mid: AttachmentRow(
            kind=kind,
            name=clean_name(name, "?"),
            mimetype=mimetype,
            size=size,
            width=width,
            height=height,
            on_server=url is not None,
            sha256=sha,
            thumbnail_sha256=thumb,
        )
        for mid, kind, name, mimetype, size, width, height, url, sha, thumb in conn.execute(
            select(*columns, a.sha256, a.thumbnail_sha256).where(a.message_id.in_(ids))
        )
    }


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


def pinned_posts(replica: Replica, group_id: str) -> list[PostRow]:
    """The group's pinned posts, as the room's ``m.room.pinned_events`` lists them (also
    pins made in other clients); pinned events the replica does not hold (older history,
    comments, removed posts) are left out."""
    from sqlalchemy import select

    from client.levels import pinned_ids
    from client.models import Group, Message

    with replica.connect() as conn:
        stored = conn.execute(select(Group.pinned).where(Group.id == group_id)).scalar()
        pins = pinned_ids(stored)
        if not pins:
            return []
        query = _message_select().where(
            Message.event_id.in_(pins),
            Message.group_id == group_id,
            Message.deleted.is_(False),
            Message.thread_root_id.is_(None),
        )
        rows = {r.id: r for r in _decorate(conn, _own_user(conn), conn.execute(query).all())}
        order = {
            event_id: message_id
            for message_id, event_id in conn.execute(
                select(Message.id, Message.event_id).where(Message.id.in_(list(rows)))
            )
        }
    return [rows[order[p]] for p in pins if p in order]


def thread(replica: Replica, post_id: int, limit: int = THREAD_LIMIT) -> ThreadData:
    """A post and its first ``limit`` comments, oldest first; no post when it is gone."""
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


def editable(replica: Replica, message_id: int) -> Editable | None:
    """A message as its author wrote it, to edit; None when it is gone."""
    from sqlalchemy import text

    with replica.connect() as conn:
        row = conn.execute(
            text("SELECT body, kind FROM message WHERE id = :id AND deleted = 0"),
            {"id": message_id},
        ).first()
        if row is None:
            return None
        mentioned = conn.execute(
            text(
                "SELECT coalesce(p.name, max(mb.display_name), n.user_id), n.user_id "
                "FROM mention n LEFT JOIN person p ON p.user_id = n.user_id "
                "LEFT JOIN membership mb ON mb.user_id = n.user_id "
                "WHERE n.message_id = :id GROUP BY n.user_id"
            ),
            {"id": message_id},
        ).all()
    body, kind = row
    return Editable(
        message_id,
        body,
        str(getattr(kind, "value", kind)) == "comment",
        {name: user_id for name, user_id in mentioned},
        mention_candidates(replica),
    )
