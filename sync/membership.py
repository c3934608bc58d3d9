"""Invitations, leaving, inviting and new groups, as the engine speaks them to the server.

- Reading: an invited room's stripped state (``invite_state``, whatever the inviter's
  server chose to send) becomes a ``client.membership.InvitationRow``; nothing in it is
  trusted beyond its shape, and a room whose state cannot be read is quarantined.
- Sending: ``ACCEPT`` is ``POST /join`` (via the room's and the inviter's servers),
  ``DECLINE`` and ``LEAVE`` are ``POST /leave``, ``INVITE`` is ``POST /invite``. These
  endpoints carry no transaction id; they are exactly-once because a membership is a
  state, not an event: joining a joined room or leaving a left one changes nothing.
  A refusal is an outcome, not a failed entry holding up the group: an accept whose
  invitation is gone is recorded as withdrawn, a decline or leave the server no longer
  needs is done, an invitation the server refuses leaves the member list again.
- Creating a group needs server-made ids (the room id its organisation lists), so it is
  online only: ``create_group``, which the app runs on a worker.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from client import membership, quarantine, syncstate
from client.changes import Changes
from client.membership import InvitationRow
from client.outbox import Entry, OutboxKind
from client.store import Replica, Transaction
from sync import api, mapping
from sync.api import MatrixError, TransportError
from sync.calls import Caller, MatrixRequestError
from sync.transport import HttpTransport

log = logging.getLogger(__name__)


def _server_of(room_or_user: str) -> str:
    return room_or_user.partition(":")[2]


def _text(content: Mapping[str, Any], key: str) -> str:
    value = content.get(key)
    return value if isinstance(value, str) else ""


def invitation(room_id: str, state: tuple[api.StrippedEvent, ...], user_id: str) -> InvitationRow:
    """What an invitation says, from its stripped state; fields of the wrong type are left
    empty (the shape of each event was checked by ``sync.api``)."""
    inviter = name = topic = description = ""
    parents: list[str] = []
    is_space = False
    for event in state:
        content = event.content
        if event.type == "m.room.member" and event.state_key == user_id:
            if content.get("membership") == "invite":
                inviter = event.sender
        elif event.type == "m.room.name" and event.state_key == "":
            name = _text(content, "name")
        elif event.type == "m.room.topic" and event.state_key == "":
            topic = _text(content, "topic")
        elif event.type == mapping.GROUP_STATE and event.state_key == "":
            description = _text(content, "description")
        elif event.type == "m.room.create" and event.state_key == "":
            is_space = content.get("type") == "m.space"
        elif event.type == "m.space.parent" and event.state_key.startswith("!"):
            via = content.get("via")
            if isinstance(via, list) and via:
                parents.append(event.state_key)
    if not api.is_user_id(inviter):
        inviter = ""
    return InvitationRow(room_id, inviter, name, description or topic, tuple(parents), is_space)


def apply_invitations(
    tx: Transaction, response: api.SyncResponse, user_id: str, at: datetime
) -> Changes:
    """The /sync answer's invitations kept, and those it reports joined or left settled;
    in the answer's transaction. One that cannot be written is quarantined."""
    changes = membership.joined(tx, response.joined) | membership.left(tx, response.left)
    for room_id, room in response.invited.items():
        try:
            with quarantine.savepoint(tx):
                row = invitation(room_id, room.invite_state, user_id)
                changes = changes | membership.keep_invitations(
                    tx, [row], at, syncstate.space_links(tx)
                )
        except Exception as exc:
            if not quarantine.is_event_fault(exc):
                raise
            raw = [
                {
                    "type": e.type,
                    "state_key": e.state_key,
                    "sender": e.sender,
                    "content": dict(e.content),
                }
                for e in room.invite_state
            ]
            quarantine.add(tx, room_id, "", "m.room.member", quarantine.reason_of(exc), raw, at)
    return changes


# -- sending ------------------------------------------------------------------------------

MEMBERSHIP_KINDS = frozenset(
    {OutboxKind.ACCEPT, OutboxKind.DECLINE, OutboxKind.LEAVE, OutboxKind.INVITE}
)


