"""SQLAlchemy models of the local replica of one account.

Each account has its own database file, so there is exactly one ``Account`` row per file.
Posts and comments share one table (``message``) with single-table inheritance: reactions,
mentions and the search index point at one kind of row, whichever it is.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class MessageKind(enum.StrEnum):
    POST = "post"
    QUESTION = "question"
    COMMENT = "comment"


class OutboxState(enum.StrEnum):
    WAITING = "waiting"
    SENDING = "sending"
    FAILED = "failed"
    SENT = "sent"


class OutboxKind(enum.StrEnum):
    POST = "post"
    COMMENT = "comment"
    REACT = "react"
    UNREACT = "unreact"
    EDIT = "edit"
    DELETE = "delete"
    DOCUMENT = "document"
    # A document renamed, moved or deleted (payload: ``name``, ``folder``, ``deleted``).
    DOCUMENT_CHANGE = "document_change"
    READ = "read"  # the group's read marker: only the newest one matters
    APPOINTMENT = "appointment"  # an appointment created, changed or cancelled
    RSVP = "rsvp"  # an answer to an appointment: only the newest one matters
    # Membership: the entry's room may be one the user is only invited to.
    ACCEPT = "accept"  # an invitation: join the room
    DECLINE = "decline"  # an invitation: reject it
    LEAVE = "leave"
    INVITE = "invite"  # invite someone (payload ``user_id``) to a group
    NOTIFY = "notify"  # a group's notification level as push rules: only the newest matters
    # Moderation (client.moderation): each sends a state or a request that is the same
    # when sent again, and each says what to restore should the server refuse it.
    PIN = "pin"  # pin or unpin a post (payload ``event_id``, ``pin``)
    GROUP_TEXT = "group_text"  # the group's name and description
    KICK = "kick"  # remove a member (payload ``user_id``, ``reason``)
    ROLE = "role"  # make someone a moderator or take it back (payload ``user_id``, ``level``)


def _enum(cls: type[enum.StrEnum], name: str) -> Enum:
    # Stored as plain strings so that a new member needs no table rebuild on SQLite.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=False,
        length=16,
        values_callable=lambda members: [m.value for m in members],
    )


class Account(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[str] = mapped_column(String(255), unique=True)
    homeserver: Mapped[str] = mapped_column(String(1024))
    device_id: Mapped[str | None] = mapped_column(String(255))
    display_name: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Organisation(Base):
    """A municipality or partner: a Matrix space."""

    __tablename__ = "organisation"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)  # space room id
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    directory_room_id: Mapped[str | None] = mapped_column(String(255))

    groups: Mapped[list[Group]] = relationship(
        secondary="group_organisation", back_populates="organisations"
    )


class GroupOrganisation(Base):
    """A group is a child of one or more organisation spaces."""

    __tablename__ = "group_organisation"

    group_id: Mapped[str] = mapped_column(
        ForeignKey("group.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )


class Group(Base):
    """A group: a Matrix room."""

    __tablename__ = "group"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)  # room id
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(32), default="group")
    # None follows the default setting, 0 keeps everything (client.offline), N: N days.
    retention_days: Mapped[int | None] = mapped_column(Integer)
    keep_offline: Mapped[bool] = mapped_column(Boolean, default=False)
    joined: Mapped[bool] = mapped_column(Boolean, default=True)
    unread_count: Mapped[int] = mapped_column(Integer, default=0)
    mention_count: Mapped[int] = mapped_column(Integer, default=0)
    # The /messages token from which older history can still be fetched.
    backfill_token: Mapped[str | None] = mapped_column(String(255))
    # The room's power levels as JSON, with the keys of m.room.power_levels that the
    # client acts on (``sync.mapping.PowerLevels``); None until sync has seen them.
    power_levels: Mapped[str | None] = mapped_column(Text)
    # Who created the room, as JSON (a list of user ids), where its room version ranks
    # them above every power level; None until sync has seen its creation.
    creators: Mapped[str | None] = mapped_column(Text)
    # What notifies: "all", "mentions" or "mute" (client.notifylevel), as the user's push
    # rules on the server say or as set here and not sent yet.
    notify_level: Mapped[str] = mapped_column(String(16), default="all", server_default="all")
    # The pinned posts' event ids, as JSON (a list, first shown first), from the room's
    # m.room.pinned_events; None until sync has seen one.
    pinned: Mapped[str | None] = mapped_column(Text)

    organisations: Mapped[list[Organisation]] = relationship(
        secondary="group_organisation", back_populates="groups"
    )


class Membership(Base):
    __tablename__ = "membership"

    group_id: Mapped[str] = mapped_column(
        ForeignKey("group.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    membership: Mapped[str] = mapped_column(String(16))  # join, invite, leave, ban
    display_name: Mapped[str | None] = mapped_column(String(255))


class Message(Base):
    """A post, question or comment. ``event_id`` is None until the server has it."""

    __tablename__ = "message"
    __table_args__ = (
        Index("ix_message_group_created", "group_id", "created_at"),
        Index("ix_message_thread", "thread_root_id", "created_at"),
        # Covers what search reads of its candidates, so that it never reads the wide rows.
        Index("ix_message_search", "id", "deleted", "kind", "group_id", "author", "created_at"),
        # A person's recent posts; "replies to my posts" starts from the user's own posts.
        Index("ix_message_author_created", "author", "created_at"),
        # Deleting a message looks up the questions it answers (ON DELETE SET NULL).
        Index("ix_message_answer", "answer_id", sqlite_where=text("answer_id IS NOT NULL")),
        # The activity view (client.reads.activity) counts from these alone: its weeks and
        # writers, and its questions with whether they are answered.
        Index("ix_message_activity", "group_id", "created_at", "kind", "deleted", "author"),
        Index(
            "ix_message_question",
            "group_id",
            "created_at",
            "answer_id",
            sqlite_where=text("kind = 'question' AND deleted = 0"),
        ),
        CheckConstraint(
            "(kind = 'comment') = (thread_root_id IS NOT NULL)", name="comment_has_thread"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MessageKind] = mapped_column(_enum(MessageKind, "message_kind"))
    event_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    txn_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"))
    thread_root_id: Mapped[int | None] = mapped_column(ForeignKey("message.id", ondelete="CASCADE"))
    author: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)  # Markdown as written
    body_html: Mapped[str] = mapped_column(Text)  # sanitised rendering
    created_at: Mapped[datetime] = mapped_column(DateTime)
    edited_at: Mapped[datetime | None] = mapped_column(DateTime)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # For a question: the comment marked as its answer.
    answer_id: Mapped[int | None] = mapped_column(ForeignKey("message.id", ondelete="SET NULL"))
    # True while the row is only a local echo that the server has not confirmed.
    pending: Mapped[bool] = mapped_column(Boolean, default=False)

    __mapper_args__ = {
        "polymorphic_on": "kind",
        "polymorphic_abstract": True,
    }

    reactions: Mapped[list[Reaction]] = relationship(
        back_populates="message", cascade="all, delete-orphan", passive_deletes=True
    )
    mentions: Mapped[list[Mention]] = relationship(
        back_populates="message", cascade="all, delete-orphan", passive_deletes=True
    )


class Post(Message):
    __mapper_args__ = {"polymorphic_identity": MessageKind.POST}


class Question(Post):
    __mapper_args__ = {"polymorphic_identity": MessageKind.QUESTION}


class Comment(Message):
    __mapper_args__ = {"polymorphic_identity": MessageKind.COMMENT}


class Reaction(Base):
    __tablename__ = "reaction"
    __table_args__ = (UniqueConstraint("message_id", "author", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    txn_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("message.id", ondelete="CASCADE"))
    author: Mapped[str] = mapped_column(String(255))
    key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    pending: Mapped[bool] = mapped_column(Boolean, default=False)

    message: Mapped[Message] = relationship(back_populates="reactions")


class MessageVersion(Base):
    """An earlier text of an edited post or comment, kept as edits arrive (or fetched from
    the server's edit events); the current text is the message's own."""

    __tablename__ = "message_version"
    __table_args__ = (UniqueConstraint("message_id", "written_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("message.id", ondelete="CASCADE"))
    author: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime] = mapped_column(DateTime)


class Mention(Base):
    __tablename__ = "mention"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("message.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[str] = mapped_column(String(255), primary_key=True, index=True)

    message: Mapped[Message] = relationship(back_populates="mentions")


class Attachment(Base):
    """The file or image a post or comment carries (``m.image``, ``m.file``, ``m.video``,
    ``m.audio``). ``sha256`` names its copy in the media cache once it is there (a file we
    sent, or one downloaded); ``thumbnail_sha256`` the cached server thumbnail."""

    __tablename__ = "attachment"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("message.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # image, file, video or audio
    name: Mapped[str] = mapped_column(Text)
    mimetype: Mapped[str] = mapped_column(String(255))
    size: Mapped[int | None] = mapped_column(Integer)
    mxc_url: Mapped[str | None] = mapped_column(Text)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String(64))
    thumbnail_sha256: Mapped[str | None] = mapped_column(String(64))


class NotificationRead(Base):
    """A mention or reply the user has read; one without a row here is unread."""

    __tablename__ = "notification_read"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("message.id", ondelete="CASCADE"), primary_key=True
    )
    read_at: Mapped[datetime] = mapped_column(DateTime)


class Document(Base):
    """A shared document; its current version. Older versions are in ``DocumentVersion``."""

    __tablename__ = "document"
    __table_args__ = (
        Index("ix_document_group_folder", "group_id", "folder", "name"),
        Index(
            "ix_document_search",
            "id",
            "deleted",
            "group_id",
            "updated_by",
            "updated_at",
            "name",
            "folder",
        ),
        # Documents whose text was not read from their current version (client.doctext).
        Index(
            "ix_document_text_due",
            "updated_at",
            sqlite_where=text("deleted = 0 AND text_sha256 IS NOT sha256"),
        ),
    )

    id: Mapped[str] = mapped_column(String(255), primary_key=True)  # the state key
    group_id: Mapped[str] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(255))
    folder: Mapped[str] = mapped_column(String(1024), default="")
    mimetype: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    mxc_url: Mapped[str | None] = mapped_column(String(1024))
    version: Mapped[int] = mapped_column(Integer)
    based_on: Mapped[str | None] = mapped_column(String(64))
    updated_by: Mapped[str] = mapped_column(String(255))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Extracted text, for search (client.doctext): from the version with ``text_sha256``,
    # how extraction went (``client.extract.formats`` statuses, a reason unless "ok"), and
    # where its pages, slides or sheets start (``[[offset, kind, label], ...]``).
    text_content: Mapped[str | None] = mapped_column(Text)
    text_sha256: Mapped[str | None] = mapped_column(String(64))
    text_status: Mapped[str | None] = mapped_column(String(32))
    text_reason: Mapped[str | None] = mapped_column(String(512))
    text_places: Mapped[list[Any] | None] = mapped_column(JSON)
    # Set on a conflict copy: the id of the document it conflicts with.
    conflict_of: Mapped[str | None] = mapped_column(String(255))
    keep_offline: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    pending: Mapped[bool] = mapped_column(Boolean, default=False)

    versions: Mapped[list[DocumentVersion]] = relationship(
        back_populates="document",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="DocumentVersion.version",
    )


class DocumentVersion(Base):
    __tablename__ = "document_version"
    __table_args__ = (UniqueConstraint("document_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    mimetype: Mapped[str] = mapped_column(String(255))
    mxc_url: Mapped[str | None] = mapped_column(String(1024))
    based_on: Mapped[str | None] = mapped_column(String(64))
    author: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    event_id: Mapped[str | None] = mapped_column(String(255))
    # Path of the local file while it waits to be uploaded (encrypted media cache).
    local_path: Mapped[str | None] = mapped_column(String(4096))

    document: Mapped[Document] = relationship(back_populates="versions")


class Announcement(Base):
    """A message that announces a document (or a version, or an edit of one) to other
    Matrix clients (``m.file`` with the document's id). Not shown: the document is. Kept so
    that another client's redaction of it is known for what it is, and only unlinks it."""

    __tablename__ = "announcement"

    group_id: Mapped[str] = mapped_column(
        ForeignKey("group.id", ondelete="CASCADE"), primary_key=True
    )
    event_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    document_id: Mapped[str] = mapped_column(String(255))
    sender: Mapped[str] = mapped_column(String(255))


class Person(Base):
    """A people directory entry (state ``app.treffpunkt.person`` keyed by the user id)."""

    __tablename__ = "person"

    user_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(String(255), default="")
    department: Mapped[str] = mapped_column(String(255), default="")
    organisation: Mapped[str] = mapped_column(String(255), default="")
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(255), default="")
    location: Mapped[str] = mapped_column(String(255), default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class OutboxEntry(Base):
    """A local change waiting to be sent. ``txn_id`` is made once, when the entry is created."""

    __tablename__ = "outbox_entry"
    __table_args__ = (Index("ix_outbox_entry_group_state", "group_id", "state", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    txn_id: Mapped[str] = mapped_column(String(64), unique=True)
    # The room: a group, or one the user is invited to (not a group yet, so no foreign
    # key; ``client.ingest.purge_group`` removes a group's entries with it).
    group_id: Mapped[str] = mapped_column(String(255))
    kind: Mapped[OutboxKind] = mapped_column(_enum(OutboxKind, "outbox_kind"))
    payload: Mapped[dict[str, object]] = mapped_column(JSON)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("message.id", ondelete="CASCADE"))
    reaction_id: Mapped[int | None] = mapped_column(ForeignKey("reaction.id", ondelete="SET NULL"))
    document_id: Mapped[str | None] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    state: Mapped[OutboxState] = mapped_column(
        _enum(OutboxState, "outbox_state"), default=OutboxState.WAITING
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sent_event_id: Mapped[str | None] = mapped_column(String(255))
    # The first of the transient failures since it last went through or was retried by
    # the user; a day later the entry is shown as stuck (``client.outbox.STUCK_AFTER``).
    failing_since: Mapped[datetime | None] = mapped_column(DateTime)


class Invitation(Base):
    """An invitation to a room, from the stripped state the server sends with it (all of
    it as the inviter's server chose to send it). Gone once the room is joined; kept with
    its ``outcome`` when the invitation was withdrawn before the user's answer arrived."""

    __tablename__ = "invitation"

    room_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    inviter: Mapped[str] = mapped_column(String(255), default="")
    name: Mapped[str] = mapped_column(String(255), default="")
    topic: Mapped[str] = mapped_column(Text, default="")
    # The organisation space the room names as its parent, or that lists it as a child.
    organisation_id: Mapped[str | None] = mapped_column(String(255))
    is_space: Mapped[bool] = mapped_column(Boolean, default=False)
    invited_at: Mapped[datetime] = mapped_column(DateTime)
    # The user's answer while it waits to be sent: "accept" or "decline".
    answer: Mapped[str | None] = mapped_column(String(16))
    # "withdrawn": the invitation was gone when the answer reached the server.
    outcome: Mapped[str | None] = mapped_column(String(16))
    # A desktop message said so (once per invitation).
    notified: Mapped[bool] = mapped_column(Boolean, default=False)


class HeldEvent(Base):
    """An event of a group that relates to one the replica does not hold yet (a comment,
    like, edit, answer mark or redaction whose target is in older history still to come),
    kept as the server sent it until its target arrives."""

    __tablename__ = "held_event"
    __table_args__ = (Index("ix_held_event_target", "group_id", "target_event_id"),)

    group_id: Mapped[str] = mapped_column(
        ForeignKey("group.id", ondelete="CASCADE"), primary_key=True
    )
    event_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    target_event_id: Mapped[str] = mapped_column(String(255))
    event: Mapped[str] = mapped_column(Text)  # JSON, as the server sent it
    held_at: Mapped[datetime] = mapped_column(DateTime)


class QuarantineEntry(Base):
    """An event sync could not apply (or applied only with a repair), with the reason; the
    event's JSON as the server sent it, cut at ``client.quarantine.RAW_CAP`` bytes."""

    __tablename__ = "quarantined_event"
    __table_args__ = (UniqueConstraint("room_id", "event_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[str] = mapped_column(String(255))
    event_id: Mapped[str] = mapped_column(String(255))
    event_type: Mapped[str] = mapped_column(String(255))
    reason: Mapped[str] = mapped_column(Text)
    event: Mapped[str] = mapped_column(Text)
    truncated: Mapped[bool] = mapped_column(Boolean, default=False)
    # Kept in the replica with a repair (a timestamp clamped): not to be applied again.
    applied: Mapped[bool] = mapped_column(Boolean, default=False)
    quarantined_at: Mapped[datetime] = mapped_column(DateTime)


class Appointment(Base):
    """An appointment of a group (state ``app.treffpunkt.appointment`` keyed by its id).

    A timed appointment keeps its start and end in UTC with the IANA zone it was made in;
    an all-day one keeps its first and last day at midnight, in no zone."""

    __tablename__ = "appointment"
    __table_args__ = (
        Index("ix_appointment_starts_at", "starts_at"),
        Index("ix_appointment_group_starts_at", "group_id", "starts_at"),
    )

    id: Mapped[str] = mapped_column(String(255), primary_key=True)  # the state key
    group_id: Mapped[str] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"))
    organiser: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    place: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    event_id: Mapped[str | None] = mapped_column(String(255))
    pending: Mapped[bool] = mapped_column(Boolean, default=False)
    # The start a reminder was shown for: a moved appointment is reminded of again.
    reminded_start: Mapped[datetime | None] = mapped_column(DateTime)


class AppointmentAnswer(Base):
    """A member's answer to an appointment (yes, no, maybe), the newest one per member.

    Keyed by the appointment's id without a foreign key: an answer may arrive before its
    appointment's state does."""

    __tablename__ = "appointment_answer"

    group_id: Mapped[str] = mapped_column(
        ForeignKey("group.id", ondelete="CASCADE"), primary_key=True
    )
    appointment_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    answer: Mapped[str] = mapped_column(String(8))
    comment: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime] = mapped_column(DateTime)
    event_id: Mapped[str | None] = mapped_column(String(255))
    txn_id: Mapped[str | None] = mapped_column(String(64))
    pending: Mapped[bool] = mapped_column(Boolean, default=False)


class ComposerDraft(Base):
    """Text written but not sent yet: a group's new post (no post) or a comment on a post.

    At most one per group and post; it goes with its group or post."""

    __tablename__ = "draft"
    __table_args__ = (
        Index("uq_draft_target", "group_id", text("coalesce(post_id, 0)"), unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"))
    post_id: Mapped[int | None] = mapped_column(
        ForeignKey("message.id", ondelete="CASCADE"), index=True
    )
    body: Mapped[str] = mapped_column(Text)
    question: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class SyncState(Base):
    """Key/value state of the sync engine (``since`` token, filter id, ...)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
