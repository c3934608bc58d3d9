"""Real documents of every format extraction reads, made from text (tests, benchmarks).

Each function returns the bytes of a file in its format, written by hand: PDF objects with
a cross-reference table, OOXML and OpenDocument parts in a zip, RTF control words, MIME.
Office programs and the reading libraries open them; nothing here needs an Office library.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping, Sequence
from email.message import EmailMessage
from html import escape as html_escape
from xml.sax.saxutils import escape, quoteattr

# --------------------------------------------------------------------------- PDF


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(pages: Sequence[Sequence[str]], *, scanned: bool = False) -> bytes:
    """A PDF with one page per item, each a list of lines in Helvetica (WinAnsi, so German
    and Dutch letters work); ``scanned`` pages hold only a small grey image."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    tree = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>")  # fmt: skip
    image = add(b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace "
                b"/DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n" + b"\x80" * 64
                + b"\nendstream")  # fmt: skip
    kids = []
    for lines in pages:
        if scanned:
            content = b"q 500 0 0 700 50 50 cm /Im1 Do Q"
        else:
            ops = [b"BT /F1 11 Tf 14 TL 56 780 Td"]
            ops += [_pdf_string(line) + b" Tj T*" for line in lines]
            ops.append(b"ET")
            content = b"\n".join(ops)
        stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
            % (tree, stream, font, image)
        ))  # fmt: skip
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, catalog, xref))  # fmt: skip
    return out.getvalue()


# --------------------------------------------------------------------------- zips


def _zip(parts: dict[str, str | bytes], *, first: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        if first is not None:  # ODF: "mimetype" first and stored
            z.writestr(zipfile.ZipInfo(first), parts[first], zipfile.ZIP_STORED)
        for name, data in parts.items():
            if name != first:
                z.writestr(name, data)
    return out.getvalue()


_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _content_types(overrides: dict[str, str]) -> str:
    items = "".join(
        f'<Override PartName="/{name}" ContentType="{kind}"/>' for name, kind in overrides.items()
    )
    return (
        f'{_XML}<Types xmlns="{_CT}"><Default Extension="rels" ContentType='
        '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        f'ContentType="application/xml"/>{items}</Types>'
    )


def _rels(targets: dict[str, tuple[str, str]]) -> str:
    items = "".join(
        f'<Relationship Id="{rid}" Type="{_DOC_REL}/{kind}" Target="{target}"/>'
        for rid, (kind, target) in targets.items()
    )
    return f'{_XML}<Relationships xmlns="{_PKG_RELS}">{items}</Relationships>'


def docx(pages: Sequence[Sequence[str]]) -> bytes:
    """A Word document: each page's paragraphs, a page break between pages."""
    body = []
    for number, paragraphs in enumerate(pages):
        for i, text in enumerate(paragraphs):
            brk = '<w:r><w:br w:type="page"/></w:r>' if number and i == 0 else ""
            run = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
            body.append(f"<w:p>{brk}{run}</w:p>")
    document = f'{_XML}<w:document xmlns:w="{_W}"><w:body>{"".join(body)}</w:body></w:document>'
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    return _zip({
        "[Content_Types].xml": _content_types({"word/document.xml": main}),
        "_rels/.rels": _rels({"rId1": ("officeDocument", "word/document.xml")}),
        "word/document.xml": document,
    })  # fmt: skip


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def xlsx(sheets: Mapping[str, Sequence[Sequence[str | float]]]) -> bytes:
    """A workbook: text cells through the shared strings, numbers as values."""
    strings: dict[str, int] = {}
    parts: dict[str, str | bytes] = {}
    overrides = {
        "xl/workbook.xml":
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    }  # fmt: skip
    entries, rels = [], {}
    for number, (name, rows) in enumerate(sheets.items(), start=1):
        xml_rows = []
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, value in enumerate(row):
                ref = f"{_column(c)}{r}"
                if isinstance(value, str):
                    index = strings.setdefault(value, len(strings))
                    cells.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        part = f"xl/worksheets/sheet{number}.xml"
        parts[part] = (
            f'{_XML}<worksheet xmlns="{_S}"><sheetData>{"".join(xml_rows)}</sheetData></worksheet>'
        )
        overrides[part] = (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        )
        entries.append(f'<sheet name={quoteattr(name)} sheetId="{number}" r:id="rId{number}"/>')
        rels[f"rId{number}"] = ("worksheet", f"worksheets/sheet{number}.xml")
    shared = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    parts["xl/sharedStrings.xml"] = (
        f'{_XML}<sst xmlns="{_S}" count="{len(strings)}" uniqueCount="{len(strings)}">'
        f"{shared}</sst>"
    )
    rels[f"rId{len(sheets) + 1}"] = ("sharedStrings", "sharedStrings.xml")
    overrides["xl/sharedStrings.xml"] = (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    )
    parts["xl/workbook.xml"] = (
        f'{_XML}<workbook xmlns="{_S}" xmlns:r="{_DOC_REL}"><sheets>{"".join(entries)}</sheets>'
        "</workbook>"
    )
    parts["xl/_rels/workbook.xml.rels"] = _rels(rels)
    parts["_rels/.rels"] = _rels({"rId1": ("officeDocument", "xl/workbook.xml")})
    parts["[Content_Types].xml"] = _content_types(overrides)
    return _zip(parts)


def pptx(slides: Sequence[Sequence[str]]) -> bytes:
    """A presentation: each slide a text box with its paragraphs."""
    parts: dict[str, str | bytes] = {}
    overrides = {
        "ppt/presentation.xml":
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
    }  # fmt: skip
    ids, rels = [], {}
    for number, paragraphs in enumerate(slides, start=1):
        runs = "".join(f"<a:p><a:r><a:t>{escape(t)}</a:t></a:r></a:p>" for t in paragraphs)
        parts[f"ppt/slides/slide{number}.xml"] = (
            f'{_XML}<p:sld xmlns:p="{_P}" xmlns:a="{_A}"><p:cSld><p:spTree><p:sp><p:txBody>'
            f"<a:bodyPr/>{runs}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>"
        )
        overrides[f"ppt/slides/slide{number}.xml"] = (
            "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"
        )
        ids.append(f'<p:sldId id="{255 + number}" r:id="rId{number}"/>')
        rels[f"rId{number}"] = ("slide", f"slides/slide{number}.xml")
    parts["ppt/presentation.xml"] = (
        f'{_XML}<p:presentation xmlns:p="{_P}" xmlns:r="{_DOC_REL}"><p:sldIdLst>{"".join(ids)}'
        "</p:sldIdLst></p:presentation>"
    )
    parts["ppt/_rels/presentation.xml.rels"] = _rels(rels)
    parts["_rels/.rels"] = _rels({"rId1": ("officeDocument", "ppt/presentation.xml")})
    parts["[Content_Types].xml"] = _content_types(overrides)
    return _zip(parts)


_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'office:version="1.3"'
)


