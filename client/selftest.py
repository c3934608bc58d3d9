"""What the packaged app's ``--self-test`` opens its window on: one organisation with one
group, written into a fresh replica as the server's would be; and a one-page PDF whose text
the extraction child (PDFium, in the bundle) must read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from client import ingest

if TYPE_CHECKING:
    from client.store import Replica

ORGANISATION = "!org:localhost"
GROUP = "!group:localhost"


def write_region(replica: Replica, name: str) -> None:
    """The organisation ``ORGANISATION`` with the group ``GROUP``, both called ``name``."""
    with replica.begin() as conn:
        ingest.upsert_organisations(conn, [ingest.OrganisationRow(ORGANISATION, name)])
        ingest.upsert_groups(conn, [ingest.GroupRow(GROUP, name, organisation_ids=(ORGANISATION,))])


SELF_TEST_WORD = "Selbsttest"


def one_page_pdf(line: str = SELF_TEST_WORD) -> bytes:
    """A PDF of one page with one line of ASCII text in Helvetica."""
    content = b"BT /F1 12 Tf 72 720 Td (" + line.encode("ascii") + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
