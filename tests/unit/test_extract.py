"""Content extraction: real files of every format, written here, read in the real child
process; hostile files cost a bounded amount and end with a status, never a hang."""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Iterator

import pytest

from client.extract import formats
from client.extract.formats import Limits
from client.extract.runner import Extractor
from devkit import docgen

LINES = ["Die Straßenbeleuchtung in der Müllerstraße ist defekt.", "Jugendfürsorge: 1.200 €"]
SECOND = ["Haushaltsplan der Gemeente Zuidhaven"]


@pytest.fixture(scope="module")
def extractor() -> Iterator[Extractor]:
    with Extractor(timeout_s=60) as ex:
        yield ex


def _places(found: formats.Extracted) -> list[tuple[str, str, str]]:
    """Each place with the first words of the text from there."""
    return [(kind, label, found.text[at:].strip()[:14]) for at, kind, label in found.places]


@pytest.mark.parametrize(
    ("name", "data", "places"),
    [
        ("Bericht.pdf", docgen.pdf([LINES, SECOND]), [("page", "1"), ("page", "2")]),
        ("Bericht.docx", docgen.docx([LINES, SECOND]), [("page", "1"), ("page", "2")]),
        ("Folien.pptx", docgen.pptx([LINES, SECOND]), [("slide", "1"), ("slide", "2")]),
        ("Folien.odp", docgen.odp([LINES, SECOND]), [("slide", "1"), ("slide", "2")]),
        ("Bericht.odt", docgen.odt([*LINES, *SECOND]), []),
        ("Bericht.rtf", docgen.rtf([*LINES, *SECOND]), []),
        ("Bericht.html", docgen.html("Titel", [*LINES, *SECOND]), []),
        ("Mail.eml", docgen.eml("Laterne", [*LINES, *SECOND], attachment="Plan.pdf"), []),
        ("Notiz.txt", docgen.text([*LINES, *SECOND]), []),
    ],
)
def test_every_format_gives_its_text_and_where_pages_start(
    extractor: Extractor, name: str, data: bytes, places: list[tuple[str, str]]
) -> None:
    found = extractor.extract_bytes(data, name, "")
    assert found.status == formats.OK, found.reason
    for line in [*LINES, *SECOND]:
        assert line in found.text
    assert [(kind, label) for kind, label, _ in _places(found)] == places
    if places:  # the second page starts with its own text
        assert _places(found)[1][2] == SECOND[0][:14]
    assert "<p>" not in found.text and "\\par" not in found.text


def test_spreadsheets_give_cells_and_sheet_names(extractor: Extractor) -> None:
    sheets: dict[str, list[list[str | float]]] = {
        "Begroting": [["Post", "Bedrag"], ["Straatverlichting", 1200.5]],
        "Personal": [["Müller", "Jugendamt"]],
    }
    for name, data in (("a.xlsx", docgen.xlsx(sheets)), ("a.ods", docgen.ods(sheets))):
        found = extractor.extract_bytes(data, name, "")
        assert found.status == formats.OK, found.reason
        assert "Straatverlichting\t1200.5" in found.text
        assert [p[:2] for p in _places(found)] == [
            ("sheet", "Begroting"),
            ("sheet", "Personal"),
        ]
        assert _places(found)[1][2].startswith("Müller")


def test_the_mail_reads_its_plain_body_once_and_names_its_attachment(
    extractor: Extractor,
) -> None:
    mail = docgen.eml("Laterne", LINES, attachment="Plan.pdf")
    found = extractor.extract_bytes(mail, "Laterne", "message/rfc822")
    assert "Subject: Laterne" in found.text and "Plan.pdf" in found.text
    assert found.text.count(LINES[0]) == 1


def test_a_scanned_pdf_is_marked_as_such(extractor: Extractor) -> None:
    found = extractor.extract_bytes(docgen.pdf([[], []], scanned=True), "Scan.pdf", "")
    assert found.status == formats.SCANNED and found.text == ""
    assert found.pages == 2


def test_what_has_no_text_to_read_is_not_sent_to_the_child(extractor: Extractor) -> None:
    found = extractor.extract_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "Foto.png", "image/png")
    assert found.status == formats.UNSUPPORTED


def test_damaged_files_fail_with_a_reason_and_the_next_file_is_read(
    extractor: Extractor,
) -> None:
    for name, data in (
        ("kaputt.pdf", docgen.pdf([LINES])[:200]),
        ("kaputt.docx", docgen.docx([LINES])[:300]),
        ("leer.xlsx", b"PK\x03\x04" + b"\0" * 50),
    ):
        found = extractor.extract_bytes(data, name, "")
        assert found.status == formats.FAILED and found.reason, name
    assert extractor.extract_bytes(docgen.text(LINES), "a.txt", "").status == formats.OK


