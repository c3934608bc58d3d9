"""How intranet objects map onto Matrix events, both ways (see docs/architecture.md).

Inbound: the events of one room (state and timeline) become plain rows for
``client.ingest``. Nothing here trusts the server's data: an event that does not have the
shape we need, or that raises anything at all while it is read, is put on the batch's
``quarantined`` list with the reason (``client.quarantine`` keeps it), never fatal; one of
a type we do not show (images, say) is skipped, and one the server redacted is noted.
Timestamps are clamped to what the replica keeps (``timestamp``). Outbound: an outbox
entry becomes the event type and content to send.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from client import levels
from client.appointments import AnswerEvent, AppointmentState
from client.ingest import (
    AttachmentInfo,
    DocumentState,
    GroupRow,
    MessageRow,
    OrganisationRow,
    PersonEntry,
)
from client.reactions import LIKE, usable_key
from client.render import html_to_plain, sanitize_html
from sync import appointmentmap
from sync.api import Event, JoinedRoom, is_user_id, parse_event

log = logging.getLogger(__name__)

NS = "app.treffpunkt"
GROUP_STATE = f"{NS}.group"
ORGANISATION_STATE = f"{NS}.organisation"
DIRECTORY_STATE = f"{NS}.directory"
DOCUMENT_STATE = f"{NS}.document"
PERSON_STATE = f"{NS}.person"
ANSWER_EVENT = f"{NS}.answer"
MEDIA_MSGTYPES = frozenset({"m.image", "m.file", "m.video", "m.audio"})
# In an m.file message that announces a document (or version) to other clients: which one.
DOCUMENT_KEY = f"{NS}.document"
KIND_KEY = f"{NS}.kind"
MARKDOWN_KEY = f"{NS}.markdown"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


# The timestamps the replica keeps: from the epoch to the end of 2099. A server can send
# any integer (an application service or a federated server chooses it); one outside this
# range is clamped to it, and the event is kept.
EPOCH = datetime(1970, 1, 1)
EARLIEST_MS = 0
LATEST_MS = int((datetime(2100, 1, 1) - EPOCH).total_seconds() * 1000) - 1
# Power needed to redact others' events when the room's power levels do not say.
DEFAULT_REDACT_LEVEL = 50


class UnusableEventError(ValueError):
    """An event we cannot use: it is quarantined with this reason."""


class NotShownError(UnusableEventError):
    """An event of a kind the intranet does not show (an image, say): skipped."""


def timestamp(ms: int) -> datetime:
    """A naive UTC datetime, as the replica stores them; clamped to the range it keeps."""
    if EARLIEST_MS <= ms <= LATEST_MS:
        return datetime.fromtimestamp(ms / 1000, UTC).replace(tzinfo=None)
    return EPOCH + timedelta(milliseconds=min(max(ms, EARLIEST_MS), LATEST_MS))


def in_range(ms: int) -> bool:
    """Whether ``timestamp`` keeps this time as it is."""
    return EARLIEST_MS <= ms <= LATEST_MS


@dataclass(frozen=True)
class EditRow:
    target_event_id: str
    sender: str
    body: str
    body_html: str
    edited_at: datetime
    mentions: tuple[str, ...] = ()
    event_id: str = ""
    # The new name of the message's file, when the edit is of a file's message.
    file_name: str | None = None


@dataclass(frozen=True)
class ReactionRow:
    event_id: str
    target_event_id: str
    author: str
    key: str
    created_at: datetime
    txn_id: str | None = None


@dataclass(frozen=True)
class AnswerRow:
    question_event_id: str
    answer_event_id: str | None
    sender: str
    event_id: str = ""


@dataclass(frozen=True)
class AnnouncementRow:
    """A message announcing a document to other clients (or an edit of one)."""

    event_id: str
    document_id: str
    sender: str


@dataclass(frozen=True)
class RedactionRow:
    event_id: str
    target_event_id: str
    sender: str


@dataclass(frozen=True)
class PowerLevels:
    """The room's power levels, checked: what sync needs to judge redactions, and what the
    client needs to know what the user may do (``client.levels``). Levels missing from the
    room's event take the Matrix defaults."""

    redact: int = DEFAULT_REDACT_LEVEL
    users_default: int = 0
    users: Mapping[str, int] = field(default_factory=dict, hash=False)
    kick: int = DEFAULT_REDACT_LEVEL
    ban: int = DEFAULT_REDACT_LEVEL
    invite: int = 0
    state_default: int = DEFAULT_REDACT_LEVEL
    events_default: int = 0
    events: Mapping[str, int] = field(default_factory=dict, hash=False)

    def may_redact_others(self, user_id: str) -> bool:
        return self.users.get(user_id, self.users_default) >= self.redact

    def to_json(self) -> str:
        return json.dumps(
            {
                "redact": self.redact,
                "users_default": self.users_default,
                "users": dict(self.users),
                "kick": self.kick,
                "ban": self.ban,
                "invite": self.invite,
                "state_default": self.state_default,
                "events_default": self.events_default,
                "events": dict(self.events),
            }
        )

    @classmethod
    def from_json(cls, text: str | None) -> PowerLevels | None:
        """What ``to_json`` wrote; None for nothing (or anything else)."""
        try:
            data = json.loads(text) if text else None
        except ValueError:
            return None
        return _power_levels(data) if isinstance(data, Mapping) else None


