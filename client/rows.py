"""The rows the pages hold: frozen values read from the replica by ``client.reads``.

Plain values, so that a worker can hand them to the GUI thread and a view can keep them;
nothing here imports the database stack, so the pages can import this module before any
replica is open. The sidebar's and status line's rows are in ``client.reads.overview``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# How a file posted in a group (listed in its "Attachments" folder) is named where a
# document id is expected: this prefix and its message's id.
ATTACHMENT_PREFIX = "attachment-"

# -- posts -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    """The file or image a post carries, as the stream shows it. ``thumbnail_sha256`` and
    ``sha256`` name copies in the media cache once there are some."""

    kind: str  # image, file, video or audio
    name: str
    mimetype: str
    size: int | None
    width: int | None
    height: int | None
    on_server: bool
    sha256: str | None
    thumbnail_sha256: str | None


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
    # Not sent yet and failing for more than a day (still retried): since when.
    stuck_since: datetime | None = None
    # For a question: the comment marked as its answer.
    answer_id: int | None = None
    # Written by the signed-in user: they may edit and delete it.
    mine: bool = False
    # Reactions besides the like: (key, how many, whether the user is among them), offered
    # ones first (``client.reactions.order``).
    reactions: tuple[tuple[str, int, bool], ...] = ()
    attachment: AttachmentRow | None = None

    @property
    def key(self) -> tuple[datetime, int]:
        return (self.created_at, self.id)


@dataclass(frozen=True)
class ThreadData:
    post: PostRow | None
    comments: list[PostRow]


@dataclass(frozen=True)
class Editable:
    """What the editor starts from: the Markdown as written and whom it mentions."""

    message_id: int
    body: str
    comment: bool
    mentions: dict[str, str]  # name as written after "@" → user id
    people: list[tuple[str, str]]


# -- people ------------------------------------------------------------------------------

# The organisation filter's value that stands for "external partners": members of the
# user's groups who have no entry in any organisation's directory.
EXTERNAL = "\x00external"


@dataclass(frozen=True)
class PeopleFilter:
    """What the filter bar asks for; empty strings mean "any"."""

    text: str = ""
    organisation: str = ""
    department: str = ""
    skill: str = ""
    location: str = ""

    @property
    def by_entry(self) -> bool:
        """True when a filter needs a directory entry (so no external partner matches)."""
        return bool(
            (self.organisation and self.organisation != EXTERNAL)
            or self.department
            or self.skill
            or self.location
        )


@dataclass(frozen=True)
class DirectoryRow:
    user_id: str
    name: str
    title: str
    department: str
    organisation: str
    location: str
    external: bool
    # The name as stored, when cleaning changed it (``client.text``): the keyset's order.
    stored_name: str | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> tuple[str, str]:
        return (self.name if self.stored_name is None else self.stored_name, self.user_id)


@dataclass(frozen=True)
class FilterChoices:
    organisations: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    has_external: bool = False


@dataclass(frozen=True)
class GroupLink:
    id: str
    name: str


@dataclass(frozen=True)
class RecentPost:
    message_id: int
    post_id: int  # what to open: the post itself or the post a comment belongs to
    group_id: str
    group_name: str
    excerpt: str
    created_at: datetime
    comment: bool


@dataclass(frozen=True)
class Profile:
    user_id: str
    name: str
    external: bool
    title: str = ""
    department: str = ""
    organisation: str = ""
    skills: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    location: str = ""
    groups: tuple[GroupLink, ...] = ()
    recent: tuple[RecentPost, ...] = field(default_factory=tuple)


# -- documents ---------------------------------------------------------------------------


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
    # The name as stored, when cleaning changed it (``client.text``): a folder's order.
    stored_name: str | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> tuple[datetime, str]:
        return (self.updated_at, self.id)

    @property
    def name_key(self) -> tuple[str, str]:
        """Where a folder's keyset page ends (name, id), in the order of the stored names."""
        return (self.name if self.stored_name is None else self.stored_name, self.id)


