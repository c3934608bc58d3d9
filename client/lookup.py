"""Small lookups by id or name: which groups, organisations and messages the replica holds.

For the command line (a group named on it, a post by id or event id), the sync worker
(every group, to tell the window what to re-read) and joining (what not to offer again).
They answer with plain values.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from client.models import Group, Message
from client.store import Replica


def group_ids(replica: Replica) -> frozenset[str]:
    """Every group in the replica."""
    with replica.connect() as conn:
        return frozenset(str(r[0]) for r in conn.exec_driver_sql('SELECT id FROM "group"').all())


def groups_called(replica: Replica, name_or_id: str) -> list[str]:
    """The group with this id; else the joined groups with this name (none, one or more)."""
    with replica.session() as session:
        if session.get(Group, name_or_id) is not None:
            return [name_or_id]
        return list(
            session.scalars(
                select(Group.id).where(Group.name == name_or_id, Group.joined.is_(True))
            ).all()
        )


def message_id(replica: Replica, ref: str) -> int | None:
    """A message by its id (digits) or its event id (``$…``); None if there is none."""
    with replica.session() as session:
        if ref.startswith("$"):
            return session.scalar(select(Message.id).where(Message.event_id == ref))
        if ref.isdigit():
            return session.scalar(select(Message.id).where(Message.id == int(ref)))
    return None


def organisations_and_rooms(replica: Replica) -> tuple[list[tuple[str, str]], set[str]]:
    """The organisations (id, name) by name, and the rooms the user is in already as
    joined groups or people directories."""
    with replica.connect() as conn:
        orgs = [
            (str(r[0]), str(r[1]))
            for r in conn.exec_driver_sql("SELECT id, name FROM organisation ORDER BY name")
        ]
        rooms = {
            str(r[0])
            for r in conn.exec_driver_sql(
                'SELECT id FROM "group" WHERE joined = 1 UNION '
                "SELECT directory_room_id FROM organisation WHERE directory_room_id IS NOT NULL"
            )
        }
    return orgs, rooms


def message_events(replica: Replica, ids: Iterable[int]) -> list[tuple[str, str, str]]:
    """(event id, group id, text) of those of these messages the server has."""
    wanted = list(ids)
    with replica.session() as session:
        rows = session.execute(
            select(Message.event_id, Message.group_id, Message.body).where(
                Message.id.in_(wanted), Message.event_id.is_not(None)
            )
        ).all()
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def message_event_ids(replica: Replica) -> dict[str, set[str]]:
    """Every message's event id by group (messages the server has, deleted or not)."""
    out: dict[str, set[str]] = {}
    with replica.connect() as conn:
        for event_id, group_id in conn.exec_driver_sql(
            "SELECT event_id, group_id FROM message WHERE event_id IS NOT NULL"
        ):
            out.setdefault(str(group_id), set()).add(str(event_id))
    return out


def held_event_ids(replica: Replica) -> list[str]:
    """The events sync keeps back until what they relate to arrives."""
    with replica.connect() as conn:
        return [str(r[0]) for r in conn.exec_driver_sql("SELECT event_id FROM held_event")]