MEMBERSHIPS = frozenset({"join", "invite", "leave", "ban", "knock"})
# Room versions in which the creators are not in the power levels but above them.
CREATOR_ROOM_VERSIONS = frozenset({"12"})


def creators(sender: str, create_content: Mapping[str, Any]) -> tuple[str, ...]:
    """Who created the room, where the room version makes them outrank every power level
    (the sender of ``m.room.create`` and its ``additional_creators``); else none."""
    if create_content.get("room_version") not in CREATOR_ROOM_VERSIONS:
        return ()
    more = create_content.get("additional_creators")
    extra = [u for u in more if isinstance(u, str)] if isinstance(more, list) else []
    return tuple(dict.fromkeys([sender, *extra]))


def _level(value: object, default: int) -> int:
    # Old room versions allow levels as strings of digits.
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"[+-]?\d{1,15}", value.strip()):
        return int(value)
    return default


def _levels(value: object, cap: int = 10_000) -> dict[str, int]:
    """A map of levels (``users``, ``events``): string keys only, each level checked; a
    server gone wrong could send any number, so at most ``cap`` are kept."""
    if not isinstance(value, Mapping):
        return {}
    out: dict[str, int] = {}
    for key, level in value.items():
        if isinstance(key, str) and len(key) <= 255:
            out[key] = _level(level, 0)
            if len(out) >= cap:
                break
    return out


def _power_levels(content: Mapping[str, Any]) -> PowerLevels:
    default = DEFAULT_REDACT_LEVEL
    return PowerLevels(
        redact=_level(content.get("redact"), default),
        users_default=_level(content.get("users_default"), 0),
        users=_levels(content.get("users")),
        kick=_level(content.get("kick"), default),
        ban=_level(content.get("ban"), default),
        invite=_level(content.get("invite"), 0),
        state_default=_level(content.get("state_default"), default),
        events_default=_level(content.get("events_default"), 0),
        events=_levels(content.get("events"), 1000),
    )


_EVENT_ID = re.compile(r"\$[!-~]{1,254}")


def pinned_events(content: Mapping[str, Any]) -> tuple[str, ...]:
    """The event ids of ``m.room.pinned_events``: a list is required; what in it is no
    event id is left out, and no more than ``PIN_CAP`` are kept."""
    pinned = content.get("pinned")
    if not isinstance(pinned, list):
        raise UnusableEventError("m.room.pinned_events without a list of pins")
    found = [p for p in pinned if isinstance(p, str) and _EVENT_ID.fullmatch(p)]
    return tuple(dict.fromkeys(found))[: levels.PIN_CAP]


@dataclass(frozen=True)
class Quarantined:
    """An event of the batch that cannot be applied, and why."""

    event: Event
    reason: str


@dataclass(frozen=True)
class MemberRow:
    user_id: str
    membership: str
    display_name: str | None


# The receipts that say the user has read a room: the public and the private one.
READ_RECEIPTS = frozenset({"m.read", "m.read.private"})
FULLY_READ = "m.fully_read"
# Where the user's reads point, at most this many per room and sync (a server gone wrong
# could send thousands).
MAX_READS = 20


