"""Documents read from the replica and the media cache: the folders, a folder's documents a
page at a time, documents by id, a document's detail, the storage used, and a copy to open."""

from __future__ import annotations

import io
import stat
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from client.commands import LocalCommands, NewDocument
from client.ingest import DocumentState, upsert_documents
from client.mediacache import MediaCache
from client.models import Document, Group
from client.reads.documents import (
    NotAvailableOfflineError,
    RunsCodeError,
    document_detail,
    document_folders,
    documents_by_id,
    export_for_opening,
    folder_documents,
    save_copy,
    storage_used,
)
from client.rows import FolderEntry, StorageUse
from client.store import Replica
from tests.conftest import GROUP, OTHER_GROUP, TEST_KEY, USER

BERND = "@bernd:harderwijk.test"


@pytest.fixture
def media(tmp_path: Path) -> MediaCache:
    return MediaCache(tmp_path / "media", TEST_KEY)


@pytest.fixture
def commands(replica: Replica, media: MediaCache) -> LocalCommands:
    return LocalCommands(replica, USER, media)


def _add(
    commands: LocalCommands, tmp_path: Path, name: str, folder: str = "", group: str = GROUP
) -> str:
    source = tmp_path / "sources" / f"{len(list(tmp_path.glob('sources/*')))}" / name
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(f"Inhalt von {name}", encoding="utf-8")
    created = commands.add_document(group, NewDocument(source, folder=folder)).created
    assert isinstance(created, str)
    return created


def _from_server(replica: Replica, doc_id: str, name: str, **kw: object) -> None:
    fields: dict[str, object] = {
        "id": doc_id,
        "group_id": GROUP,
        "name": name,
        "folder": "",
        "mimetype": "text/plain",
        "size": 5,
        "sha256": "ab" * 32,
        "mxc_url": "mxc://harderwijk.test/blob",
        "version": 1,
        "based_on": None,
        "updated_by": BERND,
        "updated_at": datetime(2026, 3, 1, 10, 0, 0, 250_000),
        "event_id": f"${doc_id}",
    }
    fields.update(kw)
    with replica.begin() as conn:
        upsert_documents(conn, [DocumentState(**fields)])  # type: ignore[arg-type]


def _set(replica: Replica, doc_id: str, **values: object) -> None:
    with replica.begin() as conn:
        conn.execute(update(Document).where(Document.id == doc_id).values(**values))


def test_the_folders_of_joined_groups_with_their_number_of_documents(
    replica: Replica, commands: LocalCommands, tmp_path: Path
) -> None:
    _add(commands, tmp_path, "Visie.md", "Beleid")
    _add(commands, tmp_path, "Notitie.txt", "Beleid/")
    _add(commands, tmp_path, "Kader.pdf", "Beleid")
    gone = _add(commands, tmp_path, "Weg.txt", "Archief")
    _add(commands, tmp_path, "Plan.pdf", group=OTHER_GROUP)
    _set(replica, gone, deleted=True)
    with replica.session() as session, session.begin():
        session.add(Group(id="!left:x", name="Aaa verlaten", joined=False))
    _from_server(replica, "doc-left", "Oud.txt", group_id="!left:x")
    assert document_folders(replica) == [
        FolderEntry(OTHER_GROUP, "Bouwen", "", 1),
        FolderEntry(GROUP, "Jeugd & Gezin", "Beleid", 2),  # as stored: the tree joins them
        FolderEntry(GROUP, "Jeugd & Gezin", "Beleid/", 1),
    ]
    assert [e.folder for e in document_folders(replica, GROUP)] == ["Beleid", "Beleid/"]


