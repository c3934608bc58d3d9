"""A document's life against a real Synapse, all of it written offline first: renamed,
moved, an earlier version restored (a new version of the old file, nothing uploaded again),
an earlier version opened read-only on the other side, a restore racing someone else's
save kept as a conflict copy, and a deletion gone for every member while the group's admin
still reaches its versions."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from client import quarantine, search, syncstate
from client.commands import NewDocument
from client.models import Document, OutboxEntry
from client.reads import documents
from devkit.devserver import DevServer
from sync import api, mapping
from tests.homeserver import (
    Client,
    ClientFactory,
    MakeUser,
    count_uploads,
    lose_first_answer,
    make_group,
    ok,
    plain_timeline,
    synced_group,
)

pytestmark = pytest.mark.e2e


def _state(server: DevServer, token: str, room: str) -> dict[str, Mapping[str, Any]]:
    with server.transport(token) as http:
        events = ok(http.execute(api.get_room_state(room))).events
    return {e.state_key or "": e.content for e in events if e.type == mapping.DOCUMENT_STATE}


def _document(client: Client, document_id: str) -> Document:
    with client.connected.replica.session() as session:
        found = session.scalars(select(Document).where(Document.id == document_id)).one()
        session.expunge(found)
        return found


def _hits(client: Client, query: str) -> list[str]:
    with client.connected.replica.connect() as conn:
        page = search.search(conn, query, search.SearchFilters(kinds=("document",)))
    return [hit.id for hit in page.hits]


def test_rename_move_restore_and_delete_offline_reach_everyone(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room = make_group(server, anke, jan)
    a, j = client_factory(anke), client_factory(jan)
    a.sync()
    j.sync()
    source = tmp_path / "plan.txt"
    source.write_text("Rooster versie een\n")
    first = source.read_bytes()
    doc = a.commands.add_document(room, NewDocument(source, name="Rooster.txt")).created
    assert isinstance(doc, str)
    a.sync()
    source.write_text("Rooster versie twee\n")
    second = source.read_bytes()
    a.commands.add_document_version(doc, source)
    a.sync()

    # Offline: renamed, moved and version 1 restored; nothing reaches the server yet.
    a.commands.rename_document(doc, "Dienstrooster.txt")
    a.commands.move_document(doc, " Planning / 2026 ")
    a.commands.restore_version(doc, 1)
    local = _document(a, doc)
    assert (local.name, local.folder, local.version, local.pending) == (
        "Dienstrooster.txt",
        "Planning/2026",
        3,
        True,
    )
    assert _state(server, anke.access_token, room)[doc]["name"] == "Rooster.txt"

    uploads = count_uploads(a)
    a.sync()
    assert uploads == []  # the restored file is on the server already
    on_server = _state(server, anke.access_token, room)[doc]
    assert on_server["sha256"] == hashlib.sha256(first).hexdigest()
    assert (on_server["name"], on_server["folder"], on_server["version"]) == (
        "Dienstrooster.txt",
        "Planning/2026",
        3,
    )
    assert not _document(a, doc).pending

    # The other side: the newest state, and version 2 opened read-only.
    j.sync()
    seen = _document(j, doc)
    assert (seen.name, seen.folder, seen.version) == ("Dienstrooster.txt", "Planning/2026", 3)
    media = j.home.media_cache(jan.user_id)
    opened = documents.export_version_for_opening(
        j.connected.replica, media, j.connected.engine.fetch_version, doc, 2, tmp_path / "open"
    )
    assert opened.path.name == "Dienstrooster (v2).txt"
    assert opened.path.read_bytes() == second
    assert not opened.path.stat().st_mode & 0o222

    # A restore racing someone else's save: their version stays, the restore is a copy.
    source.write_text("Rooster versie vier (Jan)\n")
    j.commands.add_document_version(doc, source)
    a.commands.restore_version(doc, 2)
    j.sync()
    a.sync()
    state = _state(server, anke.access_token, room)
    assert state[doc]["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    [copy] = [key for key, content in state.items() if content.get("conflict_of") == doc]
    assert state[copy]["sha256"] == hashlib.sha256(second).hexdigest()

    # Deleted offline by Jan: gone for everyone once sent, its versions kept for the admin.
    j.sync()
    assert doc in _hits(j, "Dienstrooster")
    j.commands.delete_document(doc)
    assert doc not in _hits(j, "Dienstrooster")
    j.sync()
    assert _state(server, anke.access_token, room)[doc]["deleted"] is True
    a.sync()
    for client in (a, j):
        listed = documents.folder_documents(client.connected.replica, room, ["Planning/2026"], None)
        assert doc not in {d.id for d in listed}
        assert doc not in _hits(client, "Dienstrooster")
    assert documents.deleted_documents(j.connected.replica, room) == []
    [gone] = documents.deleted_documents(a.connected.replica, room)
    assert gone.id == doc
    assert gone.folder == documents.DELETED_FOLDER
    assert documents.document_detail(j.connected.replica, None, doc) is None
    detail = documents.document_detail(a.connected.replica, None, doc)
    assert detail is not None and [v.version for v in detail.versions][-3:] == [3, 2, 1]
    folders = {f.folder for f in documents.document_folders(a.connected.replica, room)}
    assert documents.DELETED_FOLDER in folders
    assert documents.DELETED_FOLDER not in {
        f.folder for f in documents.document_folders(j.connected.replica, room)
    }
    old = documents.export_version_for_opening(
        a.connected.replica,
        a.home.media_cache(anke.user_id),
        a.connected.engine.fetch_version,
        doc,
        2,
        tmp_path / "admin",
    )
    assert old.path.read_bytes() == second


def _files(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The m.file messages a plain client shows: not redacted, not edits."""
    return [
        e
        for e in events
        if e["type"] == "m.room.message"
        and e["content"].get("msgtype") == "m.file"
        and "m.relates_to" not in e["content"]
    ]