@dataclass(frozen=True)
class ReadState:
    """What one /sync says about the user's reading of a room."""

    # (unread, mentions) as the server counts them; None where it sends no counts.
    counts: tuple[int, int] | None = None
    # The events the user's own read receipts and read marker point at.
    read_event_ids: tuple[str, ...] = ()
    # One of them is in this timeline, at or after its last message from someone else.
    read_through: bool = False


def read_state(room: JoinedRoom, user_id: str) -> ReadState:
    """The user's own reads of a room (from any of their devices) and the server's counts.

    A receipt for one thread only (Element's threaded receipts) does not say the room was
    read; one for the main timeline is taken as the room's, as the read marker is."""
    reads = [
        r.event_id
        for r in room.receipts
        if r.user_id == user_id
        and r.receipt_type in READ_RECEIPTS
        and r.thread_id in (None, "main")
    ]
    for data in room.account_data:
        if data.type == FULLY_READ:
            marker = _str(data.content, "event_id")
            if marker is not None and marker.startswith("$"):
                reads.append(marker)
    read_ids = tuple(dict.fromkeys(reads))[-MAX_READS:]
    events = room.timeline.events
    at = {e.event_id: i for i, e in enumerate(events)}
    last_other = max(
        (
            i
            for i, e in enumerate(events)
            if e.type == "m.room.message"
            and e.sender != user_id
            and _relation(e.content)[0] != "m.replace"
        ),
        default=-1,
    )
    unread = room.unread
    return ReadState(
        counts=None if unread is None else (unread.notification_count, unread.highlight_count),
        read_event_ids=read_ids,
        read_through=any(at.get(event_id, -1) >= max(last_other, 0) for event_id in read_ids),
    )


@dataclass
class RoomBatch:
    """What one room's events mean for the replica."""

    room_id: str
    is_space: bool = False
    is_directory: bool = False
    name: str | None = None
    topic: str | None = None
    group_description: str | None = None
    group_kind: str | None = None
    organisation_name: str | None = None
    organisation_description: str | None = None
    directory_of: str | None = None
    space_children: set[str] = field(default_factory=set)
    space_parents: set[str] = field(default_factory=set)
    power_levels: PowerLevels | None = None
    pinned: tuple[str, ...] | None = None
    # Room version 12 and later: whoever created the room outranks every power level.
    creators: tuple[str, ...] | None = None
    messages: list[MessageRow] = field(default_factory=list)
    edits: list[EditRow] = field(default_factory=list)
    reactions: list[ReactionRow] = field(default_factory=list)
    redactions: list[RedactionRow] = field(default_factory=list)
    announcements: list[AnnouncementRow] = field(default_factory=list)
    answers: list[AnswerRow] = field(default_factory=list)
    documents: list[DocumentState] = field(default_factory=list)
    people: list[PersonEntry] = field(default_factory=list)
    members: list[MemberRow] = field(default_factory=list)
    appointments: list[AppointmentState] = field(default_factory=list)
    appointment_answers: list[AnswerEvent] = field(default_factory=list)
    read: ReadState = field(default_factory=ReadState)
    skipped: int = 0
    # Where the room's timeline has a gap before this batch: backfill starts there.
    gap_token: str | None = None
    # Messages older than this are left out (backfill stops at the retention horizon);
    # how many were.
    not_before: datetime | None = None
    beyond_horizon: int = 0
    # The events mapped, in order (state, then timeline), and the relations by event id.
    events: list[Event] = field(default_factory=list)
    relations: dict[str, Event] = field(default_factory=dict)
    quarantined: list[Quarantined] = field(default_factory=list)
    # Events kept with their timestamp clamped; events that came redacted.
    clamped: list[Event] = field(default_factory=list)
    redacted: list[str] = field(default_factory=list)

    def single(self, event: Event | None) -> RoomBatch:
        """A batch of this room with ``event`` alone, or with none (what the room is, from
        this batch)."""
        one = RoomBatch(
            self.room_id,
            is_space=self.is_space,
            is_directory=self.is_directory,
            directory_of=self.directory_of,
            gap_token=self.gap_token,
            not_before=self.not_before,
        )
        # The room's read state goes with each part: the server's counts are set again
        # (the same values), and without them each part counts its own messages.
        one.read = self.read
        if event is not None:
            _apply(event, one)
        return one

    def group_row(self, organisation_ids: Iterable[str] = ()) -> GroupRow:
        return GroupRow(
            id=self.room_id,
            name=self.name or self.room_id,
            description=self.group_description or self.topic or "",
            kind=self.group_kind or "group",
            organisation_ids=tuple(sorted({*organisation_ids, *self.space_parents})),
        )

    def organisation_row(self) -> OrganisationRow:
        return OrganisationRow(
            id=self.room_id,
            name=self.organisation_name or self.name or self.room_id,
            description=self.organisation_description or self.topic or "",
        )


