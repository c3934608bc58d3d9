"""The search box's page of results: what ``client.search`` finds in a replica, best first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from client import lazy

if TYPE_CHECKING:
    from client.search import SearchFilters, SearchPage
    from client.store import Replica

LIMIT = 40


def search_page(
    replica: Replica,
    query: str,
    limit: int = LIMIT,
    filters: SearchFilters | None = None,
    *,
    correct: bool = True,
    snippets: int | None = None,
) -> SearchPage:
    """The first ``limit`` hits for what was typed; ``has_more`` when there are more. With
    ``correct``, a query that finds little is corrected (``SearchPage.corrected_query``).
    With ``snippets``, only the first that many hits of each kind have their snippet: the
    rest follow from :func:`fill_snippets`."""
    with replica.connect() as conn:
        return lazy.search.search(
            conn, query, filters, limit=limit, correct=correct, snippets=snippets
        )


def warm_spelling(replica: Replica) -> int:
    """Have the typo lexicon built for the replica's words as they are now."""
    with replica.connect() as conn:
        return lazy.search.warm_spelling(conn)


def fill_snippets(replica: Replica, page: SearchPage) -> SearchPage:
    """``page`` with every hit's snippet."""
    with replica.connect() as conn:
        return lazy.search.fill_snippets(conn, page)
