"""The text of documents in search: files added here, synced documents once cached, a new
version, and a group that is left."""

from __future__ import annotations

import hashlib
import io
import secrets
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from client import doctext, search
from client.commands import LocalCommands, NewDocument
from client.extract.formats import OK, Extracted
from client.ingest import DocumentState, purge_group, upsert_documents
from client.mediacache import MediaCache
from client.models import Document
from client.reads.documents import document_detail
from client.store import Replica
from devkit import docgen
from tests.conftest import GROUP, TEST_KEY, USER

AT = datetime(2026, 11, 2, 9, 0)


@pytest.fixture
def media(tmp_path: Path) -> MediaCache:
    return MediaCache(tmp_path / "media", TEST_KEY)


def _hits(replica: Replica, query: str) -> list[search.SearchHit]:
    with replica.connect() as conn:
        return search.search(conn, query, search.SearchFilters(kinds=("document",))).hits


def _synced(replica: Replica, data: bytes, version: int = 1) -> DocumentState:
    """A document as sync writes it: a state event from the server, its file not cached."""
    state = DocumentState(
        id="doc-haushalt",
        group_id=GROUP,
        name="Haushalt 2027.xlsx",
        folder="Finanzen",
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        mxc_url=f"mxc://x/v{version}",
        version=version,
        based_on=None,
        updated_by="@jan:x",
        updated_at=AT,
    )
    with replica.begin() as conn:
        upsert_documents(conn, [state])
    return state


def _status(replica: Replica, document_id: str) -> tuple[str | None, str | None]:
    with replica.session() as session:
        document = session.get(Document, document_id)
        assert document is not None
        return document.text_status, document.text_sha256


def test_an_added_office_file_is_found_by_its_text_with_the_page(
    replica: Replica, media: MediaCache, tmp_path: Path
) -> None:
    source = tmp_path / "Bericht.docx"
    source.write_bytes(docgen.docx([["Einleitung"], ["Die Jugendfürsorge wird ausgebaut."]]))
    commands = LocalCommands(replica, USER, media)
    doc_id = commands.add_document(GROUP, NewDocument(source)).created
    [hit] = _hits(replica, "fürsorge")  # a compound part, folded like posts
    assert hit.id == doc_id and hit.place == ("page", "2")
    assert "<b>Jugendfürsorge</b>" in hit.snippet
    assert _status(replica, str(doc_id))[0] == "ok"


def test_a_synced_document_is_read_once_cached_and_a_new_version_replaces_its_text(
    replica: Replica, media: MediaCache
) -> None:
    first = docgen.xlsx({"Einnahmen": [["Hundesteuer", 1200.0]], "Ausgaben": [["Laternen"]]})
    state = _synced(replica, first)
    queue = doctext.TextQueue(replica, media)
    assert doctext.index_due(replica, queue).empty  # not cached: nothing to read
    assert _hits(replica, "laternen") == []
    media.put_stream(io.BytesIO(first))  # opened once: now in the cache
    changes = doctext.index_due(replica, queue)
    assert changes.documents == {state.id}
    [hit] = _hits(replica, "laternen")
    assert hit.place == ("sheet", "Ausgaben")
    assert doctext.index_due(replica, queue).empty  # read: not due again

    second = docgen.xlsx({"Einnahmen": [["Parkgebühren", 80.0]]})
    _synced(replica, second, version=2)
    assert _hits(replica, "laternen") == []  # the old version's text is gone at once
    assert [h.id for h in _hits(replica, "haushalt")] == [state.id]  # the name still finds it
    media.put_stream(io.BytesIO(second))
    doctext.index_due(replica, queue)
    assert [h.id for h in _hits(replica, "parkgebuhren")] == [state.id]
    assert _status(replica, state.id) == ("ok", hashlib.sha256(second).hexdigest())


def test_a_rename_keeps_the_text(replica: Replica, media: MediaCache) -> None:
    data = docgen.pdf([["Sitzungsprotokoll Bauausschuss"]])
    state = _synced(replica, data)
    media.put_stream(io.BytesIO(data))
    doctext.index_due(replica, doctext.TextQueue(replica, media))
    with replica.begin() as conn:
        upsert_documents(conn, [state.__class__(**{**state.__dict__, "name": "Neu.pdf"})])
    assert [h.id for h in _hits(replica, "bauausschuss")] == [state.id]


def test_what_cannot_be_read_is_recorded_and_not_tried_again(
    replica: Replica, media: MediaCache
) -> None:
    data = docgen.pdf([[], []], scanned=True)
    state = _synced(replica, data)
    media.put_stream(io.BytesIO(data))
    queue = doctext.TextQueue(replica, media)
    assert doctext.index_due(replica, queue).documents == {state.id}
    assert _status(replica, state.id)[0] == "scanned-no-text"
    assert doctext.index_due(replica, queue).empty


def test_leaving_the_group_takes_the_text_out_of_the_index(
    replica: Replica, media: MediaCache
) -> None:
    data = docgen.odt(["Vendrakulos steht nur in diesem Dokument."])
    _synced(replica, data)
    media.put_stream(io.BytesIO(data))
    doctext.index_due(replica, doctext.TextQueue(replica, media))
    assert _hits(replica, "vendrakulos")
    with replica.begin() as conn:
        purge_group(conn, GROUP)
    assert _hits(replica, "vendrakulos") == []
    with replica.connect() as conn:
        vocab = conn.exec_driver_sql(
            "SELECT count(*) FROM search_vocab WHERE term = 'vendrakulos'"
        ).scalar()
    assert vocab == 0


