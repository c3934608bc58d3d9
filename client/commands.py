"""Local commands: what a user does, written to the replica at once, sent later by sync.

Each command writes its optimistic local row and its outbox entry in one transaction, so a
crash leaves either both or neither, and returns a ``Changes`` value. The outbox entry's
transaction id is made here, once; the sync engine sends it with exactly that id.
"""

from __future__ import annotations

import io
import mimetypes
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from client import (
    appointments,
    doctext,
    drafts,
    edithistory,
    membership,
    moderation,
    notifications,
    notifylevel,
    reactions,
    search,
)
from client.agenda import Draft
from client.changes import Changes
from client.clock import utcnow
from client.mediacache import MediaCache
from client.models import (
    Attachment,
    Comment,
    Document,
    DocumentVersion,
    Group,
    Mention,
    Message,
    MessageKind,
    OutboxEntry,
    OutboxKind,
    OutboxState,
    Post,
    Question,
    Reaction,
)
from client.reactions import LIKE
from client.render import render_markdown
from client.store import Replica

_USER_ID = re.compile(r"@[^:\s]{1,200}:[^\s]{1,200}")


class CommandError(Exception):
    """A command that cannot be carried out (unknown group, message of another user, ...)."""


def new_txn_id() -> str:
    return f"tp{secrets.token_urlsafe(18)}"


@dataclass(frozen=True)
class NewDocument:
    source: Path
    name: str | None = None
    folder: str = ""
    mimetype: str | None = None


