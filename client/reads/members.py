"""Invitations and the members of a group.

A member's name, function and organisation come from the people directory; one without a
directory entry is an external partner (as in ``client.reads.people``) and is named as
the server names them. The role follows the group's power levels as sync stored them:
100 and more is an administrator, 50 and more a moderator (the Matrix defaults for
changing the room and for moderating it); in room versions that rank the room's creators
above every power level, they are administrators.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from client.levels import Levels
from client.rows import ADMIN, MEMBER, MODERATOR, GroupPermissions, InvitationRow, MemberRow
from client.text import clean_name, clean_text

if TYPE_CHECKING:
    from client.store import Replica

ADMIN_LEVEL = 100
MODERATOR_LEVEL = 50
_ROLE_ORDER = {ADMIN: 0, MODERATOR: 1, MEMBER: 2}


def invitations(replica: Replica, *, unnotified: bool = False) -> list[InvitationRow]:
    """The invitations not declined, newest first; ``unnotified``: only those no desktop
    message told of yet (and not answered)."""
    where = (
        "i.answer IS NULL AND i.outcome IS NULL AND i.notified = 0"
        if unnotified
        else ("i.answer IS NULL OR i.answer != 'decline'")
    )
    with replica.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT i.room_id, i.name, i.topic, i.inviter, p.name, o.name, i.is_space, "
            "i.invited_at, i.answer, i.outcome, i.notified FROM invitation i "
            "LEFT JOIN person p ON p.user_id = i.inviter "
            "LEFT JOIN organisation o ON o.id = i.organisation_id "
            f"WHERE {where} ORDER BY i.invited_at DESC, i.room_id"
        ).all()
    return [
        InvitationRow(
            room_id=room_id,
            name=clean_name(name or "", room_id),
            topic=clean_text(topic or ""),
            inviter_id=inviter or "",
            inviter_name=clean_name(person or "", inviter or ""),
            organisation=clean_name(org or ""),
            is_space=bool(space),
            invited_at=_as_datetime(at),
            answer=answer,
            withdrawn=outcome is not None,
            notified=bool(notified),
        )
        for room_id, name, topic, inviter, person, org, space, at, answer, outcome, notified in rows
    ]


def _as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _json_list(text: str | None) -> list[str]:
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def role_of(levels: dict[str, object], user_id: str) -> str:
    users = levels.get("users")
    default = levels.get("users_default")
    level = users.get(user_id, default) if isinstance(users, dict) else default
    if not isinstance(level, int):
        level = 0
    if level >= ADMIN_LEVEL:
        return ADMIN
    return MODERATOR if level >= MODERATOR_LEVEL else MEMBER


def members(replica: Replica, group_id: str) -> list[MemberRow]:
    """The group's members and those invited to it: administrators, then moderators, then
    the others, each by name."""
    with replica.connect() as conn:
        stored, creators = conn.exec_driver_sql(
            'SELECT power_levels, creators FROM "group" WHERE id = ?', (group_id,)
        ).first() or (None, None)
        me = conn.exec_driver_sql("SELECT user_id FROM account").scalar() or ""
        rows = conn.exec_driver_sql(
            "SELECT m.user_id, m.membership, m.display_name, p.name, p.title, p.organisation, "
            "p.user_id IS NULL FROM membership m LEFT JOIN person p ON p.user_id = m.user_id "
            "WHERE m.group_id = ? AND m.membership IN ('join', 'invite')",
            (group_id,),
        ).all()
    try:
        levels = json.loads(stored) if stored else {}
    except ValueError:
        levels = {}
    if not isinstance(levels, dict):
        levels = {}
    owners = set(_json_list(creators))
    rights = Levels.parse(stored, creators)
    out = [
        MemberRow(
            user_id=user_id,
            name=clean_name(person or shown or "", user_id),
            title=clean_name(title or ""),
            organisation=clean_name(org or ""),
            role=ADMIN if user_id in owners else role_of(levels, user_id),
            external=bool(external),
            invited=membership == "invite",
            may_kick=rights.known and rights.may_kick(me, user_id) and user_id != me,
            may_set_role=rights.known and rights.may_set_role(me, user_id),
        )
        for user_id, membership, shown, person, title, org, external in rows
    ]
    out.sort(key=lambda m: (_ROLE_ORDER[m.role], m.invited, m.name.casefold(), m.user_id))
    return out


def permissions(replica: Replica, group_id: str) -> GroupPermissions:
    """What the group's power levels, as sync last saw them, allow the signed-in user."""
    with replica.connect() as conn:
        stored, creators = conn.exec_driver_sql(
            'SELECT power_levels, creators FROM "group" WHERE id = ?', (group_id,)
        ).first() or (None, None)
        me = conn.exec_driver_sql("SELECT user_id FROM account").scalar() or ""
    return Levels.parse(stored, creators).permissions(me)


def group_text(replica: Replica, group_id: str) -> tuple[str, str]:
    """The group's name and description as stored, for editing them."""
    with replica.connect() as conn:
        row = conn.exec_driver_sql(
            'SELECT name, description FROM "group" WHERE id = ?', (group_id,)
        ).first()
    return (str(row[0] or ""), str(row[1] or "")) if row is not None else ("", "")
