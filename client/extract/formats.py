"""Readers that turn a document's bytes into plain text, one per format.

They run in the extraction child (``client.extract.child``) under its time and memory
limits, and each bounds what it reads itself: text stops at ``Limits.max_text_chars``,
zip members are checked for their declared size, compression ratio and actual size before
and while they are read, XML is parsed by expat with every DTD refused (no entity can
expand), and a PDF is read page by page up to ``Limits.max_pages``.

OOXML (DOCX, XLSX, PPTX) and OpenDocument (ODT, ODS, ODP) are read as their XML directly
with ``zipfile`` and expat; PDF with pypdfium2 (PDFium); RTF, HTML, e-mail and plain text
with our own small readers over the standard library. README.md ("Documents") has the
figures that chose them.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser
from io import BytesIO
from typing import Any
from xml.parsers import expat

# Statuses of a document's text (``Extracted.status``, stored with the document).
OK = "ok"
SCANNED = "scanned-no-text"
TOO_LARGE = "too-large"
TIMED_OUT = "timed-out"
FAILED = "failed"
UNSUPPORTED = "unsupported"
STATUSES = (OK, SCANNED, TOO_LARGE, TIMED_OUT, FAILED, UNSUPPORTED)

# Where a piece of text is in its document (``Extracted.places``).
PAGE = "page"
SLIDE = "slide"
SHEET = "sheet"

PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, RTF, HTML, EML, TEXT = (
    "pdf docx xlsx pptx odt ods odp rtf html eml text".split()
)
FORMATS = (PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, RTF, HTML, EML, TEXT)

_XML_CHUNK = 1 << 16
_MAX_XML_DEPTH = 512
_MAX_REPEAT = 64  # ODF's <text:s text:c="…"/>: spaces written for one element


@dataclass(frozen=True)
class Limits:
    max_text_chars: int = 1_000_000
    max_pages: int = 5_000
    max_member_bytes: int = 64 << 20  # one XML part of a zip, uncompressed
    max_total_bytes: int = 256 << 20  # all parts of a zip read for one document
    max_ratio: int = 100  # uncompressed : compressed, above 1 MiB
    max_members: int = 20_000


@dataclass(frozen=True)
class Extracted:
    status: str
    text: str = ""
    # (offset in text, kind, label): from this offset on the text is on page 3, slide 2
    # or the sheet "Budget".
    places: tuple[tuple[int, str, str], ...] = ()
    reason: str = ""
    truncated: bool = False
    pages: int = 0  # pages, slides or sheets read

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "text": self.text,
            "places": [list(p) for p in self.places],
            "reason": self.reason,
            "truncated": self.truncated,
            "pages": self.pages,
        }

    @classmethod
    def from_json(cls, data: Any) -> Extracted:
        if not isinstance(data, dict) or data.get("status") not in STATUSES:
            return cls(FAILED, reason="the extractor answered nonsense")
        places = tuple(
            (int(p[0]), str(p[1]), str(p[2]))
            for p in data.get("places") or ()
            if isinstance(p, list) and len(p) == 3
        )
        return cls(
            status=str(data["status"]),
            text=str(data.get("text") or ""),
            places=places,
            reason=str(data.get("reason") or ""),
            truncated=bool(data.get("truncated")),
            pages=int(data.get("pages") or 0),
        )


class TooLargeError(Exception):
    """The document (or a part of it) is larger than extraction reads."""


class _FullError(Exception):
    """The text cap is reached: what was collected so far is the document's text."""