@pytest.mark.parametrize(
    "data",
    [
        docgen.docx([["Bebauungsplan"]]),
        # Two chunks of the cache: the first reaches the child before the second fails.
        docgen.xlsx({"Zufall": [[secrets.token_hex(1_500_000)]]}),
    ],
)
def test_a_damaged_cached_file_is_not_recorded_as_read(
    replica: Replica, media: MediaCache, data: bytes
) -> None:
    state = _synced(replica, data)
    media.put_stream(io.BytesIO(data))
    cached = media.path_for(state.sha256)
    damaged = bytearray(cached.read_bytes())
    damaged[-40] ^= 0xFF  # the seal no longer matches
    cached.write_bytes(bytes(damaged))
    assert doctext.index_due(replica, doctext.TextQueue(replica, media)).empty
    assert _status(replica, state.id) == (None, None)  # due again once it is downloaded anew


def test_the_detail_says_how_reading_went_for_the_current_version(
    replica: Replica, media: MediaCache
) -> None:
    data = docgen.pdf([[], []], scanned=True)
    state = _synced(replica, data)
    assert _detail_status(replica, media, state.id) is None
    media.put_stream(io.BytesIO(data))
    doctext.index_due(replica, doctext.TextQueue(replica, media))
    assert _detail_status(replica, media, state.id) == "scanned-no-text"
    _synced(replica, docgen.pdf([["Neu"]]), version=2)
    assert _detail_status(replica, media, state.id) is None  # not read from this version


def _detail_status(replica: Replica, media: MediaCache, document_id: str) -> str | None:
    detail = document_detail(replica, media, document_id)
    assert detail is not None
    return detail.text_status


def _long_document(replica: Replica, pages: list[str]) -> str:
    """A synced document whose text, read in the background, has ``pages`` as PDF pages."""
    state = _synced(replica, b"%PDF- long")
    text, places = "", []
    for number, page in enumerate(pages, 1):
        text += "\n" if text else ""
        places.append((len(text), "page", str(number)))
        text += page
    found = Extracted(OK, text, tuple(places), pages=len(pages))
    due = doctext.DueDocument(state.id, state.sha256, state.size, state.name, state.mimetype)
    with replica.write_session() as session:  # several documents may share a transaction
        assert doctext.keep(session, due, found).documents == {state.id}
    return state.id


FILLER = "Die Sitzung des Ausschusses beginnt pünktlich im großen Saal des Rathauses. " * 40


def test_a_hit_deep_in_a_long_text_shows_with_its_page(replica: Replica) -> None:
    pages = [FILLER] * 30
    pages[24] = FILLER[:500] + "Die Straßenlaterne am Markt ist defekt. " + FILLER[:500]
    doc_id = _long_document(replica, pages)
    assert len("\n".join(pages)) > 60_000  # well past what is read first
    [hit] = _hits(replica, "laterne")
    assert hit.id == doc_id and hit.place == ("page", "25")
    assert "<b>Straßenlaterne</b> am Markt" in hit.snippet
    assert len(hit.snippet) < 400  # a window around the hit, not the rest of the page


def test_a_hit_beyond_the_scanned_text_is_found_without_a_text_snippet(
    replica: Replica,
) -> None:
    pages = [FILLER] * 80 + ["Die Straßenlaterne am Markt ist defekt."]
    _long_document(replica, pages)
    [hit] = _hits(replica, "laterne")  # the index holds every word
    assert "Laterne" not in hit.snippet and hit.place is None


def test_a_snippet_keeps_its_place_after_characters_beyond_latin_1(replica: Replica) -> None:
    quoted = "„Ein Antrag“ \u2013 für I\u011fd\u0131r, Łódź und € 20 … "
    page = quoted * 30 + "Die Straßenlaterne ist defekt."
    _long_document(replica, [page])
    [hit] = _hits(replica, "laterne")
    assert "<b>Straßenlaterne</b> ist defekt." in hit.snippet


def test_a_snippet_stays_on_the_page_of_the_first_hit(replica: Replica) -> None:
    first = FILLER[:300] + "Die Laterne ist aus. " + FILLER[:1500]
    _long_document(replica, [first, "Die Laterne am Markt ist aus."])
    [hit] = _hits(replica, "laterne markt")
    # Not the better cluster of the next page, which the page named would not show.
    assert hit.place == ("page", "1") and "Die <b>Laterne</b> ist aus." in hit.snippet


def test_a_word_across_the_screening_windows_is_found(replica: Replica) -> None:
    page = "Akte " * 799 + "Straßenlaterne defekt."  # the word starts at 3995
    _long_document(replica, [page])
    [hit] = _hits(replica, "laterne")
    assert "<b>Straßenlaterne</b> defekt." in hit.snippet


def _document_with_text(replica: Replica, doc_id: str, name: str, text: str, day: int) -> None:
    state = replace(
        _synced(replica, doc_id.encode()),
        id=doc_id,
        name=name,
        updated_at=AT + timedelta(days=day),
        event_id=f"${doc_id}",
    )
    with replica.begin() as conn:
        upsert_documents(conn, [state])
    due = doctext.DueDocument(state.id, state.sha256, state.size, state.name, state.mimetype)
    with replica.write_session() as session:
        doctext.keep(session, due, Extracted(OK, text))


def test_documents_rank_by_where_the_query_matches_and_age_not_how_often(
    replica: Replica,
) -> None:
    _document_with_text(replica, "often", "Notizen.txt", "Laterne. " * 20, day=0)
    _document_with_text(replica, "once", "Bericht.txt", FILLER[:2000] + " Laterne.", day=1)
    _document_with_text(replica, "named", "Laterne Markt.txt", FILLER[:300], day=-30)
    hits = [h.id for h in _hits(replica, "laterne")]
    # The name first, even older; then the newer text, though the other repeats the word.
    assert hits == ["named", "once", "often"]
