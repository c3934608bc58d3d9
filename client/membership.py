"""Invitations and membership as sync keeps them, and what answering, leaving and
inviting write for the outbox.

An invitation is kept from the stripped state the server sends with it: who invited, the
room's name and topic, whether it is a space, and the organisation it belongs to (a space
it names as parent, or one that lists it as a child). All of that is the inviter's
server's word: stored as sent, cleaned when read (``client.text``), never trusted for more.

An answer waits in the outbox (``ACCEPT``, ``DECLINE``); the invitation stays, marked with
the answer, until the server's /sync says the room is joined (the group then arrives like
any other and the invitation goes) or left. An invitation withdrawn before an "accept"
reached the server keeps ``outcome = "withdrawn"`` until the user dismisses it.

Leaving hides the group at once (``joined = 0``) and queues ``LEAVE``; when the server has
it, the group's local copy is purged as when access is taken away (``client.rooms``).
The functions taking a ``Transaction`` run in the caller's; the others open their own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from client import rooms
from client.changes import Changes
from client.models import OutboxKind
from client.store import Replica, Transaction

ACCEPT, DECLINE = "accept", "decline"
WITHDRAWN = "withdrawn"
# Longest name and topic kept: the stripped state is whatever the inviter's server sent.
NAME_CAP = 255
TOPIC_CAP = 4096


@dataclass(frozen=True)
class InvitationRow:
    """An invitation as sync read it (``sync.mapping.invitation``)."""

    room_id: str
    inviter: str
    name: str
    topic: str
    parents: tuple[str, ...] = ()
    is_space: bool = False


# -- as sync applies them ----------------------------------------------------------------


def keep_invitations(
    tx: Transaction,
    rows: Sequence[InvitationRow],
    at: datetime,
    space_links: Iterable[tuple[str, str]] = (),
) -> Changes:
    """New or repeated invitations. A repeated one keeps its answer and when it came; one
    that was withdrawn and comes again starts afresh. ``space_links``: (space, child) as
    ``client.syncstate`` keeps them, for rooms an organisation lists."""
    if not rows:
        return Changes()
    orgs = rooms.organisation_ids(tx)
    listed = {child: space for space, child in space_links if space in orgs}
    tx.exec_driver_sql(
        "INSERT INTO invitation (room_id, inviter, name, topic, organisation_id, is_space, "
        "invited_at, answer, outcome, notified) VALUES (?,?,?,?,?,?,?,NULL,NULL,0) "
        "ON CONFLICT(room_id) DO UPDATE SET inviter=excluded.inviter, name=excluded.name, "
        "topic=excluded.topic, organisation_id=excluded.organisation_id, "
        "is_space=excluded.is_space, "
        "answer=CASE WHEN outcome IS NULL THEN answer END, "
        "notified=CASE WHEN outcome IS NULL THEN notified ELSE 0 END, "
        "invited_at=CASE WHEN outcome IS NULL THEN invited_at ELSE excluded.invited_at END, "
        "outcome=NULL",
        [
            (
                row.room_id,
                row.inviter,
                row.name[:NAME_CAP],
                row.topic[:TOPIC_CAP],
                next((p for p in row.parents if p in orgs), listed.get(row.room_id)),
                row.is_space,
                at,
            )
            for row in rows
        ],
    )
    return Changes(invitations=True)


def invited_rooms(tx: Transaction) -> set[str]:
    return {str(row[0]) for row in tx.exec_driver_sql("SELECT room_id FROM invitation")}


def joined(tx: Transaction, room_ids: Iterable[str]) -> Changes:
    """The server reports these rooms joined: their invitations are answered."""
    done = invited_rooms(tx).intersection(room_ids)
    if not done:
        return Changes()
    tx.exec_driver_sql("DELETE FROM invitation WHERE room_id = ?", [(r,) for r in done])
    return Changes(invitations=True)


def left(tx: Transaction, room_ids: Iterable[str]) -> Changes:
    """The server reports these rooms left: a declined or unanswered invitation goes; an
    accepted one whose answer has not reached the server was withdrawn meanwhile, which
    the user is told, and its answer is not sent."""
    gone = invited_rooms(tx).intersection(room_ids)
    if not gone:
        return Changes()
    for room_id in gone:
        withdrawn(tx, room_id)
    return Changes(invitations=True, outbox=True)


def withdrawn(tx: Transaction, room_id: str) -> None:
    """The invitation is gone on the server: the user is told if they had accepted it."""
    tx.exec_driver_sql(
        "DELETE FROM outbox_entry WHERE group_id = ? AND kind IN (?, ?) AND state != 'sending'",
        (room_id, OutboxKind.ACCEPT.value, OutboxKind.DECLINE.value),
    )
    tx.exec_driver_sql(
        "UPDATE invitation SET outcome = ?, answer = NULL WHERE room_id = ? AND answer = ?",
        (WITHDRAWN, room_id, ACCEPT),
    )
    tx.exec_driver_sql("DELETE FROM invitation WHERE room_id = ? AND outcome IS NULL", (room_id,))


def record_withdrawn(replica: Replica, room_id: str) -> Changes:
    """The server refused an answer because the invitation is no longer there."""
    with replica.begin() as tx:
        withdrawn(tx, room_id)
    return Changes(invitations=True)


def record_left(tx: Transaction, room_id: str) -> Changes:
    """A ``LEAVE`` or ``DECLINE`` reached the server: nothing of the room stays."""
    tx.exec_driver_sql("DELETE FROM invitation WHERE room_id = ?", (room_id,))
    return rooms.forget_room(tx, room_id) | Changes(invitations=True)


# -- what the commands write (in the command's transaction) ------------------------------


def answerable(tx: Transaction, room_id: str) -> bool:
    """Whether the invitation is there and has no answer on its way to the server."""
    row = tx.exec_driver_sql("SELECT outcome FROM invitation WHERE room_id = ?", (room_id,)).first()
    if row is None or row[0] is not None:
        return False
    sending = tx.exec_driver_sql(
        "SELECT 1 FROM outbox_entry WHERE group_id = ? AND kind IN (?, ?) AND state = 'sending'",
        (room_id, OutboxKind.ACCEPT.value, OutboxKind.DECLINE.value),
    ).first()
    return sending is None


def set_answer(tx: Transaction, room_id: str, answer: str) -> None:
    """Record the answer; an earlier one not sent yet is replaced."""
    tx.exec_driver_sql(
        "DELETE FROM outbox_entry WHERE group_id = ? AND kind IN (?, ?) AND state != 'sending'",
        (room_id, OutboxKind.ACCEPT.value, OutboxKind.DECLINE.value),
    )
    tx.exec_driver_sql("UPDATE invitation SET answer = ? WHERE room_id = ?", (answer, room_id))


def dismiss(tx: Transaction, room_id: str) -> bool:
    """Forget a withdrawn invitation the user has read about."""
    gone = tx.exec_driver_sql(
        "DELETE FROM invitation WHERE room_id = ? AND outcome IS NOT NULL", (room_id,)
    )
    return gone.rowcount > 0


def mark_notified(replica: Replica, room_ids: Sequence[str]) -> None:
    """A desktop message told of these invitations."""
    with replica.begin() as tx:
        tx.exec_driver_sql(
            "UPDATE invitation SET notified = 1 WHERE room_id = ?", [(r,) for r in room_ids]
        )


def leave_group(tx: Transaction, group_id: str) -> bool:
    """Hide a joined group until the server has the user's leave; False if not joined."""
    hidden = tx.exec_driver_sql(
        'UPDATE "group" SET joined = 0, unread_count = 0, mention_count = 0 '
        "WHERE id = ? AND joined = 1",
        (group_id,),
    )
    return hidden.rowcount > 0


def set_creators(tx: Transaction, group_id: str, creators: Sequence[str]) -> None:
    """Who created the group, where its room version ranks them above every power level."""
    tx.exec_driver_sql(
        'UPDATE "group" SET creators = ? WHERE id = ?', (json.dumps(list(creators)), group_id)
    )


def add_invited(tx: Transaction, group_id: str, user_id: str) -> None:
    """Show an invitation the user sent in the member list before the server has it."""
    tx.exec_driver_sql(
        "INSERT INTO membership (group_id, user_id, membership, display_name) "
        "VALUES (?, ?, 'invite', NULL) ON CONFLICT(group_id, user_id) DO UPDATE "
        "SET membership = 'invite' WHERE membership NOT IN ('join', 'ban')",
        (group_id, user_id),
    )


def drop_invited(replica: Replica, group_id: str, user_id: str) -> Changes:
    """The server refused an invitation the user sent: it leaves the member list."""
    with replica.begin() as tx:
        tx.exec_driver_sql(
            "DELETE FROM membership WHERE group_id = ? AND user_id = ? AND membership = 'invite'",
            (group_id, user_id),
        )
    return Changes(groups=frozenset({group_id}))