def _str(content: Mapping[str, Any], key: str) -> str | None:
    value = content.get(key)
    return value if isinstance(value, str) else None


def _need_str(content: Mapping[str, Any], key: str) -> str:
    value = content.get(key)
    if not isinstance(value, str):
        raise UnusableEventError(f"{key} is missing or not text")
    return value


def _mentions(content: Mapping[str, Any]) -> tuple[str, ...]:
    mentions = content.get("m.mentions")
    if not isinstance(mentions, Mapping):
        return ()
    ids = mentions.get("user_ids")
    if not isinstance(ids, list):
        return ()
    return tuple(u for u in ids if isinstance(u, str) and u.startswith("@"))


def _bodies(content: Mapping[str, Any]) -> tuple[str, str]:
    """(text, sanitised html) of a message content; Markdown source when we wrote it."""
    plain = _need_str(content, "body")
    source = _str(content, MARKDOWN_KEY) or plain
    formatted = _str(content, "formatted_body")
    if formatted is not None and content.get("format") == "org.matrix.custom.html":
        rendered = sanitize_html(formatted)
    else:
        rendered = "<p>" + html.escape(plain).replace("\n", "<br>") + "</p>"
    return source, rendered


def _int_or_none(value: object, low: int = 0, high: int = 2**53) -> int | None:
    # bool is an int to Python, not to JSON's readers.
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return None


def media_attachment(content: Mapping[str, Any]) -> AttachmentInfo:
    """The file of an ``m.image``, ``m.file``, ``m.video`` or ``m.audio`` message. Its
    name is the ``filename`` (or the ``body``, as older clients send it); what the server
    says of size, type and dimensions is kept only when it has the right shape."""
    name = _str(content, "filename") or _need_str(content, "body")
    url = _str(content, "url")
    if url is not None and not url.startswith("mxc://"):
        raise UnusableEventError("attachment url is not Matrix media")
    info = content.get("info")
    info = info if isinstance(info, Mapping) else {}
    mimetype = _str(info, "mimetype")
    if mimetype is None or len(mimetype) > 255 or "/" not in mimetype:
        mimetype = "application/octet-stream"
    return AttachmentInfo(
        kind=str(content["msgtype"]).removeprefix("m."),
        name=name[:1000],
        mimetype=mimetype,
        size=_int_or_none(info.get("size")),
        # An encrypted file (``file`` instead of ``url``) cannot be shown: groups are not
        # end-to-end encrypted, so it has no URL we could use.
        mxc_url=url,
        width=_int_or_none(info.get("w"), 1, 100_000),
        height=_int_or_none(info.get("h"), 1, 100_000),
    )


def _caption(content: Mapping[str, Any], name: str) -> tuple[str, str]:
    """A media message's text: its caption when it has one (``body`` beside a
    ``filename``), else the file's name, so that search finds it by name."""
    body = _str(content, "body") or name
    if body != name:
        return _bodies(content)
    return name, "<p>" + html.escape(name) + "</p>"


def _relation(content: Mapping[str, Any]) -> tuple[str | None, str | None]:
    rel = content.get("m.relates_to")
    if not isinstance(rel, Mapping):
        return None, None
    return _str(rel, "rel_type"), _str(rel, "event_id")