class LocalCommands:
    """The commands of one signed-in user on their replica."""

    def __init__(self, replica: Replica, user_id: str, media: MediaCache | None = None) -> None:
        self._replica = replica
        self.user_id = user_id
        self._media = media

    @property
    def media(self) -> MediaCache | None:
        """The account's encrypted media cache (None for a replica opened without its key)."""
        return self._media

    # -- posts and comments ------------------------------------------------------------

    def post(
        self,
        group_id: str,
        body: str,
        *,
        question: bool = False,
        mentions: Mapping[str, str] | None = None,
        attachment: Path | tuple[str, bytes] | None = None,
    ) -> Changes:
        """A post or question; with ``attachment``, a file or image it carries (a path, or
        a name and the bytes of a pasted image); its name is the text when there is none.
        The file is kept in the media cache and uploaded before the post is sent."""
        file = self._keep_attachment(attachment)
        body = body if body.strip() or file is None else file[0]
        with self._replica.write_session() as session:
            self._group(session, group_id)
            cls = Question if question else Post
            message = self._new_message(session, cls, group_id, body, mentions, None)
            entry = self._enqueue(session, OutboxKind.POST, group_id, message_id=message.id)
            entry.payload = {"kind": message.kind.value}
            self._attach(session, message, entry, file)
            message.txn_id = entry.txn_id
            self._index(session, message)
            drafts.clear(session, group_id, None)
            return Changes(
                messages=frozenset({message.id}),
                groups=frozenset({group_id}),
                outbox=True,
                created=message.id,
            )

    def comment(
        self,
        post_id: int,
        body: str,
        *,
        mentions: Mapping[str, str] | None = None,
        attachment: Path | tuple[str, bytes] | None = None,
    ) -> Changes:
        """A comment on a post; ``attachment`` as for ``post``."""
        file = self._keep_attachment(attachment)
        body = body if body.strip() or file is None else file[0]
        with self._replica.write_session() as session:
            root = session.get(Message, post_id)
            if root is None or root.deleted or root.kind is MessageKind.COMMENT:
                raise CommandError(f"no post {post_id} to comment on")
            message = self._new_message(
                session, Comment, root.group_id, body, mentions, thread_root_id=root.id
            )
            entry = self._enqueue(session, OutboxKind.COMMENT, root.group_id, message.id)
            entry.payload = {"root_message_id": root.id}
            self._attach(session, message, entry, file)
            message.txn_id = entry.txn_id
            self._index(session, message)
            drafts.clear(session, root.group_id, root.id)
            return Changes(
                messages=frozenset({message.id, root.id}),
                groups=frozenset({root.group_id}),
                outbox=True,
                created=message.id,
            )

    def _keep_attachment(
        self, attachment: Path | tuple[str, bytes] | None
    ) -> tuple[str, str, int] | None:
        """(name, sha256, size) of a message's file, kept in the media cache before the
        message's transaction (content-addressed: harmless if that commit fails)."""
        if attachment is None:
            return None
        media = self._require_media()
        if isinstance(attachment, Path):
            name, blob = attachment.name, media.put_file(attachment)
        else:
            name, blob = attachment[0], media.put_stream(io.BytesIO(attachment[1]))
        return name, blob.sha256, blob.size

    @staticmethod
    def _attach(
        session: Session, message: Message, entry: OutboxEntry, file: tuple[str, str, int] | None
    ) -> None:
        """The message's ``attachment`` row; its entry names the file, which is uploaded
        before the event is sent."""
        if file is None:
            return
        name, sha, size = file
        mimetype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        session.add(
            Attachment(
                message_id=message.id,
                kind="image" if mimetype.startswith("image/") else "file",
                name=name,
                mimetype=mimetype,
                size=size,
                sha256=sha,
            )
        )
        entry.payload = {**entry.payload, "sha256": sha}

    def edit(
        self, message_id: int, body: str, *, mentions: Mapping[str, str] | None = None
    ) -> Changes:
        with self._replica.write_session() as session:
            message = self._own_message(session, message_id)
            rendered = render_markdown(body, mentions=mentions)
            if message.event_id is not None and body != message.body:
                # Others have seen the text this edit replaces: it is an earlier version.
                edithistory.keep(
                    session.connection(),
                    message.id,
                    message.author,
                    message.body,
                    message.body_html,
                    message.edited_at or message.created_at,
                )
            message.body = body
            message.body_html = rendered.html
            message.edited_at = utcnow()
            self._set_mentions(session, message, rendered.mentioned_user_ids)
            unsent = self._unsent_entry(session, message.id, OutboxKind.POST, OutboxKind.COMMENT)
            if unsent is None:
                # The server has it (or may have it): send an edit of it.
                self._enqueue(session, OutboxKind.EDIT, message.group_id, message.id)
            self._index(session, message)
            return Changes(
                messages=frozenset({message.id}),
                groups=frozenset({message.group_id}),
                outbox=True,
            )

    def delete(self, message_id: int) -> Changes:
        with self._replica.write_session() as session:
            message = self._own_message(session, message_id)
            group_id = message.group_id
            unsent = self._unsent_entry(session, message.id, OutboxKind.POST, OutboxKind.COMMENT)
            search.unindex_messages(session.connection(), [message.id])
            if unsent is not None:
                # Never left this machine: forget it, and everything queued for it.
                session.delete(message)
            else:
                message.deleted = True
                message.body = ""
                message.body_html = ""
                edithistory.forget(session.connection(), [message.id])
                self._enqueue(session, OutboxKind.DELETE, group_id, message.id)
            return Changes(
                messages=frozenset({message_id}), groups=frozenset({group_id}), outbox=True
            )

    def save_draft(
        self, group_id: str, body: str, *, post_id: int | None = None, question: bool = False
    ) -> Changes:
        """Keep what is written in a group's composer (or a post's comment box) for later;
        an empty text removes the draft. Nothing to announce: only the composer shows it."""
        with self._replica.write_session() as session:
            if session.get(Group, group_id) is None:
                return Changes()  # the group went while the text waited to be saved
            if post_id is not None and session.get(Message, post_id) is None:
                return Changes()
            drafts.save(session, group_id, post_id, body, question=question)
        return Changes()

    def mark_answer(self, question_id: int, comment_id: int | None) -> Changes:
        with self._replica.write_session() as session:
            question = self._own_message(session, question_id)
            if question.kind is not MessageKind.QUESTION:
                raise CommandError("only a question has an answer")
            if comment_id is not None:
                comment = session.get(Message, comment_id)
                if comment is None or comment.thread_root_id != question.id:
                    raise CommandError("the answer must be a comment on the question")
            question.answer_id = comment_id
            entry = self._enqueue(session, OutboxKind.EDIT, question.group_id, question.id)
            entry.payload = {"answer_message_id": comment_id}
            return Changes(
                messages=frozenset({question.id}),
                groups=frozenset({question.group_id}),
                outbox=True,
            )

    # -- likes and other reactions ------------------------------------------------------

    def like(self, message_id: int) -> Changes:
        return self.react(message_id, LIKE)

    def unlike(self, message_id: int) -> Changes:
        return self.unreact(message_id, LIKE)

    def react(self, message_id: int, key: str) -> Changes:
        if not reactions.usable_key(key):
            raise CommandError("not a reaction")
        with self._replica.write_session() as session:
            message = session.get(Message, message_id)
            if message is None or message.deleted:
                raise CommandError(f"no message {message_id} to react to")
            if self._own_reaction(session, message_id, key) is not None:
                return Changes()  # there already: nothing to send twice
            reaction = Reaction(
                message_id=message_id,
                author=self.user_id,
                key=key,
                created_at=utcnow(),
                pending=True,
            )
            session.add(reaction)
            session.flush()
            entry = self._enqueue(session, OutboxKind.REACT, message.group_id, message_id)
            entry.reaction_id = reaction.id
            entry.payload = {"key": key}
            reaction.txn_id = entry.txn_id
            return Changes(messages=frozenset({message_id}), outbox=True)

    def unreact(self, message_id: int, key: str) -> Changes:
        with self._replica.write_session() as session:
            reaction = self._own_reaction(session, message_id, key)
            if reaction is None:
                return Changes()
            message = reaction.message
            unsent = session.scalar(
                select(OutboxEntry).where(
                    OutboxEntry.reaction_id == reaction.id,
                    OutboxEntry.state.in_([OutboxState.WAITING, OutboxState.FAILED]),
                )
            )
            if unsent is not None:
                session.delete(unsent)  # the reaction never left: both cancel out
            else:
                entry = self._enqueue(session, OutboxKind.UNREACT, message.group_id, message_id)
                entry.payload = {
                    "key": key,
                    "reaction_event_id": reaction.event_id,
                    "reaction_txn_id": reaction.txn_id,
                }
            session.delete(reaction)
            return Changes(messages=frozenset({message_id}), outbox=True)

    def _own_reaction(self, session: Session, message_id: int, key: str) -> Reaction | None:
        return session.scalar(
            select(Reaction).where(
                Reaction.message_id == message_id,
                Reaction.author == self.user_id,
                Reaction.key == key,
            )
        )

    # -- read state --------------------------------------------------------------------

    def mark_read(self, group_id: str) -> Changes:
        """The user has seen the group: its unread and mention counts go, and a read marker
        on its newest event is queued for the server. Nothing to do (no Changes) while
        nothing is unread, so that a view may call this whenever the group shows."""
        with self._replica.connect() as conn:  # mostly that: no write transaction for it
            unread = conn.exec_driver_sql(
                'SELECT unread_count + mention_count FROM "group" WHERE id = ?', (group_id,)
            ).scalar()
        if not unread:
            return Changes()
        with self._replica.write_session() as session:
            group = session.get(Group, group_id)
            if group is None or not group.joined or not (group.unread_count or group.mention_count):
                return Changes()
            queued = self._mark_read(session, group)
            return Changes(groups=frozenset({group_id}), outbox=queued)

    def mark_all_read(self) -> Changes:
        """Every group read, and every mention and reply under the bell with them: "all"
        should leave nothing unread anywhere."""
        with self._replica.write_session() as session:
            groups = session.scalars(
                select(Group).where(
                    Group.joined, or_(Group.unread_count > 0, Group.mention_count > 0)
                )
            ).all()
            queued = [self._mark_read(session, group) for group in groups]
            read = notifications.mark_all_read_in(session.connection())
            return read | Changes(groups=frozenset(g.id for g in groups), outbox=any(queued))

    def _mark_read(self, session: Session, group: Group) -> bool:
        """Clear the group's counts and queue a read marker on its newest event, replacing
        one that has not been sent (only the newest matters); False without an event."""
        group.unread_count = 0
        group.mention_count = 0
        newest = session.scalar(
            select(Message.event_id)
            .where(Message.group_id == group.id, Message.event_id.is_not(None))
            .order_by(Message.created_at.desc(), Message.id.desc())
            .limit(1)
        )
        if newest is None:
            return False
        session.execute(
            delete(OutboxEntry).where(
                OutboxEntry.group_id == group.id,
                OutboxEntry.kind == OutboxKind.READ,
                OutboxEntry.state.in_([OutboxState.WAITING, OutboxState.FAILED]),
            )
        )
        entry = self._enqueue(session, OutboxKind.READ, group.id)
        entry.payload = {"event_id": newest}
        return True

    # -- membership (client.membership) -----------------------------------------------

    def accept_invitation(self, room_id: str) -> Changes:
        """Join a room the user is invited to, when the server can be reached; the group
        then arrives with sync."""
        return self._answer(room_id, OutboxKind.ACCEPT)

    def decline_invitation(self, room_id: str) -> Changes:
        return self._answer(room_id, OutboxKind.DECLINE)

    def _answer(self, room_id: str, kind: OutboxKind) -> Changes:
        with self._replica.write_session() as session:
            tx = session.connection()
            if not membership.answerable(tx, room_id):
                raise CommandError(f"no invitation to {room_id} to answer")
            membership.set_answer(tx, room_id, kind.value)
            inviter = tx.exec_driver_sql(
                "SELECT inviter FROM invitation WHERE room_id = ?", (room_id,)
            ).scalar()
            entry = self._enqueue(session, kind, room_id)
            entry.payload = {"inviter": inviter or ""}
            return Changes(invitations=True, outbox=True)

    def dismiss_invitation(self, room_id: str) -> Changes:
        """Forget an invitation that was withdrawn (the user has read why)."""
        with self._replica.write_session() as session:
            return Changes(invitations=membership.dismiss(session.connection(), room_id))

    def leave_group(self, group_id: str) -> Changes:
        """Leave a group: it goes from the lists at once, and its local copy when the
        server has the user's leave. What was written in it before is still sent."""
        with self._replica.write_session() as session:
            if not membership.leave_group(session.connection(), group_id):
                raise CommandError(f"not a member of group {group_id}")
            self._enqueue(session, OutboxKind.LEAVE, group_id)
            return Changes(groups=frozenset({group_id}), outbox=True)

    def invite(self, group_id: str, user_id: str) -> Changes:
        """Invite someone to a group; they are listed as invited until the server says
        otherwise."""
        if not _USER_ID.fullmatch(user_id):
            raise CommandError(f"{user_id!r} is not a user id")
        with self._replica.write_session() as session:
            self._group(session, group_id)
            membership.add_invited(session.connection(), group_id, user_id)
            entry = self._enqueue(session, OutboxKind.INVITE, group_id)
            entry.payload = {"user_id": user_id}
            return Changes(groups=frozenset({group_id}), outbox=True)

    # -- notification level ------------------------------------------------------------

    def set_notify_level(self, group_id: str, level: str) -> Changes:
        """Everything, mentions only or nothing of the group notifies (``client.notifylevel``);
        sent as push rules, replacing a change not sent yet."""
        if level not in notifylevel.LEVELS:
            raise CommandError(f"no notification level {level!r}")
        with self._replica.write_session() as session:
            group = self._group(session, group_id)
            session.execute(
                delete(OutboxEntry).where(
                    OutboxEntry.group_id == group_id,
                    OutboxEntry.kind == OutboxKind.NOTIFY,
                    OutboxEntry.state.in_([OutboxState.WAITING, OutboxState.FAILED]),
                )
            )
            group.notify_level = level
            entry = self._enqueue(session, OutboxKind.NOTIFY, group_id)
            entry.payload = {"level": level}
            return Changes(groups=frozenset({group_id}), outbox=True)

    # -- moderation (client.moderation) -------------------------------------------------

    def pin(self, message_id: int, on: bool = True) -> Changes:
        """Pin a post on top of its group's stream for everyone, or unpin it."""
        return self._moderate(moderation.pin, message_id, on)

    def remove_message(self, message_id: int, reason: str = "") -> Changes:
        """Remove someone else's post or comment, with a reason for its author."""
        return self._moderate(moderation.remove, message_id, reason)

    def edit_group(self, group_id: str, name: str, description: str) -> Changes:
        return self._moderate(moderation.edit_group, group_id, name, description)

    def kick(self, group_id: str, user_id: str, reason: str = "") -> Changes:
        """Remove a member from a group."""
        return self._moderate(moderation.kick, group_id, user_id, reason)

    def set_moderator(self, group_id: str, user_id: str, on: bool) -> Changes:
        """Make a member a moderator (power level 50), or take it back."""
        return self._moderate(moderation.set_moderator, group_id, user_id, on)

    def _moderate(self, command: Callable[..., Changes], *args: object) -> Changes:
        with self._replica.write_session() as session:
            try:
                return command(session, self.user_id, *args, self._enqueue)
            except moderation.ModerationError as exc:
                raise CommandError(str(exc)) from exc

    # -- documents ---------------------------------------------------------------------

    def add_document(self, group_id: str, new: NewDocument) -> Changes:
        media = self._require_media()
        blob = media.put_file(new.source)  # content-addressed: harmless if the commit fails
        name = new.name or new.source.name
        mimetype = new.mimetype or mimetypes.guess_type(name)[0] or "application/octet-stream"
        # Read before the transaction: a child process, up to its time limit.
        found = doctext.read_file(media, blob.sha256, blob.size, name, mimetype)
        now = utcnow()
        with self._replica.write_session() as session:
            self._group(session, group_id)
            document = Document(
                id=f"doc-{secrets.token_hex(12)}",
                group_id=group_id,
                name=name,
                folder=new.folder,
                mimetype=mimetype,
                size=blob.size,
                sha256=blob.sha256,
                version=1,
                based_on=None,
                updated_by=self.user_id,
                updated_at=now,
                pending=True,
            )
            doctext.set_text(document, blob.sha256, found)
            session.add(document)
            session.flush()
            self._add_version(session, document, now)
            return self._document_changes(document)

    def add_document_version(
        self, document_id: str, source: Path, *, based_on: str | None = None
    ) -> Changes:
        """A new version of a document from ``source``.

        ``based_on`` is the SHA-256 of the version the user edited (the one they opened).
        Without it the version counts as an edit of whatever version the replica holds now;
        with it, a version someone else saved in the meantime is not overwritten: the sync
        engine sees that the server's version is neither and makes a conflict copy.
        """
        media = self._require_media()
        blob = media.put_file(source)
        with self._replica.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT name, mimetype, sha256 FROM document WHERE id = ? AND deleted = 0",
                (document_id,),
            ).first()
        if row is None:
            raise CommandError(f"no document {document_id}")
        if blob.sha256 == row[2]:
            return Changes()  # saved without changes: no new version
        found = doctext.read_file(media, blob.sha256, blob.size, str(row[0]), str(row[1]))
        now = utcnow()
        with self._replica.write_session() as session:
            document = session.get(Document, document_id)
            if document is None or document.deleted:
                raise CommandError(f"no document {document_id}")
            if blob.sha256 == document.sha256:
                return Changes()
            document.based_on = based_on or document.sha256
            document.sha256 = blob.sha256
            document.size = blob.size
            document.version += 1
            document.updated_by = self.user_id
            document.updated_at = now
            doctext.set_text(document, blob.sha256, found)
            document.pending = True
            self._add_version(session, document, now)
            return self._document_changes(document)

    def restore_version(self, document_id: str, version: int) -> Changes:
        """An earlier version becomes the newest: a new version with its file, sent like a
        saved one (so a version someone else saved meanwhile becomes a conflict copy, never
        overwritten). Its file is already on the server: nothing is uploaded again."""
        with self._replica.write_session() as session:
            document = self._live_document(session, document_id)
            old = session.scalar(
                select(DocumentVersion).where(
                    DocumentVersion.document_id == document_id, DocumentVersion.version == version
                )
            )
            if old is None:
                raise CommandError(f"document {document_id} has no version {version}")
            if old.sha256 == document.sha256:
                return Changes()  # it is the current file already
            now = utcnow()
            document.based_on = document.sha256
            document.sha256 = old.sha256
            document.size = old.size
            document.mxc_url = old.mxc_url
            document.version += 1
            document.updated_by = self.user_id
            document.updated_at = now
            document.text_content = None  # read again from the restored file (client.doctext)
            document.pending = True
            self._add_version(session, document, now)
            if old.mxc_url is not None:
                entry = session.scalars(
                    select(OutboxEntry)
                    .where(OutboxEntry.document_id == document_id)
                    .order_by(OutboxEntry.id.desc())
                ).first()
                assert entry is not None
                entry.payload = {**entry.payload, "url": old.mxc_url}
            return self._document_changes(document)

    def rename_document(self, document_id: str, name: str) -> Changes:
        name = name.strip()
        if not name or "/" in name:
            raise CommandError("a document's name is not empty and has no /")
        return self._change_document(document_id, name=name)

    def move_document(self, document_id: str, folder: str) -> Changes:
        parts = [part.strip() for part in folder.split("/") if part.strip()]
        return self._change_document(document_id, folder="/".join(parts))

    def delete_document(self, document_id: str) -> Changes:
        """Gone for every member once sent; its versions stay for the group's admins."""
        return self._change_document(document_id, deleted=True)

    def _change_document(self, document_id: str, **change: str | bool) -> Changes:
        with self._replica.write_session() as session:
            document = self._live_document(session, document_id)
            if "name" in change:
                document.name = str(change["name"])
            if "folder" in change:
                document.folder = str(change["folder"])
            if change.get("deleted"):
                document.deleted = True
                search.unindex_documents(session.connection(), [document.id])
            else:
                search.index_documents(session.connection(), [doctext.document_doc(document)])
            document.pending = True
            # One entry per document says all that is still to change: later changes add to it.
            waiting = session.scalars(
                select(OutboxEntry).where(
                    OutboxEntry.document_id == document_id,
                    OutboxEntry.kind == OutboxKind.DOCUMENT_CHANGE,
                    OutboxEntry.state == OutboxState.WAITING,
                )
            ).first()
            if waiting is None:
                waiting = self._enqueue(session, OutboxKind.DOCUMENT_CHANGE, document.group_id)
                waiting.document_id = document_id
            waiting.payload = {**waiting.payload, **change}
            return self._document_changes(document)

    def _live_document(self, session: Session, document_id: str) -> Document:
        document = session.get(Document, document_id)
        if document is None or document.deleted:
            raise CommandError(f"no document {document_id}")
        return document

    def keep_offline(self, document_id: str, keep: bool = True) -> Changes:
        """Pin a document: the sync engine then keeps its current version in the media
        cache after every sync, so that it opens without a connection."""
        with self._replica.write_session() as session:
            document = session.get(Document, document_id)
            if document is None or document.deleted:
                raise CommandError(f"no document {document_id}")
            document.keep_offline = keep
            return Changes(documents=frozenset({document_id}))

    # -- appointments ------------------------------------------------------------------

    def create_appointment(self, group_id: str, draft: Draft) -> Changes:
        """A new appointment in a group, organised by the user; ``created`` is its id."""
        with self._replica.write_session() as session:
            self._group(session, group_id)
            appointment_id = f"apt-{secrets.token_hex(12)}"
            return appointments.create(
                session, self.user_id, group_id, appointment_id, draft, self._enqueue
            )

    def change_appointment(self, appointment_id: str, draft: Draft) -> Changes:
        with self._replica.write_session() as session:
            return appointments.change(session, self.user_id, appointment_id, draft, self._enqueue)

    def cancel_appointment(self, appointment_id: str) -> Changes:
        with self._replica.write_session() as session:
            return appointments.change(session, self.user_id, appointment_id, None, self._enqueue)

    def answer_appointment(self, appointment_id: str, answer: str, comment: str = "") -> Changes:
        """Yes, no or maybe, with an optional comment; the newest answer counts."""
        with self._replica.write_session() as session:
            return appointments.answer(
                session, self.user_id, appointment_id, answer, comment, self._enqueue
            )

    # -- helpers -----------------------------------------------------------------------

    def _add_version(self, session: Session, document: Document, now: datetime) -> None:
        session.add(
            DocumentVersion(
                document_id=document.id,
                version=document.version,
                name=document.name,
                sha256=document.sha256,
                size=document.size,
                mimetype=document.mimetype,
                based_on=document.based_on,
                author=self.user_id,
                created_at=now,
            )
        )
        entry = self._enqueue(session, OutboxKind.DOCUMENT, document.group_id)
        entry.document_id = document.id
        entry.payload = {
            "version": document.version,
            "sha256": document.sha256,
            # The document row may show another version by the time this is sent (a sync
            # brought someone else's): the upload needs this version's own size.
            "size": document.size,
            "based_on": document.based_on,
        }
        search.index_documents(session.connection(), [doctext.document_doc(document)])

    def _document_changes(self, document: Document) -> Changes:
        return Changes(
            documents=frozenset({document.id}),
            groups=frozenset({document.group_id}),
            outbox=True,
            created=document.id,
        )

    def _require_media(self) -> MediaCache:
        if self._media is None:
            raise CommandError("documents need the account's media cache")
        return self._media

    def _group(self, session: Session, group_id: str) -> Group:
        group = session.get(Group, group_id)
        if group is None or not group.joined:
            raise CommandError(f"not a member of group {group_id}")
        return group

    def _own_message(self, session: Session, message_id: int) -> Message:
        message = session.get(Message, message_id)
        if message is None or message.deleted:
            raise CommandError(f"no message {message_id}")
        if message.author != self.user_id:
            raise CommandError("only the author can change a message")
        return message

    def _new_message(
        self,
        session: Session,
        cls: type[Message],
        group_id: str,
        body: str,
        mentions: Mapping[str, str] | None,
        thread_root_id: int | None,
    ) -> Message:
        if not body.strip():
            raise CommandError("an empty message is not sent")
        rendered = render_markdown(body, mentions=mentions)
        message = cls(
            group_id=group_id,
            thread_root_id=thread_root_id,
            author=self.user_id,
            body=body,
            body_html=rendered.html,
            created_at=utcnow(),
            pending=True,
            deleted=False,
        )
        session.add(message)
        session.flush()
        self._set_mentions(session, message, rendered.mentioned_user_ids)
        return message

    @staticmethod
    def _set_mentions(session: Session, message: Message, user_ids: tuple[str, ...]) -> None:
        message.mentions.clear()
        session.flush()
        for user_id in dict.fromkeys(user_ids):
            message.mentions.append(Mention(user_id=user_id))

    def _enqueue(
        self, session: Session, kind: OutboxKind, group_id: str, message_id: int | None = None
    ) -> OutboxEntry:
        entry = OutboxEntry(
            txn_id=new_txn_id(),
            group_id=group_id,
            kind=kind,
            payload={},
            message_id=message_id,
            state=OutboxState.WAITING,
            attempts=0,
            created_at=utcnow(),
        )
        session.add(entry)
        session.flush()
        return entry

    @staticmethod
    def _unsent_entry(session: Session, message_id: int, *kinds: OutboxKind) -> OutboxEntry | None:
        # Only an entry that certainly never reached the server may be changed in place;
        # one in SENDING may already be there.
        return session.scalar(
            select(OutboxEntry).where(
                OutboxEntry.message_id == message_id,
                OutboxEntry.kind.in_(kinds),
                OutboxEntry.state.in_([OutboxState.WAITING, OutboxState.FAILED]),
            )
        )

    @staticmethod
    def _index(session: Session, message: Message) -> None:
        search.index_messages(session.connection(), [_message_doc(message)])


