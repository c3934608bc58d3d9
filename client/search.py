"""Offline full-text search over the replica: posts, questions, comments, documents, people.

Design (and the figures that chose it: docs/architecture.md, "Search"):

* Text is folded in Python (:mod:`client.textfold`) before it reaches FTS5, and queries are
  folded the same way, so ``Büro``/``buro`` and ``Müller``/``Mueller``/``Muller`` meet.
* Each FTS table has a ``parts`` column holding the compound parts and the stems of its
  words (``Bebauungspläne`` → ``bebauung plane plan bebauungsplan``; :mod:`client.lexicon`),
  weighted lower than the text itself. A query term also searches its stems, so
  ``Antrag`` and ``Anträge``, ``rooster`` and ``strooirooster`` meet.
* FTS tables are contentless (``content=''``, ``contentless_delete=1``): the replica tables
  already hold the text, and snippets are built from there with the same folding, because a
  contentless table cannot give ``snippet()``. Only for the rows a list shows first when
  asked (``search(snippets=n)``): :func:`fill_snippets` renders the rest in a second read.
* Messages (up to millions) are never ranked with ``ORDER BY rank``, which reads every match
  of every term. We take the newest ``MESSAGE_CANDIDATES`` matches by message id (the FTS
  rowid counts down from ``_FLIP``, so that they come first; the id grows with arrival;
  a backfilled old message counts as new here, its age still comes
  from ``created_at``) and score those. Not with ``bm25()`` either: its IDF step also reads
  every match of every term. Every candidate contains every query term, so the score is a
  bm25 with one occurrence per term: term weights from ``search_vocab`` and whether it
  matched with whole words or only compound parts, times a recency decay (the message's
  length would cost a read of each candidate's wide row). Very common words are therefore
  cut to recent matches;
  :attr:`SearchPage.older_cursor` continues further back ("show older results").
* Documents and people are few: the newest ``SMALL_CANDIDATES`` matches of each. People
  are ranked with ``bm25()``; documents, whose text makes their doclists as long as the
  messages', like messages, with a weight for where the query matches (name, folder, text).
* Hits rank by tier first (:data:`TIER_WORD`, :data:`TIER_PART`, :data:`TIER_STEM`,
  :data:`TIER_CORRECTED`), then by score: a post with the word as typed above one with it
  as a compound's part above one that shares only a stem with it. A query that finds
  fewer than ``FEW_HITS`` is corrected against the vocabulary (:mod:`client.spelling`) and
  what the corrected query finds follows.
* The last query token is a prefix while typing; it is expanded to the most frequent
  completions from ``search_vocab`` (term → number of indexed items containing it), which
  is maintained on every write, because ``fts5vocab`` counts are far too slow.
* User text never reaches MATCH as syntax: the expression is built from folded tokens, each
  double-quoted, which FTS5 treats as a plain string whatever the token is.

Everything here runs in the caller's transaction and never commits.
"""

from __future__ import annotations

import dataclasses
import html
import json
import math
import operator
import re
import secrets
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any, NamedTuple

import sqlalchemy

from client import spelling, textfold
from client.clock import utcnow
from client.store import use_large_cache
from client.text import clean_name

if TYPE_CHECKING:
    from client.store import Replica

_FTS_OPTIONS = "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'"

SCHEMA_DDL: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE search_message USING fts5(body, parts, {_FTS_OPTIONS})",
    f"CREATE VIRTUAL TABLE search_document USING fts5(name, folder, body, parts, {_FTS_OPTIONS})",
    "CREATE VIRTUAL TABLE search_person USING fts5(name, title, department, organisation, "
    f"skills, location, parts, {_FTS_OPTIONS})",
    # Contentless FTS rows are keyed by integer rowid; documents and people have text keys.
    "CREATE TABLE search_document_key (rowid INTEGER PRIMARY KEY, "
    "document_id TEXT NOT NULL UNIQUE)",
    "CREATE TABLE search_person_key (rowid INTEGER PRIMARY KEY, user_id TEXT NOT NULL UNIQUE)",
    "CREATE TABLE search_vocab (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID",
)

MESSAGE_KINDS = frozenset({"post", "question", "comment"})
# Message FTS rowids count down from here (see index_messages).
_FLIP = 1 << 62
ALL_KINDS = MESSAGE_KINDS | {"document", "person"}

# Newest matches re-ranked per window (docs/architecture.md: bounded candidate sets). Within a
# window every candidate holds every term, so relevance differs only by whole word versus
# compound part; three pages of 50 are plenty, and each candidate costs a random read of the
# index.
MESSAGE_CANDIDATES = 150
# Stem-only candidates are read to tell compound parts from other words (about 25 µs
# each), the newest first and only until this many candidates match better: the rest rank
# as stem matches, which changes the order only below the hits a screen shows.
_TEXT_CHECKS = 20
MESSAGE_SCAN = 10_000  # most FTS matches one request reads while filtering them
# Documents and people: at most this many of the most recently indexed matches are ranked
# (ranking every match of a common word among 20,000 people costs tens of milliseconds).
# Matches beyond that are not ranked; a more specific query finds them.
SMALL_CANDIDATES = 100
PREFIX_COMPLETIONS = 16
# Completions of very short prefixes are the most frequent words, whose doclists dominate the
# cost of the OR (and of bm25 for documents and people); two or three letters get fewer.
_COMPLETIONS_BY_LENGTH = {2: 6, 3: 10}
MIN_PREFIX = 2  # a single typed letter matches only itself: its completions say nothing
MAX_TERMS = 8
MAX_TERM_LEN = 64
MAX_QUERY_CHARS = 2000
MAX_LIMIT = 200
VOCAB_MAX_TERM = 40  # longer tokens (hashes, URLs) are not worth completing to
RECENCY_HALF_DAYS = 90.0  # a message this old scores half of a new one with the same text

_PARTS_WEIGHT = 0.3
_NAME_WEIGHT = 6.0  # a document whose name holds the query, against 1.0 for its text
_FOLDER_WEIGHT = 2.0
_PERSON_WEIGHTS = f"10.0, 4.0, 3.0, 2.0, 3.0, 2.0, {_PARTS_WEIGHT}"

_SNIPPET_CHARS = 200
_SNIPPET_LEAD = 50
_SNIPPET_SCAN = 5_000  # chars of a long document looked at for a snippet
_SNIPPET_STARTS = 30  # matches tried as the start of the snippet window
_DOCUMENT_SCAN = 200_000  # chars of a document's text searched for a hit to show
# Chars read first: the hit is nearly always in them, and reading a long text whole from the
# encrypted file costs more than the rest of a page of results.
_DOCUMENT_HEAD = 8_000
_DOCUMENT_WINDOW = 1_000  # chars after the hit a document's snippet is chosen from
_HIT_WINDOW = 4_000  # chars screened at a time for it
_TITLE_CHARS = 80
_SQL_CHUNK = 500
_DB_TIME = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy's DateTime stores values in SQLite


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class MessageDoc:
    id: int
    kind: str
    group_id: str
    author: str
    body: str
    created_at: datetime


@dataclass(frozen=True)
class DocumentDoc:
    id: str
    group_id: str
    name: str
    folder: str
    text: str | None
    updated_at: datetime


@dataclass(frozen=True)
class PersonDoc:
    user_id: str
    name: str
    title: str
    department: str
    organisation: str
    skills: Sequence[str]
    location: str


@dataclass(frozen=True)
class SearchFilters:
    """Narrow a search; ``None`` means no restriction.

    A filter that does not apply to a kind leaves that kind out: with ``authors`` or a date
    range no people are found (they have neither); documents match ``authors`` on who last
    changed them and the date range on ``updated_at``; people match ``group_ids`` through
    their membership and ``organisation_ids`` through their directory organisation.
    ``since`` is inclusive, ``until`` exclusive; naive datetimes are UTC like the replica.
    """

    kinds: Collection[str] | None = None
    group_ids: Collection[str] | None = None
    organisation_ids: Collection[str] | None = None
    authors: Collection[str] | None = None
    since: datetime | None = None
    until: datetime | None = None


# The sections of a result list, each with the kinds of hit it shows (see ``sections``).
SECTIONS: tuple[tuple[str, frozenset[str]], ...] = (
    ("people", frozenset({"person"})),
    ("posts", frozenset({"post", "question"})),
    ("comments", frozenset({"comment"})),
    ("documents", frozenset({"document"})),
)

# How a hit matched, best first; a hit of a better tier always ranks above one of a worse.
TIER_WORD = 0  # whole words (or their plurals, or completions of the last one)
TIER_PART = 1  # some query term only as part of a compound
# Posts only: some query term only through a stem it shares with another word (Kramer for
# kraam, alle for Allee), not as a word or a compound's part.
TIER_STEM = 2
TIER_CORRECTED = 3  # only the query with typos corrected finds it
# The exact query "finds little" below this many hits: then its typos are corrected.
FEW_HITS = 3


@dataclass(frozen=True)
class SearchHit:
    kind: str  # post, question, comment, document, person
    id: str  # message id (as text), document id or user id
    group_id: str | None
    author: str | None  # message author, last editor of a document, None for a person
    # Plain text: first line of a message, document or person name; a message's is empty,
    # like its snippet, until rendered.
    title: str
    # HTML-escaped text with <b>…</b> around matched words; empty until rendered for a hit
    # beyond ``search(snippets=…)`` (see :func:`fill_snippets`).
    snippet: str
    created_at: datetime | None  # documents: updated_at; people: None
    score: float  # relevance times recency; orders hits within a tier
    tier: int = TIER_WORD
    # Where in a document the snippet is, where known: ("page", "3"), ("slide", "2"),
    # ("sheet", name); the kinds of ``client.extract.formats``.
    place: tuple[str, str] | None = None


