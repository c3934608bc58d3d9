"""Compound splitting and stemming for search, German and Dutch, driven by a word list.

Every word form is indexed under its *index terms* besides itself: the parts of a compound
(``strooirooster`` → ``strooi rooster``, ``bebauungsplane`` → ``bebauung plane plan``) and
the stems of the word and of its parts, so that a part finds the whole and an inflected
form finds the others. The query side asks for the typed word and its stems
(:func:`stems`), so both sides meet through the same functions.

* The word list, ``resources/search/lexicon.txt.gz``, holds about 120,000 folded German
  and Dutch words with their frequency (``tools/make_lexicon.py`` writes it from
  ``wordfreq``'s lists). A word is split into words of the list with the linking elements
  ``s es e en n er`` between them and an inflection ending after the last one. Of the
  possible splits the one with the fewest parts wins, then the one with the most frequent
  parts. A split is taken only when its parts are on average about as frequent as the word
  itself (the test of Koehn and Knight: ``verder`` is not ``ver der``) and its last part
  is more than the ending the stemmer removes (``zeiten`` is not ``zei ten``); parts are
  words of some frequency, never an article, preposition or affix (``vergunning`` is not
  ``ver gunning``). The figures that chose these rules: ``python -m benchmarks.lexicon``.
  A word the list does not know, made of a known word or compound and an unknown word of
  ``MIN_TAIL`` letters or more, is indexed under both (``Löschwasser`` and ``hydrant``).
* Stems come from Snowball (``PyStemmer``): German, and Dutch in both its current and its
  older Porter variant (see :func:`_dutch`). Posts carry no language, so a word gets the
  stems of both languages that differ from it (and irregular Dutch plurals their singular,
  :data:`DUTCH_PLURALS`); measured against knowing each word's
  language, that adds few terms and few wrong matches (docs/architecture.md, "Search").
* Snowball's German stemmer removes every ``-er``; that stem is kept only for the plurals
  in ``resources/search/er-plurals.txt`` (``häuser`` → ``haus``), so that ``Müller``
  does not find ``Müll`` nor ``Bürger`` ``Burg``.

Text here is folded already (:func:`client.textfold.fold`); the list is folded the same way.
"""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

import Stemmer

LEXICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "search"
LEXICON_FILE = "lexicon.txt.gz"
ER_PLURALS_FILE = "er-plurals.txt"

# Linking elements between parts; "er" only where part + "er" is no word itself (Kind-er-
# garten splits as kinder garten, and Müller-strasse keeps müller).
LINKS = ("s", "es", "e", "en", "n", "er")
# Inflection endings after the last part (Meldungen, vergunningen, plannen is plan-n-en).
ENDINGS = ("e", "en", "n", "s", "es")
MIN_PART = 3
MIN_SPLIT_WORD = 6
# An unknown word that is a known word or compound and then an unknown one of at least
# this many letters (Löschwasser-hydrant) is indexed under both.
MIN_TAIL = 5
MAX_SPLIT_WORD = 60
# Frequencies are zipf x 10, as in the file. A part must be a word of some frequency, the
# more so the shorter it is (not "besch" of Bescheinigung; "strooi" and "vergader" are
# rare as words of their own), a three-letter one a common one (bau, amt, rat), and none as
# common as an article or preposition (der, naar, mit): those are never parts.
MIN_PART_ZIPF = 20
MIN_SHORT_PART_ZIPF = 30  # five letters or fewer
MIN_3_LETTER_ZIPF = 40
MAX_PART_ZIPF = 62
# Affixes that the list holds as words of their own (ING, the Dutch "ver" for far, "ter")
# but that in a long word are a prefix or suffix: vergunning is not ver gunning, nor
# regeling regel ing, nor Meister mei ster.
NOT_PARTS = frozenset(
    "ver ent zer ont ter ing ung tung heit keit heid lich lijk isch nis schaft schap ling "
    "tum ster baar nen".split()
)
# No part after the first starts like a suffix: Meldungen is not meld unge.
SUFFIX_STARTS = ("ung", "heit", "keit", "isch")
# A split is taken when the mean frequency of its parts is at least the word's own less
# this (zipf x 10): compounds are rarer than their parts, plain words are not.
SPLIT_MARGIN = 5
SHORT_WORD = 8  # and no margin for words of up to this many letters (kom-men)
LINK_COST = 3


