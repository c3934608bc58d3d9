"""Search index upkeep: merging the segments a large sync leaves, on a real replica."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

from client import ingest, search
from client.store import Replica
from tests.conftest import GROUP, USER

WORDS = (
    "Sitzung Jugendfürsorge Schadensmeldung Bauantrag Gemeinderat vergadering "
    "coördinatie Straße Müller Büro Protokoll begroting wijkteam Urlaub"
).split()


def _sync_batches(replica: Replica, batches: int, per_batch: int) -> None:
    """Messages in separate write transactions, as sync writes its batches."""
    ids = itertools.count()
    start = datetime(2026, 1, 1)
    for _ in range(batches):
        rows = []
        for _ in range(per_batch):
            n = next(ids)
            words = [WORDS[(n * k) % len(WORDS)] for k in (1, 3, 5, 7)]
            rows.append(
                ingest.MessageRow(
                    event_id=f"$e{n}",
                    kind="post",
                    group_id=GROUP,
                    author=USER,
                    body=f"{' '.join(words)} Nummer {n}",
                    body_html="",
                    created_at=start + timedelta(minutes=n),
                )
            )
        with replica.begin() as conn:
            ingest.ingest_messages(conn, rows)


def _results(replica: Replica) -> dict[str, list[str]]:
    with replica.connect() as conn:
        return {
            query: [hit.id for hit in search.search(conn, query, limit=40).hits]
            for query in ("sitzung", "fürsorge", "mueller", "büro", "verg", "nummer 7")
        }


def test_segment_pages_reads_the_structure_of_a_fresh_index(replica: Replica) -> None:
    with replica.connect() as conn:
        for table in search.FTS_TABLES:
            pages = search.segment_pages(conn, table)
            assert all(p > 0 for p in pages)
            assert not search.needs_merge(pages)


def test_large_segments_are_merged_into_one_with_the_same_results(replica: Replica) -> None:
    _sync_batches(replica, batches=3, per_batch=400)
    with replica.connect() as conn:
        before = search.segment_pages(conn, "search_message")
    assert len(before) >= 2 and search.needs_merge(before)
    found = _results(replica)
    assert all(found.values())

    steps = search.tidy_index(replica)

    assert steps >= 1
    with replica.connect() as conn:
        after = search.segment_pages(conn, "search_message")
        assert conn.exec_driver_sql(
            "INSERT INTO search_message(search_message, rank) VALUES('integrity-check', 0)"
        )
    assert len(after) == 1 and sum(after) <= sum(before)
    assert _results(replica) == found
    assert search.tidy_index(replica) == 0  # nothing left to merge


def test_tidying_stops_between_steps_when_asked(replica: Replica) -> None:
    _sync_batches(replica, batches=3, per_batch=400)
    assert search.tidy_index(replica, stop=lambda: True) == 0
    with replica.connect() as conn:
        assert search.needs_merge(search.segment_pages(conn, "search_message"))


def test_needs_merge_only_for_two_large_segments() -> None:
    assert not search.needs_merge([])
    assert not search.needs_merge([5000])
    assert not search.needs_merge([5000, 40, 30, 20, 10])  # recent writes: FTS5 merges those
    assert search.needs_merge([5000, 4000, 30])
    assert search.needs_merge([900, 1000, 1100])