@dataclass
class _Sink:
    cap: int
    parts: list[str] = field(default_factory=list)
    size: int = 0
    places: list[tuple[int, str, str]] = field(default_factory=list)
    truncated: bool = False

    def add(self, text: str) -> None:
        if not text:
            return
        room = self.cap - self.size
        if len(text) >= room:
            self.parts.append(text[:room])
            self.size = self.cap
            self.truncated = True
            raise _FullError
        self.parts.append(text)
        self.size += len(text)

    def newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.add("\n")

    def place(self, kind: str, label: str) -> None:
        self.newline()
        self.places.append((self.size, kind, label))

    def result(self, pages: int = 0) -> Extracted:
        text = _clean("".join(self.parts))
        return Extracted(OK, text, tuple(self.places), truncated=self.truncated, pages=pages)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _clean(text: str) -> str:
    # Lone surrogates (from broken PDFs) cannot be stored as UTF-8; controls are noise.
    text = text.encode("utf-8", "replace").decode("utf-8")
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))


# --------------------------------------------------------------------------- detection

_OOXML_MAIN = {"word/document.xml": DOCX, "xl/workbook.xml": XLSX, "ppt/presentation.xml": PPTX}
_ODF_TYPES = {
    "application/vnd.oasis.opendocument.text": ODT,
    "application/vnd.oasis.opendocument.spreadsheet": ODS,
    "application/vnd.oasis.opendocument.presentation": ODP,
}
_BY_EXTENSION = {
    "pdf": PDF, "docx": DOCX, "docm": DOCX, "xlsx": XLSX, "xlsm": XLSX, "pptx": PPTX,
    "odt": ODT, "ods": ODS, "odp": ODP, "rtf": RTF, "htm": HTML, "html": HTML, "xhtml": HTML,
    "eml": EML, "txt": TEXT, "csv": TEXT, "md": TEXT, "json": TEXT, "xml": TEXT, "log": TEXT,
    "tsv": TEXT, "ics": TEXT, "vcf": TEXT,
}  # fmt: skip
_TEXT_TYPES = ("text/", "application/json", "application/xml", "application/csv")


def detect(head: bytes, name: str, mimetype: str) -> str | None:
    """The format to read a file as, from its first bytes, then its type and name; None
    for one that has no text we read (images, archives, programs)."""
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"{\\rtf"):
        return RTF
    extension = name.rpartition(".")[2].lower() if "." in name else ""
    by_name = _BY_EXTENSION.get(extension)
    if head.startswith(b"PK\x03\x04"):
        # The zip is opened in the child; the name or type says which kind it claims.
        if by_name in (DOCX, XLSX, PPTX, ODT, ODS, ODP):
            return by_name
        return _ODF_TYPES.get(mimetype) or _ooxml_by_type(mimetype)
    mimetype = mimetype.lower()
    if mimetype in ("text/html", "application/xhtml+xml"):
        return HTML
    if mimetype == "message/rfc822":
        return EML
    if by_name in (HTML, EML, TEXT):
        return by_name
    if mimetype.startswith(_TEXT_TYPES):
        return TEXT
    return None


def _ooxml_by_type(mimetype: str) -> str | None:
    for marker, kind in (
        ("wordprocessingml", DOCX), ("spreadsheetml", XLSX), ("presentationml", PPTX),
    ):  # fmt: skip
        if marker in mimetype:
            return kind
    return None


def extract(data: bytes, kind: str, limits: Limits) -> Extracted:
    """The text of ``data`` read as ``kind``; raises ``TooLargeError`` or the reader's own
    error for a file it cannot read (the child turns them into a status)."""
    sink = _Sink(limits.max_text_chars)
    if kind in _ZIP_KINDS:
        kind = _zip_kind(data) or kind
    reader = _READERS[kind]
    try:
        pages = reader(data, sink, limits)
    except _FullError:
        pages = len(sink.places)
    if kind == PDF and pages and not sink.parts:
        return Extracted(SCANNED, reason=f"{pages} pages without text", pages=pages)
    return sink.result(pages)


_ZIP_KINDS = frozenset({DOCX, XLSX, PPTX, ODT, ODS, ODP})


