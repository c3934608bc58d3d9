"""Documents against a real Synapse: streamed through the encrypted media cache in both
directions, verified by SHA-256, kept available offline when pinned, exported under a safe
file name, and a version saved on two sides kept as a conflict copy, never overwritten."""

from __future__ import annotations

import functools
import hashlib
import io
import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import select, update

from client import search
from client.commands import NewDocument
from client.models import Document, Group
from client.reads.documents import export_for_opening
from devkit import docgen
from devkit.devserver import DevServer
from sync import api, mapping
from sync.engine import DocumentError
from tests.homeserver import (
    BOTH_DATABASES,
    Client,
    ClientFactory,
    MakeUser,
    make_group,
    ok,
)

pytestmark = pytest.mark.e2e

T = TypeVar("T")
MIB = 1024 * 1024


def _peak_memory(action: Callable[[], T]) -> tuple[T, int]:
    tracemalloc.start()
    try:
        result = action()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _add(client: Client, room: str, path: Path, name: str) -> str:
    created = client.commands.add_document(room, NewDocument(path, name=name)).created
    assert isinstance(created, str)
    return created


def _documents(client: Client) -> dict[str, Document]:
    with client.connected.replica.session() as session:
        return {d.id: d for d in session.scalars(select(Document))}


def test_document_streams_both_ways_and_exports_under_a_safe_name(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room = make_group(server, anke, jan)
    a, j = client_factory(anke), client_factory(jan)
    a.sync()
    j.sync()
    payload = os.urandom(10 * MIB + 123)
    source = tmp_path / "plan.pdf"
    source.write_bytes(payload)
    doc = _add(a, room, source, "../../Haushalt 2025/26.pdf")

    report, peak = _peak_memory(a.connected.engine.flush)
    assert report.sent == 1
    # Streamed: a few chunks of the cache (1 MiB each) in memory, never the whole file.
    assert peak < 5 * MIB, f"upload held {peak} bytes"

    j.sync()
    shown = _documents(j)[doc]
    assert shown.sha256 == hashlib.sha256(payload).hexdigest() and shown.size == len(payload)
    media = j.home.media_cache(jan.user_id)
    assert not media.has(shown.sha256)  # not pinned: fetched on demand only
    sha, peak = _peak_memory(lambda: j.connected.engine.fetch_document(doc))
    assert peak < 5 * MIB, f"download held {peak} bytes"
    assert sha == shown.sha256 and media.read_bytes(sha) == payload

    # What the window's opener does: the name from the server lands in the folder, made safe.
    exported = export_for_opening(
        j.connected.replica, media, j.connected.engine.fetch_document, doc, tmp_path / "open"
    ).path
    assert exported == tmp_path / "open" / "Haushalt 2025_26.pdf"
    assert exported.read_bytes() == payload
    assert [p.name for p in (tmp_path / "open").iterdir()] == [exported.name]


def test_pinned_documents_are_downloaded_after_each_sync(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room = make_group(server, anke, jan)
    a, j = client_factory(anke), client_factory(jan)
    a.sync()
    j.sync()
    paths = []
    for n in range(3):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(f"Protokoll {n}\n" * 1000)
    docs = [_add(a, room, path, path.name) for path in paths]
    a.sync()
    j.sync()
    media = j.home.media_cache(jan.user_id)
    sha = {d: _documents(j)[d].sha256 for d in docs}
    assert not any(media.has(s) for s in sha.values())

    j.commands.keep_offline(docs[0])
    j.sync()
    assert [media.has(sha[d]) for d in docs] == [True, False, False]

    # A new version of a pinned document comes along with the next sync.
    paths[0].write_text("Protokoll 0, korrigiert\n")
    a.commands.add_document_version(docs[0], paths[0])
    a.sync()
    j.sync()
    new_sha = _documents(j)[docs[0]].sha256
    assert new_sha != sha[docs[0]] and media.has(new_sha)

    # Pinning a group keeps all its documents.
    with j.connected.replica.session() as session, session.begin():
        session.execute(update(Group).where(Group.id == room).values(keep_offline=True))
    j.sync()
    assert all(media.has(_documents(j)[d].sha256) for d in docs)


def test_a_file_that_does_not_match_its_checksum_is_refused(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room = make_group(server, anke, jan)
    j = client_factory(jan)
    claimed = b"Der echte Vertrag\n"
    served = b"Etwas ganz anderes\n"
    with server.transport(anke.access_token) as http:
        uploaded = ok(
            http.upload(
                api.upload_media("text/plain", "vertrag.txt"), io.BytesIO(served), size=len(served)
            )
        )
        content = mapping.document_content(
            name="vertrag.txt",
            folder="",
            mimetype="text/plain",
            size=len(claimed),
            sha256=hashlib.sha256(claimed).hexdigest(),
            url=uploaded.content_uri,
            version=1,
            based_on=None,
        )
        ok(http.execute(api.put_state_event(room, mapping.DOCUMENT_STATE, content, "doc-x")))
    j.sync()
    with pytest.raises(DocumentError, match="does not match"):
        j.connected.engine.fetch_document("doc-x")
    media = j.home.media_cache(jan.user_id)
    assert not media.has(hashlib.sha256(claimed).hexdigest())
    assert not media.root.exists() or not list(media.root.iterdir())  # no partial file left


@pytest.mark.parametrize("server", BOTH_DATABASES, indirect=True)
def test_document_edited_on_both_sides_becomes_one_conflict_copy(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room = make_group(server, anke, jan)
    a, j = client_factory(anke), client_factory(jan)
    a.sync()
    j.sync()
    v1 = tmp_path / "v1.txt"
    v1.write_text("Dienstplan Juli\nMo: Anke\n")
    doc = _add(a, room, v1, "Dienstplan.txt")
    a.sync()
    j.sync_until(lambda: doc in _documents(j))
    # Both edit version 1, offline, then both send.
    mine, theirs = tmp_path / "anke.txt", tmp_path / "jan.txt"
    mine.write_text("Dienstplan Juli\nMo: Anke\nDi: Anke\n")
    theirs.write_text("Dienstplan Juli\nMo: Anke\nDi: Jan\n")
    a.commands.add_document_version(doc, mine)
    j.commands.add_document_version(doc, theirs)
    assert a.connected.engine.flush().sent == 1
    assert j.connected.engine.flush().sent == 1, j.outbox()[0].last_error
    mine_sha = hashlib.sha256(mine.read_bytes()).hexdigest()

    def settled(client: Client) -> bool:
        docs = _documents(client)
        return (
            len(docs) == 2
            and not any(d.pending for d in docs.values())
            and docs[doc].sha256 == mine_sha
        )

    for client in (a, j):
        client.sync_until(functools.partial(settled, client))

    with server.transport(anke.access_token) as http:
        state = ok(http.execute(api.get_room_state(room))).events
    on_server = {e.state_key or "": e.content for e in state if e.type == mapping.DOCUMENT_STATE}
    digest = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (v1, mine, theirs)}
    [copy_id] = [key for key in on_server if key != doc]
    assert on_server[doc]["sha256"] == digest[mine]  # the first to send keeps the name
    assert on_server[copy_id]["sha256"] == digest[theirs]  # the later one: a copy
    assert on_server[copy_id]["conflict_of"] == doc
    assert on_server[copy_id]["name"].startswith("Dienstplan (conflict jan-")

    for client in (a, j):
        docs = _documents(client)
        assert set(docs) == {doc, copy_id}
        assert docs[doc].sha256 == digest[mine] and docs[doc].conflict_of is None
        assert docs[copy_id].sha256 == digest[theirs] and docs[copy_id].conflict_of == doc
        assert not docs[doc].pending and not docs[copy_id].pending
        media = client.home.media_cache(client.user.user_id)
        for document_id, path in ((doc, mine), (copy_id, theirs)):
            sha = client.connected.engine.fetch_document(document_id)
            assert media.read_bytes(sha) == path.read_bytes()


def _document_hits(client: Client, query: str) -> list[tuple[str, tuple[str, str] | None]]:
    with client.connected.replica.connect() as conn:
        page = search.search(conn, query, search.SearchFilters(kinds=("document",)))
    return [(hit.id, hit.place) for hit in page.hits]


def test_synced_documents_are_read_for_search_in_the_background(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room = make_group(server, anke, jan)
    a, j = client_factory(anke), client_factory(jan)
    a.sync()
    j.sync()
    report = tmp_path / "Bericht.docx"
    report.write_bytes(docgen.docx([["Einleitung"], ["Die Straßenbeleuchtung ist defekt."]]))
    minutes = tmp_path / "Protokoll.pdf"
    minutes.write_bytes(docgen.pdf([["Tagesordnung"], [], ["Hundesteuer wird erhöht"]]))
    pinned, opened = _add(a, room, report, report.name), _add(a, room, minutes, minutes.name)
    a.sync()

    # Kept offline: downloaded after the round and read in the background.
    j.sync()
    j.commands.keep_offline(pinned)
    assert _document_hits(j, "beleuchtung") == []  # by name and folder only until read
    j.sync()
    assert _document_hits(j, "beleuchtung") == [(pinned, ("page", "2"))]
    # Opened once (the window downloads it to open it): read after the next round.
    assert _document_hits(j, "hundesteuer") == []
    j.connected.engine.fetch_document(opened)
    j.sync()
    assert _document_hits(j, "hundesteuer") == [(opened, ("page", "3"))]

    # A new version replaces the text; the pinned document comes with the next sync.
    report.write_bytes(docgen.docx([["Die Laternen sind repariert."]]))
    a.commands.add_document_version(pinned, report)
    a.sync()
    j.sync()
    assert _document_hits(j, "beleuchtung") == []
    assert [hit for hit, _ in _document_hits(j, "laternen")] == [pinned]

    # Leaving the group takes the text along.
    with server.transport(anke.access_token) as http:
        assert http.execute(api.kick(room, jan.user_id)) is None
    j.sync()
    assert _document_hits(j, "laternen") == [] and _document_hits(j, "hundesteuer") == []
