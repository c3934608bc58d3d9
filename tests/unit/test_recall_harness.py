"""The recall benchmark's harness (benchmarks/recall.py) computes what it says it computes.

The benchmark only reports figures, so a broken harness would go unnoticed: these tests
give it queries with known answers, on a real replica and with a search whose hits are set.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from benchmarks import recall
from benchmarks.replica import ORGANISATIONS
from benchmarks.textgen import TextGenerator
from client.search import SearchFilters, SearchHit, SearchPage
from client.store import Replica
from devkit import sample
from tests.conftest import GROUP, ORG, USER

NOW = datetime(2026, 1, 1)


def test_recall_and_reciprocal_rank_of_one_query() -> None:
    assert recall.score(["a", "b", "c"], {"a"}) == (1.0, 1.0)
    assert recall.score(["x", "a", "y", "b"], {"a", "b"}) == (1.0, 0.5)
    assert recall.score(["x", "y", "a"], {"a", "b"}) == pytest.approx((0.5, 1 / 3))
    assert recall.score(["x", "y"], {"a"}) == (0.0, 0.0)
    # Only the first k count, and of more than k relevant ones, k found is all there can be.
    assert recall.score(["x", "a"], {"a"}, k=1) == (0.0, 0.0)
    relevant = {f"p{i}" for i in range(12)}
    assert recall.score(sorted(relevant)[:10], relevant) == (1.0, 1.0)


def _set(*queries: recall.Query) -> recall.RecallSet:
    return recall.RecallSet(posts=(), people=(), queries=queries)


def test_means_per_category_and_overall_from_set_hits() -> None:
    queries = (
        recall.Query("part", "nl", "one", ("a",)),
        recall.Query("part", "nl", "two", ("a", "b")),
        recall.Query("typo", "de", "three", ("c",)),
        recall.Query("name", "de", "four", ("@d",)),
    )
    ranked = {"one": ["a"], "two": ["x", "b"], "three": ["y", "z"], "four": ["@d"]}
    asked: list[tuple[str, Any]] = []

    def run(conn: object, query: str, filters: SearchFilters, **_: object) -> SearchPage:
        asked.append((query, filters.kinds))
        hits = [SearchHit("post", hit, None, None, hit, hit, None, 1.0) for hit in ranked[query]]
        return SearchPage(hits=hits, has_more=False, next_offset=None, older_cursor=None)

    figures = recall.measure(
        None,  # type: ignore[arg-type]
        _set(*queries),
        now=NOW,
        label=lambda hit: hit.id,
        run=run,
    )

    by_category = figures["by_category"]
    assert by_category["part"]["search_recall_at_10"] == pytest.approx(0.75)
    assert by_category["part"]["search_mrr"] == pytest.approx(0.75)
    assert by_category["typo"]["search_recall_at_10"] == 0
    assert by_category["name"] == {"queries": 1, "search_recall_at_10": 1, "search_mrr": 1}
    assert figures["search_recall_at_10"] == pytest.approx((1 + 0.5 + 0 + 1) / 4)
    assert figures["search_mrr"] == pytest.approx((1 + 0.5 + 0 + 1) / 4)
    assert figures["missed_queries"] == 2
    assert figures["misses"]["part"][0]["missing"] == ["a"]
    # Names are looked for among people, everything else among posts and comments.
    assert ("four", ("person",)) in asked
    assert all("person" not in kinds for query, kinds in asked if query != "four")
    assert recall.below_goal(figures) == [
        "below goal: recall@10 overall 0.625 < 0.95",
        "below goal: recall@10 part 0.750 < 0.95",
        "below goal: recall@10 typo 0.000 < 0.95",
    ]


def test_planted_set_and_sample_region_on_a_real_replica(sample_replica: Replica) -> None:
    region = recall.sample_region()
    posts, people = recall.sample_texts(region)
    unlabelled = (
        recall.Query("whole", "de", "Wohngeldreform", (), sample=True, forms=("Wohngeldreform",)),
        recall.Query("name", "nl", "Hooijer", (), sample=True),
    )
    on_sample = [
        replace(q, find=tuple(recall.relevant_in_sample(q, posts, people))) for q in unlabelled
    ]
    planted = recall.RecallSet(
        posts=(
            recall.Post("nl-kolk", "nl", "De straatkolk in de Bloemenwijk loopt over."),
            recall.Post("nl-tegel", "nl", "Een losse stoeptegel bij de bibliotheek."),
            recall.Post("de-urne", "de", "Die Wahlurne wird versiegelt."),
        ),
        people=(recall.Person("@wiebke:bench.test", "de", "Wiebke Hinrichsen", "", ""),),
        queries=(
            recall.Query("whole", "nl", "straatkolk", ("nl-kolk",)),
            recall.Query("whole", "de", "Wahlurne", ("de-urne",)),
            recall.Query("multi-word", "nl", "stoeptegel bibliotheek", ("nl-tegel",)),
            # Labelled wrongly on purpose: whatever search does, this is a miss.
            recall.Query("multi-word", "nl", "Bloemenwijk", ("nl-tegel",)),
            recall.Query("name", "de", "Hinrichsen", ("@wiebke:bench.test",)),
            *on_sample,
        ),
    )
    assert [len(q.find) for q in on_sample] == [5, 5]
    with sample_replica.begin() as conn:
        recall.plant(
            conn,
            planted,
            groups=[GROUP],
            authors=[USER],
            organisations={"nl": (ORG, "Harderwijk"), "de": (ORG, "Harderwijk")},
            start=NOW - timedelta(days=30),
            span=timedelta(days=30),
        )

    with sample_replica.connect() as conn:
        figures = recall.measure(
            conn, planted, now=sample.NOW, label=recall.labeller(sample_replica)
        )

    assert figures["by_category"]["whole"]["search_recall_at_10"] == 1
    assert figures["by_category"]["multi-word"]["search_recall_at_10"] == 0.5
    assert figures["by_category"]["name"]["search_mrr"] == 1
    assert figures["search_recall_at_10"] == pytest.approx(6 / 7)
    assert figures["misses"]["multi-word"][0]["found"] == ["nl-kolk"]


def test_the_benchmark_set_is_sound() -> None:
    labelled = recall.load()
    assert len(labelled.queries) >= 300
    assert set(labelled.categories) == {
        "compound part",
        "compound whole",
        "inflection",
        "one typo",
        "two typos",
        "multi-word",
        "name",
    }
    for category in labelled.categories:
        languages = {q.language for q in labelled.queries if q.category == category}
        assert languages == {"nl", "de"}, category
    # Planted items are few per query; the sample region's most common words are not.
    assert all(len(q.find) <= 4 for q in labelled.queries if not q.sample)
    assert sum(q.sample for q in labelled.queries) >= 30
    generated = TextGenerator().word_forms()
    assert recall.label_problems(labelled, [*generated, *ORGANISATIONS]) == []


def test_a_word_the_generator_writes_is_a_label_problem() -> None:
    labelled = recall.RecallSet(
        posts=(recall.Post("p", "de", "Der Bauantrag ist da."),),
        people=(),
        queries=(
            recall.Query("whole", "de", "Bauantrag", ("p",)),
            recall.Query("typo", "de", "Bauantarg", ("p",), meant="Bauantrag"),
            recall.Query("whole", "de", "Straßenlaterne", ("missing",)),
            recall.Query("whole", "nl", "werkinstructie", ("p",)),
            recall.Query("name", "nl", "Hooijer", ("@bart.hooijer:intranet.test",), sample=True),
        ),
    )
    problems = recall.label_problems(labelled, TextGenerator().word_forms())
    assert problems[:4] == [
        "'Bauantrag': every word is also in generated text",
        "'Bauantarg': every word is also in generated text",
        "'Straßenlaterne': no planted 'missing'",
        "'werkinstructie': every word is also in the sample region",
    ]
    assert problems[4].startswith("'Hooijer': the sample region has ['@")
    assert len(problems) == 5