def test_a_folders_documents_a_page_at_a_time_by_name(
    replica: Replica, commands: LocalCommands, tmp_path: Path
) -> None:
    for name in ("d.txt", "b.txt", "a.txt", "c.txt"):
        _add(commands, tmp_path, name, "Beleid" if name != "c.txt" else "Beleid/")
    _add(commands, tmp_path, "elders.txt", "Elders")
    _add(commands, tmp_path, "a.txt", "Beleid", group=OTHER_GROUP)
    folders = ("Beleid", "Beleid/")
    first = folder_documents(replica, GROUP, folders, None, 3)
    assert [d.name for d in first] == ["a.txt", "b.txt", "c.txt"]
    last = first[-1]
    rest = folder_documents(replica, GROUP, folders, (last.name, last.id), 3)
    assert [d.name for d in rest] == ["d.txt"]
    row = first[0]
    assert (row.group_id, row.group_name, row.folder, row.updated_by) == (
        GROUP,
        "Jeugd & Gezin",
        "Beleid",
        USER,
    )
    assert row.pending and row.version == 1 and not row.conflict and not row.pinned


def test_documents_by_id_in_slices_leaving_out_what_is_gone(
    replica: Replica, commands: LocalCommands, tmp_path: Path
) -> None:
    kept = _add(commands, tmp_path, "Blijft.txt")
    gone = _add(commands, tmp_path, "Weg.txt")
    _set(replica, gone, deleted=True)
    _from_server(replica, "doc-server", "Van Bernd.txt")
    asked = [f"doc-missing-{i}" for i in range(1200)] + [kept, gone, "doc-server"]
    found = documents_by_id(replica, asked)
    assert sorted(found) == sorted([kept, "doc-server"])
    server = found["doc-server"]
    assert server.updated_by == BERND and not server.pending  # no directory entry: the id
    assert documents_by_id(replica, []) == {}


def test_the_detail_has_the_versions_newest_first_and_where_the_file_is(
    replica: Replica, commands: LocalCommands, media: MediaCache, tmp_path: Path
) -> None:
    doc_id = _add(commands, tmp_path, "Protocol.txt")
    source = tmp_path / "edit.txt"
    for text in ("tweede, langer", "derde, nog wat langer"):
        source.write_text(text, encoding="utf-8")
        commands.add_document_version(doc_id, source)
    detail = document_detail(replica, media, doc_id)
    assert detail is not None and detail.cached and not detail.on_server
    assert detail.document.name == "Protocol.txt" and detail.document.version == 3
    assert [(v.version, v.size, v.pending) for v in detail.versions] == [
        (3, 21, True),
        (2, 14, True),
        (1, 23, True),
    ]
    assert {v.author_name for v in detail.versions} == {USER}
    limited = document_detail(replica, media, doc_id, limit=1)
    assert limited is not None and [v.version for v in limited.versions] == [3]
    assert document_detail(replica, None, doc_id) == replace(detail, cached=False)
    assert document_detail(replica, media, "doc-missing") is None
    _from_server(replica, "doc-server", "Server.txt", version=2)
    server = document_detail(replica, media, "doc-server")
    assert server is not None and server.on_server and not server.cached
    assert [(v.version, v.pending) for v in server.versions] == [(2, False)]


def test_a_conflict_copy_and_its_original_name_each_other(
    replica: Replica, commands: LocalCommands, media: MediaCache, tmp_path: Path
) -> None:
    original = _add(commands, tmp_path, "Visie.md", "Beleid")
    copy_id = f"{original}-conflict-abcd1234"
    _from_server(replica, copy_id, "Visie (conflict bernd).md", conflict_of=original)
    copy = document_detail(replica, media, copy_id)
    assert copy is not None and copy.document.conflict
    assert copy.original is not None and copy.original.id == original and copy.conflicts == ()
    detail = document_detail(replica, media, original)
    assert detail is not None and not detail.document.conflict and detail.original is None
    assert [c.id for c in detail.conflicts] == [copy_id]
    _set(replica, original, deleted=True)
    orphan = document_detail(replica, media, copy_id)
    assert orphan is not None and orphan.original is None


