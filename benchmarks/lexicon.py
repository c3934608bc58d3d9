"""How well the search lexicon splits compounds: accuracy on ``tests/data/compounds.tsv``,
time per word, and the size it adds.

    python -m benchmarks.lexicon [--lexicon-dir DIR] [--compound-split] [--stemming]

A compound counts as found when a search for each of its listed parts, as a person types
it, meets one of the terms the compound is indexed under (``client.lexicon.index_terms``);
a word listed with ``-`` must not be split at all. ``--compound-split`` measures the
``compound-split`` package (German and Dutch, one split point) on the same list, when it
is installed. ``--stemming`` compares stemming every word in both languages with stemming it
in its own (needs ``wordfreq``). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import gzip
import time
from pathlib import Path

from client import lexicon
from client.textfold import fold

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "data" / "compounds.tsv"


def fixture() -> list[tuple[str, str, list[str] | None]]:
    rows = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, word, parts = line.split("\t")
            rows.append((lang, word, None if parts == "-" else parts.split()))
    return rows


def query_terms(word: str) -> set[str]:
    folded = fold(word)
    return {folded, *lexicon.stems(folded)}


def score(index: dict[str, set[str]], split_words: set[str]) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for lang, word, parts in fixture():
        key = fold(word)
        if parts is None:
            ok = key not in split_words
            name = f"{lang} not split"
        else:
            ok = all(query_terms(p) & index[key] for p in parts)
            name = f"{lang} compounds"
        hits, total = out.get(name, (0, 0))
        out[name] = (hits + ok, total + 1)
    return out


def measure_lexicon() -> None:
    words = [fold(w) for _, w, _ in fixture()]
    start = time.process_time()
    lexicon.words()
    lexicon.er_plurals()
    lexicon.split("x" * lexicon.MIN_SPLIT_WORD)  # the table of usable parts
    load_ms = (time.process_time() - start) * 1000
    start = time.process_time()
    index = {w: {w, *lexicon.index_terms(w)} for w in words}
    per_word = (time.process_time() - start) / len(words) * 1e6
    split_words = {w for w in words if lexicon.split(w)}
    for name, (hits, total) in score(index, split_words).items():
        print(f"{name:16} {hits:4}/{total:<4} {hits / total:.1%}")
    misses = [
        (w, sorted(index[fold(w)]))
        for _, w, parts in fixture()
        if parts is not None and not all(query_terms(p) & index[fold(w)] for p in parts)
    ]
    wrong = [w for _, w, parts in fixture() if parts is None and fold(w) in split_words]
    print("missed:", misses)
    print("split though plain:", wrong)
    path = lexicon.LEXICON_DIR / lexicon.LEXICON_FILE
    raw = path.read_bytes()
    print(
        f"{len(lexicon.words()):,} words; {len(raw) / 1e6:.2f} MB, "
        f"{len(gzip.compress(raw)) / 1e6:.2f} MB gzipped; loaded in {load_ms:.0f} ms; "
        f"{per_word:.0f} µs per new word form (index_terms, uncached)"
    )


def measure_compound_split() -> None:
    from compound_split import char_split  # type: ignore[import-not-found]

    index: dict[str, set[str]] = {}
    split_words = set()
    start = time.process_time()
    rows = fixture()
    for _, word, _ in rows:
        key = fold(word)
        terms = {key}
        result = char_split.split_compound(word)
        if result and result[0][0] > 0:
            terms |= {fold(result[0][1]), fold(result[0][2])}
            split_words.add(key)
        index[key] = terms | {s for t in terms for s in lexicon.stems(t)}
    per_word = (time.process_time() - start) / len(rows) * 1e6
    for name, (hits, total) in score(index, split_words).items():
        print(f"compound-split {name:16} {hits:4}/{total:<4} {hits / total:.1%}")
    print(f"compound-split: {per_word:.0f} µs per word")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lexicon-dir", type=Path)
    parser.add_argument("--compound-split", action="store_true")
    parser.add_argument("--stemming", action="store_true")
    args = parser.parse_args()
    if args.lexicon_dir is not None:
        lexicon.LEXICON_DIR = args.lexicon_dir
    measure_lexicon()
    if args.compound_split:
        measure_compound_split()
    if args.stemming:
        measure_stemming()


def measure_stemming(top: int = 20_000) -> None:
    """Stems of both languages for every word, against the word's own language only:
    terms added per word (index size) and words conflated with a word of another own-
    language stem (lost precision), over ``wordfreq``'s most frequent words."""
    import wordfreq  # type: ignore[import-not-found]

    def dutch(word: str) -> str:
        return lexicon._dutch(word)[0]

    own_stemmer = {"de": lexicon._german, "nl": dutch}
    for lang in ("de", "nl"):
        vocab = {fold(w) for w in wordfreq.top_n_list(lang, top) if w.isalpha()}
        own = {w: own_stemmer[lang](w) for w in vocab}
        both = {w: {w, *lexicon.stems(w)} for w in vocab}
        extra_terms = sum(len(both[w]) - 1 for w in vocab)
        own_terms = sum(own[w] != w for w in vocab)
        by_term: dict[str, set[str]] = {}
        for w, terms in both.items():
            for t in terms:
                by_term.setdefault(t, set()).add(w)
        wrong = sum(1 for w in vocab if any(own[v] != own[w] for t in both[w] for v in by_term[t]))
        print(
            f"{lang}: {len(vocab):,} words; stem terms per word: own language "
            f"{own_terms / len(vocab):.2f}, both {extra_terms / len(vocab):.2f}; words that "
            f"meet a word of another own-language stem: {wrong:,} ({wrong / len(vocab):.1%})"
        )


if __name__ == "__main__":
    main()