@dataclass(frozen=True)
class FolderEntry:
    """A folder of a group that holds documents, as stored (a path with ``/``)."""

    group_id: str
    group_name: str
    folder: str
    documents: int


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
    # A version that could not be sent: its outbox entry (to retry or discard) and why.
    failed_entry_id: int | None = None
    failed_reason: str | None = None
    # A version not sent yet and failing for more than a day (still retried): since when.
    stuck_since: datetime | None = None
    # How reading its text for search went (``client.extract.formats`` statuses); None
    # while it has not been read from the current version.
    text_status: str | None = None


@dataclass(frozen=True)
class StorageUse:
    """What the account's media cache takes on this computer, in bytes."""

    total: int
    pinned: int  # of which the current versions of what is kept available offline


# -- membership --------------------------------------------------------------------------


@dataclass(frozen=True)
class InvitationRow:
    """An invitation as the sidebar and the command line show it."""

    room_id: str
    name: str
    topic: str
    inviter_id: str  # empty when the server did not say
    inviter_name: str
    organisation: str  # empty when unknown
    is_space: bool
    invited_at: datetime
    answer: str | None  # "accept" or "decline" while it waits to be sent
    withdrawn: bool  # the invitation was gone when the answer reached the server
    notified: bool = False


ADMIN, MODERATOR, MEMBER = "admin", "moderator", "member"


@dataclass(frozen=True)
class GroupPermissions:
    """What a group's power levels, as sync last saw them, allow the user."""

    level: int = 0
    known: bool = False  # False before sync has seen the group's power levels
    pin: bool = False
    remove: bool = False  # others' posts and comments
    edit: bool = False  # the group's name and description
    kick: bool = False
    promote: bool = False  # make members moderators, or take it back
    invite: bool = False


@dataclass(frozen=True)
class MemberRow:
    """A member of a group (or someone invited to it) for the member list."""

    user_id: str
    name: str
    title: str  # their function, from the people directory
    organisation: str
    role: str  # ADMIN, MODERATOR or MEMBER, from the group's power levels
    external: bool  # no entry in any organisation's directory
    invited: bool  # invited, not joined yet
    # What the group's power levels allow the signed-in user to do to this member.
    may_kick: bool = False
    may_set_role: bool = False


@dataclass(frozen=True)
class DraftRow:
    """Text written in a composer and not sent: a group's post, or a comment on a post."""

    group_id: str
    post_id: int | None
    body: str
    question: bool = False


@dataclass(frozen=True)
class ReactionSummary:
    """One reaction on a message: its key, who reacted (names, cleaned), and whether the
    user did."""

    key: str
    names: tuple[str, ...]
    mine: bool

    @property
    def count(self) -> int:
        return len(self.names)


@dataclass(frozen=True)
class VersionEntry:
    """One text of a post or comment as it was, for its edit history: plain text, with
    its author's name (cleaned) and when it was written."""

    author_name: str
    text: str
    written_at: datetime
    current: bool = False


# -- activity ----------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekActivity:
    """Posts (questions included) and comments written in one week (Monday to Sunday, UTC)."""

    start: datetime
    posts: int
    comments: int


@dataclass(frozen=True)
class GroupActivity:
    """One group's figures over the activity view's weeks."""

    group_id: str
    name: str
    posts: int
    comments: int
    active_members: int
    open_questions: int
    last_activity: datetime | None  # the newest post or comment, of any age
    quiet: bool  # nothing written for ``client.reads.activity.QUIET_AFTER``


@dataclass(frozen=True)
class OpenQuestion:
    """A question no comment has been marked as the answer of."""

    id: int
    group_id: str
    group_name: str
    author_name: str
    title: str  # its first line
    asked_at: datetime


@dataclass(frozen=True)
class MemberActivity:
    """Someone who wrote recently, and how much."""

    user_id: str
    name: str
    posts: int
    comments: int


@dataclass(frozen=True)
class Activity:
    """The activity of a group or of an organisation's groups, as of ``now``."""

    now: datetime
    since: datetime  # the first week's start
    weeks: tuple[WeekActivity, ...]
    groups: tuple[GroupActivity, ...]
    members: tuple[MemberActivity, ...]  # active ones, most active first
    open_questions: tuple[OpenQuestion, ...]  # oldest first, at most a few hundred
    open_count: int
    median_first_answer: float | None  # seconds, over the questions asked since ``since``
