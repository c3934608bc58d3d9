"""What the packaged app's ``--self-test`` opens its window on: one organisation with one
group, written into a fresh replica as the server's would be; an appointment in a zone
of its own exported as a calendar file, which needs the zone data and ``icalendar`` in the
bundle; and a one-page PDF whose text the extraction child (PDFium, in the bundle) must
read."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from client import ingest

if TYPE_CHECKING:
    from client.commands import LocalCommands
    from client.store import Replica

ORGANISATION = "!org:localhost"
GROUP = "!group:localhost"


def write_region(replica: Replica, name: str) -> None:
    """The organisation ``ORGANISATION`` with the group ``GROUP``, both called ``name``."""
    with replica.begin() as conn:
        ingest.upsert_organisations(conn, [ingest.OrganisationRow(ORGANISATION, name)])
        ingest.upsert_groups(conn, [ingest.GroupRow(GROUP, name, organisation_ids=(ORGANISATION,))])


def search_corrects(replica: Replica, word: str) -> bool:
    """Whether search finds a post holding ``word`` when it is typed with a letter missing:
    the typo correction's compiled code (rapidfuzz) is in the bundle and loads."""
    from client.reads.search import search_page

    typo = word[:3] + word[4:]
    return search_page(replica, typo).corrected_query == word


def appointment_calendar(replica: Replica, commands: LocalCommands) -> bytes:
    """An appointment in ``GROUP`` at 09:00 in Berlin, and the agenda as an .ics file."""
    from client.agenda import Draft, to_utc
    from client.ics import to_ics
    from client.reads.appointments import agenda

    start = to_utc(datetime(2099, 1, 5, 9, 0), "Europe/Berlin")
    draft = Draft("Selbsttest", start, start + timedelta(hours=1), timezone="Europe/Berlin")
    commands.create_appointment(GROUP, draft)
    return to_ics(agenda(replica, start - timedelta(days=1)).upcoming, start)


SELF_TEST_WORD = "Selbsttest"
# A PDF of one page with the line "Selbsttest" in Helvetica (its xref offsets are exact).
SELF_TEST_PDF = b"\n".join(
    (
        b"%PDF-1.4",
        b"1 0 obj",
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"endobj",
        b"2 0 obj",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"endobj",
        b"3 0 obj",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"endobj",
        b"4 0 obj",
        b"<< /Length 41 >>",
        b"stream",
        b"BT /F1 12 Tf 72 720 Td (Selbsttest) Tj ET",
        b"endstream",
        b"endobj",
        b"5 0 obj",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"endobj",
        b"xref",
        b"0 6",
        b"0000000000 65535 f ",
        b"0000000009 00000 n ",
        b"0000000058 00000 n ",
        b"0000000115 00000 n ",
        b"0000000241 00000 n ",
        b"0000000332 00000 n ",
        b"trailer",
        b"<< /Size 6 /Root 1 0 R >>",
        b"startxref",
        b"402",
        b"%%EOF",
        b"",
    )
)
