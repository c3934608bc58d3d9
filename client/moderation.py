"""Moderation: what a group's power levels allow the user, and what pinning, removing
others' posts, renaming a group, removing members and making moderators write.

Every command here writes its local change and an outbox entry in the caller's transaction
(``LocalCommands``), and checks first what the group's power levels, as sync last saw them,
allow; the server decides in the end. Each entry carries what to restore should the
server refuse it (``refused``): the local change is undone, and the user is told.

- **Pin, unpin**: the group's list of pinned event ids changes at once; the entry
  (``PIN``) names one post and whether it is pinned, and the engine applies that to the
  room's ``m.room.pinned_events`` as the server has it when it sends, so that pins made
  meanwhile in another client stay.
- **Removing another's post or comment**: it is hidden at once (``deleted``) and redacted
  with the reason (``DELETE`` with ``reason``); its text leaves the replica and the search
  index when the redaction comes back from the server, as for a redaction made elsewhere.
- **Name and description** (``GROUP_TEXT``), **removing a member** (``KICK``), **making
  someone a moderator or taking it back** (``ROLE``): the group row, the member list and
  the stored power levels change at once.

What the power levels allow is read by ``client.levels``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from client.changes import Changes
from client.levels import MODERATOR_LEVEL, PIN_CAP, Levels, pinned_ids
from client.models import Group, Membership, Message, OutboxEntry, OutboxKind, OutboxState
from client.store import Replica

REASON_CAP = 500
NAME_CAP = 255
DESCRIPTION_CAP = 4096

Enqueue = Callable[[Session, OutboxKind, str, int | None], OutboxEntry]


class ModerationError(Exception):
    """The command is not allowed or not possible; the message is meant for the user."""


def group_levels(session: Session, group_id: str) -> Levels:
    group = session.get(Group, group_id)
    if group is None or not group.joined:
        raise ModerationError(f"no group {group_id}")
    return Levels.parse(group.power_levels, group.creators)


def _allowed(ok: bool, levels: Levels, what: str) -> None:
    # Without known power levels the server decides alone.
    if levels.known and not ok:
        raise ModerationError(f"your role in this group does not allow you to {what}")


def _unsent(
    session: Session, group_id: str, kind: OutboxKind, key: str, value: object
) -> OutboxEntry | None:
    """The entry of this kind for the same thing that waits to be sent, if there is one."""
    waiting = session.query(OutboxEntry).filter(
        OutboxEntry.group_id == group_id,
        OutboxEntry.kind == kind,
        OutboxEntry.state == OutboxState.WAITING,
    )
    return next((e for e in waiting if e.payload.get(key) == value), None)


def _drop_unsent(
    session: Session, group_id: str, kind: OutboxKind, key: str, value: object
) -> dict[str, Any] | None:
    """Remove an unsent entry of this kind for the same thing; its payload, if there was one."""
    entry = _unsent(session, group_id, kind, key, value)
    if entry is None:
        return None
    session.delete(entry)
    return dict(entry.payload)


# -- commands (in the command's session) ------------------------------------------------


def pin(session: Session, user_id: str, message_id: int, on: bool, enqueue: Enqueue) -> Changes:
    message = session.get(Message, message_id)
    if message is None or message.deleted or message.thread_root_id is not None:
        raise ModerationError("only a post can be pinned")
    if message.event_id is None:
        raise ModerationError("a post can be pinned once it has been sent")
    levels = group_levels(session, message.group_id)
    _allowed(levels.permissions(user_id).pin, levels, "pin posts")
    group = session.get(Group, message.group_id)
    assert group is not None
    pins = [p for p in pinned_ids(group.pinned) if p != message.event_id]
    if on:
        pins.insert(0, message.event_id)
    group.pinned = json.dumps(pins[:PIN_CAP])
    _drop_unsent(session, group.id, OutboxKind.PIN, "event_id", message.event_id)
    entry = enqueue(session, OutboxKind.PIN, group.id, None)
    entry.payload = {"event_id": message.event_id, "pin": on}
    return Changes(groups=frozenset({group.id}), messages=frozenset({message.id}), outbox=True)


def remove(
    session: Session, user_id: str, message_id: int, reason: str, enqueue: Enqueue
) -> Changes:
    """Remove someone else's post or comment, with a reason for the author."""
    message = session.get(Message, message_id)
    if message is None or message.deleted:
        raise ModerationError(f"no message {message_id} to remove")
    if message.event_id is None:
        raise ModerationError("the message has not reached the server yet")
    levels = group_levels(session, message.group_id)
    _allowed(levels.permissions(user_id).remove, levels, "remove others' posts")
    message.deleted = True
    entry = enqueue(session, OutboxKind.DELETE, message.group_id, message.id)
    entry.payload = {"reason": reason.strip()[:REASON_CAP], "moderated": True}
    return Changes(
        messages=frozenset({message.id}), groups=frozenset({message.group_id}), outbox=True
    )


