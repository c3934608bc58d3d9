"""Text folding, tokenising and compound splitting for full-text search.

German and Dutch speakers type ``Buro`` for ``Büro``, ``Mueller`` for ``Müller`` and
``coordinatie`` for ``coördinatie``; they look for ``fürsorge`` in ``Jugendfürsorge``. The
search index and the query parser both go through :func:`fold` and :func:`tokens`, so
whatever folding does, it does the same on both sides; that consistency is what makes a
match, not linguistic correctness.

Decisions, each tested in ``tests/unit/test_textfold.py``:

* ``ae``/``oe``/``ue`` become ``a``/``o``/``u`` after accents are stripped, unless the
  vowel follows another vowel or a ``q``: ``Mueller`` folds to ``muller`` and ``Gebaeude``
  to ``gebaude``, but ``Feuer``, ``Steuer``, ``Mauer``, ``neue`` and ``Quelle`` keep their
  ``e``. Folding ``ue`` there too made ``Steuer`` ``steur`` (a typo ``Feier…`` then cost an
  extra edit after folding), let ``Bauer`` meet ``Baur``, and kept the stemmer from
  relating ``Mauern`` to ``Mauer``. An umlaut written after a vowel (``Beaeugen``) is rare
  enough to miss; other collisions stay (Dutch ``goed``/``god``, ``Poesie``/``Pösie``).
* A run ``[aou]e+`` collapses to the vowel, so folding is idempotent (``fold(fold(x)) ==
  fold(x)``); prefix matching while typing relies on that.
* Compound parts and stems come from :mod:`client.lexicon` (a German and Dutch word list
  with frequencies, and Snowball stemmers), cached here per word form: indexing a million
  messages meets the same words over and over.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterable

from client import lexicon

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
    """Lower-case ``text``, strip diacritics, ß→ss, then ae/oe/ue→a/o/u (not after a vowel)."""
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


# The e of a transliterated umlaut (Mueller, Gebaeude), unless the vowel before it follows
# another vowel or a q: Feuer, Steuer, Bauer, Mauer, neue and Quelle keep their e. With an
# empty replacement this costs about what three str.replace calls did.
_UMLAUT_E = re.compile(r"(?<=[aou])(?<![aeiouq][aou])e+")


def _collapse(text: str) -> str:
    if "ae" in text or "oe" in text or "ue" in text:
        return _UMLAUT_E.sub("", text)
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


_parts_cache: dict[str, tuple[str, ...]] = {}
# Word forms already looked at, and those of them that have parts. Indexing tests whole sets
# of words against these with C-level set operations instead of a Python call per word.
_classified: set[str] = set()
_with_parts: set[str] = set()
# The parts of each word in _with_parts, joined for the FTS "parts" column.
parts_text: dict[str, str] = {}


def compound_parts(word: str) -> tuple[str, ...]:
    """The terms a folded word is indexed under besides itself: its compound parts and the
    stems of it and of them (:func:`client.lexicon.index_terms`); cached per word form.

    >>> compound_parts("strooirooster")
    ('rooster', 'strooi')
    """
    cached = _parts_cache.get(word)
    if cached is not None:
        return cached
    if len(_parts_cache) >= _CACHE_LIMIT:
        # A plain dict beats lru_cache on the hot path; clearing now and then bounds memory.
        _parts_cache.clear()
    result = lexicon.index_terms(word)
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


def vocabulary_terms(terms: Iterable[str]) -> set[str]:
    """Those of ``terms`` (what words are indexed under) that are words of the word list.

    Stems such as ``aanvrag`` are indexed but are no words: offered as completions or
    typo corrections they would read as typos themselves, so the vocabulary leaves them out.
    """
    known = lexicon.words()
    return {t for t in terms if t in known}


def compound_pieces(word: str) -> frozenset[str]:
    """The words a folded compound is made of as they stand in it, no stems
    (:func:`client.lexicon.pieces`): ``marktkramen`` → ``markt kram``."""
    return lexicon.pieces(word)


def term_stems(term: str) -> tuple[str, ...]:
    """The stems a folded query term also searches for: ``aanvragen`` → ``aanvrag``.

    Words are indexed under their stems (:func:`compound_parts`), so a term finds every
    form with its stem; ``-er`` is removed only from known plurals (Müller ≠ Müll).
    """
    return lexicon.stems(term)
