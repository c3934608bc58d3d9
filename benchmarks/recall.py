"""Search measured as recall: does a query find what the person typing it means?

The labelled set (``recall_set.json``, with what each category is and how it was built) holds
hand-written posts and people, planted into the benchmark replica through ``client.ingest``
like everything else, and queries that each list exactly the posts or people they must find.
Every query has a word (a typo query: means a word) that no generated word form contains,
not even as a part (:func:`label_problems`), so what a query lists is all there is to find.

Each query runs through ``client.search.search`` as the search dialog runs it, within its
section: posts, questions and comments for the post categories, people for names. Per query,
``recall@10`` is the share of what it must find that is among the first 10 hits (of at most
10, so a query that must find 12 posts can still score 1) and the reciprocal rank is 1/rank
of the first hit it must find (0 when none is among the first 10); ``search_recall_at_10``
and ``search_mrr`` are their means, over all queries and per category. The goal of
issue 14 is recall@10 ≥ 0.95 overall and in every category; it is reported, not asserted.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy

from client import ingest, search, textfold

SET_FILE = Path(__file__).resolve().with_name("recall_set.json")
K = 10
GOAL = 0.95
PERSON_CATEGORIES = frozenset({"name"})
MISSES_KEPT = 8  # per category: queries below full recall in replica.json, for a first look


@dataclass(frozen=True)
class Post:
    key: str
    language: str
    text: str


@dataclass(frozen=True)
class Person:
    user_id: str
    language: str
    name: str
    title: str
    department: str


@dataclass(frozen=True)
class Query:
    category: str
    language: str
    query: str
    find: tuple[str, ...]  # post keys, or user ids for people
    meant: str | None = None  # what a query with typos means


@dataclass(frozen=True)
class RecallSet:
    posts: tuple[Post, ...]
    people: tuple[Person, ...]
    queries: tuple[Query, ...]

    @property
    def categories(self) -> list[str]:
        return list(dict.fromkeys(q.category for q in self.queries))


def load(path: Path = SET_FILE) -> RecallSet:
    data = json.loads(path.read_text(encoding="utf-8"))
    return RecallSet(
        posts=tuple(Post(**p) for p in data["posts"]),
        people=tuple(Person(**p) for p in data["people"]),
        queries=tuple(Query(**{**q, "find": tuple(q["find"])}) for q in data["queries"]),
    )


# --- checking the labels ------------------------------------------------------------------


def label_problems(recall_set: RecallSet, generated: Iterable[str]) -> list[str]:
    """Why a query's list might not be all there is to find; empty when the set is sound.

    ``generated`` is every word form the replica's generated text, names, titles and places
    can hold. A query must have a word (a typo query: its meant text must) that none of them
    contains, even inside a compound, so that whatever search does with compounds, stems or
    prefixes, only planted items can be what it means.
    """
    haystack = " " + " ".join(textfold.fold(word) for word in generated) + " "
    keys = {p.key for p in recall_set.posts} | {p.user_id for p in recall_set.people}
    problems = []
    for q in recall_set.queries:
        terms = textfold.tokens(textfold.fold(q.meant or q.query))
        if all(term in haystack for term in terms):
            problems.append(f"{q.query!r}: every word is also in generated text")
        if not q.find:
            problems.append(f"{q.query!r}: finds nothing")
        problems += [f"{q.query!r}: no planted {key!r}" for key in q.find if key not in keys]
    return problems


# --- planting -----------------------------------------------------------------------------


def plant(
    conn: sqlalchemy.Connection,
    recall_set: RecallSet,
    *,
    groups: Sequence[str],
    authors: Sequence[str],
    organisations: dict[str, tuple[str, str]],
    start: datetime,
    span: timedelta,
) -> dict[str, str]:
    """Ingest the set's posts and people; returns each key's search hit id.

    Posts go to ``groups`` and ``authors`` in turn, dated evenly over ``start`` + ``span``;
    people belong to the organisation ``organisations`` names (id, name) for their language.
    """
    ids: dict[str, str] = {}
    count = len(recall_set.posts)
    for i, post in enumerate(recall_set.posts):
        row = ingest.MessageRow(
            event_id=f"$recall-{post.key}",
            kind="post",
            group_id=groups[i % len(groups)],
            author=authors[i * 7 % len(authors)],
            body=post.text,
            body_html=f"<p>{post.text}</p>",
            created_at=start + span * ((i + 0.5) / count),
        )
        # One row per call: the message id ingest assigns is what a hit carries.
        (message_id,) = ingest.ingest_messages(conn, [row]).messages
        ids[post.key] = str(message_id)
    ingest.upsert_people(
        conn,
        [
            ingest.PersonEntry(
                user_id=p.user_id,
                name=p.name,
                organisation_id=organisations[p.language][0],
                organisation=organisations[p.language][1],
                title=p.title,
                department=p.department,
                email=f"{p.user_id[1:].split(':')[0]}@{p.user_id.split(':')[1]}",
                updated_at=start,
            )
            for p in recall_set.people
        ],
    )
    ids.update((p.user_id, p.user_id) for p in recall_set.people)
    return ids


# --- measuring ----------------------------------------------------------------------------


def score(ranked: Sequence[str], relevant: Collection[str], k: int = K) -> tuple[float, float]:
    """(recall@k, reciprocal rank within the first k) of one query's ranked hit ids."""
    top = ranked[:k]
    found = len(set(top) & set(relevant))
    recall = found / min(len(relevant), k) if relevant else 0.0
    rank = next((i for i, hit in enumerate(top, 1) if hit in relevant), None)
    return recall, 0.0 if rank is None else 1.0 / rank


