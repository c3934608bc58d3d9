"""Sending moderation entries (``client.moderation``): pins, a removal with its reason,
a group's name and description, removing a member, making a moderator.

Each is exactly-once because sending it again changes nothing: a pin is applied to the
room's current ``m.room.pinned_events`` (read just before, so that pins made meanwhile in
another client stay) and put only if it changes it; the name, the topic and the power
levels are states, put whole; a kick of someone already gone is refused and changes
nothing; a redaction carries the entry's transaction id. A refusal (the user's power level
is not enough, say) is an outcome, not a failed entry holding up the group's posts: the
local change is undone and the refusal reported in ``Changes.refusals`` for the window or
the CLI to tell the user.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from client import levels, moderation
from client.changes import Changes, Refusal
from client.outbox import Entry, OutboxKind
from client.store import Replica
from sync import api, mapping
from sync.api import MatrixError
from sync.calls import Caller, MatrixRequestError, PermanentEntryError

log = logging.getLogger(__name__)


def send(replica: Replica, caller: Caller, entry: Entry, target_event: str | None) -> Changes:
    """Send one moderation entry; ``target_event``: the event a removal redacts."""
    room = entry.group_id
    try:
        match entry.kind:
            case OutboxKind.PIN:
                _pin(
                    caller,
                    room,
                    str(entry.payload.get("event_id", "")),
                    bool(entry.payload.get("pin")),
                )
            case OutboxKind.GROUP_TEXT:
                _group_text(caller, room, entry.payload)
            case OutboxKind.KICK:
                reason = str(entry.payload.get("reason") or "") or None
                caller.call(api.kick(room, str(entry.payload.get("user_id", "")), reason))
            case OutboxKind.ROLE:
                _role(
                    caller, room, str(entry.payload.get("user_id", "")), entry.payload.get("level")
                )
            case OutboxKind.DELETE:
                if target_event is None:
                    raise PermanentEntryError("the post it removes was not sent")
                reason = str(entry.payload.get("reason") or "") or None
                caller.call(api.redact(room, target_event, entry.txn_id, reason))
    except MatrixRequestError as exc:
        return _refused(replica, entry, exc.error)
    return Changes()


def _refused(replica: Replica, entry: Entry, error: MatrixError) -> Changes:
    log.info("%s in %s refused: %s", entry.kind.value, entry.group_id, error.errcode)
    changes = moderation.refused(
        replica, entry.group_id, entry.kind, entry.payload, entry.message_id
    )
    detail = str(entry.payload.get("user_id") or entry.payload.get("name") or "")
    refusal = Refusal(entry.kind.value, entry.group_id, detail, error.errcode, error.error or "")
    return changes | Changes(refusals=(refusal,))


def _state(caller: Caller, room: str, event_type: str) -> dict[str, Any] | None:
    """The room's current state event of this type, or None when it has none."""
    result = caller.transport.execute(api.get_state_event(room, event_type))
    if isinstance(result, MatrixError) and result.errcode == "M_NOT_FOUND":
        return None
    return dict(caller.unwrap(result).content)


def _pin(caller: Caller, room: str, event_id: str, on: bool) -> None:
    current = _state(caller, room, levels.PINNED_EVENTS) or {}
    try:
        pins = list(mapping.pinned_events(current)) if current else []
    except mapping.UnusableEventError:
        pins = []  # a broken list is replaced by a good one
    wanted = [p for p in pins if p != event_id]
    if on:
        wanted.insert(0, event_id)
    wanted = wanted[: levels.PIN_CAP]
    if wanted != pins or (current and current.get("pinned") != pins):
        caller.call(api.put_state_event(room, levels.PINNED_EVENTS, {"pinned": wanted}))


def _group_text(caller: Caller, room: str, payload: Mapping[str, object]) -> None:
    name, description = str(payload.get("name") or ""), str(payload.get("description") or "")
    caller.call(api.put_state_event(room, "m.room.name", {"name": name}))
    caller.call(api.put_state_event(room, "m.room.topic", {"topic": description}))
    # Groups made by Treffpunkt keep their description in their own state too, which
    # sync prefers to the topic: it must say the same.
    group_state = _state(caller, room, mapping.GROUP_STATE)
    if group_state and group_state.get("description") != description:
        caller.call(
            api.put_state_event(
                room, mapping.GROUP_STATE, {**group_state, "description": description}
            )
        )


def _role(caller: Caller, room: str, user_id: str, level: object) -> None:
    content = _state(caller, room, "m.room.power_levels") or {}
    users = content.get("users")
    users = dict(users) if isinstance(users, Mapping) else {}
    if isinstance(level, int):
        if users.get(user_id) == level:
            return
        users[user_id] = level
    elif user_id in users:
        del users[user_id]
    else:
        return
    caller.call(api.put_state_event(room, "m.room.power_levels", {**content, "users": users}))