@dataclass(frozen=True)
class SearchPage:
    hits: list[SearchHit]
    has_more: bool  # next_offset or older_cursor is set
    next_offset: int | None  # pass as ``offset`` (same cursor) for the next page
    # Messages are searched in windows of the newest matches; this continues with older
    # ones ("show older results"). Pass as ``cursor`` with offset 0.
    older_cursor: str | None
    # Set when typos were corrected: the query as typed with the corrections, whose results
    # follow the literal query's own. Searching ``literal_query`` with ``correct=False``
    # shows what was typed alone.
    corrected_query: str | None = None
    literal_query: str | None = None
    # What :func:`fill_snippets` needs for the hits left without a snippet; None when none is.
    later: object | None = field(default=None, repr=False, compare=False)


_EMPTY = SearchPage(hits=[], has_more=False, next_offset=None, older_cursor=None)


# --------------------------------------------------------------------------- schema


def create_schema(conn: sqlalchemy.Connection) -> None:
    for statement in SCHEMA_DDL:
        conn.exec_driver_sql(statement)


def _driver(conn: sqlalchemy.Connection) -> Any:
    """The sqlite3-compatible connection under ``conn``, inside the caller's transaction."""
    if not conn.in_transaction():
        # Autobegin, so that SQLAlchemy's commit() also commits what we write below it.
        conn.exec_driver_sql("SELECT 1")
    return conn.connection.driver_connection


# --------------------------------------------------------------------------- vocabulary

# Upserting every distinct term of every batch into search_vocab cost more than the FTS
# insert itself. So each database connection remembers which terms are already in the table
# (``known``, filled when a transaction that inserted them commits); only new terms are
# inserted, and the document frequency of known terms is counted from every
# VOCAB_SAMPLE-th message (by id) and scaled up. The frequencies only order prefix
# completions, so an estimate is enough.
VOCAB_SAMPLE = 32
# Those sampled counts are spread over the whole vocabulary, so writing them dirtied nearly
# every page of search_vocab in every batch (a tenth of what a big sync wrote). The
# connection holds them and writes them with every VOCAB_FLUSH_EVERY-th batch of messages;
# counts held when the program ends are lost, which only makes the estimate a little low.
VOCAB_FLUSH_EVERY = 16
_KNOWN_LIMIT = 300_000
_STATE_KEY = "treffpunkt.search.vocab"
# A token in sync_state that changes whenever terms leave search_vocab (a purge, a rebuild).
# Every connection's ``known`` terms and held counts are then out of date, in this process
# and in the other one (window and sync worker share the file): a connection that finds a
# token other than its own starts afresh, so that held counts never write a purged term back.
_EPOCH_KEY = "search.vocab.epoch"


@dataclass
class _VocabState:
    known: set[str]
    pending: set[str]  # inserted in the current transaction
    held: Counter[str] = field(default_factory=Counter)  # sampled counts of committed batches
    held_now: Counter[str] = field(default_factory=Counter)  # ... of the current transaction
    # Held counts written in the current transaction: held again if it rolls back.
    flushed: Counter[str] | None = None
    batches: int = 0  # batches of messages since the held counts were last written
    epoch: str | None = None  # the _EPOCH_KEY token this state is valid for

    def start_afresh(self, epoch: str | None) -> None:
        self.known, self.pending = set(), set()
        self.held, self.held_now, self.flushed, self.batches = Counter(), Counter(), None, 0
        self.epoch = epoch


def _vocab_state(conn: sqlalchemy.Connection) -> _VocabState:
    db = _driver(conn)
    info = conn.connection.info
    state = info.get(_STATE_KEY)
    if not isinstance(state, _VocabState):
        state = info[_STATE_KEY] = _VocabState(known=set(), pending=set())
    row = db.execute("SELECT value FROM sync_state WHERE key = ?", (_EPOCH_KEY,)).fetchone()
    epoch = None if row is None else str(row[0])
    if epoch != state.epoch:
        state.start_afresh(epoch)
    engine = conn.engine
    if not sqlalchemy.event.contains(engine, "commit", _on_commit):
        sqlalchemy.event.listen(engine, "commit", _on_commit)
        sqlalchemy.event.listen(engine, "rollback", _on_rollback)
        sqlalchemy.event.listen(engine, "rollback_savepoint", _on_rollback_savepoint)
        sqlalchemy.event.listen(engine, "reset", _on_reset)
    return state


def _on_commit(conn: sqlalchemy.Connection) -> None:
    state = conn.connection.info.get(_STATE_KEY)
    if isinstance(state, _VocabState):
        if state.pending:
            if len(state.known) < _KNOWN_LIMIT:
                state.known |= state.pending
            state.pending = set()
        if state.held_now:
            state.held.update(state.held_now)
            state.held_now = Counter()
        state.flushed = None


def _forget_transaction(state: _VocabState) -> None:
    state.pending = set()
    state.held_now = Counter()
    if state.flushed is not None:
        state.held.update(state.flushed)  # written in vain: write them again later
        state.flushed = None


def _on_rollback(conn: sqlalchemy.Connection) -> None:
    state = conn.connection.info.get(_STATE_KEY)
    if isinstance(state, _VocabState):
        _forget_transaction(state)


def _on_rollback_savepoint(conn: sqlalchemy.Connection, name: str, context: object) -> None:
    # Forget what this transaction inserted; it will be upserted again. Held counts it wrote
    # before the savepoint stay written, so they are not held again (rather too low than
    # counted twice).
    state = conn.connection.info.get(_STATE_KEY)
    if isinstance(state, _VocabState):
        state.pending = set()
        state.held_now = Counter()


def _on_reset(dbapi_connection: object, record: Any, reset_state: object) -> None:
    # A connection going back to the pool is rolled back without a Connection event.
    state = record.info.get(_STATE_KEY)
    if isinstance(state, _VocabState):
        _forget_transaction(state)


def _vocabulary_shrank(conn: sqlalchemy.Connection) -> None:
    """Terms left search_vocab: every connection's state is out of date (see _EPOCH_KEY)."""
    epoch = secrets.token_hex(8)
    _driver(conn).execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_EPOCH_KEY, epoch),
    )
    _vocab_state(conn)  # this connection's, started afresh


def _sampled_counts(state: _VocabState, sampled: Counter[str]) -> dict[str, int]:
    """The sampled counts to write with this batch: none, or all that are held."""
    state.held_now.update(sampled)
    state.batches += 1
    if state.batches < VOCAB_FLUSH_EVERY:
        return {}
    state.batches = 0
    counts = state.held + state.held_now
    state.flushed = state.held
    state.held = Counter()
    state.held_now = Counter()
    return {t: n * VOCAB_SAMPLE for t, n in counts.items()}


def _write_vocab(db: Any, state: _VocabState, terms: set[str], counts: dict[str, int]) -> None:
    new = terms - state.known
    new -= state.pending
    for term in new:
        counts.setdefault(term, 1)
    state.pending |= new
    rows = sorted((t, n) for t, n in counts.items() if len(t) <= VOCAB_MAX_TERM)
    if rows:
        db.executemany(
            "INSERT INTO search_vocab (term, df) VALUES (?, ?) "
            "ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
            rows,
        )


# --------------------------------------------------------------------------- indexing


def _index_message_rows(
    db: Any, state: _VocabState, rows: Iterable[tuple[int, str]], *, new: bool = False
) -> None:
    # The per-message loops are the ingest hot path (a million rows): they stick to C-level
    # string operations, and everything per distinct word happens once per batch.
    fold, tokens = textfold.fold, textfold.tokens
    ids: list[int] = []
    texts: list[str] = []
    word_lists: list[list[str]] = []
    for message_id, body in rows:
        folded = fold(body)
        ids.append(message_id)
        texts.append(folded)
        word_lists.append(tokens(folded))  # lists: a set per message costs more than it saves
    batch_words: set[str] = set().union(*word_lists)
    textfold.classify(batch_words)  # from here on parts_text has every compound of the batch
    parts_of = textfold.parts_text.get
    sampled: Counter[str] = Counter()
    out = []
    for message_id, folded, words in zip(ids, texts, word_lists, strict=True):
        # A compound that occurs twice in a message repeats its parts; message search only
        # asks whether a term occurs (no bm25), so that costs nothing but a few tokens.
        parts = " ".join(filter(None, map(parts_of, words)))
        if message_id % VOCAB_SAMPLE == 0:
            sampled.update(set(words))
            sampled.update(textfold.vocabulary_terms(parts.split()))
        out.append((_FLIP - message_id, folded, parts))
    # FTS5 flushes its in-memory index to a new segment whenever a rowid is lower than the
    # one written before it; flipped rowids arrive in descending order, so without the sort
    # every message would become a segment of its own.
    out.sort()
    db.executemany(
        # A plain INSERT skips the lookup of an existing row that REPLACE needs on a
        # contentless table; it is for rows the caller knows are new.
        f"INSERT {'' if new else 'OR REPLACE '}INTO search_message (rowid, body, parts) "
        "VALUES (?, ?, ?)",
        out,
    )
    # Only words new to this database need their parts looked up: a known compound's parts
    # were inserted in the same transaction as the compound itself.
    new_words = batch_words - state.known
    new_words -= state.pending
    parts_of_new = set().union(*map(textfold.compound_parts, textfold.compounds_in(new_words)))
    terms = new_words | textfold.vocabulary_terms(parts_of_new)
    _write_vocab(db, state, terms, _sampled_counts(state, sampled))