Search = Callable[..., search.SearchPage]


def measure(
    conn: sqlalchemy.Connection,
    recall_set: RecallSet,
    ids: dict[str, str],
    *,
    now: datetime,
    run: Search = search.search,
) -> dict[str, Any]:
    """Run every query; recall@10 and MRR overall and per category, and the misses."""
    posts = search.SearchFilters(kinds=search.MESSAGE_KINDS)
    people = search.SearchFilters(kinds=("person",))
    results: list[tuple[Query, float, float, list[str]]] = []
    for q in recall_set.queries:
        filters = people if q.category in PERSON_CATEGORIES else posts
        ranked = [hit.id for hit in run(conn, q.query, filters, limit=K, now=now).hits]
        recall, rr = score(ranked, {ids[key] for key in q.find})
        results.append((q, recall, rr, ranked))

    def summary(rows: Sequence[tuple[Query, float, float, list[str]]]) -> dict[str, Any]:
        return {
            "queries": len(rows),
            "search_recall_at_10": statistics.fmean(r[1] for r in rows),
            "search_mrr": statistics.fmean(r[2] for r in rows),
        }

    keys = {value: key for key, value in ids.items()}
    misses: dict[str, list[dict[str, Any]]] = {}
    for q, recall, _, ranked in results:
        if recall < 1:
            misses.setdefault(q.category, []).append(
                {
                    "query": q.query,
                    "recall": recall,
                    "missing": [key for key in q.find if ids[key] not in ranked],
                    "found": [keys.get(hit, hit) for hit in ranked[:3]],
                }
            )
    return {
        **summary(results),
        "by_category": {
            category: summary([r for r in results if r[0].category == category])
            for category in recall_set.categories
        },
        "misses": {category: found[:MISSES_KEPT] for category, found in misses.items()},
        "missed_queries": sum(len(found) for found in misses.values()),
    }


def below_goal(figures: dict[str, Any]) -> list[str]:
    """One line for the whole set and for each category under the goal."""
    lines = []
    scopes = [("overall", figures), *figures["by_category"].items()]
    for name, values in scopes:
        recall = values["search_recall_at_10"]
        if recall < GOAL:
            lines.append(f"below goal: recall@10 {name} {recall:.3f} < {GOAL}")
    return lines


def print_figures(figures: dict[str, Any]) -> None:
    print(f"search recall ({figures['queries']} labelled queries, top {K} of each section):")
    for category, c in figures["by_category"].items():
        print(
            f"  {category:<15} n={c['queries']:<3} recall@{K} {c['search_recall_at_10']:.3f}  "
            f"MRR {c['search_mrr']:.3f}"
        )
    print(
        f"  {'overall':<15} n={figures['queries']:<3} "
        f"recall@{K} {figures['search_recall_at_10']:.3f}  MRR {figures['search_mrr']:.3f}  "
        f"(goal: recall@{K} >= {GOAL} overall and per category)"
    )
    for line in below_goal(figures):
        print(line)
