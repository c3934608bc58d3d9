"""The word list splits real municipal compounds, and the stemmers meet inflections, without
cutting plain words into nonsense (tests/data/compounds.tsv; figures: benchmarks.lexicon)."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.lexicon import fixture as _rows
from client import lexicon
from client.textfold import compound_parts, fold, term_stems


def _found_by(word: str, typed: str) -> bool:
    """Whether a search for ``typed`` meets ``word`` as the index holds it."""
    stored = fold(word)
    query = fold(typed)
    return bool({query, *term_stems(query)} & {stored, *compound_parts(stored)})


def test_the_fixture_has_a_hundred_compounds_per_language() -> None:
    counts = Counter(lang for lang, _, parts in _rows() if parts is not None)
    assert counts["nl"] >= 100
    assert counts["de"] >= 100


@pytest.mark.parametrize("lang", ["nl", "de"])
def test_parts_find_municipal_compounds(lang: str) -> None:
    rows = [(w, parts) for la, w, parts in _rows() if la == lang and parts is not None]
    missed = [w for w, parts in rows if not all(_found_by(w, p) for p in parts)]
    # The measured accuracy is 96-97 %; what is missed is listed by benchmarks.lexicon.
    assert len(missed) <= 0.05 * len(rows), missed


def test_plain_words_are_not_split() -> None:
    plain = [w for _, w, parts in _rows() if parts is None]
    assert [w for w in plain if lexicon.split(fold(w))] == []


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("strooirooster", ["strooi", "rooster"]),
        ("zorgaanbieder", ["zorg", "aanbieder"]),
        ("omgevingsvergunning", ["omgeving", "vergunning"]),
        ("bebauungsplan", ["bebauung", "plan"]),
        ("ordnungsamt", ["ordnung", "amt"]),
        ("kindergarten", ["kinder", "garten"]),
    ],
)
def test_splits_with_linking_elements(word: str, parts: list[str]) -> None:
    assert lexicon.split(word) == parts


@pytest.mark.parametrize(
    "word",
    ["kommen", "zeiten", "gemeenten", "vergunning", "regeling", "verder", "muller", "termin"],
)
def test_endings_and_affixes_are_no_parts(word: str) -> None:
    assert lexicon.split(word) is None


def test_the_whole_word_and_an_ending_is_no_split() -> None:
    assert lexicon.split("meldungen") is None
    assert lexicon.split("vakantiedagen") == ["vakantie", "dag"]  # and the ending -en


@pytest.mark.parametrize(
    ("word", "head", "tail"),
    [
        ("Löschwasserhydrant", "loschwasser", "hydrant"),  # hydrant is not in the list
        ("Zorgaanbiedersoverleg", "zorgaanbieders", "overleg"),
    ],
)
def test_an_unknown_word_ending_a_known_compound_is_a_part(word: str, head: str, tail: str) -> None:
    assert _found_by(word, tail)
    assert _found_by(word, head)
    assert {head, tail} <= lexicon.pieces(fold(word))


def test_no_tail_is_cut_from_a_known_word_or_without_a_known_head() -> None:
    assert lexicon.pieces("hydranten") == frozenset()  # in the list, no compound
    assert lexicon.pieces("hooijerstraat") == frozenset()  # no known head
    assert lexicon.pieces("zusammenung") == frozenset()  # a suffix is no tail


def test_pieces_are_the_parts_as_they_stand() -> None:
    assert lexicon.pieces("marktkramen") >= {"markt", "kram"}
    assert "mark" not in lexicon.pieces("wochenmarkt")
    assert lexicon.pieces("kramer") == frozenset()


def test_er_is_kept_except_for_known_plurals() -> None:
    assert lexicon.stems("hauser") == ("haus",)
    assert lexicon.stems("hausern") == ("haus",)
    assert lexicon.stems("kinder") == ("kind",)
    assert lexicon.stems("rathauser") == ("rathaus",)  # a plural at the head
    assert lexicon.stems("muller") == ()
    assert lexicon.stems("mullers") == ("muller",)
    assert "burg" not in lexicon.stems("burger")
    assert "kauf" not in lexicon.stems("kaufer")


def test_irregular_dutch_plurals_have_their_singular() -> None:
    assert "schip" in lexicon.stems("schepen") and "stad" in lexicon.stems("steden")
    assert "gemeentelid" in lexicon.stems("gemeenteleden")
    assert "lid" in lexicon.index_terms("gemeenteleden")
    assert not any(s.endswith("lid") for s in lexicon.stems("verleden"))  # no plural


def test_both_languages_stem_every_word() -> None:
    assert "aanvrag" in lexicon.stems("aanvragen")  # Dutch
    assert "antrag" in lexicon.stems("antrage")  # German
    # The newer Dutch stemmer drops ge-, which would make Gemeinde meet meine.
    assert not {"meind", "mein"} & set(lexicon.stems("gemeinde"))


def test_short_and_odd_words() -> None:
    assert lexicon.split("amt") is None
    assert lexicon.split("abc123def456") is None
    assert lexicon.split("x" * 500) is None
    assert lexicon.index_terms("") == ()