def send(replica: Replica, caller: Caller, entry: Entry) -> Changes:
    """Send one membership entry; what it changed in the replica besides its own removal.
    Transient failures and a lost token raise, as for every entry."""
    room_id = entry.group_id
    try:
        match entry.kind:
            case OutboxKind.ACCEPT:
                inviter = str(entry.payload.get("inviter") or "")
                servers = (_server_of(room_id), _server_of(inviter))
                caller.call(api.join(room_id, via=tuple(dict.fromkeys(s for s in servers if s))))
            case OutboxKind.DECLINE | OutboxKind.LEAVE:
                caller.call(api.leave(room_id))
            case OutboxKind.INVITE:
                caller.call(api.invite(room_id, str(entry.payload.get("user_id", ""))))
    except MatrixRequestError as exc:
        return _refused(replica, entry, exc.error)
    return Changes()


def _refused(replica: Replica, entry: Entry, error: MatrixError) -> Changes:
    log.info("%s in %s refused: %s", entry.kind.value, entry.group_id, error.errcode)
    match entry.kind:
        case OutboxKind.ACCEPT:
            return membership.record_withdrawn(replica, entry.group_id)
        case OutboxKind.INVITE:
            user_id = str(entry.payload.get("user_id", ""))
            return membership.drop_invited(replica, entry.group_id, user_id)
    # Not invited or not a member any more: what the user wanted is so already.
    return Changes()


# -- new groups ----------------------------------------------------------------------------


class CreateGroupError(Exception):
    """The server could not be asked, or refused; the message is meant for the user."""


@dataclass(frozen=True)
class NewGroup:
    organisation_id: str
    name: str
    description: str = ""
    open: bool = True  # open to the organisation's members; else by invitation only


def _ok(result: Any) -> Any:
    if isinstance(result, MatrixError):
        raise CreateGroupError(result.error or result.errcode)
    if isinstance(result, TransportError):
        raise CreateGroupError(str(result))
    return result


def may_create_in(transport: HttpTransport, organisation_id: str, user_id: str) -> bool:
    """Whether the organisation space's power levels let the user list a new group in it
    (state ``m.space.child``)."""
    result = transport.execute(api.get_room_state(organisation_id))
    if isinstance(result, MatrixError):
        return False
    state = {(e.type, e.state_key): e for e in _ok(result).events}
    create = state.get(("m.room.create", ""))
    if create is not None and user_id in mapping.creators(create.sender, create.content):
        return True
    levels = state.get(("m.room.power_levels", ""))
    content = levels.content if levels is not None else {}
    return _user_level(content, user_id) >= _state_level(content, "m.space.child")


def _int(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _user_level(content: Mapping[str, Any], user_id: str) -> int:
    users = content.get("users")
    default = _int(content.get("users_default"), 0)
    return _int(users.get(user_id), default) if isinstance(users, Mapping) else default


def _state_level(content: Mapping[str, Any], event_type: str) -> int:
    events = content.get("events")
    default = _int(content.get("state_default"), 50)
    return _int(events.get(event_type), default) if isinstance(events, Mapping) else default


def create_group(transport: HttpTransport, user_id: str, new: NewGroup) -> str:
    """Create a group in an organisation and list it there; returns its room id. It
    arrives in the replica with the next sync, like a group joined elsewhere."""
    name = new.name.strip()
    if not name:
        raise CreateGroupError("a group needs a name")
    if not may_create_in(transport, new.organisation_id, user_id):
        raise CreateGroupError("the organisation does not allow you to create groups")
    via = [_server_of(new.organisation_id)]
    join_rule: dict[str, Any] = (
        {
            "join_rule": "restricted",
            "allow": [{"type": "m.room_membership", "room_id": new.organisation_id}],
        }
        if new.open
        else {"join_rule": "invite"}
    )
    state: tuple[dict[str, Any], ...] = (
        {"type": "m.room.join_rules", "state_key": "", "content": join_rule},
        {
            "type": "m.space.parent",
            "state_key": new.organisation_id,
            "content": {"via": via, "canonical": True},
        },
        {"type": mapping.GROUP_STATE, "state_key": "", "content": {"description": new.description}},
        {
            "type": "m.room.history_visibility",
            "state_key": "",
            "content": {"history_visibility": "shared"},
        },
    )
    created = _ok(
        transport.execute(
            api.create_room(
                name=name,
                topic=new.description or None,
                preset="private_chat",
                initial_state=state,
                power_level_content_override={"events": {"app.treffpunkt.document": 0}},
            )
        )
    )
    _ok(
        transport.execute(
            api.put_state_event(
                new.organisation_id,
                "m.space.child",
                {"via": [_server_of(created.room_id)]},
                created.room_id,
            )
        )
    )
    return str(created.room_id)
