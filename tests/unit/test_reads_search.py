"""The search box's page of results, read from a replica."""

from __future__ import annotations

from client.reads.search import LIMIT, fill_snippets, search_page
from client.search import SearchHit, sections
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


def test_snippets_for_the_rows_shown_first_and_the_rest_after(sample_replica: Replica) -> None:
    full = search_page(sample_replica, "Wmo")
    first = search_page(sample_replica, "Wmo", snippets=6)
    assert [(h.kind, h.id) for h in first.hits] == [(h.kind, h.id) for h in full.hits]
    # As a list shows them: sections by their best hit, each with its heading row.
    rows: list[SearchHit | None] = []
    for _, members in sections([h.kind for h in first.hits]):
        rows += [None, *(first.hits[i] for i in members)]
    assert len({h.kind for h in first.hits}) > 1 and len(rows) > 6
    assert all(h.snippet and h.title for h in rows[:6] if h is not None)
    later = [h for h in rows[6:] if h is not None]
    assert not any(h.snippet for h in later)
    assert not any(h.title for h in later if h.kind not in {"person", "document"})
    assert first.later is not None and full.later is None
    filled = fill_snippets(sample_replica, first)

    def shown_as(hits: list[SearchHit]) -> list[tuple[object, ...]]:
        return [(h.kind, h.id, h.title, h.snippet, h.place) for h in hits]

    assert shown_as(filled.hits) == shown_as(full.hits) and filled.later is None
    assert fill_snippets(sample_replica, filled) is filled


def test_sections_in_the_order_of_their_best_hit() -> None:
    kinds = ["post", "person", "document", "question", "person", "comment", "signal"]
    assert sections(kinds) == [
        ("posts", [0, 3]),
        ("people", [1, 4]),
        ("documents", [2]),
        ("comments", [5]),
    ]