def _odf(mimetype: str, body: str) -> bytes:
    manifest = (
        f'{_XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
        'manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
        f'manifest:media-type="{mimetype}"/><manifest:file-entry manifest:full-path='
        '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    content = (
        f"{_XML}<office:document-content {_ODF_NS}><office:body>{body}</office:body>"
        "</office:document-content>"
    )
    return _zip(
        {"mimetype": mimetype, "content.xml": content, "META-INF/manifest.xml": manifest},
        first="mimetype",
    )


def odt(paragraphs: Sequence[str]) -> bytes:
    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
    return _odf("application/vnd.oasis.opendocument.text", f"<office:text>{body}</office:text>")


def ods(sheets: Mapping[str, Sequence[Sequence[str | float]]]) -> bytes:
    tables = []
    for name, rows in sheets.items():
        xml_rows = "".join(
            "<table:table-row>"
            + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p>'
                "</table:table-cell>"
                for v in row
            )
            + "</table:table-row>"
            for row in rows
        )
        tables.append(f"<table:table table:name={quoteattr(name)}>{xml_rows}</table:table>")
    return _odf(
        "application/vnd.oasis.opendocument.spreadsheet",
        f"<office:spreadsheet>{''.join(tables)}</office:spreadsheet>",
    )


def odp(slides: Sequence[Sequence[str]]) -> bytes:
    pages = []
    for number, paragraphs in enumerate(slides, start=1):
        text = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
        pages.append(
            f'<draw:page draw:name="page{number}"><draw:frame><draw:text-box>{text}'
            "</draw:text-box></draw:frame></draw:page>"
        )
    return _odf(
        "application/vnd.oasis.opendocument.presentation",
        f"<office:presentation>{''.join(pages)}</office:presentation>",
    )


# --------------------------------------------------------------------------- text formats


def rtf(paragraphs: Sequence[str]) -> bytes:
    def encode(text: str) -> str:
        out = []
        for char in text:
            if char in "\\{}":
                out.append("\\" + char)
            elif ord(char) < 128:
                out.append(char)
            else:
                out.append(f"\\u{ord(char) if ord(char) < 32768 else ord(char) - 65536}?")
        return "".join(out)

    body = "\n".join(f"\\pard {encode(p)}\\par" for p in paragraphs)
    return (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Helvetica;}}"
        "{\\info{\\title Nicht im Text}}\\uc1\n" + body + "}"
    ).encode("ascii")


def html(title: str, paragraphs: Sequence[str]) -> bytes:
    body = "".join(f"<p>{html_escape(p)}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html_escape(title)}</title>"
        f"<style>p {{ color: red }}</style><script>var hidden = 1;</script></head>"
        f"<body>{body}</body></html>"
    ).encode()


def eml(subject: str, paragraphs: Sequence[str], *, attachment: str | None = None) -> bytes:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = "Anna Bauer <anna@gemeinde.example>"
    message["To"] = "team@gemeinde.example"
    message.set_content("\n\n".join(paragraphs))
    message.add_alternative("".join(f"<p>{html_escape(p)}</p>" for p in paragraphs), subtype="html")
    if attachment:
        message.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf",
                               filename=attachment)  # fmt: skip
    return message.as_bytes()


def text(paragraphs: Sequence[str]) -> bytes:
    return "\n\n".join(paragraphs).encode()
