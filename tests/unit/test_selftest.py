"""The self-test's region: one group in one organisation, as the sidebar reads it."""

from __future__ import annotations

from client import selftest
from client.reads.overview import account_tree
from client.store import Replica


def test_the_group_is_in_its_organisation(replica: Replica) -> None:
    selftest.write_region(replica, "Selbsttest")
    [org] = [o for o in account_tree(replica).organisations if o.id == selftest.ORGANISATION]
    assert (org.name, [(g.id, g.name) for g in org.groups]) == (
        "Selbsttest",
        [(selftest.GROUP, "Selbsttest")],
    )
