"""Removing a group leaves nothing of it: not in the vocabulary, the index segments, the
file's free pages or the WAL, and not in the media cache; what a crash interrupts is
finished later (``client.purge``)."""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path

from client import purge, rooms, search
from client.ingest import DocumentState, MessageRow, ingest_messages, upsert_documents
from client.mediacache import MediaCache
from client.store import Replica
from tests import rawpages
from tests.conftest import GROUP, OTHER_GROUP, TEST_KEY

AT = datetime(2026, 3, 1, 9, 30)
# Made-up words, each in the purged group only; "Rathaus" is in both groups.
SECRET = ["Quornavelt", "Brixtumbel", "Zylofarnsch", "Vendrakulos"]


def _post(event_id: str, group: str, body: str) -> MessageRow:
    return MessageRow(
        event_id=event_id,
        kind="post",
        group_id=group,
        author="@jan:x",
        body=body,
        body_html=f"<p>{body}</p>",
        created_at=AT,
    )


def _document(
    doc_id: str, group: str, name: str, sha: str, text: str | None = None
) -> DocumentState:
    return DocumentState(
        id=doc_id,
        group_id=group,
        name=name,
        folder="",
        mimetype="text/plain",
        size=1,
        sha256=sha,
        mxc_url=f"mxc://x/{doc_id}",
        version=1,
        based_on=None,
        updated_by="@jan:x",
        updated_at=AT,
        text_content=text,
    )


def _vocabulary(replica: Replica, terms: list[str]) -> dict[str, int]:
    with replica.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT term, df FROM search_vocab WHERE term IN ({', '.join('?' * len(terms))})",
            tuple(terms),
        ).all()
    return {str(term): int(df) for term, df in rows}


def _fill(replica: Replica, media: MediaCache, tmp_path: Path) -> tuple[str, str]:
    """Posts and documents in both groups; returns (the purged group's own file, the file
    both groups hold)."""
    own = tmp_path / "own.txt"
    own.write_text("Nur hier: Vendrakulos\n")
    shared = tmp_path / "shared.txt"
    shared.write_text("Tagesordnung\n")
    own_sha, shared_sha = media.put_file(own).sha256, media.put_file(shared).sha256
    with replica.begin() as conn:
        ingest_messages(
            conn,
            [
                # Many posts, so that some are counted by sample (VOCAB_SAMPLE), and a long
                # one, whose text lives in overflow pages.
                *(_post(f"$g{n}", GROUP, f"Quornavelt Rathaus Brixtumbel {n}") for n in range(100)),
                _post("$long", GROUP, "Zylofarnsch " * 800),
                _post("$o1", OTHER_GROUP, "Rathaus Sitzung"),
            ],
        )
        upsert_documents(
            conn,
            [
                _document("d1", GROUP, "Vendrakulos.txt", own_sha, "Nur hier: Vendrakulos"),
                _document("d2", GROUP, "Tagesordnung.txt", shared_sha),
                _document("d3", OTHER_GROUP, "Tagesordnung.txt", shared_sha),
            ],
        )
    return own_sha, shared_sha


def test_a_purge_leaves_no_word_of_the_group_in_the_file(replica: Replica, tmp_path: Path) -> None:
    media = MediaCache(tmp_path / "media", TEST_KEY)
    own, shared = _fill(replica, media, tmp_path)
    assert replica.checkpoint()
    assert rawpages.found(replica.path, TEST_KEY, SECRET) == set(SECRET)  # the check sees them
    assert set(_vocabulary(replica, ["quornavelt", "vendrakulos", "rathaus"])) == {
        "quornavelt",
        "vendrakulos",
        "rathaus",
    }

    with replica.begin() as tx:
        rooms.forget_room(tx, GROUP)
    assert purge.finish(replica, media)

    assert rawpages.found(replica.path, TEST_KEY, SECRET) == set()
    # The vocabulary lost the group's words and kept the one the other group holds.
    assert set(_vocabulary(replica, ["quornavelt", "vendrakulos", "rathaus"])) == {"rathaus"}
    assert not media.has(own)
    assert media.has(shared)
    with replica.connect() as conn:
        for table in search.FTS_TABLES:
            assert len(search.segment_pages(conn, table)) <= 1
        assert [hit.id for hit in search.search(conn, "rathaus").hits] != []
        assert not search.search(conn, "quornavelt").hits
    assert purge.pending(replica) is None