def _message_doc(message: Message) -> search.MessageDoc:
    return search.MessageDoc(
        id=message.id,
        kind=message.kind.value,
        group_id=message.group_id,
        author=message.author,
        body=message.body,
        created_at=message.created_at,
    )


def retry_entry(replica: Replica, entry_id: int) -> Changes:
    """The user asks to send a failed outbox entry again."""
    with replica.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE outbox_entry SET state = 'waiting', next_attempt_at = NULL, "
            "last_error = NULL, failing_since = NULL WHERE id = ? AND state = 'failed'",
            (entry_id,),
        )
    return Changes(outbox=True)


def discard_entry(replica: Replica, entry_id: int) -> Changes:
    """The user gives up on a failed outbox entry: its local echo goes with it."""
    with replica.write_session() as session:
        entry = session.get(OutboxEntry, entry_id)
        if entry is None or entry.state is not OutboxState.FAILED:
            return Changes()
        message_id = entry.message_id
        # The entry first: deleting its message cascades to it in the database.
        session.delete(entry)
        session.flush()
        if entry.kind in (OutboxKind.POST, OutboxKind.COMMENT) and message_id is not None:
            message = session.get(Message, message_id)
            if message is not None and message.event_id is None:
                session.delete(message)
        elif entry.kind is OutboxKind.REACT and entry.reaction_id is not None:
            reaction = session.get(Reaction, entry.reaction_id)
            if reaction is not None and reaction.event_id is None:
                session.delete(reaction)
        elif entry.kind is OutboxKind.DOCUMENT and entry.document_id is not None:
            version = entry.payload.get("version")
            _discard_document_version(
                session, entry.document_id, version if isinstance(version, int) else None
            )
            return Changes(
                outbox=True,
                documents=frozenset({entry.document_id}),
                groups=frozenset({entry.group_id}),
            )
    return Changes(outbox=True, messages=frozenset({message_id} if message_id else set()))