def _zip_kind(data: bytes) -> str | None:
    """What a zip holds, by its parts: names and types can be wrong."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            names = set(z.namelist())
            for main, kind in _OOXML_MAIN.items():
                if main in names:
                    return kind
            if "mimetype" in names and z.getinfo("mimetype").file_size < 128:
                return _ODF_TYPES.get(z.read("mimetype").decode("ascii", "replace").strip())
    except (zipfile.BadZipFile, OSError):
        return None  # the reader says what is wrong with it
    return None


# --------------------------------------------------------------------------- PDF


def _read_pdf(data: bytes, sink: _Sink, limits: Limits) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        count = len(pdf)
        if count > limits.max_pages:
            raise TooLargeError(f"{count} pages, more than {limits.max_pages}")
        any_text = False
        for index in range(count):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                finally:
                    textpage.close()
            finally:
                page.close()
            if text.strip():
                if any_text or index:
                    sink.place(PAGE, str(index + 1))
                else:
                    sink.places.append((0, PAGE, "1"))
                any_text = True
                sink.add(_clean(text))  # PDFium ends lines with \r\n: offsets count after
        return count
    finally:
        pdf.close()


# --------------------------------------------------------------------------- XML in zips


class _Zip:
    """A zip opened for reading its XML parts, within the limits."""

    def __init__(self, data: bytes, limits: Limits) -> None:
        self._limits = limits
        self.zip = zipfile.ZipFile(BytesIO(data))
        infos = self.zip.infolist()
        if len(infos) > limits.max_members:
            raise TooLargeError(f"{len(infos)} parts in the zip")
        self._read = 0
        self.names = {i.filename for i in infos}

    def chunks(self, name: str) -> Iterator[bytes]:
        limits = self._limits
        info = self.zip.getinfo(name)
        if info.file_size > limits.max_member_bytes:
            raise TooLargeError(f"{name}: {info.file_size} bytes uncompressed")
        if info.file_size > 1 << 20 and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise TooLargeError(f"{name}: compressed more than {limits.max_ratio} to 1")
        if self._read + info.file_size > limits.max_total_bytes:
            raise TooLargeError(f"more than {limits.max_total_bytes} bytes of parts to read")
        seen = 0
        with self.zip.open(info) as member:
            while chunk := member.read(_XML_CHUNK):
                seen += len(chunk)
                # zipfile stops at the declared size; this holds even if it did not.
                if seen > info.file_size:
                    raise TooLargeError(f"{name}: longer than its declared size")
                yield chunk
        self._read += seen

    def has(self, name: str) -> bool:
        return name in self.names

    def text(self, name: str) -> str:
        return b"".join(self.chunks(name)).decode("utf-8", "replace")


class _RefusedError(ValueError):
    """XML with a DTD or too deep: not read."""


def _parse(
    chunks: Iterator[bytes],
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None],
    data: Callable[[str], None],
) -> None:
    """Parse XML with expat, element names without their prefix. A document type
    declaration is refused, so no entity is ever defined or expanded."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    depth = 0

    def refuse(*_: object) -> Any:
        raise _RefusedError("XML with a document type declaration is not read")

    def on_start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > _MAX_XML_DEPTH:
            raise _RefusedError(f"XML nested deeper than {_MAX_XML_DEPTH}")
        start(name.rpartition(":")[2], attrs)

    def on_end(name: str) -> None:
        nonlocal depth
        depth -= 1
        end(name.rpartition(":")[2])

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = on_start
    parser.EndElementHandler = on_end
    parser.CharacterDataHandler = data
    parser.buffer_text = True
    for chunk in chunks:
        parser.Parse(chunk, False)
    parser.Parse(b"", True)


def _attr(attrs: dict[str, str], local: str) -> str:
    for key, value in attrs.items():
        if key.rpartition(":")[2] == local:
            return value
    return ""


