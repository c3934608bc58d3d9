"""Text folding, tokenising and compound splitting for full-text search.

German and Dutch speakers type ``Buro`` for ``Büro``, ``Mueller`` for ``Müller`` and
``coordinatie`` for ``coördinatie``; they look for ``fürsorge`` in ``Jugendfürsorge``. The
search index and the query parser both go through :func:`fold` and :func:`tokens`, so
whatever folding does, it does the same on both sides; that consistency is what makes a
match, not linguistic correctness.

Decisions, each tested in ``tests/unit/test_textfold.py``:

* ``ae``/``oe``/``ue`` become ``a``/``o``/``u`` everywhere, after accents are stripped. So
  ``Dauer`` folds to ``daur`` and ``neue`` to ``neu`` on both sides: they are still found,
  at the price of rare collisions (``Bauer``/``Baur``, Dutch ``goed``/``god``). We accept
  those: telling a transliterated umlaut from a real ``ue`` needs a dictionary of every
  word, and a missed ``Mueller`` hurts more than an extra hit.
* A run ``[aou]e+`` collapses to the vowel, so folding is idempotent (``fold(fold(x)) ==
  fold(x)``); prefix matching while typing relies on that.
* Compound parts come from a stem dictionary shipped in ``resources/search/``: a word is
  split when it is covered entirely by known stems (with German linking ``s``/``es``/
  ``n``/``en``/``e``), and a known stem of four or more letters at the end of a word is a
  part too (``krankmeldung`` → ``meldung``). An inflected form also yields its stem
  (``stunden`` → ``stunde``), but never by dropping ``-er``: ``Müller`` must not become
  ``Müll``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterable
from pathlib import Path

STEMS_DIR = Path(__file__).resolve().parent.parent / "resources" / "search"
STEM_FILES = ("stems-de.txt", "stems-nl.txt")

_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_TOKEN = re.compile(r"[^\W_]+")
# Every ASCII character that is not a letter or digit separates tokens. Almost all folded
# text is ASCII, and bytes.translate with a 256-byte table is several times faster than
# str.translate (the encode and decode of ASCII text are plain copies).
_ASCII_SEPARATORS = bytes(c if chr(c).isalnum() else 32 for c in range(128)) + bytes(
    range(128, 256)
)
# Letters that NFKD does not decompose into a base letter plus marks.
_SPECIAL = str.maketrans(
    {
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "đ": "d",
        "ł": "l",
        "\u0131": "i",
        "ħ": "h",
        "þ": "th",
        "ŀ": "l",
    }
)

# Linking elements between parts of a compound (Schaden-s-meldung, Kind-er-… is not one:
# "er" would let Müller-straße yield "müll").
_LINKS = ("s", "es", "n", "en", "e")
# Inflection endings stripped to find a stem; "er" is deliberately absent (Müller ≠ Müll).
_ENDINGS = ("e", "en", "n", "s", "es", "nen")
_MIN_PART = 3  # shortest stem used inside a full split (Bau-amt, Rat-haus)
_MIN_TAIL = 4  # shortest stem recognised at the end of an otherwise unknown word
_MIN_SPLIT_WORD = 6
_MAX_SPLIT_WORD = 60
_CACHE_LIMIT = 300_000


def _safe_latin() -> str:
    # Latin letters whose NFKD is an ASCII letter plus combining marks (é, ü, ő, ŝ...): for
    # text with no other non-ASCII character, dropping every non-ASCII code point after NFKD
    # is exactly what stripping the combining marks does, and much cheaper.
    safe = []
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        decomposed = unicodedata.normalize("NFKD", ch.lower())
        base = _COMBINING.sub("", decomposed)
        if base.isascii() and base.isalpha() and base == base.lower():
            safe.append(ch)
    return "".join(safe)


_UNSAFE = re.compile(f"[^\x00-\x7f{_safe_latin()}]")


def fold(text: str) -> str:
    """Lower-case ``text``, strip diacritics, ß→ss, then ae/oe/ue→a/o/u."""
    text = text.lower()
    if not text.isascii():
        if "ß" in text:
            text = text.replace("ß", "ss")
        if _UNSAFE.search(text) is None:
            text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
            return _collapse(text)
        # Lower again: compatibility forms decompose to capitals (mathematical script A).
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).lower()
        if not text.isascii():
            # Rare letters with no decomposition (ø, æ, ł); translate is slow, so only here.
            text = text.translate(_SPECIAL)
    return _collapse(text)


def _collapse(text: str) -> str:
    # str.replace is several times faster than a regex here; the loop makes "aee" fold
    # like "ae" (idempotence) and almost never runs.
    text = text.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    while "ae" in text or "oe" in text or "ue" in text:
        text = text.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return text


@functools.lru_cache(maxsize=65_536)
def fold_word(word: str) -> str:
    """:func:`fold` for one word, cached: snippets fold the same words over and over."""
    return fold(word)


def tokens(folded: str) -> list[str]:
    """Split folded text into tokens: runs of letters and digits (``_`` separates)."""
    if folded.isascii():
        return folded.encode("ascii").translate(_ASCII_SEPARATORS).decode("ascii").split()
    return _TOKEN.findall(folded)


@functools.cache
def stems() -> frozenset[str]:
    """The folded stem dictionary (German and Dutch), loaded once."""
    return load_stems(STEMS_DIR / name for name in STEM_FILES)


def load_stems(paths: Iterable[Path]) -> frozenset[str]:
    result: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            for tok in tokens(fold(line)):
                if len(tok) >= _MIN_PART:
                    result.add(tok)
    return frozenset(result)


_parts_cache: dict[str, tuple[str, ...]] = {}
# Word forms already looked at, and those of them that have parts. Indexing tests whole sets
# of words against these with C-level set operations instead of a Python call per word.
_classified: set[str] = set()
_with_parts: set[str] = set()
# The parts of each word in _with_parts, joined for the FTS "parts" column.
parts_text: dict[str, str] = {}


def compound_parts(word: str) -> tuple[str, ...]:
    """Known parts of a folded word, not including the word itself; cached per word form.

    >>> compound_parts("schadensmeldung")
    ('meldung', 'schaden')
    """
    cached = _parts_cache.get(word)
    if cached is not None:
        return cached
    if len(_parts_cache) >= _CACHE_LIMIT:
        # A plain dict beats lru_cache on the hot path; clearing now and then bounds memory.
        _parts_cache.clear()
    result = _compute_parts(word, stems())
    _parts_cache[word] = result
    return result


def compounds_in(words: Collection[str]) -> set[str]:
    """The words of ``words`` (folded tokens, any collection) that have compound parts.

    After warm-up it is two C-level set operations and needs no set built from ``words``.
    """
    if not _classified.issuperset(words):
        classify(set(words))
    return _with_parts.intersection(words)


def classify(words: set[str]) -> None:
    """Look at the words of ``words`` not seen before: afterwards every one of them that has
    compound parts is a key of :data:`parts_text`.

    Indexing a batch calls this once for all its words and then reads ``parts_text`` per
    item, which costs one dict lookup per word instead of set operations per item.
    """
    new = words - _classified
    if not new:
        return
    if len(_classified) >= _CACHE_LIMIT:
        _classified.clear()
        _with_parts.clear()
        parts_text.clear()
        new = set(words)
    for word in new:
        parts = compound_parts(word)
        if parts:
            _with_parts.add(word)
            parts_text[word] = " ".join(parts)
    _classified.update(new)


def parts_of_words(words: set[str]) -> set[str]:
    """The union of :func:`compound_parts` over ``words`` (a set of folded tokens)."""
    compounds = compounds_in(words)
    if not compounds:
        return set()
    return set().union(*[compound_parts(w) for w in compounds])


@functools.cache
def _inflections() -> tuple[dict[str, str], int]:
    """Inflected form → stem for every stem and ending, and the longest stem's length.

    One dict lookup replaces trying each ending in turn; new word forms keep arriving while
    a million messages are indexed, so their first split has to be cheap too.
    """
    known = stems()
    forms: dict[str, str] = {}
    for ending in _ENDINGS:  # in order: the first ending that explains a form wins
        for stem in known:
            forms.setdefault(stem + ending, stem)
    return forms, max(map(len, known), default=0)


def _strip_ending(word: str, min_len: int) -> str | None:
    stem = _inflections()[0].get(word)
    return stem if stem is not None and len(stem) >= min_len else None


def _compute_parts(word: str, known: frozenset[str]) -> tuple[str, ...]:
    n = len(word)
    if n < _MIN_PART + 1 or n > _MAX_SPLIT_WORD or not word.isalpha():
        return ()
    found: set[str] = set()
    # A known word, or the stem of an inflected known word, is not cut by the tail rule:
    # "vergaderingen" is a meeting, not a "ring".
    base = word if word in known else _strip_ending(word, _MIN_PART)
    if base is not None and base != word:
        found.add(base)
    if n >= _MIN_SPLIT_WORD:
        split = _full_split(base or word, known)
        if split is not None and len(split) > 1:
            found.update(split)
            for part in split:
                # Parts of parts: Baustellenplanung → baustelle → stelle. Parts are shorter
                # than the word, so this ends.
                found.update(compound_parts(part))
        elif base is None:
            # Longest known stem at the end: Krankmeldung → meldung even if "krank" is unknown.
            for i in range(_MIN_PART, n - _MIN_TAIL + 1):
                tail = word[i:]
                if tail in known:
                    found.add(tail)
                    break
                tail_stem = _strip_ending(tail, _MIN_TAIL)
                if tail_stem is not None:
                    found.add(tail_stem)
                    break
    found.discard(word)
    return tuple(sorted(found))


def _full_split(word: str, known: frozenset[str]) -> list[str] | None:
    """Cover ``word`` with known stems (fewest parts), allowing links and a final ending."""
    n = len(word)
    longest = _inflections()[1]
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        prefix = best[i]
        if prefix is None:
            continue
        for j in range(i + _MIN_PART, min(n, i + longest) + 1):
            part = word[i:j]
            # The whole word as one part is no split (a known compound is still cut up).
            if part not in known or (i == 0 and j == n):
                continue
            cand = [*prefix, part]
            _offer(best, j, cand)
            for extra in _LINKS:
                if word.startswith(extra, j):
                    k = j + len(extra)
                    # At the very end the "link" is an inflection ending (Meldungen).
                    if k < n or extra in _ENDINGS:
                        _offer(best, k, cand)
    return best[n]


def _offer(best: list[list[str] | None], k: int, cand: list[str]) -> None:
    current = best[k]
    if current is None or len(cand) < len(current):
        best[k] = cand


def plural_stems(term: str) -> tuple[str, ...]:
    """Forms a query term may stand for when it is a plural: Stunden → stunde, stund.

    The caller keeps only those that occur in the index. ``-er`` is never removed.
    """
    out: list[str] = []
    n = len(term)
    if term.endswith("nen") and n > 6:
        out.append(term[:-3])  # mitarbeiterinnen → mitarbeiterin
    if term.endswith("en") and n > 4:
        out.append(term[:-1])
        out.append(term[:-2])
    elif term.endswith("n") and n > 4:
        out.append(term[:-1])
    if term.endswith("s") and n > 4:
        out.append(term[:-1])
    if term.endswith("e") and n > 4:
        out.append(term[:-1])
    return tuple(dict.fromkeys(out))
