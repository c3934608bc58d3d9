"""What the window shows of an account from the start: the sidebar's tree and the status
line's counts when no sync worker reports.

The rows are defined here, not in ``client.rows``: the sidebar imports this module with the
first account, maybe before the pages have loaded, and the rows of every page would cost it
about a millisecond each to create.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from client import lazy
from client.text import clean_name

if TYPE_CHECKING:
    from client.store import Replica


# -- sidebar ------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupEntry:
    id: str
    name: str
    unread: int
    mentions: int
    # None: the default of the settings; 0: all history (client.offline).
    retention_days: int | None = None
    # Events sync could not apply (client.quarantine), shown for support.
    quarantined: int = 0


@dataclass(frozen=True)
class OrganisationEntry:
    id: str
    name: str
    groups: tuple[GroupEntry, ...]


@dataclass(frozen=True)
class InvitationEntry:
    """An invitation in the sidebar (``client.membership``); not those declined."""

    room_id: str
    name: str
    inviter: str  # their name, or their user id; empty when the server did not say
    state: str = ""  # "accept" while the answer waits to be sent; "withdrawn"


@dataclass(frozen=True)
class AccountTree:
    user_id: str
    display_name: str
    organisations: tuple[OrganisationEntry, ...]
    # Joined rooms in no organisation: shown, never hidden, whoever created them.
    other_groups: tuple[GroupEntry, ...]
    invitations: tuple[InvitationEntry, ...] = ()


def account_tree(replica: Replica) -> AccountTree:
    from sqlalchemy import func, select

    from client.models import Account, Group, GroupOrganisation, Organisation, Person
    from client.quarantine import counts_by_room

    with replica.connect() as conn:
        account = conn.execute(select(Account.user_id, Account.display_name)).first()
        user_id = account[0] if account else ""
        own_name = conn.execute(select(Person.name).where(Person.user_id == user_id)).scalar()
        quarantined = counts_by_room(conn)
        groups = {
            row.id: GroupEntry(
                row.id,
                clean_name(row.name, row.id),
                row.unread_count,
                row.mention_count,
                row.retention_days,
                quarantined.get(row.id, 0),
            )
            for row in conn.execute(
                select(
                    Group.id,
                    Group.name,
                    Group.unread_count,
                    Group.mention_count,
                    Group.retention_days,
                )
                .where(Group.joined.is_(True))
                .order_by(func.lower(Group.name))
            )
        }
        links = conn.execute(
            select(GroupOrganisation.organisation_id, GroupOrganisation.group_id)
        ).all()
        orgs = conn.execute(
            select(Organisation.id, Organisation.name).order_by(func.lower(Organisation.name))
        ).all()
        invitations = tuple(
            InvitationEntry(
                room_id,
                clean_name(name, room_id),
                clean_name(person or "", inviter),
                "withdrawn" if outcome else answer or "",
            )
            for room_id, name, inviter, person, answer, outcome in conn.exec_driver_sql(
                "SELECT i.room_id, i.name, i.inviter, p.name, i.answer, i.outcome "
                "FROM invitation i LEFT JOIN person p ON p.user_id = i.inviter "
                "WHERE i.answer IS NULL OR i.answer != 'decline' "
                "ORDER BY i.invited_at DESC, i.room_id"
            )
        )
    by_org: dict[str, list[GroupEntry]] = {}
    linked: set[str] = set()
    for org_id, group_id in links:
        if group_id in groups:
            by_org.setdefault(org_id, []).append(groups[group_id])
            linked.add(group_id)
    organisations = tuple(
        OrganisationEntry(
            org_id,
            clean_name(name, org_id),
            tuple(sorted(by_org[org_id], key=lambda g: g.name.casefold())),
        )
        for org_id, name in orgs
        if by_org.get(org_id)
    )
    others = tuple(g for g in groups.values() if g.id not in linked)
    display = clean_name(own_name or (account[1] if account and account[1] else ""), user_id)
    return AccountTree(user_id, display, organisations, others, invitations)


# -- status ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LocalStatus:
    """What the status bar shows of an account when no engine reports (offline start)."""

    waiting: int
    failed: int
    last_sync: datetime | None
    # Of the waiting ones: failing for more than a day, still retried.
    stuck: int = 0


def local_status(replica: Replica) -> LocalStatus:
    from sqlalchemy import select

    from client.clock import utcnow
    from client.models import OutboxState, SyncState

    with replica.session() as session:
        counts = lazy.outbox.outbox_counts(session)
        stuck_entries = lazy.outbox.stuck(session, utcnow())
        last = session.scalar(select(SyncState.value).where(SyncState.key == "last_sync"))
    return LocalStatus(
        waiting=counts[OutboxState.WAITING] + counts[OutboxState.SENDING],
        failed=counts[OutboxState.FAILED],
        last_sync=datetime.fromisoformat(last) if last else None,
        stuck=stuck_entries.count,
    )