def _message(room_id: str, event: Event, batch: RoomBatch) -> None:
    content = event.content
    rel_type, target = _relation(content)
    new = content.get("m.new_content") if rel_type == "m.replace" else None
    if is_document_announcement(content) or (
        isinstance(new, Mapping) and is_document_announcement(new)
    ):
        # The document itself is shown (its state event): neither the message nor an edit
        # of it (a rename) is shown twice. It is kept as the document's, so that a
        # redaction of it from another client finds what it takes back.
        document_id = announced_document(content) or announced_document(new or {})
        if document_id is not None:
            batch.announcements.append(
                AnnouncementRow(event.event_id, document_id[:255], event.sender)
            )
        raise NotShownError("a document's announcement for other clients")
    if rel_type == "m.replace":
        new = content.get("m.new_content")
        if not isinstance(new, Mapping) or target is None:
            raise UnusableEventError("an edit without m.new_content")
        file_name = None
        if new.get("msgtype") in MEDIA_MSGTYPES:
            # A file renamed (or its caption changed) by its sender: the name as a new
            # message's, its text as that message's would be.
            file_name = media_attachment(new).name
            body, body_html = _caption(new, file_name)
        else:
            body, body_html = _bodies(new)
        batch.edits.append(
            EditRow(
                target,
                event.sender,
                body,
                body_html,
                timestamp(event.origin_server_ts),
                _mentions(new),
                event.event_id,
                file_name,
            )
        )
        batch.relations[event.event_id] = event
        return
    msgtype = content.get("msgtype")
    attachment = None
    if msgtype in MEDIA_MSGTYPES:
        attachment = media_attachment(content)
        body, body_html = _caption(content, attachment.name)
    elif msgtype in {"m.text", "m.notice", "m.emote"}:
        if appointmentmap.is_fallback(content):
            raise NotShownError("an appointment's text for other clients")
        body, body_html = _bodies(content)
    else:
        raise NotShownError(f"message type {msgtype!r} is not shown")
    created_at = timestamp(event.origin_server_ts)
    if batch.not_before is not None and created_at < batch.not_before:
        batch.beyond_horizon += 1
        return
    txn = event.unsigned.get("transaction_id")
    thread = rel_type == "m.thread" and target is not None
    if thread:
        kind = "comment"
        batch.relations[event.event_id] = event
    else:
        # A reply outside a thread, or a plain message, is a post of its own.
        kind = "question" if content.get(KIND_KEY) == "question" else "post"
    batch.messages.append(
        MessageRow(
            event_id=event.event_id,
            kind=kind,
            group_id=room_id,
            author=event.sender,
            body=body,
            body_html=body_html,
            created_at=created_at,
            thread_root_event_id=target if thread else None,
            txn_id=txn if isinstance(txn, str) else None,
            mentions=_mentions(content),
            attachment=attachment,
        )
    )
    _bundled_edit(room_id, event, batch)


def version_text(event: Event, target: str) -> tuple[str, str] | None:
    """(text, sanitised html) that ``event`` gives the message ``target``: its own content
    if it is that message, the new content if it is an edit of it; None otherwise (or if
    the content is unusable)."""
    if event.type != "m.room.message":
        return None
    rel_type, related = _relation(event.content)
    content: object = event.content
    if event.event_id != target:
        if (rel_type, related) != ("m.replace", target):
            return None
        content = event.content.get("m.new_content")
    if not isinstance(content, Mapping):
        return None
    try:
        return _bodies(content)
    except UnusableEventError:
        return None


def _bundled_edit(room_id: str, event: Event, batch: RoomBatch) -> None:
    """The newest edit the server bundles with a message (``unsigned.m.relations``), so
    that a message from older history comes with its text as it is now."""
    relations = event.unsigned.get("m.relations")
    if not isinstance(relations, Mapping) or not isinstance(relations.get("m.replace"), dict):
        return
    edit = parse_event(relations["m.replace"], room_id)
    if (
        edit is None
        or edit.type != "m.room.message"
        or edit.event_id in batch.relations
        or _relation(edit.content) != ("m.replace", event.event_id)
    ):
        return
    try:
        _message(room_id, edit, batch)
    except Exception as exc:  # the event itself is fine; its edit comes on its own too
        log.info("bundled edit %s of %s not used: %s", edit.event_id, event.event_id, exc)


def _document(room_id: str, event: Event) -> DocumentState:
    content = event.content
    sha = _need_str(content, "sha256").lower()
    if not _SHA256.match(sha):
        raise UnusableEventError("document sha256 is not a hex digest")
    based_on = _str(content, "based_on")
    size = content.get("size")
    version = content.get("version")
    if not isinstance(size, int) or size < 0 or not isinstance(version, int) or version < 1:
        raise UnusableEventError("document size or version is not a positive number")
    mxc = _need_str(content, "url")
    if not mxc.startswith("mxc://"):
        raise UnusableEventError("document url is not Matrix media")
    return DocumentState(
        id=event.state_key or "",
        group_id=room_id,
        name=_need_str(content, "name"),
        folder=_str(content, "folder") or "",
        mimetype=_str(content, "mimetype") or "application/octet-stream",
        size=size,
        sha256=sha,
        mxc_url=mxc,
        version=version,
        based_on=based_on.lower() if based_on else None,
        updated_by=event.sender,
        updated_at=timestamp(event.origin_server_ts),
        event_id=event.event_id,
        conflict_of=_str(content, "conflict_of"),
        deleted=content.get("deleted") is True,
    )