def test_a_crash_after_the_purge_commits_is_finished_later(
    replica: Replica, tmp_path: Path
) -> None:
    media = MediaCache(tmp_path / "media", TEST_KEY)
    own, shared = _fill(replica, media, tmp_path)
    with replica.begin() as tx:
        rooms.forget_room(tx, GROUP)
    # The process ends here: the rows are gone, the file and the index segments are not.
    recorded = purge.pending(replica)
    assert recorded is not None
    assert set(recorded.blobs) == {own}
    assert recorded.indexes == {"search_message", "search_document"}
    assert media.has(own)

    assert purge.finish(replica, MediaCache(tmp_path / "media", TEST_KEY))  # the next start
    assert not media.has(own) and media.has(shared)
    assert rawpages.found(replica.path, TEST_KEY, SECRET) == set()
    assert purge.pending(replica) is None


def test_a_file_used_again_since_the_purge_stays(replica: Replica, tmp_path: Path) -> None:
    media = MediaCache(tmp_path / "media", TEST_KEY)
    own, _shared = _fill(replica, media, tmp_path)
    with replica.begin() as tx:
        rooms.forget_room(tx, GROUP)
    # Written again after the purge (the same content added to another group while the
    # purge waited): not ours to delete any more.
    later = time.time() + 5
    os.utime(media.path_for(own), (later, later))
    assert purge.finish(replica, media)
    assert media.has(own)


def test_without_a_media_cache_the_files_stay_recorded(replica: Replica, tmp_path: Path) -> None:
    media = MediaCache(tmp_path / "media", TEST_KEY)
    own, _shared = _fill(replica, media, tmp_path)
    with replica.begin() as tx:
        rooms.forget_room(tx, GROUP)
    assert not purge.finish(replica, None)
    recorded = purge.pending(replica)
    assert recorded is not None and set(recorded.blobs) == {own} and not recorded.indexes
    assert purge.finish(replica, media)
    assert not media.has(own)


def test_a_stopped_merge_goes_on_next_time(replica: Replica, tmp_path: Path) -> None:
    media = MediaCache(tmp_path / "media", TEST_KEY)
    _fill(replica, media, tmp_path)
    with replica.begin() as tx:
        rooms.forget_room(tx, GROUP)
    assert not purge.finish(replica, media, stop=lambda: True)
    recorded = purge.pending(replica)
    assert recorded is not None and recorded.indexes
    assert purge.finish(replica, media)
    assert rawpages.found(replica.path, TEST_KEY, SECRET) == set()


def test_other_connections_do_not_write_purged_words_back(replica: Replica) -> None:
    # Each connection remembers the terms it put into the vocabulary and holds sampled
    # counts to write later; after a purge on another connection (the sync worker's, while
    # the window's stays open) neither may bring a purged word back or keep one out.
    other = replica.engine.connect()
    try:
        with other.begin():
            ingest_messages(other, [_post("$g1", GROUP, "Quornavelt")])
        with replica.begin() as tx:  # another connection: ``other`` is checked out
            rooms.forget_room(tx, GROUP)
        assert "quornavelt" not in _vocabulary(replica, ["quornavelt"])
        with other.begin():
            ingest_messages(other, [_post("$o1", OTHER_GROUP, "Quornavelt kommt wieder")])
        assert "quornavelt" in _vocabulary(replica, ["quornavelt"])
    finally:
        other.close()