def test_plain_clients_see_a_rename_as_an_edit_and_a_delete_as_redactions(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    anke, jan, eli = make_user("anke"), make_user("jan"), make_user("eli")
    room, (a, j) = synced_group(server, client_factory, anke, jan, also=(eli,))
    source = tmp_path / "plan.txt"
    source.write_text("Rooster versie een\n")
    doc = a.commands.add_document(room, NewDocument(source, name="Rooster.txt")).created
    assert isinstance(doc, str)
    a.sync()
    source.write_text("Rooster versie twee\n")
    a.commands.add_document_version(doc, source)
    a.sync()
    first, newest = _files(plain_timeline(server, eli.access_token, room))
    assert [f["content"]["body"] for f in (first, newest)] == ["Rooster.txt", "Rooster.txt"]

    # Renamed offline: once sent, Element shows the newest announcement with the new name.
    a.commands.rename_document(doc, "Dienstrooster.txt")
    a.sync()
    events = plain_timeline(server, eli.access_token, room)
    [edit] = [e for e in events if e["content"].get("m.relates_to", {}).get("rel_type")]
    assert edit["content"]["m.relates_to"] == {
        "rel_type": "m.replace",
        "event_id": newest["event_id"],
    }
    assert edit["content"]["m.new_content"]["body"] == "Dienstrooster.txt"
    assert edit["content"]["m.new_content"]["filename"] == "Dienstrooster.txt"
    bundled = next(e for e in events if e["event_id"] == newest["event_id"])
    assert bundled["unsigned"]["m.relations"]["m.replace"]["event_id"] == edit["event_id"]

    # Jan renames it: he cannot edit Anke's message, so it is announced anew by him.
    j.sync()
    j.commands.rename_document(doc, "Dienstrooster 2026.txt")
    j.sync()
    files = _files(plain_timeline(server, eli.access_token, room))
    assert files[-1]["sender"] == jan.user_id
    assert files[-1]["content"]["body"] == "Dienstrooster 2026.txt"

    # Deleted offline by Anke (an admin); the answer to one redaction is lost, the retry
    # redacts every announcement and edit once, and nothing of it stays to download.
    a.sync()
    a.commands.delete_document(doc)
    lost = lose_first_answer(a, "/redact/")
    assert a.connected.engine.flush().deferred == 1 and lost
    with a.connected.replica.begin() as tx:
        tx.execute(update(OutboxEntry).values(next_attempt_at=None))
    assert a.connected.engine.flush().sent == 1
    events = plain_timeline(server, eli.access_token, room)
    announced = [
        e["event_id"]
        for e in events
        if e["type"] == "m.room.message" and e["content"].get(mapping.DOCUMENT_KEY)
    ]
    assert announced == []  # every announcement and edit is redacted
    redactions = [e for e in events if e["type"] == "m.room.redaction"]
    targets = [e.get("redacts") or e["content"].get("redacts") for e in redactions]
    assert len(targets) == len(set(targets)) == 4  # two versions, an edit, Jan's announcement
    assert all(r["content"][mapping.DOCUMENT_KEY] == {"id": doc} for r in redactions)

    # Treffpunkt on both sides: no second document, nothing quarantined or held, and the
    # admin still reaches every version.
    a.sync()
    j.sync()
    for client in (a, j):
        assert quarantine.count(client.connected.replica) == 0
        with client.connected.replica.begin() as tx:
            assert syncstate.held(tx, room) == []
        with client.connected.replica.session() as session:
            assert list(session.scalars(select(Document.id))) == [doc]
    detail = documents.document_detail(a.connected.replica, None, doc)
    assert detail is not None and [v.version for v in detail.versions][-2:] == [2, 1]
    assert documents.document_detail(j.connected.replica, None, doc) is None