def _person(event: Event, organisation_id: str | None) -> PersonEntry:
    if event.state_key != event.sender:
        # Only a user may write their own entry; the server's auth rules make sure of
        # that when power levels are set up right, and we do not rely on them alone.
        raise UnusableEventError("a directory entry written by someone else")
    content = event.content
    skills = content.get("skills")
    return PersonEntry(
        user_id=event.sender,
        name=_need_str(content, "name"),
        organisation_id=organisation_id,
        organisation=_str(content, "organisation") or "",
        title=_str(content, "title") or "",
        department=_str(content, "department") or "",
        skills=tuple(s for s in skills if isinstance(s, str)) if isinstance(skills, list) else (),
        phone=_str(content, "phone") or "",
        email=_str(content, "email") or "",
        location=_str(content, "location") or "",
        updated_at=timestamp(event.origin_server_ts),
    )


def _state(event: Event, batch: RoomBatch) -> None:
    content = event.content
    key = event.state_key or ""
    match event.type:
        case "m.room.create":
            batch.is_space = content.get("type") == "m.space"
            batch.creators = creators(event.sender, content)
        case "m.room.name":
            batch.name = _str(content, "name")
        case "m.room.topic":
            batch.topic = _str(content, "topic")
        case "m.room.power_levels":
            batch.power_levels = _power_levels(content)
        case levels.PINNED_EVENTS:
            batch.pinned = pinned_events(content) if content else ()
        case "m.room.member":
            membership = _need_str(content, "membership")
            if membership not in MEMBERSHIPS or not is_user_id(key):
                raise UnusableEventError("m.room.member of no known membership or user")
            batch.members.append(MemberRow(key, membership, _str(content, "displayname")))
        case "m.space.child":
            # An empty content (no "via") removes the child.
            if isinstance(content.get("via"), list) and content["via"]:
                batch.space_children.add(key)
            else:
                batch.space_children.discard(key)
        case "m.space.parent":
            if isinstance(content.get("via"), list) and content["via"]:
                batch.space_parents.add(key)
            else:
                batch.space_parents.discard(key)
        case _ if event.type == GROUP_STATE:
            batch.group_description = _str(content, "description")
            batch.group_kind = _str(content, "kind")
        case _ if event.type == ORGANISATION_STATE:
            batch.organisation_name = _str(content, "name")
            batch.organisation_description = _str(content, "description")
        case _ if event.type == DIRECTORY_STATE:
            batch.is_directory = True
            batch.directory_of = _str(content, "organisation")
        case _ if event.type == DOCUMENT_STATE:
            if content:
                batch.documents.append(_document(batch.room_id, event))
        case _ if event.type == PERSON_STATE:
            if content:
                batch.people.append(_person(event, batch.directory_of))
        case appointmentmap.APPOINTMENT_STATE:
            found = appointmentmap.parse_state(
                batch.room_id, event, timestamp(event.origin_server_ts)
            )
            if found is not None:
                batch.appointments.append(found)
        case _:
            pass


def map_room(
    room_id: str,
    state: Sequence[Event],
    timeline: Sequence[Event],
    batch: RoomBatch | None = None,
    *,
    gap_token: str | None = None,
    not_before: datetime | None = None,
) -> RoomBatch:
    """Map a room's state and timeline; events that do not fit are quarantined on the
    batch (``RoomBatch.quarantined``), never raised."""
    batch = batch or RoomBatch(room_id, gap_token=gap_token, not_before=not_before)
    # Directory state needs to know the organisation first, whatever order events come in.
    ordered_state = sorted(state, key=lambda e: e.type != DIRECTORY_STATE)
    for event in ordered_state:
        _apply(event, batch)
        batch.events.append(event)
    for event in timeline:
        _apply(event, batch)
        batch.events.append(event)
    return batch