def index_messages(
    conn: sqlalchemy.Connection, docs: Sequence[MessageDoc], *, new: bool = False
) -> None:
    """Index (or re-index after an edit) posts, questions and comments.

    The FTS rowid is ``_FLIP - message id``: FTS5 walks a doclist forwards far more cheaply
    than backwards (about three times at a million messages), and the newest matches are what search
    reads first.

    The search joins ``message`` for kind, group, author, date and the ``deleted`` flag, so
    only the body is indexed here. Document frequencies in ``search_vocab`` only grow (an
    edit or delete does not know the old text); they only order prefix completions.
    """
    if docs:
        db = _driver(conn)
        _index_message_rows(db, _vocab_state(conn), ((d.id, d.body) for d in docs), new=new)


def index_new_messages(conn: sqlalchemy.Connection, rows: Sequence[tuple[int, str]]) -> None:
    """:func:`index_messages` for ``(message id, body)`` of messages not indexed before.

    The bulk path of sync: a batch of a thousand messages needs no document object each.
    """
    if rows:
        _index_message_rows(_driver(conn), _vocab_state(conn), rows, new=True)


def unindex_messages(conn: sqlalchemy.Connection, ids: Sequence[int]) -> None:
    if ids:
        _driver(conn).executemany(
            "DELETE FROM search_message WHERE rowid = ?", [(_FLIP - i,) for i in ids]
        )


def _key_rowid(db: Any, table: str, column: str, key: str) -> int:
    row = db.execute(
        f"INSERT INTO {table} ({column}) VALUES (?) "
        f"ON CONFLICT ({column}) DO UPDATE SET {column} = excluded.{column} RETURNING rowid",
        (key,),
    ).fetchone()
    return int(row[0])


def _fold_fields(fields: Sequence[str]) -> tuple[list[str], set[str]]:
    folded = [textfold.fold(f) for f in fields]
    words: set[str] = set()
    for f in folded:
        words.update(textfold.tokens(f))
    return folded, words


def index_documents(conn: sqlalchemy.Connection, docs: Sequence[DocumentDoc]) -> None:
    """Index name, folder and (for text-like documents) extracted text."""
    if not docs:
        return
    db = _driver(conn)
    counts: Counter[str] = Counter()
    terms: set[str] = set()
    for d in docs:
        rowid = _key_rowid(db, "search_document_key", "document_id", d.id)
        folded, words = _fold_fields((d.name, d.folder, d.text or ""))
        parts = textfold.parts_of_words(words)
        vocabulary = words | textfold.vocabulary_terms(parts)
        counts.update(vocabulary)
        terms |= vocabulary
        db.execute(
            "INSERT OR REPLACE INTO search_document (rowid, name, folder, body, parts) "
            "VALUES (?, ?, ?, ?, ?)",
            (rowid, *folded, " ".join(parts)),
        )
    _write_vocab(db, _vocab_state(conn), terms, dict(counts))


def index_people(conn: sqlalchemy.Connection, docs: Sequence[PersonDoc]) -> None:
    if not docs:
        return
    db = _driver(conn)
    counts: Counter[str] = Counter()
    terms: set[str] = set()
    for p in docs:
        rowid = _key_rowid(db, "search_person_key", "user_id", p.user_id)
        fields = (p.name, p.title, p.department, p.organisation, " ; ".join(p.skills), p.location)
        folded, words = _fold_fields(fields)
        parts = textfold.parts_of_words(words)
        vocabulary = words | textfold.vocabulary_terms(parts)
        counts.update(vocabulary)
        terms |= vocabulary
        db.execute(
            "INSERT OR REPLACE INTO search_person (rowid, name, title, department, "
            "organisation, skills, location, parts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (rowid, *folded, " ".join(parts)),
        )
    _write_vocab(db, _vocab_state(conn), terms, dict(counts))


def _unindex_keyed(db: Any, fts: str, table: str, column: str, keys: Sequence[str]) -> None:
    for key in keys:
        row = db.execute(f"SELECT rowid FROM {table} WHERE {column} = ?", (key,)).fetchone()
        if row is not None:
            db.execute(f"DELETE FROM {fts} WHERE rowid = ?", (row[0],))
            db.execute(f"DELETE FROM {table} WHERE rowid = ?", (row[0],))


def unindex_documents(conn: sqlalchemy.Connection, ids: Sequence[str]) -> None:
    if ids:
        _unindex_keyed(_driver(conn), "search_document", "search_document_key", "document_id", ids)


def unindex_people(conn: sqlalchemy.Connection, ids: Sequence[str]) -> None:
    if ids:
        _unindex_keyed(_driver(conn), "search_person", "search_person_key", "user_id", ids)


# --------------------------------------------------------------------------- purging


def words_of_group(conn: sqlalchemy.Connection, group_id: str) -> dict[str, int]:
    """The terms a group's messages and documents put into ``search_vocab``, each with the
    document frequency it added as the vocabulary counted it (every document; messages
    by sample, see VOCAB_SAMPLE). Read before the group's rows go; see ``forget_words``."""
    db = _driver(conn)
    every: set[str] = set()
    sampled: Counter[str] = Counter()
    fold, tokens = textfold.fold, textfold.tokens
    for message_id, body in db.execute(
        "SELECT id, body FROM message WHERE group_id = ?", (group_id,)
    ):
        words = set(tokens(fold(body)))
        every |= words
        if message_id % VOCAB_SAMPLE == 0:
            sampled.update(words | textfold.parts_of_words(words))
    added = dict.fromkeys(every | textfold.parts_of_words(every), 0)
    for term, n in sampled.items():
        added[term] = n * VOCAB_SAMPLE
    for fields in db.execute(
        "SELECT name, folder, coalesce(text_content, '') FROM document WHERE group_id = ?",
        (group_id,),
    ):
        _count_fields(added, fields)
    return added


def words_of_people(conn: sqlalchemy.Connection, user_ids: Sequence[str]) -> dict[str, int]:
    """``words_of_group`` for directory entries (a people directory that was left)."""
    db = _driver(conn)
    added: dict[str, int] = {}
    for start in range(0, len(user_ids), _SQL_CHUNK):
        chunk = list(user_ids[start : start + _SQL_CHUNK])
        for row in db.execute(
            "SELECT name, title, department, organisation, skills, location FROM person "
            f"WHERE user_id IN ({_marks(chunk)})",
            chunk,
        ):
            name, title, department, organisation, skills, location = row
            fields = (name, title, department, organisation, " ; ".join(_skills(skills)), location)
            _count_fields(added, [f or "" for f in fields])
    return added


def _count_fields(added: dict[str, int], fields: Sequence[str]) -> None:
    _, words = _fold_fields(fields)
    for term in words | textfold.parts_of_words(words):
        added[term] = added.get(term, 0) + 1


def forget_words(conn: sqlalchemy.Connection, added: dict[str, int]) -> None:
    """Take back from ``search_vocab`` what purged rows added (``words_of_group``): a term
    that no indexed row holds any more goes, the others lose what the rows added to their
    count. Runs after the rows have left the FTS tables, in the same transaction.

    Whether a term is still held is asked of the index itself: the vocabulary's counts are
    estimates, and a term of the purged group may well be in another one."""
    db = _driver(conn)
    counted = _vocab_counts(db, sorted(t for t in added if len(t) <= VOCAB_MAX_TERM))
    gone, lower = [], []
    for term, df in counted.items():
        if _indexed(db, term):
            lower.append((max(1, df - added[term]), term))
        else:
            gone.append((term,))
    db.executemany("DELETE FROM search_vocab WHERE term = ?", gone)
    db.executemany("UPDATE search_vocab SET df = ? WHERE term = ?", lower)
    _vocabulary_shrank(conn)


def _vocab_counts(db: Any, terms: Sequence[str]) -> dict[str, int]:
    """``search_vocab``'s count of each of ``terms`` it holds."""
    counts: dict[str, int] = {}
    for start in range(0, len(terms), _SQL_CHUNK):
        chunk = terms[start : start + _SQL_CHUNK]
        counts.update(
            db.execute(
                f"SELECT term, df FROM search_vocab WHERE term IN ({_marks(chunk)})", chunk
            ).fetchall()
        )
    return counts


def _indexed(db: Any, term: str) -> bool:
    phrase = '"' + term.replace('"', '""') + '"'
    return any(
        db.execute(f"SELECT 1 FROM {fts} WHERE {fts} MATCH ? LIMIT 1", (phrase,)).fetchone()
        for fts in FTS_TABLES
    )


# --------------------------------------------------------------------------- index upkeep

