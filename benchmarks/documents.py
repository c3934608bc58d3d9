"""``make bench``: content extraction per format, next to the library's own bare call.

    python -m benchmarks.documents --size full|small

The benchmark writes its own corpus with ``devkit.docgen`` and ``benchmarks.textgen``:
for each format (PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, RTF, HTML, e-mail, plain text)
``files`` documents of a realistic mix of lengths (1 to 40 pages of about 300 German or Dutch
words; 1 to 4 sheets of 50 to 2,000 rows; slides of 40 words), plus one large document per
format. Each format's files are read

* through ``client.extract.runner.Extractor``, as the app reads them: in the child process,
  under its limits, the text sent back through the pipe (``mb_per_s``, ``pages_per_s``);
* by the extraction library's own bare call on the same files, in this process, in the same
  run (``bare_mb_per_s``): PDFium's text per page for PDF; for the zip formats the standard
  library's ``zipfile`` and ``ElementTree.itertext`` over the same XML parts; for RTF and
  HTML our reader in-process without the child; the ``email`` package's body for e-mail;
  ``bytes.decode`` for text;
* by the other candidates, where they are installed (``candidates``: pypdf, pdfminer.six,
  python-docx, openpyxl, python-pptx, odfpy, striprtf), on at most ``candidate_files`` of
  them: the figures that chose the readers (README.md, "Documents").

"Pages" are pages, slides and sheets where the format has them, and 300-word pages of the
generated text where it has not. ``peak_rss_mb`` is the child's peak resident memory
(VmHWM) while it reads the format's largest file in a fresh child. Figures go to
``build/bench/documents.json``; nothing here asserts anything about time.
"""

from __future__ import annotations

import argparse
import email
import importlib
import io
import json
import os
import random
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from email import policy
from pathlib import Path
from typing import Any

from benchmarks.textgen import TextGenerator
from client.extract import formats
from client.extract.runner import Extractor
from devkit import docgen

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "bench" / "documents.json"


@dataclass(frozen=True)
class Size:
    files: int
    candidate_files: int
    large_pages: int
    large_rows: int


SIZES = {
    "full": Size(files=200, candidate_files=40, large_pages=300, large_rows=50_000),
    "small": Size(files=20, candidate_files=10, large_pages=60, large_rows=10_000),
}
PAGE_MIX = (1, 1, 1, 2, 2, 3, 4, 6, 10, 40)  # pages of a document, most of them short
WORDS_PER_PAGE = 300
WORDS_PER_LINE = 12


@dataclass
class Doc:
    name: str
    data: bytes
    pages: int


class Corpus:
    def __init__(self, seed: int = 15) -> None:
        self.rng = random.Random(seed)
        self.text = TextGenerator(seed)

    def page(self, words: int = WORDS_PER_PAGE) -> list[str]:
        """A page as lines of about a dozen words."""
        german = self.rng.random() < 0.6
        lines = words // WORDS_PER_LINE
        return self.text.sentences(
            self.rng,
            [WORDS_PER_LINE] * lines,
            self.text.german if german else self.text.dutch,
        )

    def sheets(self, count: int, rows: int) -> dict[str, list[list[str | float]]]:
        out: dict[str, list[list[str | float]]] = {}
        for n in range(count):
            words = self.page(rows * 3)
            cells = " ".join(words).split()
            out[f"Blatt {n + 1}"] = [
                [cells[(r * 3) % len(cells)], cells[(r * 3 + 1) % len(cells)], float(r), r * 1.5]
                for r in range(rows)
            ]
        return out

    def make(self, kind: str, pages: int, rows: int | None = None) -> Doc:
        if kind in (formats.XLSX, formats.ODS):
            count = max(1, min(4, pages))
            sheets = self.sheets(count, rows or self.rng.choice((50, 200, 500, 2000)))
            data = docgen.xlsx(sheets) if kind == formats.XLSX else docgen.ods(sheets)
            return Doc(f"t.{kind}", data, count)
        if kind in (formats.PPTX, formats.ODP):
            slides = [self.page(40) for _ in range(pages * 3)]
            data = docgen.pptx(slides) if kind == formats.PPTX else docgen.odp(slides)
            return Doc(f"t.{kind}", data, len(slides))
        body = [self.page() for _ in range(pages)]
        flat = [" ".join(lines) for lines in body]
        makers: dict[str, Callable[[], bytes]] = {
            formats.PDF: lambda: docgen.pdf(body),
            formats.DOCX: lambda: docgen.docx(body),
            formats.ODT: lambda: docgen.odt(flat),
            formats.RTF: lambda: docgen.rtf(flat),
            formats.HTML: lambda: docgen.html("Bericht", flat),
            formats.EML: lambda: docgen.eml("Bericht", flat),
            formats.TEXT: lambda: docgen.text(flat),
        }
        return Doc(f"t.{'txt' if kind == formats.TEXT else kind}", makers[kind](), pages)