def edit_group(
    session: Session,
    user_id: str,
    group_id: str,
    name: str,
    description: str,
    enqueue: Enqueue,
) -> Changes:
    levels = group_levels(session, group_id)
    _allowed(levels.permissions(user_id).edit, levels, "change the group's name")
    name, description = name.strip()[:NAME_CAP], description.strip()[:DESCRIPTION_CAP]
    if not name:
        raise ModerationError("a group needs a name")
    group = session.get(Group, group_id)
    assert group is not None
    earlier = _drop_unsent(session, group_id, OutboxKind.GROUP_TEXT, "group_id", group_id)
    before = (
        earlier["before"] if earlier else {"name": group.name, "description": group.description}
    )
    group.name, group.description = name, description
    entry = enqueue(session, OutboxKind.GROUP_TEXT, group_id, None)
    entry.payload = {
        "group_id": group_id,
        "name": name,
        "description": description,
        "before": before,
    }
    return Changes(groups=frozenset({group_id}), outbox=True)


def kick(
    session: Session, user_id: str, group_id: str, target: str, reason: str, enqueue: Enqueue
) -> Changes:
    levels = group_levels(session, group_id)
    _allowed(levels.may_kick(user_id, target), levels, "remove this member")
    if target == user_id:
        raise ModerationError("to leave a group, use Leave group")
    member = session.get(Membership, (group_id, target))
    if member is None or member.membership not in ("join", "invite"):
        raise ModerationError(f"{target} is not a member of the group")
    before = member.membership
    member.membership = "leave"
    entry = enqueue(session, OutboxKind.KICK, group_id, None)
    entry.payload = {"user_id": target, "reason": reason.strip()[:REASON_CAP], "before": before}
    return Changes(groups=frozenset({group_id}), outbox=True)


def set_moderator(
    session: Session, user_id: str, group_id: str, target: str, on: bool, enqueue: Enqueue
) -> Changes:
    """Make ``target`` a moderator (level 50), or take it back (the room's default)."""
    levels = group_levels(session, group_id)
    _allowed(levels.may_set_role(user_id, target), levels, "change this member's role")
    group = session.get(Group, group_id)
    assert group is not None
    content = dict(levels.content)
    users = dict(content.get("users") or {})
    earlier = _drop_unsent(session, group_id, OutboxKind.ROLE, "user_id", target)
    before = earlier["before"] if earlier else users.get(target)
    if on:
        users[target] = MODERATOR_LEVEL
    else:
        users.pop(target, None)
    content["users"] = users
    group.power_levels = json.dumps(content)
    entry = enqueue(session, OutboxKind.ROLE, group_id, None)
    entry.payload = {"user_id": target, "level": MODERATOR_LEVEL if on else None, "before": before}
    return Changes(groups=frozenset({group_id}), outbox=True)


# -- what the engine reports -------------------------------------------------------------

MODERATION_KINDS = frozenset(
    {OutboxKind.PIN, OutboxKind.GROUP_TEXT, OutboxKind.KICK, OutboxKind.ROLE}
)


def is_moderation(kind: OutboxKind, payload: Mapping[str, object]) -> bool:
    return kind in MODERATION_KINDS or (
        kind is OutboxKind.DELETE and bool(payload.get("moderated"))
    )


def refused(
    replica: Replica,
    group_id: str,
    kind: OutboxKind,
    payload: Mapping[str, Any],
    message_id: int | None,
) -> Changes:
    """The server refused a moderation entry: its local change is undone (where nothing
    newer of the same kind waits to be sent), and the entry is done."""
    with replica.write_session() as session:
        group = session.get(Group, group_id)
        if group is None:
            return Changes()
        changes = Changes(groups=frozenset({group_id}))
        match kind:
            case OutboxKind.PIN:
                event_id = str(payload.get("event_id", ""))
                if _waiting(session, group_id, kind, "event_id", event_id):
                    return changes
                pins = [p for p in pinned_ids(group.pinned) if p != event_id]
                if not payload.get("pin"):
                    pins.insert(0, event_id)
                group.pinned = json.dumps(pins)
            case OutboxKind.GROUP_TEXT:
                before = payload.get("before")
                if isinstance(before, dict) and not _waiting(
                    session, group_id, kind, "group_id", group_id
                ):
                    group.name = str(before.get("name") or group.name)
                    group.description = str(before.get("description") or "")
            case OutboxKind.KICK:
                member = session.get(Membership, (group_id, str(payload.get("user_id", ""))))
                if member is not None and member.membership == "leave":
                    member.membership = str(payload.get("before") or "join")
            case OutboxKind.ROLE:
                target = str(payload.get("user_id", ""))
                if not _waiting(session, group_id, kind, "user_id", target):
                    levels = Levels.parse(group.power_levels)
                    content = dict(levels.content)
                    users = dict(content.get("users") or {})
                    before = payload.get("before")
                    if isinstance(before, int):
                        users[target] = before
                    else:
                        users.pop(target, None)
                    content["users"] = users
                    group.power_levels = json.dumps(content)
            case OutboxKind.DELETE:
                message = session.get(Message, message_id) if message_id is not None else None
                if message is not None:
                    message.deleted = False
                    changes = changes | Changes(messages=frozenset({message.id}))
        return changes


def _waiting(session: Session, group_id: str, kind: OutboxKind, key: str, value: str) -> bool:
    """Whether a newer entry of the same kind for the same thing waits: it decides."""
    return _unsent(session, group_id, kind, key, value) is not None