FTS_TABLES = ("search_message", "search_document", "search_person")
# Pages one merge step writes: a step is a write transaction of its own (a few tenths of a
# second), so what the user writes meanwhile waits for one step at most.
MERGE_STEP_PAGES = 500
# A segment holding at least this share of an index's pages is a large one.
_LARGE_SEGMENT_SHARE = 0.1
_STRUCTURE_ROWID = 10  # FTS5's structure record in <table>_data
_STRUCTURE_V2 = b"\xff\x00\x00\x01"


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at ``at``: its value and the offset after it."""
    value = 0
    for i in range(9):
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + i + 1
    raise AssertionError("unreachable")


class _Segment(NamedTuple):
    pages: int  # leaf pages
    tombstone_pages: int  # pages of deleted rowids (contentless_delete)


def segment_pages(conn: sqlalchemy.Connection, table: str) -> list[int]:
    """The leaf pages of each segment of an FTS5 index, read from its structure record.

    FTS5 writes every batch of inserts as a new segment and merges segments of a similar
    size (``automerge``). Each search term is looked up in every segment, so an index built
    by a large sync, whose biggest segments are never merged with each other, answers
    queries slower than one merged into a single segment: at a million messages, 10
    segments against 1 took search p95 from 21-23 to 14-15 ms.
    """
    return [segment.pages for segment in _segments(conn, table)]


def _segments(conn: sqlalchemy.Connection, table: str) -> list[_Segment]:
    row = (
        _driver(conn)
        .execute(f"SELECT block FROM {table}_data WHERE id = ?", (_STRUCTURE_ROWID,))
        .fetchone()
    )
    if row is None:
        return []
    data = bytes(row[0])
    at = 4  # the configuration cookie
    v2 = data[at : at + 4] == _STRUCTURE_V2  # with per-segment counts (contentless_delete)
    if v2:
        at += 4
    levels, at = _varint(data, at)
    _, at = _varint(data, at)  # the number of segments
    _, at = _varint(data, at)  # the write counter
    segments = []
    for _ in range(levels):
        _, at = _varint(data, at)  # segments of this level being merged
        count, at = _varint(data, at)
        for _ in range(count):
            _, at = _varint(data, at)  # segment id
            first, at = _varint(data, at)
            last, at = _varint(data, at)
            tombstones = 0
            if v2:
                _, at = _varint(data, at)  # origin, first
                _, at = _varint(data, at)  # origin, last
                tombstones, at = _varint(data, at)
                _, at = _varint(data, at)  # deleted entries
                _, at = _varint(data, at)  # entries
            segments.append(_Segment(last - first + 1, tombstones))
    return segments


def needs_merge(pages: Sequence[int]) -> bool:
    """Whether an index has two or more large segments (see ``segment_pages``).

    Small segments are the recent writes, which FTS5 merges among themselves; two large
    ones appear after a bulk load, or once the additions since the last full merge amount
    to a tenth of the index. A full merge then rewrites the index once.
    """
    total = sum(pages)
    return sum(1 for p in pages if p >= total * _LARGE_SEGMENT_SHARE) >= 2


def merge_step(conn: sqlalchemy.Connection, table: str) -> None:
    """Merge all of ``table``'s segments towards one, by about ``MERGE_STEP_PAGES`` pages.

    A negative page count makes FTS5 merge across levels, like ``optimize``, but in steps.
    """
    _driver(conn).execute(
        f"INSERT INTO {table}({table}, rank) VALUES('merge', ?)", (-MERGE_STEP_PAGES,)
    )


def tidy_index(replica: Replica, stop: Callable[[], bool] = lambda: False) -> int:
    """Merge each search index that ``needs_merge`` into one segment, step by step, each
    step in a write transaction of its own; returns the number of steps taken.

    The sync engine runs it when it has caught up; ``stop`` ends it between two steps (the
    next call goes on where it stopped). A merged index answers the same queries.
    """
    steps = 0
    for table in FTS_TABLES:
        with replica.connect() as conn:
            if not needs_merge(segment_pages(conn, table)):
                continue
        while not stop():
            with replica.begin() as conn:
                db = _driver(conn)
                use_large_cache(db)
                before = db.total_changes
                merge_step(conn, table)
                merged = db.total_changes - before
                steps += 1
                done = len(segment_pages(conn, table)) <= 1
            if done or merged <= 1:  # the merge command itself counts as one change
                break
    return steps


def merge_out_deleted(
    replica: Replica, table: str, stop: Callable[[], bool] = lambda: False
) -> bool:
    """Merge ``table`` until it is one segment that holds no deleted rows; False when
    ``stop`` ended it first (the next call goes on).

    A row deleted from a contentless table is only marked deleted (``contentless_delete``):
    its terms and positions stay in the segments until a merge writes them anew without
    it. After a purge that is what makes the purged words leave the file. Steps of
    ``MERGE_STEP_PAGES``, each its own write transaction, as in ``tidy_index``.
    """
    while True:
        with replica.connect() as conn:
            segments = _segments(conn, table)
        if len(segments) <= 1 and not any(s.tombstone_pages for s in segments):
            return True
        if stop():
            return False
        with replica.begin() as conn:
            db = _driver(conn)
            use_large_cache(db)
            before = db.total_changes
            merge_step(conn, table)
            if db.total_changes - before <= 1:
                # Nothing left that a merge step takes on: rewrite the index whole.
                db.execute(f"INSERT INTO {table}({table}) VALUES('optimize')")
                return True


def rebuild(conn: sqlalchemy.Connection, *, batch: int = 5000) -> None:
    """Drop all index data and index the replica again (migration, repair)."""
    db = _driver(conn)
    for fts in ("search_message", "search_document", "search_person"):
        db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('delete-all')")
    for table in ("search_document_key", "search_person_key", "search_vocab"):
        db.execute(f"DELETE FROM {table}")
    _vocabulary_shrank(conn)
    state = _vocab_state(conn)
    last = -(2**63)
    while True:
        rows = db.execute(
            "SELECT id, body FROM message WHERE deleted = 0 AND id > ? ORDER BY id LIMIT ?",
            (last, batch),
        ).fetchall()
        if not rows:
            break
        _index_message_rows(db, state, rows, new=True)
        last = rows[-1][0]
    state.batches = VOCAB_FLUSH_EVERY - 1  # the next batch writes what is held: this one
    _write_vocab(db, state, set(), _sampled_counts(state, Counter()))
    docs = [
        DocumentDoc(
            id=r[0],
            group_id=r[1],
            name=r[2],
            folder=r[3] or "",
            text=r[4],
            updated_at=_parse_time(r[5]) or datetime.min,
        )
        for r in db.execute(
            "SELECT id, group_id, name, folder, text_content, updated_at FROM document "
            "WHERE deleted = 0"
        )
    ]
    index_documents(conn, docs)
    people = [
        PersonDoc(
            user_id=r[0],
            name=r[1],
            title=r[2] or "",
            department=r[3] or "",
            organisation=r[4] or "",
            skills=_skills(r[5]),
            location=r[6] or "",
        )
        for r in db.execute(
            "SELECT user_id, name, title, department, organisation, skills, location FROM person"
        )
    ]
    index_people(conn, people)


def _skills(raw: object) -> list[str]:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return [str(raw)]
    if isinstance(raw, list):
        return [str(s) for s in raw]
    return []


# --------------------------------------------------------------------------- queries


@dataclass(frozen=True)
class _Plan:
    match: str
    # The same matches for messages, read more cheaply: a word is indexed under its stems,
    # so a term with an indexed stem is found through the stem alone (one doclist instead
    # of two); whether it matched as a whole word still comes from body_match.
    message_match: str
    exact: frozenset[str]  # every term a word may fold to (or have as a part) to count
    prefix: str | None
    group_df: tuple[int, ...]  # estimated number of items containing each query term
    terms: tuple[str, ...] = ()  # the folded query terms
    term_df: tuple[int, ...] = ()  # the vocabulary's count of each term itself
    truncated: bool = False  # the query was cut to MAX_QUERY_CHARS or MAX_TERMS
    ors: tuple[str, ...] = ()  # one FTS5 OR-group per term; match is their AND
    # Each term as typed or completed, without its stems: in the text column (a whole word)
    # and in any column (a word or a compound part); and each term's forms with its stems.
    whole_match: str = ""
    part_match: str = ""
    typed: tuple[frozenset[str], ...] = ()
    forms: tuple[frozenset[str], ...] = ()

    def text_match(self, columns: str) -> str:
        """``match`` restricted to ``columns`` (all but the compound parts)."""
        return " AND ".join(f"{{{columns}}} : {o}" for o in self.ors)


def _plan(db: Any, query: str) -> _Plan | None:
    text = query[:MAX_QUERY_CHARS]
    toks = list(dict.fromkeys(textfold.tokens(textfold.fold(text))))
    truncated = len(toks) > MAX_TERMS or len(text) < len(query)
    toks = [t[:MAX_TERM_LEN] for t in toks[:MAX_TERMS]]
    if not toks:
        return None
    prefix = None
    if not truncated and not text[-1:].isspace() and len(toks[-1]) >= MIN_PREFIX:
        prefix = toks[-1]
    variants = {t: textfold.term_stems(t) for t in toks}
    df = _vocab_counts(db, sorted({v for vs in variants.values() for v in vs} | set(toks)))
    groups: list[list[str]] = []
    narrow: list[list[str]] = []
    typed: list[list[str]] = []
    for tok in toks:
        # Stems are indexed but only the word-like ones are in the vocabulary (df).
        stems = list(variants[tok])
        alternatives = [tok, *stems]
        if tok == prefix:
            completions = db.execute(
                "SELECT term, df FROM search_vocab WHERE term > ? AND term < ? "
                "ORDER BY df DESC LIMIT ?",
                (tok, tok + "\U0010ffff", _COMPLETIONS_BY_LENGTH.get(len(tok), PREFIX_COMPLETIONS)),
            ).fetchall()
            df.update(completions)
            alternatives += [term for term, _ in completions]
        typed.append([tok] + [term for term, _ in completions] if tok == prefix else [tok])
        groups.append(list(dict.fromkeys(alternatives)))
        narrow.append(stems if stems and tok != prefix else groups[-1])
    # Tokens are runs of letters and digits, so a double-quoted token is always a plain FTS5
    # string: no operator, column filter or quote can come from the user.
    ors = [_any_of(group) for group in groups]
    return _Plan(
        match=" AND ".join(ors),
        message_match=" AND ".join(map(_any_of, narrow)),
        exact=frozenset(alt for group in groups for alt in group),
        prefix=prefix,
        group_df=tuple(sum(df.get(alt, 0) for alt in group) for group in groups),
        terms=tuple(toks),
        ors=tuple(ors),
        term_df=tuple(df.get(t, 0) for t in toks),
        truncated=truncated,
        whole_match=" AND ".join(f"body : {_any_of(t)}" for t in typed),
        part_match=" AND ".join(map(_any_of, typed)),
        typed=tuple(map(frozenset, typed)),
        forms=tuple(map(frozenset, groups)),
    )


def _any_of(terms: Sequence[str]) -> str:
    return "(" + " OR ".join(f'"{term}"' for term in terms) + ")"


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def _db_time(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime(_DB_TIME)


def _parse_time(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def _decay(age_days: float | None) -> float:
    if age_days is None:
        return 1.0
    return 1.0 / (1.0 + max(0.0, age_days) / RECENCY_HALF_DAYS)


class _Candidate(NamedTuple):
    # Sorted as a tuple: best tier first, then best score, then newest, then a stable order.
    tier: int
    neg_score: float
    age_days: float  # computed by SQLite (julianday), so no datetime is parsed per candidate
    kind: str
    key: str
    group_id: str | None
    author: str | None
    created: object  # as stored; parsed only for the hits of the page
    extra: tuple[Any, ...]


_NO_AGE = float("inf")  # people have no date; they follow dated items of equal score


def search(
    conn: sqlalchemy.Connection,
    query: str,
    filters: SearchFilters | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
    cursor: str | None = None,
    now: datetime | None = None,
    correct: bool = True,
    snippets: int | None = None,
) -> SearchPage:
    """Search everything, best first (by tier, then relevance times recency), one page at a
    time.

    Any ``query`` is accepted; one with no letters or digits finds nothing. ``offset`` pages
    within the current window; ``cursor`` (from :attr:`SearchPage.older_cursor`) moves to
    older messages, where documents and people are not repeated. When the query finds fewer
    than ``FEW_HITS`` and ``correct`` is true, its typos are corrected against the
    vocabulary and what the corrected query finds follows (:data:`TIER_CORRECTED`).

    With ``snippets``, only the hits on the first that many rows of a list ordered by
    :func:`sections` get their snippet (a document's costs a read of its text): the rows
    shown before it is scrolled. :func:`fill_snippets` renders the others afterwards.
    """
    filters = _normalised(filters or SearchFilters())
    limit = max(0, min(int(limit), MAX_LIMIT))
    offset = max(0, int(offset))
    before: int | None = None
    if cursor is not None:
        before = _parse_cursor(cursor)
        if before is None:
            return _EMPTY
    if limit == 0:
        return _EMPTY
    kinds = ALL_KINDS if filters.kinds is None else ALL_KINDS & set(filters.kinds)
    if not kinds:
        return _EMPTY
    db = conn.connection.driver_connection
    use_large_cache(db)
    plan = _plan(db, query)
    if plan is None:
        return _EMPTY
    now = now or utcnow()
    if now.tzinfo is not None:
        now = now.astimezone(UTC).replace(tzinfo=None)

    # The best offset + limit + 1 of each kind are all a merged page can need, and they do
    # not depend on the offset, so pages stay consistent (nor does the decision to correct).
    wanted = max(offset + limit + 1, FEW_HITS)
    found = _Found(db, filters, kinds, before, _db_time(now), wanted)
    candidates, older_cursor = found.candidates(plan)
    corrected_query = None
    if correct and len(candidates) < FEW_HITS:
        fixed = _corrected(conn, db, query, plan)
        if fixed is not None:
            corrections, fixed_plan = fixed
            more, fixed_older = found.candidates(fixed_plan)
            seen = {(c.kind, c.key) for c in candidates}
            more = [c._replace(tier=TIER_CORRECTED) for c in more if (c.kind, c.key) not in seen]
            if more:
                candidates += more
                # Shown as the corrected words are written where they were found.
                more.sort(key=operator.itemgetter(0, 1, 2, 3, 4))
                spelled = _spelled(db, set(corrections.values()), more[:_SPELLING_SOURCES])
                corrected_query = spelling.rewrite(query, corrections, spelled)
                older_cursor = fixed_older or older_cursor
                # Snippets mark what either query matched.
                plan = dataclasses.replace(fixed_plan, exact=plan.exact | fixed_plan.exact)

    candidates.sort(key=operator.itemgetter(0, 1, 2, 3, 4))
    page = candidates[offset : offset + limit]
    next_offset = offset + limit if len(candidates) > offset + limit else None
    due = _due(page, snippets)
    hits = _render(db, plan, page, due)
    rest = tuple(c for c, now_ in zip(page, due, strict=True) if not now_)
    return SearchPage(
        hits=hits,
        has_more=next_offset is not None or older_cursor is not None,
        next_offset=next_offset,
        older_cursor=older_cursor,
        corrected_query=corrected_query,
        literal_query=query if corrected_query is not None else None,
        later=_Later(plan, rest) if rest else None,
    )


@dataclass(frozen=True)
class _Later:
    plan: _Plan
    candidates: tuple[_Candidate, ...]


def sections(kinds: Sequence[str]) -> list[tuple[str, list[int]]]:
    """The order a result list shows hits of these ``kinds`` (best first) in: grouped by
    :data:`SECTIONS`, each group best first, the group with the best hit first; each
    section's name with the indexes of its hits."""
    found: dict[str, list[int]] = {}
    for i, kind in enumerate(kinds):
        name = next((n for n, ks in SECTIONS if kind in ks), None)
        if name is not None:
            found.setdefault(name, []).append(i)
    return sorted(found.items(), key=lambda section: section[1][0])


def _due(page: Sequence[_Candidate], snippets: int | None) -> list[bool]:
    """Which candidates of ``page`` get their snippet now: all, or those on the first
    ``snippets`` rows of the list :func:`sections` orders (a section's heading is a row)."""
    if snippets is None:
        return [True] * len(page)
    due = [False] * len(page)
    rows = 0
    for _, members in sections([c.kind for c in page]):
        rows += 1
        for i in members[: max(0, snippets - rows)]:
            due[i] = True
        rows += len(members)
        if rows >= snippets:
            break
    return due


def fill_snippets(conn: sqlalchemy.Connection, page: SearchPage) -> SearchPage:
    """``page`` with the snippets ``search(snippets=…)`` left out rendered (as ``search``
    renders them), in the same order."""
    later = page.later
    if not isinstance(later, _Later):
        return page
    db = conn.connection.driver_connection
    use_large_cache(db)
    candidates = list(later.candidates)
    done = {
        (h.kind, h.id): h for h in _render(db, later.plan, candidates, [True] * len(candidates))
    }
    hits = [done.get((h.kind, h.id), h) for h in page.hits]
    return dataclasses.replace(page, hits=hits, later=None)


@dataclass(frozen=True)
class _Found:
    """One request's candidate search, for the literal plan and a corrected one alike."""

    db: Any
    filters: SearchFilters
    kinds: frozenset[str] | set[str]
    before: int | None
    now: str
    wanted: int

    def candidates(self, plan: _Plan) -> tuple[list[_Candidate], str | None]:
        out: list[_Candidate] = []
        older_cursor = None
        if self.kinds & MESSAGE_KINDS:
            found, oldest = _message_candidates(
                self.db, plan, self.filters, self.kinds & MESSAGE_KINDS, self.before, self.now
            )
            out += found
            if oldest is not None:
                older_cursor = f"m{oldest}"
        if self.before is None:
            if "document" in self.kinds:
                out += _document_candidates(self.db, plan, self.filters, self.wanted, self.now)
            if "person" in self.kinds:
                out += _person_candidates(self.db, plan, self.filters, self.wanted)
        return out, older_cursor


def _corrected(
    conn: sqlalchemy.Connection, db: Any, query: str, plan: _Plan
) -> tuple[dict[str, str], _Plan] | None:
    """The corrections of the query's typos (``client.spelling``; folded word → folded
    term) and the corrected query's plan, or None when no word needs or finds a
    correction. A cut-off query is taken as it is."""
    if plan.truncated:
        return None
    words = [
        t for t, df in zip(plan.terms, plan.term_df, strict=True) if spelling.correctable(t, df)
    ]
    if not words:
        return None
    lexicon = spelling.lexicon(conn.engine, _vocab_fingerprint(db), partial(_vocab_terms, db))
    found = {word: lexicon.candidates(word) for word in words}
    counted = _vocab_counts(db, sorted({term for terms in found.values() for term in terms}))
    corrections = spelling.choose(
        found, dict(zip(plan.terms, plan.term_df, strict=True)), counted, plan.exact
    )
    if not corrections:
        return None
    fixed_query = spelling.rewrite(query, corrections)
    fixed_plan = _plan(db, fixed_query)
    return None if fixed_plan is None else (corrections, fixed_plan)


_SPELLING_SOURCES = 3  # corrected hits whose text shows how a corrected term is written
_SPELLING_SCAN = 8_000  # chars of a document's text looked at for it


def _spelled(db: Any, terms: set[str], hits: Sequence[_Candidate]) -> dict[str, str]:
    """How each of ``terms`` (folded vocabulary terms) is written in the text of ``hits``
    (``Müller`` for ``muller``), for those it occurs in as a word of its own."""
    found: dict[str, str] = {}
    for c in hits:
        if c.kind in MESSAGE_KINDS:
            row = db.execute("SELECT body FROM message WHERE id = ?", (int(c.key),)).fetchone()
            texts = [str(row[0] or "")] if row else []
        elif c.kind == "document":
            texts = [*map(str, c.extra), _document_text(db, c.key)[:_SPELLING_SCAN]]
        else:
            texts = [str(f) for f in c.extra if isinstance(f, str)]
        for text in texts:
            for word in spelling.words(text):
                folded = textfold.tokens(textfold.fold_word(word))
                if len(folded) == 1 and folded[0] in terms:
                    found.setdefault(folded[0], word)
            if len(found) == len(terms):
                return found
    return found


def warm_spelling(conn: sqlalchemy.Connection) -> int:
    """Build the typo corrections' lexicon for the vocabulary as it is now, unless it is
    current: done in the background once a replica opens and after its words change, so
    that a search that corrects a typo finds it built. Returns its number of terms."""
    db = conn.connection.driver_connection
    return spelling.lexicon(conn.engine, _vocab_fingerprint(db), partial(_vocab_terms, db)).size


def _vocab_fingerprint(db: Any) -> tuple[str | None, int]:
    """Changes whenever the set of vocabulary terms does: terms are only ever added (the
    count grows) or taken out together with a new epoch token (``_vocabulary_shrank``)."""
    row = db.execute("SELECT value FROM sync_state WHERE key = ?", (_EPOCH_KEY,)).fetchone()
    (count,) = db.execute("SELECT count(*) FROM search_vocab").fetchone()
    return (None if row is None else str(row[0]), int(count))


def _vocab_terms(db: Any) -> Iterator[str]:
    for (term,) in db.execute("SELECT term FROM search_vocab"):
        yield term


def _normalised(filters: SearchFilters) -> SearchFilters:
    # A lone string is a Collection[str] of its characters; take it as one value.
    def one(values: Collection[str] | None) -> Collection[str] | None:
        if values is None:
            return None
        return (values,) if isinstance(values, str) else tuple(values)

    return SearchFilters(
        kinds=one(filters.kinds),
        group_ids=one(filters.group_ids),
        organisation_ids=one(filters.organisation_ids),
        authors=one(filters.authors),
        since=filters.since,
        until=filters.until,
    )


def _parse_cursor(cursor: str) -> int | None:
    if not cursor.startswith("m"):
        return None
    try:
        return int(cursor[1:])
    except ValueError:
        return None


def _row_filters(
    filters: SearchFilters, group: str, author: str, time: str
) -> tuple[list[str], list[object]]:
    """WHERE clauses and their parameters for the group, organisation, author and date
    filters, on the given columns (messages and documents name them differently)."""
    where: list[str] = []
    params: list[object] = []
    if filters.group_ids is not None:
        where.append(f"{group} IN ({_marks(list(filters.group_ids))})")
        params += list(filters.group_ids)
    if filters.organisation_ids is not None:
        where.append(
            f"{group} IN (SELECT group_id FROM group_organisation WHERE organisation_id "
            f"IN ({_marks(list(filters.organisation_ids))}))"
        )
        params += list(filters.organisation_ids)
    if filters.authors is not None:
        where.append(f"{author} IN ({_marks(list(filters.authors))})")
        params += list(filters.authors)
    if filters.since is not None:
        where.append(f"{time} >= ?")
        params.append(_db_time(filters.since))
    if filters.until is not None:
        where.append(f"{time} < ?")
        params.append(_db_time(filters.until))
    return where, params


def _message_candidates(
    db: Any,
    plan: _Plan,
    filters: SearchFilters,
    kinds: set[str] | frozenset[str],
    before: int | None,
    now: str,
) -> tuple[list[_Candidate], int | None]:
    window = MESSAGE_CANDIDATES  # offsets page within it; older_cursor continues below
    where = ["m.deleted = 0"]
    params: list[object] = []
    if kinds != MESSAGE_KINDS:
        where.append(f"m.kind IN ({_marks(sorted(kinds))})")
        params += sorted(kinds)
    more_where, more_params = _row_filters(filters, "m.group_id", "m.author", "m.created_at")
    where += more_where
    params += more_params
    # FTS rowids are flipped message ids (see index_messages): ascending rowid is newest first.
    fts_where = "search_message MATCH ?" + (" AND rowid > ?" if before is not None else "")
    match = plan.message_match
    fts_params: list[object] = [match] if before is None else [match, _FLIP - before]
    # The inner query walks FTS matches newest-first (FTS5 serves rowid order itself) and
    # stops after MESSAGE_SCAN of them, so a selective filter on a common word cannot make
    # one request read every match; message is probed by primary key for the filters and the
    # deleted flag, and the outer LIMIT stops at MESSAGE_CANDIDATES.
    # No bm25() here: its IDF step reads every match of every term (tens of milliseconds for
    # common words at a million messages), so messages are scored below from the vocabulary.
    rows = db.execute(
        "SELECT m.id, m.kind, m.group_id, m.author, m.created_at, "
        "julianday(?) - julianday(m.created_at) "
        f"FROM (SELECT {_FLIP} - rowid AS rid FROM search_message WHERE {fts_where} "
        "ORDER BY rowid LIMIT ?) AS f "
        "CROSS JOIN message AS m INDEXED BY ix_message_search ON m.id = f.rid "
        # No ORDER BY: the CROSS JOIN keeps the inner (newest first) order, and sorting on
        # the flipped id would make SQLite read every match into a temporary b-tree first.
        f"WHERE {' AND '.join(where)} LIMIT ?",
        [now, *fts_params, MESSAGE_SCAN, *params, window],
    ).fetchall()
    rows.sort(key=lambda r: r[0], reverse=True)
    oldest: int | None = None
    if len(rows) == window:
        oldest = rows[-1][0]
    else:
        # Fewer candidates than wanted: either all matches were read, or the scan limit was
        # reached, and then older results continue below the last match it read.
        last = db.execute(
            f"SELECT {_FLIP} - rowid FROM search_message WHERE {fts_where} ORDER BY rowid "
            "LIMIT 1 OFFSET ?",
            [*fts_params, MESSAGE_SCAN - 1],
        ).fetchone()
        if last is not None:
            oldest = int(last[0])
    if not rows:
        return [], oldest
    # How each candidate matches, from the same query without stems on the text column
    # (whole words), then on every column (compound parts), bounded to the candidates' rowid
    # range; what matches only through stems is looked at in its text.
    span = (_FLIP - rows[0][0], _FLIP - rows[-1][0])
    whole = _messages_matching(db, plan.whole_match, span)
    part = _messages_matching(db, plan.part_match, span) if len(whole) < len(rows) else whole
    rest = [r[0] for r in rows if r[0] not in part]  # newest first
    if rest and len(part) < _TEXT_CHECKS:
        part = part | _compound_stem_matches(db, plan, rest[: _TEXT_CHECKS - len(part)])
    total = max(_message_count(db), 1)
    # Every candidate contains every query term, so the terms' weight is one number for all;
    # what tells candidates apart is whether they match whole words, and their age. (The
    # body's length would cost a read of every candidate's row: the covering index
    # ix_message_search answers this query without touching the table.)
    relevance_base = sum(_idf(df, total) for df in plan.group_df)
    out = []
    for message_id, kind, group_id, author, created, age in rows:
        relevance, tier = relevance_base, TIER_WORD
        if message_id not in whole:
            relevance *= _PARTS_WEIGHT
            tier = TIER_PART if message_id in part else TIER_STEM
        out.append(
            _Candidate(
                tier,
                -relevance * _decay(age),
                _NO_AGE if age is None else age,
                kind,
                str(message_id),
                group_id,
                author,
                created,
                (),
            )
        )
    return out, oldest


def _messages_matching(db: Any, match: str, span: tuple[int, int]) -> set[int]:
    """The message ids matching ``match`` among FTS rowids ``span`` (inclusive)."""
    return {
        r[0]
        for r in db.execute(
            f"SELECT {_FLIP} - rowid FROM search_message WHERE search_message MATCH ? "
            "AND rowid BETWEEN ? AND ?",
            (match, *span),
        )
    }


def _compound_stem_matches(db: Any, plan: _Plan, ids: Sequence[int]) -> set[int]:
    """Those of the messages ``ids`` in which every query term is a word as typed, or one of
    its forms is a part of a compound as it stands there (Marktkramen for kraam), rather
    than only sharing a stem with another word (Kramer) or with a part (Marktplatz for
    Marke). The index holds stems, not where they came from, so this reads the text."""
    # The words that hold one of a term's forms as a compound part, per term, and the words
    # looked at: the texts share most of their words, so each is looked at once.
    holding: list[set[str]] = [set() for _ in plan.forms]
    seen: set[str] = set()
    out = set()
    # A word holds a form only if the form stands in it: pieces are substrings of the word or
    # of a stem of it, which differs from the word in its last letters only (heden → heid).
    # Words without a form's beginning are not looked up in the word list at all: that lookup
    # is most of what a first search over unseen text costs.
    heads = {form[: max(2, len(form) - 2)] for forms in plan.forms for form in forms}
    for at in range(0, len(ids), _SQL_CHUNK):
        chunk = ids[at : at + _SQL_CHUNK]
        for message_id, body in db.execute(
            f"SELECT id, body FROM message WHERE id IN ({_marks(chunk)})", chunk
        ):
            words = set(textfold.tokens(textfold.fold(body or "")))
            new = {w for w in words - seen if any(head in w for head in heads)}
            seen |= words
            for word in textfold.compounds_in(new):  # words with parts or stems at all
                parts = textfold.compound_parts(word)
                for forms, held in zip(plan.forms, holding, strict=True):
                    if not forms.isdisjoint(parts) and not forms.isdisjoint(
                        textfold.compound_pieces(word)
                    ):
                        held.add(word)
            # Every held word has parts, so it is one of the compounds of the text it is in.
            if all(
                not typed.isdisjoint(words) or not held.isdisjoint(words)
                for typed, held in zip(plan.typed, holding, strict=True)
            ):
                out.add(message_id)
    return out


def _idf(df: int, total: int) -> float:
    df = min(max(df, 1), total)
    return math.log(1.0 + (total - df + 0.5) / (df + 0.5))


def _message_count(db: Any) -> int:
    # An upper bound, read from the primary key index in O(1); only scales the idf.
    row = db.execute("SELECT max(id) FROM message").fetchone()
    return int(row[0] or 0)


def _document_candidates(
    db: Any, plan: _Plan, filters: SearchFilters, n: int, now: str
) -> list[_Candidate]:
    more_where, more_params = _row_filters(filters, "d.group_id", "d.updated_by", "d.updated_at")
    where = ["search_document MATCH ?", "d.deleted = 0", *more_where]
    params: list[object] = [now, plan.match, *more_params, SMALL_CANDIDATES]
    # The newest SMALL_CANDIDATES matches. No bm25(): its IDF step reads every match of every
    # term, which the documents' text makes as long as the messages' (7 ms for a typed
    # prefix with 50,000 documents); they are scored below as messages are.
    rows = db.execute(
        "SELECT search_document.rowid, d.id, d.group_id, d.updated_by, d.updated_at, d.name, "
        "d.folder, julianday(?) - julianday(d.updated_at) "
        "FROM search_document CROSS JOIN search_document_key AS k "
        "ON k.rowid = search_document.rowid "
        "JOIN document AS d INDEXED BY ix_document_search ON d.id = k.document_id "
        f"WHERE {' AND '.join(where)} ORDER BY search_document.rowid DESC LIMIT ?",
        params,
    ).fetchall()
    rowids = [r[0] for r in rows]
    tiers = _small_tiers(db, "search_document", plan, "name folder body", rowids)
    whole = {rowid for rowid, tier in tiers.items() if tier == TIER_WORD}
    # What matches in the name or the folder alone also matches in name, folder and text:
    # only those are asked again, and the folder only for what the name did not find.
    in_name = _matching(db, "search_document", plan.text_match("name"), whole)
    in_folder = _matching(db, "search_document", plan.text_match("folder"), whole - in_name)
    base = sum(_idf(df, max(_message_count(db), 1)) for df in plan.group_df)
    found = []
    for rid, doc_id, group_id, updated_by, updated, name, folder, age in rows:
        # Where the whole query matches: the name weighs most, then the folder, the text.
        if rid in in_name:
            weight = _NAME_WEIGHT
        elif rid in in_folder:
            weight = _FOLDER_WEIGHT
        else:
            weight = 1.0 if tiers[rid] == TIER_WORD else _PARTS_WEIGHT
        found.append(
            _Candidate(
                tiers[rid],
                -base * weight * _decay(age),
                _NO_AGE if age is None else age,
                "document",
                doc_id,
                group_id,
                updated_by,
                updated,
                (name, folder),
            )
        )
    return sorted(found)[:n]


def _matching(db: Any, fts: str, match: str, rowids: Collection[int]) -> set[int]:
    """Those of ``rowids`` that ``match`` finds, asked within their rowid range only."""
    if not rowids:
        return set()
    found = {
        r[0]
        for r in db.execute(
            f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? AND rowid BETWEEN ? AND ?",
            (match, min(rowids), max(rowids)),
        )
    }
    return found.intersection(rowids)


def _small_tiers(
    db: Any, fts: str, plan: _Plan, text_columns: str, rowids: Sequence[int]
) -> dict[int, int]:
    """The tier of each of the candidates ``rowids`` of a document or person search: the
    query once more without the compound parts, bounded to the candidates' rowid range."""
    whole = _matching(db, fts, plan.text_match(text_columns), rowids)
    return {rowid: TIER_WORD if rowid in whole else TIER_PART for rowid in rowids}


def _person_candidates(db: Any, plan: _Plan, filters: SearchFilters, n: int) -> list[_Candidate]:
    if filters.authors is not None or filters.since is not None or filters.until is not None:
        return []
    where = ["search_person MATCH ?"]
    params: list[object] = [plan.match]
    if filters.group_ids is not None:
        where.append(
            "p.user_id IN (SELECT user_id FROM membership WHERE membership = 'join' AND "
            f"group_id IN ({_marks(list(filters.group_ids))}))"
        )
        params += list(filters.group_ids)
    if filters.organisation_ids is not None:
        where.append(f"p.organisation_id IN ({_marks(list(filters.organisation_ids))})")
        params += list(filters.organisation_ids)
    params.append(SMALL_CANDIDATES)
    rows = db.execute(
        "SELECT search_person.rowid, p.user_id, p.name, p.title, p.department, "
        "p.organisation, p.skills, p.location, "
        f"bm25(search_person, {_PERSON_WEIGHTS}) AS score "
        "FROM search_person CROSS JOIN search_person_key AS k "
        "ON k.rowid = search_person.rowid JOIN person AS p ON p.user_id = k.user_id "
        f"WHERE {' AND '.join(where)} ORDER BY search_person.rowid DESC LIMIT ?",
        params,
    ).fetchall()
    tiers = _small_tiers(
        db,
        "search_person",
        plan,
        "name title department organisation skills location",
        [r[0] for r in rows],
    )
    found = [
        _Candidate(tiers[r[0]], r[8], _NO_AGE, "person", r[1], None, None, None, r[2:8])
        for r in rows
    ]
    return sorted(found)[:n]


# --------------------------------------------------------------------------- snippets


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKUP = re.compile(r"(?m)^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))|[*`~]+")


_MD_CHARS = re.compile(r"[\[*`~#>]")


def _plain(markdown: str) -> str:
    """Markdown as a reader sees it, roughly: snippets should not show ``**`` or URLs."""
    if _MD_CHARS.search(markdown):
        markdown = _MD_MARKUP.sub("", _MD_LINK.sub(r"\1", markdown))
    return " ".join(markdown.split())


def _screen_table() -> dict[int, str]:
    """A length-keeping fold for screening: each letter to its folded base letter.

    ``str.translate`` with this table runs in C and keeps every offset, so matches found in
    the screened text are spans of the stored text. It is rougher than ``textfold.fold``
    (ß becomes one s, ae stays ae); the patterns below allow for that, and every word the
    screen finds is checked with the real fold.
    """
    table: dict[int, str] = {}
    ranges = [
        range(0x41, 0x5B),
        range(0xC0, 0x250),
        range(0x370, 0x530),
        range(0x1E00, 0x1F00),
    ]
    for cp in (c for r in ranges for c in r):
        folded = textfold.fold(chr(cp))
        if len(folded) == 1 and folded != chr(cp):
            table[cp] = folded
        elif folded == "ss":
            table[cp] = "s"
    return table


_SCREEN_TABLE = _screen_table()


def _latin1_screen_table() -> bytes:
    """The same fold for text that is all Latin-1 (nearly all German and Dutch text), as a
    256-byte table: ``bytes.translate`` runs it at memory speed, where ``str.translate``
    looks every character up in a dict once the text has one non-ASCII character (about
    10 µs per 100 characters, most of what a page of snippets cost)."""
    out = bytearray(range(256))
    for byte in range(256):
        screened = _SCREEN_TABLE.get(byte, chr(byte)).lower()
        if len(screened) == 1 and ord(screened) < 256:
            out[byte] = ord(screened)
    return bytes(out)


_SCREEN_LATIN1 = _latin1_screen_table()


_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]+")