def test_storage_used_counts_what_is_kept_available_offline(
    replica: Replica, commands: LocalCommands, media: MediaCache, tmp_path: Path
) -> None:
    assert storage_used(replica, None) == StorageUse(0, 0)
    small = _add(commands, tmp_path, "Kort.txt")
    other = _add(commands, tmp_path, "Plan.txt", group=OTHER_GROUP)
    assert storage_used(replica, media) == StorageUse(media.size_bytes(), 0)
    commands.keep_offline(small)
    detail = document_detail(replica, media, small)
    assert detail is not None
    small_size = media.path_for(detail.sha256).stat().st_size
    assert storage_used(replica, media) == StorageUse(media.size_bytes(), small_size)
    with replica.begin() as conn:
        conn.execute(update(Group).where(Group.id == OTHER_GROUP).values(keep_offline=True))
    other_detail = document_detail(replica, media, other)
    assert other_detail is not None
    other_size = media.path_for(other_detail.sha256).stat().st_size
    use = storage_used(replica, media)
    assert use == StorageUse(media.size_bytes(), small_size + other_size)
    media.delete(other_detail.sha256)  # kept offline, not downloaded yet: takes nothing
    assert storage_used(replica, media).pinned == small_size


def test_a_cached_document_is_decrypted_into_a_private_folder(
    replica: Replica, commands: LocalCommands, media: MediaCache, tmp_path: Path
) -> None:
    doc_id = _add(commands, tmp_path, "Formulier.txt")
    folder = tmp_path / "open" / "one"
    exported = export_for_opening(replica, media, None, doc_id, folder)
    assert exported.document_id == doc_id and exported.path == folder / "Formulier.txt"
    assert exported.path.read_text(encoding="utf-8") == "Inhalt von Formulier.txt"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    detail = document_detail(replica, media, doc_id)
    assert detail is not None and exported.sha256 == detail.sha256


def test_a_hostile_name_stays_in_the_folder(
    replica: Replica, media: MediaCache, tmp_path: Path
) -> None:
    blob = media.put_stream(io.BytesIO(b"boo"))
    _from_server(replica, "doc-evil", "../../evil.pdf", sha256=blob.sha256)
    folder = tmp_path / "open"
    exported = export_for_opening(replica, media, None, "doc-evil", folder)
    assert exported.path.parent == folder and exported.path.read_bytes() == b"boo"


@pytest.mark.parametrize(
    ("name", "mimetype", "content", "kind"),
    [
        ("../../evil.desktop", "text/plain", b"[Desktop Entry]", ".desktop"),
        ("Protokoll\u202efdp.exe", "application/pdf", b"%PDF", ".exe"),
        ("Protokoll.pdf.EXE", "application/pdf", b"%PDF", ".exe"),
        ("Bericht.pdf", "application/x-msdownload", b"%PDF", ".exe"),
        ("Bericht.pdf", "application/pdf", b"#!/bin/sh\necho", "#!"),
        ("Bericht.pdf", "application/pdf", b"\x7fELF\x02\x01", "ELF"),
    ],
)
def test_a_program_is_never_exported_to_open(
    replica: Replica,
    media: MediaCache,
    tmp_path: Path,
    name: str,
    mimetype: str,
    content: bytes,
    kind: str,
) -> None:
    blob = media.put_stream(io.BytesIO(content))
    _from_server(replica, "doc-prog", name, sha256=blob.sha256, mimetype=mimetype)
    folder = tmp_path / "open"
    with pytest.raises(RunsCodeError) as refused:
        export_for_opening(replica, media, None, "doc-prog", folder)
    assert (refused.value.document_id, refused.value.kind) == ("doc-prog", kind)
    assert "\u202e" not in refused.value.name and "/" not in refused.value.name
    assert not folder.exists() or not any(folder.iterdir())
    # Kept where the user chooses instead.
    target = tmp_path / "elsewhere" / "kept"
    target.parent.mkdir()
    assert save_copy(replica, media, None, "doc-prog", target) == target
    assert target.read_bytes() == content


