"""Typo correction for search, against the replica's own vocabulary.

``werkinstuctie`` (one letter missing) finds nothing while ``werkinstructie`` is in many
posts. When a query finds little, :mod:`client.search` asks here for a correction of each
query word of ``MIN_LETTERS`` or more letters that the vocabulary (``search_vocab``, every
folded word and compound part of posts, documents and the people directory, with the number
of items holding it) does not know or counts as rare.

* A correction is a vocabulary term within optimal string alignment distance 1 (a letter
  missing, extra, wrong, or two neighbours swapped), 2 for words of ``LONG_WORD`` letters
  or more; the closest wins. Among equally close ones the one whose edits are more often
  the slips of fast typing wins (:func:`slips`: a letter left out, one doubled, a
  neighbouring key on a QWERTZ or QWERTY keyboard), then the most frequent:
  ``markkrasm`` is ``marktkraam`` (a t left out, s beside a), not the more frequent
  ``marktraum``.
* Candidates are compared in C (``rapidfuzz``), only against terms of a length within reach
  that share the word's first or its last letter: one edit cannot change both ends of a
  word, so at distance 1 nothing is missed, and a bucket holds a few hundred terms instead
  of the whole vocabulary. At distance 2 a word typed wrong at both ends is not corrected.
* The terms are held once per database (:class:`Lexicon`, keyed by the engine) and
  rebuilt when the vocabulary's fingerprint changes (:func:`lexicon`). Search checks each
  chosen term against ``search_vocab`` before it uses it, so a term a purge removed is
  never offered, even by a lexicon built before the purge.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from client import textfold

MIN_LETTERS = 5  # shorter words have too many neighbours to guess from
LONG_WORD = 9  # from this length two edits are allowed
# A word the vocabulary counts in at most this many items may itself be a typo someone made.
RARE = 2
KNOWN_RATIO = 5
_MIN_TERM = MIN_LETTERS - 1  # shortest term a correction can be (one letter less)


def _neighbours(rows: tuple[str, ...]) -> dict[str, set[str]]:
    # Each row sits a little right of the one above: a key touches the two keys above it
    # (s: w e) and the two below it (s: y x on QWERTZ).
    out: dict[str, set[str]] = {}
    for r, row in enumerate(rows):
        for c, key in enumerate(row):
            near = out.setdefault(key, set())
            near.update(row[max(c - 1, 0) : c + 2])
            if r > 0:
                near.update(rows[r - 1][c : c + 2])
            if r + 1 < len(rows):
                near.update(rows[r + 1][max(c - 1, 0) : c + 1])
            near.discard(key)
    return out


_NEAR = _neighbours(("qwertzuiop", "asdfghjkl", "yxcvbnm"))
for _key, _near in _neighbours(("qwertyuiop", "asdfghjkl", "zxcvbnm")).items():
    _NEAR.setdefault(_key, set()).update(_near)


def slips(word: str, term: str) -> int:
    """How many of the edits that make ``term`` of ``word`` are common slips: a letter left
    out, a letter typed twice, a neighbouring key hit instead."""
    count = 0
    for op in Levenshtein.editops(word, term):
        if op.tag == "insert":
            count += 1
        elif op.tag == "delete":
            at = op.src_pos
            count += word[at] in word[at - 1 : at] + word[at + 1 : at + 2]
        elif op.tag == "replace":
            count += term[op.dest_pos] in _NEAR.get(word[op.src_pos], ())
    return count


def max_distance(word: str) -> int:
    return 2 if len(word) >= LONG_WORD else 1


def correctable(word: str, df: int) -> bool:
    """Whether a folded query word is worth correcting: long enough, letters only, rare."""
    return len(word) >= MIN_LETTERS and word.isalpha() and df <= RARE


class Lexicon:
    """The vocabulary's terms in buckets by length and first letter, and by length and last
    letter; read-only once built, so threads share it without a lock."""

    def __init__(self, terms: Iterable[str]) -> None:
        first: dict[tuple[int, str], list[str]] = {}
        last: dict[tuple[int, str], list[str]] = {}
        size = 0
        for term in terms:
            if len(term) < _MIN_TERM or not term.isalpha():
                continue
            first.setdefault((len(term), term[0]), []).append(term)
            last.setdefault((len(term), term[-1]), []).append(term)
            size += 1
        self._first = first
        self._last = last
        self.size = size

    def candidates(self, word: str) -> dict[str, int]:
        """Terms within reach of ``word`` (not ``word`` itself), each with its distance."""
        reach = max_distance(word)
        found: dict[str, int] = {}
        for length in range(len(word) - reach, len(word) + reach + 1):
            for buckets, letter in ((self._first, word[0]), (self._last, word[-1])):
                bucket = buckets.get((length, letter))
                if not bucket:
                    continue
                for term, distance, _ in process.extract(
                    word, bucket, scorer=OSA.distance, score_cutoff=reach, limit=None
                ):
                    if term != word:
                        found[term] = int(distance)
        return found


@dataclass
class _Cached:
    fingerprint: Hashable
    lexicon: Lexicon


_cache: weakref.WeakKeyDictionary[object, _Cached] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def lexicon(key: object, fingerprint: Hashable, load: Callable[[], Iterable[str]]) -> Lexicon:
    """The lexicon of one database (``key``, its engine), built from ``load()`` when there
    is none yet or ``fingerprint`` differs from the one it was built with."""
    with _lock:
        cached = _cache.get(key)
        if cached is None or cached.fingerprint != fingerprint:
            cached = _cache[key] = _Cached(fingerprint, Lexicon(load()))
        return cached.lexicon


def choose(
    found: Mapping[str, Mapping[str, int]],
    df: Mapping[str, int],
    counted: Mapping[str, int],
    searched: Collection[str] = (),
) -> dict[str, str]:
    """The correction of each word of ``found`` (word → candidates with their distance).

    ``counted`` is the vocabulary's current count of each candidate: one it does not hold
    any more is no correction. A word the vocabulary holds (``df``) may be a rare word
    spelt right, so it is corrected only to a term counted ``KNOWN_RATIO`` times as often.
    Terms the query searches already (``searched``: plurals, completions) are no correction.
    """
    out: dict[str, str] = {}
    for word, candidates in found.items():
        least = KNOWN_RATIO * df[word] if df.get(word) else 1
        ranked = sorted(
            (distance, -slips(word, term), -counted[term], term)
            for term, distance in candidates.items()
            if counted.get(term, 0) >= least and term not in searched
        )
        if ranked:
            out[word] = ranked[0][-1]
    return out


_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of ``text`` as :func:`rewrite` replaces them."""
    return _WORD.findall(text)


def rewrite(
    query: str, corrections: Mapping[str, str], spelled: Mapping[str, str] | None = None
) -> str:
    """``query`` as typed with each corrected word replaced: what "Showing results for"
    shows, and searching it finds the corrected results. A correction (a folded term) is
    shown as ``spelled`` writes it where known (``Müller`` for ``muller``), and capitalised
    where the typed word was, in lower case where it was not."""

    def replace(found: re.Match[str]) -> str:
        word = found.group(0)
        folded = textfold.tokens(textfold.fold(word))
        if len(folded) != 1 or folded[0] not in corrections:
            return word
        term = corrections[folded[0]]
        fixed = (spelled or {}).get(term, term)
        return (fixed[:1].upper() if word[:1].isupper() else fixed[:1].lower()) + fixed[1:]

    return _WORD.sub(replace, query)