def _screened(text: str) -> str:
    """``text`` with every letter folded to its base letter, keeping every offset."""
    try:
        return text.encode("latin-1").translate(_SCREEN_LATIN1).decode("latin-1")
    except UnicodeEncodeError:
        pass
    # Nearly all of it is Latin-1 even so (a „quote“, a dash, a dotless i): that goes through the
    # byte table, and only the runs beyond it through the slower str table.
    screened = (
        text.encode("latin-1", "replace").translate(_SCREEN_LATIN1).decode("latin-1")
    )  # one "?" per character beyond Latin-1, so offsets stay
    pieces, at = [], 0
    for run in _BEYOND_LATIN1.finditer(text):
        pieces.append(screened[at : run.start()])
        pieces.append(run[0].translate(_SCREEN_TABLE))
        at = run.end()
    pieces.append(screened[at:])
    return "".join(pieces)


def _screen_pattern(alternatives: Iterable[str]) -> re.Pattern[str]:
    """A regex finding, in screened text, the places where a matching word may be.

    Every matching word contains one of the alternatives once folded, so scanning for them
    in C and checking only the words around them keeps snippets cheap; the screen may
    over-match. The pattern is a plain alternation (no word-boundary scaffolding around it),
    so the regex engine skips quickly to the alternatives' first letters; it has no large
    character classes, so compiling it costs microseconds.
    """
    minimal: list[str] = []
    for alt in sorted(set(alternatives), key=len):
        if not any(m in alt for m in minimal):
            minimal.append(alt)
    pieces = []
    for alt in minimal[:64]:
        out = []
        i = 0
        while i < len(alt):
            c = alt[i]
            if alt.startswith("ss", i):
                out.append("s{1,2}")  # ß screens as one s
                i += 2
                continue
            # Stored "ae"/"oe"/"ue" fold to a/o/u, so the e is optional in stored text.
            out.append(c + "e?" if c in "aou" else re.escape(c))
            i += 1
        pieces.append("".join(out))
    if not pieces:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(pieces))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what ``\w`` matches