def _apply(event: Event, batch: RoomBatch) -> None:
    if event.is_redacted and event.state_key is None:
        # Redacted by the server before it reached us: nothing left to show or apply.
        batch.redacted.append(event.event_id)
        return
    try:
        if event.state_key is not None:
            _state(event, batch)
        elif event.type == "m.room.message":
            _message(batch.room_id, event, batch)
        elif event.type == "m.reaction":
            rel_type, target = _relation(event.content)
            rel = event.content.get("m.relates_to")
            key = _str(rel, "key") if isinstance(rel, Mapping) else None
            if rel_type != "m.annotation" or target is None or key is None:
                raise UnusableEventError("a reaction without an annotation")
            if not usable_key(key):
                raise UnusableEventError("a reaction whose key is too long or not text")
            txn = event.unsigned.get("transaction_id")
            batch.reactions.append(
                ReactionRow(
                    event.event_id,
                    target,
                    event.sender,
                    key,
                    timestamp(event.origin_server_ts),
                    txn if isinstance(txn, str) else None,
                )
            )
            batch.relations[event.event_id] = event
        elif event.type == "m.room.redaction":
            target = event.redacts or _str(event.content, "redacts")
            if target is None:
                raise UnusableEventError("a redaction of nothing")
            if announced_document(event.content) is not None:
                # A deleted document's announcement taken back: the document's state says
                # it is deleted, and its history stays.
                raise NotShownError("a document's announcement redacted")
            batch.redactions.append(RedactionRow(event.event_id, target, event.sender))
            batch.relations[event.event_id] = event
        elif event.type == ANSWER_EVENT:
            _rel, question = _relation(event.content)
            if question is None:
                raise UnusableEventError("an answer mark without its question")
            answer = event.content.get("answer_event_id")
            if answer is not None and not isinstance(answer, str):
                raise UnusableEventError("an answer mark whose answer is not an event id")
            batch.answers.append(AnswerRow(question, answer, event.sender, event.event_id))
            batch.relations[event.event_id] = event
        elif event.type == appointmentmap.RSVP_EVENT:
            batch.appointment_answers.append(
                appointmentmap.parse_answer(batch.room_id, event, timestamp(event.origin_server_ts))
            )
        else:
            return
    except NotShownError as exc:
        batch.skipped += 1
        log.debug("skipped event %s in %s: %s", event.event_id, batch.room_id, exc)
        return
    except Exception as exc:  # whatever one event raises, it is that event's fault
        batch.quarantined.append(Quarantined(event, f"{type(exc).__name__}: {exc}"))
        return
    if not in_range(event.origin_server_ts):
        batch.clamped.append(event)


# -- outbound --------------------------------------------------------------------------


def group_power_levels() -> dict[str, Any]:
    """Power level overrides for a group room: a document and an appointment are state
    events, and every member may save documents and make appointments, so those state
    events need no moderator rights."""
    return {"events": {DOCUMENT_STATE: 0, appointmentmap.APPOINTMENT_STATE: 0}}


def directory_power_levels() -> dict[str, Any]:
    """Power level overrides for a directory room: everyone may write a person entry, and
    Matrix auth rules limit a state key that is a user id to that user's own entry."""
    return {"events": {PERSON_STATE: 0}}


def message_content(
    *,
    markdown: str,
    html_body: str,
    kind: str,
    mentions: Sequence[str],
    thread_root: str | None = None,
    reply_to: str | None = None,
) -> dict[str, Any]:
    """The content of a post, question or comment, readable in any Matrix client."""
    content: dict[str, Any] = {
        "msgtype": "m.text",
        "body": html_to_plain(html_body) or markdown,
        "format": "org.matrix.custom.html",
        "formatted_body": html_body,
        MARKDOWN_KEY: markdown,
        "m.mentions": {"user_ids": list(dict.fromkeys(mentions))},
    }
    if kind == "question":
        content[KIND_KEY] = "question"
    if thread_root is not None:
        content["m.relates_to"] = {
            "rel_type": "m.thread",
            "event_id": thread_root,
            # For clients without threads: shown as a reply to the latest event.
            "is_falling_back": True,
            "m.in_reply_to": {"event_id": reply_to or thread_root},
        }
    return content