class _Runs:
    """Handlers for OOXML text: the characters of ``<t>`` runs, a line per ``<p>``, a tab
    per ``<tab>``; a page break calls ``on_page_break`` (Word), a ``<br>`` is a new line."""

    def __init__(self, sink: _Sink, on_page_break: Callable[[], None] | None = None) -> None:
        self.sink = sink
        self.inside_text = False
        self.on_page_break = on_page_break

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "t":
            self.inside_text = True
        elif name == "tab":
            self.sink.add("\t")
        elif name in ("br", "cr"):
            if self.on_page_break is not None and _attr(attrs, "type") == "page":
                self.on_page_break()
            else:
                self.sink.add("\n")
        elif name == "lastRenderedPageBreak" and self.on_page_break is not None:
            self.on_page_break()

    def end(self, name: str) -> None:
        if name == "t":
            self.inside_text = False
        elif name == "p":
            self.sink.newline()

    def text(self, value: str) -> None:
        if self.inside_text:
            self.sink.add(value)


def _read_docx(data: bytes, sink: _Sink, limits: Limits) -> int:
    z = _Zip(data, limits)
    page = 1

    def page_break() -> None:
        nonlocal page
        page = _next_page(sink, page)

    runs = _Runs(sink, page_break)
    _parse(z.chunks("word/document.xml"), runs.start, runs.end, runs.text)
    return page


def _next_page(sink: _Sink, page: int) -> int:
    # Word records where its last layout broke pages; page 1 is named once page 2 exists.
    if not sink.places:
        sink.places.append((0, PAGE, "1"))
    sink.place(PAGE, str(page + 1))
    return page + 1


def _relations(z: _Zip, name: str) -> dict[str, str]:
    """Relationship id → target path, read with expat like every other part."""
    found: dict[str, str] = {}
    base = name.rsplit("/_rels/", 1)[0]

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == "Relationship" and "Id" in attrs and "Target" in attrs:
            target = attrs["Target"]
            found[attrs["Id"]] = (
                target.lstrip("/")
                if target.startswith("/")
                else (f"{base}/{target}" if base else target)
            )

    if z.has(name):
        _parse(z.chunks(name), start, lambda _n: None, lambda _d: None)
    return found


def _read_xlsx(data: bytes, sink: _Sink, limits: Limits) -> int:
    z = _Zip(data, limits)
    shared: list[str] = []
    shared_chars = 0
    current: list[str] = []
    inside_text = False

    def s_start(name: str, _attrs: dict[str, str]) -> None:
        nonlocal inside_text
        if name == "si":
            current.clear()
        elif name == "t":
            inside_text = True

    def s_end(name: str) -> None:
        nonlocal inside_text, shared_chars
        if name == "t":
            inside_text = False
        elif name == "si":
            # Strings beyond what could ever be shown are kept as empty: the table stays
            # indexed by position without holding a bomb's worth of text.
            value = "".join(current) if shared_chars < 2 * limits.max_text_chars else ""
            shared_chars += len(value)
            shared.append(value)

    def s_text(value: str) -> None:
        if inside_text:
            current.append(value)

    if z.has("xl/sharedStrings.xml"):
        _parse(z.chunks("xl/sharedStrings.xml"), s_start, s_end, s_text)

    sheets: list[tuple[str, str]] = []

    def w_start(name: str, attrs: dict[str, str]) -> None:
        if name == "sheet":
            sheets.append((attrs.get("name", ""), _attr(attrs, "id")))

    _parse(z.chunks("xl/workbook.xml"), w_start, lambda _n: None, lambda _d: None)
    targets = _relations(z, "xl/_rels/workbook.xml.rels")

    cell_type = ""
    value: list[str] = []
    in_value = False

    def c_start(name: str, attrs: dict[str, str]) -> None:
        nonlocal cell_type, in_value
        if name == "c":
            cell_type = attrs.get("t", "")
            value.clear()
        elif name in ("v", "t"):
            in_value = True

    def c_end(name: str) -> None:
        nonlocal in_value
        if name in ("v", "t"):
            in_value = False
        elif name == "c":
            raw = "".join(value)
            if cell_type == "s":
                index = int(raw) if raw.isdigit() else -1
                raw = shared[index] if 0 <= index < len(shared) else ""
            if raw:
                sink.add(raw)
                sink.add("\t")
        elif name == "row":
            sink.newline()

    def c_text(text: str) -> None:
        if in_value:
            value.append(text)

    read = 0
    for sheet_name, rel in sheets:
        target = targets.get(rel)
        if target is None or not z.has(target):
            continue
        sink.place(SHEET, sheet_name)
        read += 1
        _parse(z.chunks(target), c_start, c_end, c_text)
    return read


