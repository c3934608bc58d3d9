"""The account overview read from the replica: the sidebar's tree and the local status."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from client.commands import LocalCommands
from client.mediacache import MediaCache
from client.models import (
    Group,
    GroupOrganisation,
    Organisation,
    OutboxEntry,
    OutboxState,
    Person,
    SyncState,
)
from client.reads.overview import LocalStatus, account_tree, local_status
from client.store import Replica
from tests.conftest import GROUP, ORG, OTHER_GROUP, TEST_KEY, USER


def test_the_tree_has_organisations_with_their_joined_groups_and_the_rest_apart(
    replica: Replica,
) -> None:
    with replica.session() as session, session.begin():
        session.add(Organisation(id="!empty:x", name="aardam", description=""))  # no groups
        session.add(Organisation(id="!zeewolde:x", name="Zeewolde", description=""))
        session.add(Group(id="!left:x", name="Verlaten", joined=False, unread_count=9))
        session.add(Group(id="!alone:x", name="Alleen", unread_count=3, mention_count=1))
        session.add(Group(id="!haven:x", name="haven", retention_days=30))
        session.flush()
        session.add(GroupOrganisation(group_id="!left:x", organisation_id="!empty:x"))
        session.add(GroupOrganisation(group_id="!haven:x", organisation_id="!zeewolde:x"))
        session.add(GroupOrganisation(group_id=GROUP, organisation_id="!zeewolde:x"))
    tree = account_tree(replica)
    assert tree.user_id == USER
    assert tree.display_name == USER  # no directory entry, no display name
    assert [(o.id, [g.name for g in o.groups]) for o in tree.organisations] == [
        (ORG, ["Bouwen", "Jeugd & Gezin"]),  # sorted as people read them
        ("!zeewolde:x", ["haven", "Jeugd & Gezin"]),
    ]
    [alone] = tree.other_groups
    assert (alone.id, alone.unread, alone.mentions) == ("!alone:x", 3, 1)
    haven = tree.organisations[1].groups[0]
    assert haven.retention_days == 30 and tree.organisations[0].groups[0].id == OTHER_GROUP


def test_the_tree_names_the_user_as_the_directory_does(replica: Replica) -> None:
    with replica.session() as session, session.begin():
        session.add(Person(user_id=USER, name="Anke de Boer"))
    assert account_tree(replica).display_name == "Anke de Boer"


def test_the_tree_of_the_sample_region(sample_replica: Replica) -> None:
    tree = account_tree(sample_replica)
    with sample_replica.session() as session:
        joined = set(session.scalars(select(Group.id).where(Group.joined.is_(True))))
    shown = [g.id for o in tree.organisations for g in o.groups] + [g.id for g in tree.other_groups]
    assert set(shown) == joined
    names = [o.name.casefold() for o in tree.organisations]
    assert names == sorted(names) and len(tree.organisations) > 1


def test_local_status_counts_the_outbox_and_says_when_it_last_synced(
    replica: Replica, tmp_path: Path
) -> None:
    assert local_status(replica) == LocalStatus(waiting=0, failed=0, last_sync=None)
    commands = LocalCommands(replica, USER, MediaCache(tmp_path / "media", TEST_KEY))
    for text in ("eins", "zwei", "drei"):
        commands.post(GROUP, text)
    with replica.session() as session, session.begin():
        first, second, _ = session.scalars(select(OutboxEntry).order_by(OutboxEntry.id))
        first.state = OutboxState.FAILED
        second.state = OutboxState.SENDING
        session.add(SyncState(key="last_sync", value="2026-03-02T09:00:00"))
    assert local_status(replica) == LocalStatus(
        waiting=2, failed=1, last_sync=datetime(2026, 3, 2, 9, 0)
    )