@functools.cache
def words() -> dict[str, int]:
    """Folded word → zipf frequency x 10, loaded once."""
    out: dict[str, int] = {}
    text = gzip.decompress((LEXICON_DIR / LEXICON_FILE).read_bytes()).decode("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            zipf, *same = line.split(" ")
            out.update(dict.fromkeys(same, int(zipf)))
    return out


@functools.cache
def _parts() -> dict[str, int]:
    """The words that may be parts (see MIN_PART_ZIPF), with their frequency: one lookup
    in the splitter's inner loop instead of a word lookup and five tests."""
    out = {}
    for word, zipf in words().items():
        n = len(word)
        if (
            n >= MIN_PART
            and MIN_PART_ZIPF <= zipf <= MAX_PART_ZIPF
            and (n > 5 or zipf >= MIN_SHORT_PART_ZIPF)
            and (n > MIN_PART or zipf >= MIN_3_LETTER_ZIPF)
            and word not in NOT_PARTS
        ):
            out[word] = zipf
    return out


@functools.cache
def _longest() -> int:
    return max(map(len, words()), default=0)


@functools.cache
def er_plurals() -> dict[str, str]:
    """Folded German ``-er`` plural → its singular (see the module docstring)."""
    out: dict[str, str] = {}
    text = (LEXICON_DIR / ER_PLURALS_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            plural, _, singular = line.partition(" ")
            out[plural] = singular
    return out


@functools.cache
def _stemmers() -> tuple[Stemmer.Stemmer, Stemmer.Stemmer, Stemmer.Stemmer]:
    out = (Stemmer.Stemmer("german"), Stemmer.Stemmer("dutch"), Stemmer.Stemmer("dutch_porter"))
    for stemmer in out:
        stemmer.maxCacheSize = 0  # our callers cache per word form already
    return out


def _german(word: str) -> str:
    return str(_stemmers()[0].stemWord(word))


def _dutch(word: str) -> tuple[str, str]:
    """Two Dutch stems. Snowball's knows korven/korf, bruggen/brug and rijbewijzen/rijbewijs;
    its older Porter variant shortens every long vowel alike (paal and palen are both pal),
    which matches plural heads of compounds that the split cut as lantaarn-pal-en. Where
    Snowball takes off a ``ge-`` (on German text ``Gemeinde`` would meet ``meine``), only
    Porter's stem is used."""
    _, dutch, porter = _stemmers()
    stem, older = str(dutch.stemWord(word)), str(porter.stemWord(word))
    return (stem if stem[:2] == word[:2] else older), older


# Parts recur in many compounds (meldung, plan, vergunning): their splits and stems are
# cached, so that a new compound costs little more than its own split.
_CACHED = 1 << 16


@functools.lru_cache(maxsize=_CACHED)
def stems(word: str) -> tuple[str, ...]:
    """The German and Dutch stems of a folded word that differ from it."""
    out = []
    de = _german(word)
    if word.startswith(de) and word.startswith("er", len(de)):
        # Snowball took an -er (Müller, Bürgers, Häusern): kept for known plurals only.
        kept = word[: len(de) + 2]
        de = er_plurals().get(kept) or _compound_er_plural(kept) or kept
    if de != word:
        out.append(de)
    for nl in _dutch(word):
        if nl != word and nl != de and nl not in out:
            out.append(nl)
    singular = _dutch_plural(word)
    if singular is not None and singular not in out:
        out.append(singular)
    # A stem of two letters is a function word (Dutch Snowball: insel → in).
    return tuple(stem for stem in out if len(stem) >= MIN_PART)


# Dutch plurals that Snowball cannot bring back to their singular: the vowel changes
# (schip, schepen) or -er- comes before the ending (kalf, kalveren).
DUTCH_PLURALS = {
    "beenderen": "been",
    "bladeren": "blad",
    "gelederen": "gelid",
    "hoenderen": "hoen",
    "kalveren": "kalf",
    "lammeren": "lam",
    "leden": "lid",
    "runderen": "rund",
    "schepen": "schip",
    "smeden": "smid",
    "steden": "stad",
}


def _dutch_plural(word: str) -> str | None:
    """The singular of an irregular Dutch plural, also as a compound's head after a word
    of the list (gemeenteleden: gemeentelid; verleden is no plural)."""
    singular = DUTCH_PLURALS.get(word)
    if singular is not None:
        return singular
    for plural, singular in DUTCH_PLURALS.items():
        if word.endswith(plural) and _usable(word[: -len(plural)]):
            return word[: -len(plural)] + singular
    return None


def _compound_er_plural(word: str) -> str | None:
    # Rathäuser: the plural is the compound's head.
    plurals = er_plurals()
    for i in range(MIN_PART, len(word) - MIN_PART):
        singular = plurals.get(word[i:])
        if singular is not None and len(word) - i > 4:
            return word[:i] + singular
    return None


def split(word: str) -> list[str] | None:
    """The parts of a folded compound, or None when it is not one (or not in the list).

    >>> split("strooirooster")
    ['strooi', 'rooster']
    """
    spans = _split(word)
    return None if spans is None else [word[i:j] for i, j in spans]


@functools.lru_cache(maxsize=_CACHED)
def _split(word: str) -> tuple[tuple[int, int], ...] | None:
    """Where the parts of ``word`` are, as (start, end) offsets; see :func:`split`."""
    n = len(word)
    if n < MIN_SPLIT_WORD or n > MAX_SPLIT_WORD or not word.isalpha():
        return None
    known, usable = words(), _parts()
    longest = _longest()
    # best[i]: the best cover of word[:i] as (parts, cost, parts): fewest parts first, then
    # the most frequent parts, each link costing a little (Ordnungsamt is ordnung-s-amt,
    # not ordnung samt, as amt is the more common word; Grundsteuer grund steuer, not
    # grund-s-teuer).
    best: list[_Cover | None] = [None] * (n + 1)
    best[0] = (0, 0, [])
    for i in range(n):
        prefix = best[i]
        if prefix is None:
            continue
        count, cost, parts = prefix
        for j in range(i + MIN_PART, min(n, i + longest) + 1):
            if i == 0 and j == n:
                break  # the whole word, or the word and an ending, is no split
            part = word[i:j]
            zipf = usable.get(part)
            if zipf is None or (i > 0 and part.startswith(SUFFIX_STARTS)):
                continue
            grown = [*parts, (i, j)]
            _offer(best, j, (count + 1, cost - zipf, grown))
            if j == n or word[j] not in "sen":
                continue  # every link starts with one of these
            for link in LINKS:
                if not word.startswith(link, j):
                    continue
                k = j + len(link)
                # At the very end only an inflection ending (Meldungen); "er" links only
                # where part + "er" is no word of its own.
                if (k == n and link in ENDINGS and i > 0) or (
                    k < n and (link != "er" or part + "er" not in known)
                ):
                    _offer(best, k, (count + 1, cost - zipf + LINK_COST, grown))
            if j + 3 == n and i > 0 and part.endswith("in") and word.endswith("nen"):
                # Mitarbeiterinnen; not Mülltonnen as müll ton-nen
                _offer(best, n, (count + 1, cost - zipf + LINK_COST, grown))
    found = best[n]
    if found is None or found[0] < 2:
        return None
    count, cost, parts = found
    mean = sum(known[word[i:j]] for i, j in parts) / count
    if mean < known.get(word, 0) - (SPLIT_MARGIN if n > SHORT_WORD else 0):
        return None
    # The last part must hold a few letters of the word's stem, else it is an ending
    # that happens to be a word: zei-ten, gemeen-ten, drin-ken, gebe-uren.
    stem = max(len(_german(word)), *map(len, _dutch(word)))
    if stem - parts[-1][0] < MIN_PART:
        return None
    return tuple(parts)


_Cover = tuple[int, int, list[tuple[int, int]]]


def _offer(best: list[_Cover | None], k: int, cand: _Cover) -> None:
    current = best[k]
    if current is None or cand[:2] < current[:2]:
        best[k] = cand


@functools.lru_cache(maxsize=_CACHED)
def pieces(word: str) -> frozenset[str]:
    """The words of the list that a folded compound is made of, as they stand in it: its
    parts, parts of parts and runs of adjacent parts (``marktkramen``: ``markt``, ``kram``),
    those of its stem when only that splits; empty for a word that is no compound.
    Unlike :func:`index_terms` no stems: ``Marktplatz`` holds ``markt``, not ``mark``."""
    if _split(word) is None:
        split_stem = next((s for s in stems(word) if _split(s) is not None), None)
        if split_stem is not None:
            return pieces(split_stem)
        ends = _head_and_tail(word)
        return frozenset() if ends is None else frozenset(ends) | pieces(ends[0])
    return frozenset(_pieces(word)) & words().keys()


def index_terms(word: str) -> tuple[str, ...]:
    """Every term ``word`` is indexed under besides itself, sorted: its compound parts
    (parts of parts too), the words that runs of adjacent parts form (Grundsteuer in
    Grundsteuererklärung, whichever way the split nested them), and the stems of all.

    A linking ``s`` is ambiguous (Ordnung-s-amt, Hund-e-steuer): a part after a link is
    also indexed with the ``s`` (and one starting with ``s`` without it) when that is a
    word too, so the reading the split did not take is found as well.
    """
    if _split(word) is None:
        # An inflected compound whose inflected head is no word of the list splits as its
        # stem: bladkorven as bladkorf.
        split_stem = next((s for s in stems(word) if _split(s) is not None), None)
        if split_stem is None:
            ends = _head_and_tail(word)
            if ends is None:
                return tuple(sorted(stems(word)))  # most words
            head, tail = ends
            found = {*stems(word), head, *index_terms(head), tail, *stems(tail)}
            found.discard(word)
            return tuple(sorted(found))
        found = {*stems(word), split_stem, *index_terms(split_stem)}
        found.discard(word)
        return tuple(sorted(found))
    known = words()
    found = set(stems(word))
    for piece in _pieces(word):
        if piece in known:
            found.add(piece)
            found.update(stems(piece))
    found.discard(word)
    return tuple(sorted(found))


@functools.lru_cache(maxsize=_CACHED)
def _head_and_tail(word: str) -> tuple[str, str] | None:
    """A word the list does not know that is a known word or compound and then a word the
    list does not know either (``loschwasserhydrant``: ``loschwasser``, ``hydrant``): the
    longest such head and its tail. The tail is taken as a part because the head is one."""
    n = len(word)
    if n < MIN_SPLIT_WORD + MIN_TAIL or n > MAX_SPLIT_WORD or word in words():
        return None
    if not word.isalpha():
        return None
    usable = _parts()
    for i in range(n - MIN_TAIL, MIN_SPLIT_WORD - 1, -1):
        head, tail = word[:i], word[i:]
        if tail.startswith(SUFFIX_STARTS) or tail in NOT_PARTS:
            continue
        if head in usable or _split(head) is not None:
            return head, tail
    return None


def _pieces(word: str) -> set[str]:
    """Parts, parts of parts and runs of adjacent parts of a word that splits, with and
    without an ambiguous linking ``s``; some may be no words."""
    known = words()
    found: set[str] = set()
    spans = _flat_spans(word, 0, len(word), found)
    for a, (start, _) in enumerate(spans):
        for end in (e for _, e in spans[a:]):
            if end - start < len(word):
                found.add(word[start:end])
        if start > 0:
            part = word[start : spans[a][1]]
            if word[start - 1] == "s" and "s" + part in known:
                found.add("s" + part)
            elif part[0] == "s" and _usable(part[1:]):
                found.add(part[1:])
    return found


def _usable(part: str) -> bool:
    zipf = words().get(part)
    return zipf is not None and len(part) >= MIN_PART + 1 and zipf >= MIN_SHORT_PART_ZIPF


def _flat_spans(word: str, start: int, end: int, seen: set[str]) -> list[tuple[int, int]]:
    """The spans of the smallest parts of ``word[start:end]``, splitting parts again; adds
    every part met on the way to ``seen``."""
    spans = _split(word[start:end])
    if spans is None:
        return [(start, end)]
    out = []
    for i, j in spans:
        seen.add(word[start + i : start + j])
        out += _flat_spans(word, start + i, start + j, seen)
    return out