_SLIDE = re.compile(r"ppt/slides/slide(\d+)\.xml")


def _read_pptx(data: bytes, sink: _Sink, limits: Limits) -> int:
    z = _Zip(data, limits)
    slides = sorted((int(m.group(1)), name) for name in z.names if (m := _SLIDE.fullmatch(name)))
    runs = _Runs(sink)
    for number, (_, name) in enumerate(slides, start=1):
        sink.place(SLIDE, str(number))
        _parse(z.chunks(name), runs.start, runs.end, runs.text)
    return len(slides)


def _read_odf(data: bytes, sink: _Sink, limits: Limits) -> int:
    z = _Zip(data, limits)
    cell_depth = 0
    paragraphs_in_cell = 0
    pages = 0

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal cell_depth, paragraphs_in_cell, pages
        if name == "s":
            count = _attr(attrs, "c")
            sink.add(" " * min(int(count) if count.isdigit() else 1, _MAX_REPEAT))
        elif name == "tab":
            sink.add("\t")
        elif name == "line-break":
            sink.add("\n")
        elif name == "table" and not cell_depth:
            pages += 1
            sink.place(SHEET, _attr(attrs, "name"))
        elif name == "page":
            pages += 1
            sink.place(SLIDE, str(pages))
        elif name == "table-cell":
            cell_depth += 1
            paragraphs_in_cell = 0
        elif name in ("p", "h") and cell_depth:
            if paragraphs_in_cell:
                sink.add(" ")
            paragraphs_in_cell += 1

    def end(name: str) -> None:
        nonlocal cell_depth
        if name in ("p", "h") and not cell_depth:
            sink.newline()
        elif name == "table-cell":
            cell_depth -= 1
            sink.add("\t")
        elif name == "table-row":
            sink.newline()

    _parse(z.chunks("content.xml"), start, end, sink.add)
    return pages


# --------------------------------------------------------------------------- RTF

_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+",
    re.DOTALL,
)
_RTF_SKIP = frozenset(
    b"""fonttbl colortbl stylesheet info pict object header headerl headerr headerf footer
    footerl footerr footerf themedata colorschememapping datastore xmlnstbl listtable
    listoverridetable rsidtbl generator latentstyles fldinst filetbl revtbl
    mmathPr xe tc bkmkstart bkmkend""".split()
)
_RTF_BREAKS = {b"par": "\n", b"line": "\n", b"sect": "\n", b"page": "\n", b"row": "\n",
               b"tab": "\t", b"cell": "\t", b"emdash": "\u2014", b"endash": "\u2013",
               b"bullet": "\u2022", b"lquote": "\u2018", b"rquote": "\u2019",
               b"ldblquote": "\u201c", b"rdblquote": "\u201d"}  # fmt: skip
_MAX_RTF_DEPTH = 1_000