def _discard_document_version(session: Session, document_id: str, version: int | None) -> None:
    """Take back a version that was never sent: the document returns to the newest version
    the server has, or goes if the server never had it. Another version still waiting to
    be sent keeps the document as it is."""
    document = session.get(Document, document_id)
    if document is None:
        return
    for unsent in list(document.versions):
        if unsent.event_id is None and unsent.version == version:
            document.versions.remove(unsent)
    session.flush()
    waiting = session.scalar(
        select(OutboxEntry.id).where(
            OutboxEntry.document_id == document_id,
            OutboxEntry.state != OutboxState.SENT,
        )
    )
    if waiting is not None:
        return
    confirmed = [v for v in document.versions if v.event_id is not None]
    if not confirmed:
        search.unindex_documents(session.connection(), [document_id])
        session.delete(document)
        return
    newest = max(confirmed, key=lambda v: v.version)
    document.name = newest.name
    document.sha256 = newest.sha256
    document.size = newest.size
    document.mimetype = newest.mimetype
    document.mxc_url = newest.mxc_url
    document.version = newest.version
    document.based_on = newest.based_on
    document.updated_by = newest.author
    document.updated_at = newest.created_at
    # The discarded version's text goes; the server's version's is read when it is cached.
    document.text_content = None
    document.text_sha256 = document.text_status = document.text_reason = None
    document.text_places = None
    document.pending = False
    search.index_documents(session.connection(), [doctext.document_doc(document)])
