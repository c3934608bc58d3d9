"""Open groups to join: the open rooms of the user's organisations that they are not in.

An organisation is a space; its groups are the space's children, listed by the server's
``/hierarchy``. A child that is open (join rule ``public``, or ``restricted`` to members of
a space: the server lists such a child only to those it lets in), is not itself a space, is
not the organisation's people directory and is not joined yet is offered to join. Joining is
one ``/join``; the group then arrives with the next ``/sync`` like any other.

Both functions talk to the server: the app calls them on a worker, never the GUI thread.
Names and topics come cleaned of bidi and control characters (``client.text``), like every
name the read layer hands to the views.
"""

from __future__ import annotations

from dataclasses import dataclass

from client import lookup
from client.store import Replica
from client.text import clean_name, clean_text
from sync import api
from sync.api import MatrixError, TransportError
from sync.transport import HttpTransport

MAX_PAGES = 10
OPEN_JOIN_RULES = frozenset({"public", "restricted"})


class JoinError(Exception):
    """The server could not be asked, or refused; the message is meant for the user."""


@dataclass(frozen=True)
class JoinableGroup:
    group_id: str
    name: str
    topic: str
    organisation_id: str
    organisation: str
    members: int
    server: str  # the organisation space's server, a "via" for the join


def _server_of(room_id: str) -> str:
    return room_id.partition(":")[2]


def _known(replica: Replica) -> tuple[list[tuple[str, str]], set[str]]:
    """The organisations (id, name) and the rooms not to offer (joined groups, directories)."""
    orgs, rooms = lookup.organisations_and_rooms(replica)
    return orgs, rooms | {org_id for org_id, _ in orgs}


def _children(transport: HttpTransport, space_id: str) -> list[api.HierarchyRoom]:
    rooms: list[api.HierarchyRoom] = []
    token: str | None = None
    for _ in range(MAX_PAGES):
        result = transport.execute(api.room_hierarchy(space_id, from_token=token, max_depth=1))
        if isinstance(result, MatrixError | TransportError):
            raise JoinError(str(result))
        rooms.extend(r for r in result.rooms if r.room_id != space_id)
        token = result.next_batch
        if token is None:
            break
    return rooms


def joinable_groups(replica: Replica, transport: HttpTransport) -> list[JoinableGroup]:
    """Open groups of the user's organisations that they have not joined, by name."""
    orgs, skip = _known(replica)
    found: dict[str, JoinableGroup] = {}
    for org_id, org_name in orgs:
        for room in _children(transport, org_id):
            if (
                room.room_id in skip
                or room.room_id in found
                or room.room_type == "m.space"
                or room.join_rule not in OPEN_JOIN_RULES
            ):
                continue
            found[room.room_id] = JoinableGroup(
                room.room_id,
                clean_name(room.name or "", room.room_id),
                clean_text(room.topic or ""),
                org_id,
                clean_name(org_name, org_id),
                room.num_joined_members,
                _server_of(org_id),
            )
    return sorted(found.values(), key=lambda g: (g.organisation.casefold(), g.name.casefold()))


def join_group(transport: HttpTransport, group: JoinableGroup) -> str:
    """Join a group; returns its room id. It appears in the replica with the next sync."""
    via = tuple(dict.fromkeys(s for s in (group.server, _server_of(group.group_id)) if s))
    result = transport.execute(api.join(group.group_id, via=via))
    if isinstance(result, MatrixError):
        raise JoinError(result.error or result.errcode)
    if isinstance(result, TransportError):
        raise JoinError(str(result))
    return result.room_id