def _read_rtf(data: bytes, sink: _Sink, limits: Limits) -> int:
    codepage = "cp1252"
    skip = False
    uc = 1
    stack: list[tuple[bool, int]] = []
    fallback = 0  # characters after \uN that stand in for it
    group_start = False
    for match in _RTF_TOKEN.finditer(data):
        word, arg, hexbyte, symbol, brace, text = match.groups()
        if brace == b"{":
            if len(stack) >= _MAX_RTF_DEPTH:
                raise _RefusedError(f"RTF nested deeper than {_MAX_RTF_DEPTH}")
            stack.append((skip, uc))
            group_start = True
            continue
        if brace == b"}":
            if stack:
                skip, uc = stack.pop()
            group_start = False
            continue
        first = group_start
        group_start = False
        if word is not None:
            if word in _RTF_SKIP or (first and word == b"fldinst"):
                skip = True
            elif word == b"ansicpg" and arg:
                candidate = f"cp{int(arg)}"
                try:
                    codecs.lookup(candidate)
                    codepage = candidate
                except LookupError:
                    pass
            elif word == b"uc" and arg:
                uc = max(0, min(int(arg), 8))
            elif word == b"u" and arg and not skip:
                code = int(arg)
                sink.add(chr(code + 65536 if code < 0 else code) if -32768 <= code < 65536 else "")
                fallback = uc
            elif word == b"bin" and arg:
                skip = True  # binary data follows; the group ends it
            elif not skip and word in _RTF_BREAKS:
                sink.add(_RTF_BREAKS[word])
            continue
        if symbol is not None:
            if symbol == b"*":
                skip = True
            elif not skip and symbol in (b"\\", b"{", b"}"):
                sink.add(symbol.decode())
            elif not skip and symbol == b"~":
                sink.add("\u00a0")
            continue
        if skip:
            continue
        if hexbyte is not None:
            if fallback:
                fallback -= 1
                continue
            sink.add(bytes([int(hexbyte, 16)]).decode(codepage, "replace"))
        elif text is not None:
            if fallback:
                drop = min(fallback, len(text))
                fallback -= drop
                text = text[drop:]
            sink.add(text.decode(codepage, "replace"))
    return 0


# --------------------------------------------------------------------------- HTML, e-mail, text

_BLOCKS = frozenset(
    "p div br li tr h1 h2 h3 h4 h5 h6 table ul ol section article header footer blockquote "
    "pre hr dt dd title".split()
)
_HIDDEN = frozenset("script style template noscript head".split())


class _HtmlText(HTMLParser):
    def __init__(self, sink: _Sink) -> None:
        super().__init__(convert_charrefs=True)
        self._sink = sink
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN and tag != "head":
            self._hidden += 1
        elif tag in _BLOCKS:
            self._sink.newline()
        elif tag in ("td", "th"):
            self._sink.add("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and tag != "head":
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self._sink.newline()

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._sink.add(data)


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3:  # only the last character was cut
            return data.decode("utf-8", "replace")
        return data.decode("cp1252", "replace")


def _html_into(text: str, sink: _Sink) -> None:
    parser = _HtmlText(sink)
    for start in range(0, len(text), _XML_CHUNK):
        parser.feed(text[start : start + _XML_CHUNK])
    parser.close()


def _read_html(data: bytes, sink: _Sink, limits: Limits) -> int:
    _html_into(_decode(data), sink)
    return 0


def _read_eml(data: bytes, sink: _Sink, limits: Limits) -> int:
    message = BytesParser(policy=policy.default).parsebytes(data)
    for header in ("Subject", "From", "To", "Date"):
        value = message.get(header)
        if value:
            sink.add(f"{header}: {value}\n")
    sink.newline()
    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        try:
            content = body.get_content()
        except (LookupError, ValueError):  # an unknown charset: read it as bytes
            payload = body.get_payload(decode=True)
            content = _decode(payload if isinstance(payload, bytes) else b"")
        if isinstance(content, str):
            if body.get_content_type() == "text/html":
                _html_into(content, sink)
            else:
                sink.add(content)
    for part in message.iter_attachments():
        filename = part.get_filename()
        if filename:
            sink.newline()
            sink.add(filename)
    return 0


def _read_text(data: bytes, sink: _Sink, limits: Limits) -> int:
    # Decode no more than the text can hold (UTF-8: at most four bytes a character).
    sink.add(_decode(data[: 4 * limits.max_text_chars + 4]))
    return 0


_READERS: dict[str, Callable[[bytes, _Sink, Limits], int]] = {
    PDF: _read_pdf,
    DOCX: _read_docx,
    XLSX: _read_xlsx,
    PPTX: _read_pptx,
    ODT: _read_odf,
    ODS: _read_odf,
    ODP: _read_odf,
    RTF: _read_rtf,
    HTML: _read_html,
    EML: _read_eml,
    TEXT: _read_text,
}
