"""The search box's page of results, read from a replica."""

from __future__ import annotations

from client.reads.search import LIMIT, search_page
from client.store import Replica


def test_a_page_of_hits_best_first_and_whether_there_are_more(sample_replica: Replica) -> None:
    page = search_page(sample_replica, "Wmo")
    assert len(page.hits) == LIMIT and page.has_more
    assert {h.kind for h in page.hits} >= {"person", "post"}
    scores = [h.score for h in page.hits]
    assert scores == sorted(scores, reverse=True)
    few = search_page(sample_replica, "Wmo", limit=3)
    assert [h.id for h in few.hits] == [h.id for h in page.hits[:3]]


def test_nothing_typed_finds_nothing(sample_replica: Replica) -> None:
    assert search_page(sample_replica, "  ").hits == []
    assert search_page(sample_replica, "niemand-heisst-so").hits == []