def _screened_words(screen: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """The spans of the words of ``text`` in which ``screen`` finds something, in order."""
    end = 0
    size = len(text)
    for found in screen.finditer(_screened(text)):
        start = found.start()
        if start < end:
            continue  # a second find in the word just reported
        while start and _is_word_char(text[start - 1]):
            start -= 1
        end = found.end()
        while end < size and _is_word_char(text[end]):
            end += 1
        yield start, end


class _Matcher:
    """Whether a word of stored text matches the query, cached per word for one page."""

    def __init__(self, plan: _Plan) -> None:
        self.plan = plan
        self.cache: dict[str, bool] = {}
        alternatives = set(plan.exact)
        if plan.prefix is not None:
            alternatives.add(plan.prefix)
        self.screen = _screen_pattern(alternatives)

    def __call__(self, word: str) -> bool:
        verdict = self.cache.get(word)
        if verdict is None:
            verdict = self.cache[word] = self._matches(word)
        return verdict

    def _matches(self, word: str) -> bool:
        exact, prefix = self.plan.exact, self.plan.prefix
        for tok in textfold.tokens(textfold.fold_word(word)):
            if tok in exact or (prefix is not None and tok.startswith(prefix)):
                return True
            for part in textfold.compound_parts(tok):
                if part in exact or (prefix is not None and part.startswith(prefix)):
                    return True
        return False


def snippet(text: str, matcher: _Matcher) -> tuple[str, int]:
    """An HTML snippet of ``text`` around its best cluster of matches, and how many it shows."""
    text = text[:_SNIPPET_SCAN]
    spans = []
    for start, stop in _screened_words(matcher.screen, text):
        word = text[start:stop]
        if matcher(word):
            spans.append((start, stop, word))
    if not spans:
        cut = text[:_SNIPPET_CHARS]
        return html.escape(cut) + ("…" if len(text) > len(cut) else ""), 0
    # Window with the most distinct matched words, earliest on a tie.
    best_i, best_n = 0, 0
    for i, (start, _, _) in enumerate(spans[:_SNIPPET_STARTS]):
        limit = start - _SNIPPET_LEAD + _SNIPPET_CHARS
        seen = {w.lower() for s, _, w in spans[i:] if s < limit}
        if len(seen) > best_n:
            best_i, best_n = i, len(seen)
    begin = max(0, spans[best_i][0] - _SNIPPET_LEAD)
    if begin > 0:
        space = text.find(" ", begin, spans[best_i][0])
        begin = space + 1 if space != -1 else spans[best_i][0]
    end = min(len(text), begin + _SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        if space > spans[best_i][1]:
            end = space
    out = ["…"] if begin > 0 else []
    pos = begin
    shown = 0
    for start, stop, _ in spans:
        if start < begin or stop > end:
            continue
        out.append(html.escape(text[pos:start]))
        out.append("<b>" + html.escape(text[start:stop]) + "</b>")
        pos = stop
        shown += 1
    out.append(html.escape(text[pos:end]))
    if end < len(text):
        out.append("…")
    return "".join(out), shown


def _first_hit(text: str, matcher: _Matcher) -> int | None:
    """Where the first matching word of ``text`` starts, screening it a window at a time:
    the hit is nearly always on the first page, and a long document is not screened whole
    for it."""
    size = len(text)
    begin = 0
    while begin < size:
        end = min(size, begin + _HIT_WINDOW)
        while end < size and _is_word_char(text[end]):
            end += 1  # a word is screened in one window, not cut in two
        window = text[begin:end]
        for start, stop in _screened_words(matcher.screen, window):
            if matcher(window[start:stop]):
                return begin + start
        begin = end
    return None


def _document_snippet(
    text: str, places: str | None, matcher: _Matcher
) -> tuple[str, int, tuple[str, str] | None]:
    """A snippet around the first hit in a document's text (which may be long, unlike a
    post's), and the page, slide or sheet it is on."""
    at = _first_hit(text, matcher)
    if at is None:
        return "", 0, None
    place, starts = None, 0
    try:
        for offset, kind, label in json.loads(places) if places else ():
            if int(offset) > at:
                break
            place, starts = (str(kind), clean_name(str(label))), int(offset)
    except (TypeError, ValueError):
        place, starts = None, 0  # the places could not be read: the snippet still shows
    # From the hit's own page on, its lines and cells on one line.
    begin = max(0, starts, at - _SNIPPET_LEAD)
    # str.replace runs at memory speed; str.translate looks up every character.
    window = text[begin : at + _DOCUMENT_WINDOW].replace("\n", " ").replace("\t", " ").rstrip()
    shown_html, shown = snippet(window, matcher)
    if begin > starts and not shown_html.startswith("…"):
        shown_html = "…" + shown_html
    return shown_html, shown, place


def _title(text: str) -> str:
    for line in text.splitlines():
        line = _plain(line)
        if line:
            return line if len(line) <= _TITLE_CHARS else line[: _TITLE_CHARS - 1] + "…"
    return ""


def _document_text(db: Any, doc_id: str) -> str:
    row = db.execute(
        f"SELECT substr(text_content, 1, {_DOCUMENT_SCAN}) FROM document WHERE id = ?", (doc_id,)
    ).fetchone()
    return str(row[0] or "") if row else ""


def _render(db: Any, plan: _Plan, page: list[_Candidate], due: Sequence[bool]) -> list[SearchHit]:
    """The hits of ``page``, those ``due`` with their snippet (and a document's place) and
    a message's title: the rest cost no read of their text."""
    bodies: dict[str, str] = {}
    texts: dict[str, str] = {}
    message_ids = [
        int(c.key) for c, now in zip(page, due, strict=True) if now and c.kind in MESSAGE_KINDS
    ]
    if message_ids:
        bodies = {
            str(r[0]): r[1]
            for r in db.execute(
                f"SELECT id, body FROM message WHERE id IN ({_marks(message_ids)})", message_ids
            )
        }
    doc_ids = [c.key for c, now in zip(page, due, strict=True) if now and c.kind == "document"]
    places: dict[str, str | None] = {}
    if doc_ids:
        for doc_id, doc_text, doc_places in db.execute(
            f"SELECT id, substr(text_content, 1, {_DOCUMENT_HEAD + 1}), text_places "
            f"FROM document WHERE id IN ({_marks(doc_ids)})",
            doc_ids,
        ):
            texts[doc_id] = doc_text or ""
            places[doc_id] = doc_places
    matcher = _Matcher(plan)
    hits = []
    for c, now in zip(page, due, strict=True):
        place = None
        text = ""
        if c.kind in MESSAGE_KINDS:
            body = bodies.get(c.key, "")
            title = clean_name(_title(body)) if now else ""  # read with the snippet
            if now:
                text, _ = snippet(_plain(body), matcher)
        elif c.kind == "document":
            name, folder = (clean_name(part) for part in c.extra)
            title = name
            if now:
                text, place = _document_hit_snippet(db, c.key, texts, places, matcher, name, folder)
        else:
            name, job, department, organisation, skills, location = c.extra
            name = title = clean_name(name, c.key)
            if now:
                fields = [
                    clean_name(f)
                    for f in (job, department, organisation, location, ", ".join(_skills(skills)))
                ]
                text, shown = snippet(" · ".join(f for f in fields if f), matcher)
                if not shown and not any(fields):
                    # Found by name alone: the line under it says who they are, if known.
                    text, _ = snippet(name, matcher)
        hits.append(
            SearchHit(
                kind=c.kind,
                id=c.key,
                group_id=c.group_id,
                author=c.author,
                title=title,
                snippet=text,
                created_at=_parse_time(c.created),
                score=-c.neg_score,
                tier=c.tier,
                place=place,
            )
        )
    return hits


def _document_hit_snippet(
    db: Any,
    doc_id: str,
    texts: dict[str, str],
    places: dict[str, str | None],
    matcher: _Matcher,
    name: str,
    folder: str,
) -> tuple[str, tuple[str, str] | None]:
    """A document hit's snippet and place: from the head of its text read with the page's
    hits, from further on when the hit is not there, else from its folder and name."""
    head = texts.get(doc_id, "")
    text, shown, place = _document_snippet(head[:_DOCUMENT_HEAD], places.get(doc_id), matcher)
    if not shown and len(head) > _DOCUMENT_HEAD:  # the hit is further on, if anywhere
        text, shown, place = _document_snippet(
            _document_text(db, doc_id), places.get(doc_id), matcher
        )
    if not shown:
        text, _ = snippet(f"{folder}/{name}" if folder else name, matcher)
    return text, place