# --------------------------------------------------------------------------- bare calls


def _bare_pdf(data: bytes) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    chars = 0
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return chars


def _bare_xml(parts: Callable[[str], bool]) -> Callable[[bytes], int]:
    def read(data: bytes) -> int:
        chars = 0
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for name in z.namelist():
                if parts(name):
                    chars += sum(len(t) for t in ET.fromstring(z.read(name)).itertext())
        return chars

    return read


def _bare_reader(kind: str) -> Callable[[bytes], int]:
    return lambda data: len(formats.extract(data, kind, formats.Limits()).text)


def _bare_eml(data: bytes) -> int:
    message = email.message_from_bytes(data, policy=policy.default)
    body = message.get_body(preferencelist=("plain", "html"))
    return len(body.get_content()) if body is not None else 0


BARE: dict[str, tuple[str, Callable[[bytes], int]]] = {
    formats.PDF: ("pypdfium2 get_text_range per page", _bare_pdf),
    formats.DOCX: ("zipfile + ElementTree.itertext", _bare_xml(lambda n: n == "word/document.xml")),
    formats.XLSX: (
        "zipfile + ElementTree.itertext",
        _bare_xml(lambda n: n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml"),
    ),
    formats.PPTX: (
        "zipfile + ElementTree.itertext",
        _bare_xml(lambda n: n.startswith("ppt/slides/s")),
    ),
    formats.ODT: ("zipfile + ElementTree.itertext", _bare_xml(lambda n: n == "content.xml")),
    formats.ODS: ("zipfile + ElementTree.itertext", _bare_xml(lambda n: n == "content.xml")),
    formats.ODP: ("zipfile + ElementTree.itertext", _bare_xml(lambda n: n == "content.xml")),
    formats.RTF: ("our RTF reader in-process", _bare_reader(formats.RTF)),
    formats.HTML: ("our HTML reader (html.parser) in-process", _bare_reader(formats.HTML)),
    formats.EML: ("email get_body().get_content()", _bare_eml),
    formats.TEXT: ("bytes.decode", lambda data: len(data.decode("utf-8"))),
}  # fmt: skip


# --------------------------------------------------------------------------- candidates


def _module(name: str) -> Any:
    """A candidate library, imported only where it is installed (ImportError otherwise)."""
    return importlib.import_module(name)


def _pypdf(data: bytes) -> int:
    reader = _module("pypdf").PdfReader(io.BytesIO(data))
    return sum(len(p.extract_text() or "") for p in reader.pages)


def _pdfminer(data: bytes) -> int:
    return len(_module("pdfminer.high_level").extract_text(io.BytesIO(data)))


def _python_docx(data: bytes) -> int:
    return sum(len(p.text) for p in _module("docx").Document(io.BytesIO(data)).paragraphs)


def _openpyxl(data: bytes) -> int:
    book = _module("openpyxl").load_workbook(io.BytesIO(data), read_only=True)
    chars = sum(
        len(str(v)) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row
    )
    book.close()
    return int(chars)


def _python_pptx(data: bytes) -> int:
    return sum(
        len(shape.text_frame.text)
        for slide in _module("pptx").Presentation(io.BytesIO(data)).slides
        for shape in slide.shapes
        if shape.has_text_frame
    )


def _odfpy(data: bytes) -> int:
    teletype, text = _module("odf.teletype"), _module("odf.text")
    doc = _module("odf.opendocument").load(io.BytesIO(data))
    return sum(len(teletype.extractText(p)) for p in doc.getElementsByType(text.P))


def _striprtf(data: bytes) -> int:
    return len(_module("striprtf.striprtf").rtf_to_text(data.decode("latin-1")))


CANDIDATES: dict[str, list[tuple[str, Callable[[bytes], int]]]] = {
    formats.PDF: [("pypdf", _pypdf), ("pdfminer.six", _pdfminer)],
    formats.DOCX: [("python-docx", _python_docx)],
    formats.XLSX: [("openpyxl read-only", _openpyxl)],
    formats.PPTX: [("python-pptx", _python_pptx)],
    formats.ODT: [("odfpy", _odfpy)],
    formats.ODS: [("odfpy", _odfpy)],
    formats.ODP: [("odfpy", _odfpy)],
    formats.RTF: [("striprtf", _striprtf)],
}


def _installed(fn: Callable[[bytes], int], sample: bytes) -> bool:
    try:
        fn(sample)
    except ImportError:
        return False
    return True


# --------------------------------------------------------------------------- measuring


def _child_peak_mb(extractor: Extractor) -> float | None:
    child = extractor._child
    if child is None:
        return None
    try:
        status = Path(f"/proc/{child.process.pid}/status").read_text()
    except OSError:
        return None  # not Linux
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def _child_cpu_s(extractor: Extractor) -> float:
    """CPU seconds the child has used (Linux; 0 elsewhere)."""
    child = extractor._child
    if child is None:
        return 0.0
    try:
        stat = Path(f"/proc/{child.process.pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat.rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _timed(fn: Callable[[bytes], Any], docs: list[Doc]) -> float:
    started = time.perf_counter()
    for doc in docs:
        fn(doc.data)
    return time.perf_counter() - started


def _cpu_timed(fn: Callable[[bytes], Any], docs: list[Doc]) -> float:
    started = time.process_time()
    for doc in docs:
        fn(doc.data)
    return time.process_time() - started


def measure(kind: str, docs: list[Doc], large: Doc, size: Size) -> dict[str, Any]:
    mb = sum(len(d.data) for d in docs) / 1e6
    pages = sum(d.pages for d in docs)
    statuses: dict[str, int] = {}
    with Extractor(timeout_s=120) as extractor:
        extractor.extract_bytes(docs[0].data, docs[0].name, "")  # the child is up
        started, child_cpu, own_cpu = (
            time.perf_counter(),
            _child_cpu_s(extractor),
            time.process_time(),
        )
        for doc in docs:
            found = extractor.extract_bytes(doc.data, doc.name, "")
            statuses[found.status] = statuses.get(found.status, 0) + 1
        ours = time.perf_counter() - started
        ours_cpu = _child_cpu_s(extractor) - child_cpu + time.process_time() - own_cpu
    bare_name, bare = BARE[kind]
    bare_s = _timed(bare, docs)
    bare_cpu = _cpu_timed(bare, docs)
    with Extractor(timeout_s=300) as fresh:
        found = fresh.extract_bytes(large.data, large.name, "")
        peak = _child_peak_mb(fresh)
    figures: dict[str, Any] = {
        "files": len(docs),
        "mb": round(mb, 2),
        "pages": pages,
        "mb_per_s": round(mb / ours, 2),
        "pages_per_s": round(pages / ours, 1),
        "files_per_s": round(len(docs) / ours, 1),
        "bare_call": bare_name,
        "bare_mb_per_s": round(mb / bare_s, 2),
        "bare_pages_per_s": round(pages / bare_s, 1),
        "ours_to_bare": round(bare_s / ours, 2),
        # The same in CPU seconds (child and parent), less noisy on a shared machine.
        "cpu_mb_per_s": round(mb / ours_cpu, 2) if ours_cpu else None,
        "bare_cpu_mb_per_s": round(mb / bare_cpu, 2) if bare_cpu else None,
        "cpu_ours_to_bare": round(bare_cpu / ours_cpu, 2) if ours_cpu else None,
        "statuses": statuses,
        "largest_file_mb": round(len(large.data) / 1e6, 2),
        "largest_pages": large.pages,
        "largest_status": found.status,
        "peak_rss_mb": None if peak is None else round(peak, 1),
        "candidates": {},
    }
    sample = docs[: size.candidate_files]
    sample_mb = sum(len(d.data) for d in sample) / 1e6
    sample_pages = sum(d.pages for d in sample)
    own_s = _timed(lambda data: formats.extract(data, kind, formats.Limits()), sample)
    for name, fn in [("ours in-process", None), *CANDIDATES.get(kind, [])]:
        if fn is None:
            seconds = own_s
        elif not _installed(fn, sample[0].data):
            continue
        else:
            seconds = _timed(fn, sample)
        figures["candidates"][name] = {
            "mb_per_s": round(sample_mb / seconds, 2),
            "pages_per_s": round(sample_pages / seconds, 1),
        }
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    size = SIZES[args.size]
    corpus = Corpus()
    results: dict[str, Any] = {
        "size": args.size,
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        "formats": {},
    }
    for kind in formats.FORMATS:
        docs = [corpus.make(kind, PAGE_MIX[n % len(PAGE_MIX)]) for n in range(size.files)]
        large = corpus.make(kind, size.large_pages // (3 if kind in ("pptx", "odp") else 1),
                            rows=size.large_rows)  # fmt: skip
        figures = measure(kind, docs, large, size)
        results["formats"][kind] = figures
        print(
            f"{kind:5} {figures['files']} files {figures['mb']:7.2f} MB: "
            f"{figures['mb_per_s']:6.2f} MB/s {figures['pages_per_s']:7.1f} pages/s "
            f"(bare {figures['bare_mb_per_s']:6.2f} MB/s, ours/bare {figures['ours_to_bare']}, "
            f"in CPU time {figures['cpu_ours_to_bare']}); "
            f"largest {figures['largest_file_mb']} MB peak {figures['peak_rss_mb']} MB; "
            + ", ".join(f"{n} {c['mb_per_s']} MB/s" for n, c in figures["candidates"].items()),
            flush=True,
        )
    largest = max(results["formats"].values(), key=lambda f: f["largest_file_mb"])
    results["peak_rss_mb_largest_file"] = largest["peak_rss_mb"]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
