"""The replica benchmark's document text looks like what extraction records.

The benchmark indexes generated text as if it had been read from the files; if its pages
were placed differently from the extractor's, search would be measured on text the app
never holds.
"""

from __future__ import annotations

import random

from benchmarks import replica, textgen
from client.extract import formats
from devkit import docgen


def test_generated_pages_are_placed_as_the_word_reader_places_them() -> None:
    gen = textgen.TextGenerator()
    seed = 0
    while len(pages := gen.pages(random.Random(seed), True)) < 3:
        seed += 1
    real = formats.extract(
        docgen.docx([page.split("\n") for page in pages]), formats.DOCX, formats.Limits()
    )
    numbered = [(str(n), page) for n, page in enumerate(pages, 1)]
    generated = replica._placed(numbered, formats.PAGE, first=False)
    assert generated.places == real.places
    assert generated.text == real.text.rstrip("\n")


def test_documents_get_a_mix_of_texts() -> None:
    size = replica.Size(0, 20, 300, 5, 0, 0.0)
    source = replica.RowSource(size, textgen.TextGenerator())
    found = [f for _, f in source.document_texts(source.document_rows())]
    statuses = {f.status for f in found}
    assert statuses == {formats.OK, formats.UNSUPPORTED, formats.SCANNED}
    texts = [f for f in found if f.text]
    kinds = {kind for f in texts for _, kind, _ in f.places}
    assert kinds == {formats.PAGE, formats.SHEET}
    lengths = sorted(len(f.text) for f in texts)
    assert lengths[len(lengths) // 2] < 10_000 < lengths[-1]  # mostly short, a few long
    for f in texts:
        for offset, _, _ in f.places[1:]:
            assert f.text[offset - 1] == "\n"  # a page starts on a line of its own