def test_a_program_is_refused_by_name_before_it_is_downloaded(
    replica: Replica, media: MediaCache, tmp_path: Path
) -> None:
    _from_server(replica, "doc-prog", "setup.msi", mimetype="application/octet-stream")
    fetched: list[str] = []

    def fetch(document_id: str) -> str:
        fetched.append(document_id)
        raise AssertionError("downloaded")

    with pytest.raises(RunsCodeError):
        export_for_opening(replica, media, fetch, "doc-prog", tmp_path / "open")
    assert fetched == []


def test_a_program_found_by_its_first_bytes_is_refused_after_the_download(
    replica: Replica, media: MediaCache, tmp_path: Path
) -> None:
    program = b"#!/usr/bin/env python3\nimport os\n"
    _from_server(replica, "doc-prog", "Notiz.txt", sha256="cd" * 32)

    def fetch(document_id: str) -> str:
        return media.put_stream(io.BytesIO(program)).sha256

    folder = tmp_path / "open"
    with pytest.raises(RunsCodeError) as refused:
        export_for_opening(replica, media, fetch, "doc-prog", folder)
    assert refused.value.kind == "#!"
    assert not folder.exists()


def test_a_document_not_cached_is_fetched_or_not_available_offline(
    replica: Replica, commands: LocalCommands, media: MediaCache, tmp_path: Path
) -> None:
    doc_id = _add(commands, tmp_path, "Formulier.txt")
    detail = document_detail(replica, media, doc_id)
    assert detail is not None
    blob = media.path_for(detail.sha256).read_bytes()
    media.delete(detail.sha256)
    folder = tmp_path / "open"
    with pytest.raises(NotAvailableOfflineError):
        export_for_opening(replica, media, None, doc_id, folder)  # no connection
    with pytest.raises(NotAvailableOfflineError):
        export_for_opening(replica, None, None, doc_id, folder)  # no media cache

    def unreachable(document_id: str) -> str:
        raise NotAvailableOfflineError(document_id)

    with pytest.raises(NotAvailableOfflineError):
        export_for_opening(replica, media, unreachable, doc_id, folder)
    fetched: list[str] = []

    def fetch(document_id: str) -> str:
        fetched.append(document_id)
        media.path_for(detail.sha256).write_bytes(blob)
        return detail.sha256

    exported = export_for_opening(replica, media, fetch, doc_id, folder)
    assert fetched == [doc_id]
    assert exported.path.read_text(encoding="utf-8") == "Inhalt von Formulier.txt"
    with pytest.raises(LookupError):
        export_for_opening(replica, media, fetch, "doc-missing", folder)


def test_a_version_that_could_not_be_sent_or_is_stuck_shows_in_the_detail(
    replica: Replica, commands: LocalCommands, media: MediaCache, tmp_path: Path
) -> None:
    from client.clock import utcnow
    from client.models import OutboxEntry, OutboxState

    too_big, stuck = _add(commands, tmp_path, "Bauplan.pdf"), _add(commands, tmp_path, "Notiz.txt")
    since = utcnow() - timedelta(days=2)
    with replica.begin() as conn:
        conn.execute(
            update(OutboxEntry)
            .where(OutboxEntry.document_id == too_big)
            .values(state=OutboxState.FAILED, last_error="M_TOO_LARGE: the file is 3.0 MiB")
        )
        conn.execute(
            update(OutboxEntry).where(OutboxEntry.document_id == stuck).values(failing_since=since)
        )
    failed = document_detail(replica, media, too_big)
    assert failed is not None and failed.failed_entry_id is not None
    assert failed.failed_reason == "M_TOO_LARGE: the file is 3.0 MiB" and failed.stuck_since is None
    waiting = document_detail(replica, media, stuck)
    assert waiting is not None and waiting.failed_entry_id is None
    assert waiting.stuck_since == since