def with_attachment(
    content: Mapping[str, Any],
    *,
    kind: str,
    name: str,
    mimetype: str,
    size: int | None,
    url: str,
) -> dict[str, Any]:
    """A post's content as an ``m.image`` or ``m.file`` message: any client shows the file,
    and the post's text is its caption (unless the text is the file's name alone)."""
    out = dict(content)
    out["msgtype"] = "m.image" if kind == "image" else "m.file"
    out["filename"] = name
    out["url"] = url
    info: dict[str, Any] = {"mimetype": mimetype}
    if size is not None:
        info["size"] = size
    out["info"] = info
    if out.get(MARKDOWN_KEY, "").strip() == name:
        # No caption: the body is the name, as clients without captions expect.
        out["body"] = name
        for key in ("format", "formatted_body", MARKDOWN_KEY):
            out.pop(key, None)
    return out


def edit_content(target: str, new_content: Mapping[str, Any]) -> dict[str, Any]:
    new = {k: v for k, v in new_content.items() if k != "m.relates_to"}
    return {
        "msgtype": "m.text",
        "body": f"* {new.get('body', '')}",
        "format": "org.matrix.custom.html",
        "formatted_body": f"* {new.get('formatted_body', '')}",
        "m.new_content": new,
        "m.mentions": new.get("m.mentions", {"user_ids": []}),
        "m.relates_to": {"rel_type": "m.replace", "event_id": target},
    }


def reaction_content(target: str, key: str = LIKE) -> dict[str, Any]:
    return {"m.relates_to": {"rel_type": "m.annotation", "event_id": target, "key": key}}


def answer_content(question: str, answer: str | None) -> dict[str, Any]:
    return {
        "m.relates_to": {"rel_type": ANSWER_EVENT, "event_id": question},
        "answer_event_id": answer,
    }


def document_content(
    *,
    name: str,
    folder: str,
    mimetype: str,
    size: int,
    sha256: str,
    url: str,
    version: int,
    based_on: str | None,
    conflict_of: str | None = None,
) -> dict[str, Any]:
    content: dict[str, Any] = {
        "name": name,
        "folder": folder,
        "mimetype": mimetype,
        "size": size,
        "sha256": sha256,
        "url": url,
        "version": version,
        "based_on": based_on,
    }
    if conflict_of is not None:
        # A conflict copy says which document it conflicts with, so every client can
        # show the two side by side.
        content["conflict_of"] = conflict_of
    return content


def is_document_announcement(content: Mapping[str, Any]) -> bool:
    """Whether a message announces a document of ours (shown as the document)."""
    return content.get("msgtype") == "m.file" and isinstance(content.get(DOCUMENT_KEY), Mapping)


def announced_document(content: Mapping[str, Any]) -> str | None:
    """The id of the document an announcement, its edit or its redaction names, if any."""
    found = content.get(DOCUMENT_KEY)
    document_id = found.get("id") if isinstance(found, Mapping) else None
    return document_id if isinstance(document_id, str) else None


def announcement_edit(target: str, announcement: Mapping[str, Any]) -> dict[str, Any]:
    """An edit of the announcement ``target`` to ``announcement`` (a rename or move):
    clients show the new name in place. The fallback names the document too, so that it
    is recognised as an announcement's even without reading the edit."""
    return {
        **announcement,
        "body": f"* {announcement['body']}",
        "m.new_content": dict(announcement),
        "m.relates_to": {"rel_type": "m.replace", "event_id": target},
    }


def announcement_redaction(document_id: str) -> dict[str, Any]:
    """The content of a redaction of a deleted document's announcement."""
    return {"reason": "document deleted", DOCUMENT_KEY: {"id": document_id}}


def document_announcement(
    *, document_id: str, name: str, mimetype: str, size: int, url: str, version: int
) -> dict[str, Any]:
    """An ``m.file`` message for other clients: Element shows and downloads the document;
    the namespaced field links it to the document, so Treffpunkt does not show it twice."""
    return {
        "msgtype": "m.file",
        "body": name,
        "filename": name,
        "url": url,
        "info": {"mimetype": mimetype, "size": size},
        DOCUMENT_KEY: {"id": document_id, "version": version},
    }


def person_content(row: PersonEntry) -> dict[str, Any]:
    return {
        "name": row.name,
        "organisation": row.organisation,
        "title": row.title,
        "department": row.department,
        "skills": list(row.skills),
        "phone": row.phone,
        "email": row.email,
        "location": row.location,
    }
