"""What the packaged app's ``--self-test`` opens its window on: one organisation with one
group, written into a fresh replica as the server's would be."""

from __future__ import annotations

from typing import TYPE_CHECKING

from client import ingest

if TYPE_CHECKING:
    from client.store import Replica

ORGANISATION = "!org:localhost"
GROUP = "!group:localhost"


def write_region(replica: Replica, name: str) -> None:
    """The organisation ``ORGANISATION`` with the group ``GROUP``, both called ``name``."""
    with replica.begin() as conn:
        ingest.upsert_organisations(conn, [ingest.OrganisationRow(ORGANISATION, name)])
        ingest.upsert_groups(conn, [ingest.GroupRow(GROUP, name, organisation_ids=(ORGANISATION,))])


def search_corrects(replica: Replica, word: str) -> bool:
    """Whether search finds a post holding ``word`` when it is typed with a letter missing:
    the typo correction's compiled code (rapidfuzz) is in the bundle and loads."""
    from client.reads.search import search_page

    typo = word[:3] + word[4:]
    return search_page(replica, typo).corrected_query == word