# -- hostile files -----------------------------------------------------------------------


def _zip_with(name: str, data: bytes, base: bytes) -> bytes:
    """``base`` (a real DOCX) with one part replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info))
        target.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_a_zip_bomb_is_refused_before_it_is_inflated(extractor: Extractor) -> None:
    # 200 MiB of one byte, compressed to about 200 KiB.
    bomb = _zip_with("word/document.xml", b"<" * (200 << 20), docgen.docx([LINES]))
    assert len(bomb) < 1 << 20
    found = extractor.extract_bytes(bomb, "Bombe.docx", "")
    assert found.status == formats.TOO_LARGE
    assert "bytes uncompressed" in found.reason or "compressed more than" in found.reason


def test_a_compression_ratio_beyond_the_limit_is_refused(extractor: Extractor) -> None:
    # Within the size limit, but a thousand to one: no office file looks like that.
    dense = _zip_with("word/document.xml", b" " * (30 << 20), docgen.docx([LINES]))
    found = extractor.extract_bytes(dense, "Dicht.docx", "")
    assert found.status == formats.TOO_LARGE and "compressed more than" in found.reason


def test_an_entity_bomb_and_deep_xml_are_not_parsed(extractor: Extractor) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;">]><w:document xmlns:w="x"><w:t>&c;</w:t></w:document>'
    )
    base = docgen.docx([LINES])
    found = extractor.extract_bytes(_zip_with("word/document.xml", laughs, base), "a.docx", "")
    assert found.status == formats.FAILED and "document type declaration" in found.reason
    deep = b"<a>" * 100_000 + b"</a>" * 100_000
    found = extractor.extract_bytes(_zip_with("word/document.xml", deep, base), "b.docx", "")
    assert found.status == formats.FAILED and "nested deeper" in found.reason


def test_a_huge_sheet_stops_at_the_text_cap(extractor: Extractor) -> None:
    rows: list[list[str | float]] = [[f"Zeile {i}", float(i)] for i in range(60_000)]
    data = docgen.xlsx({"Riesig": rows})
    small = Extractor(limits=Limits(max_text_chars=50_000))
    with small:
        found = small.extract_bytes(data, "Riesig.xlsx", "")
    assert found.status == formats.OK and found.truncated
    assert len(found.text) <= 50_000 and found.text.startswith("Zeile 0")


def test_a_child_past_its_time_is_killed_and_the_next_document_gets_a_new_one() -> None:
    # A child that never answers stands for a parser that never ends (an endless PDF).
    sleeper = [sys.executable, "-c", "import sys, time; sys.stdin.buffer.read(); time.sleep(60)"]
    with Extractor(timeout_s=1.0, command=sleeper) as stuck:
        found = stuck.extract_bytes(docgen.pdf([LINES]), "endlos.pdf", "")
        assert found.status == formats.TIMED_OUT
        assert stuck._child is None  # killed, not left behind
    with Extractor(timeout_s=60) as fresh:
        assert fresh.extract_bytes(docgen.pdf([LINES]), "a.pdf", "").status == formats.OK


def test_a_child_that_dies_costs_one_document() -> None:
    crash = [sys.executable, "-c", "import os; os._exit(9)"]
    with Extractor(command=crash) as dying:
        found = dying.extract_bytes(docgen.text(LINES), "a.txt", "")
    assert found.status == formats.FAILED and "exit code 9" in found.reason


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS is POSIX")
def test_a_document_that_needs_more_memory_than_allowed_is_too_large() -> None:
    # 150 MB of shared strings under a 128 MiB address-space limit (Python and PDFium take
    # some 30 of it): the child runs out of memory, the parent gets a status.
    text = "".join(f"<si><t>{'x' * 1000}{i}</t></si>" for i in range(150_000))
    base = docgen.xlsx({"A": [["a"]]})
    data = _zip_with("xl/sharedStrings.xml", f'<sst xmlns="x">{text}</sst>'.encode(), base)
    limits = Limits(max_text_chars=200_000_000, max_member_bytes=512 << 20, max_ratio=10_000)
    with Extractor(memory_bytes=128 << 20, limits=limits) as tight:
        found = tight.extract_bytes(data, "Speicher.xlsx", "")
    assert found.status in (formats.TOO_LARGE, formats.FAILED), found
    if found.status == formats.FAILED:
        assert "exit code" in found.reason or "MemoryError" in found.reason
