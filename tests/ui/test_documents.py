"""The documents page and pane: folder tree, versions, conflict copies, opening a document
with the system's application and saving its changes back, pinning, storage used."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent, QFont
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from client import ingest, rooms
from client.changes import Changes
from client.commands import LocalCommands, NewDocument
from client.mediacache import MediaCache
from client.models import Document, DocumentVersion, OutboxEntry, OutboxKind
from client.reads.documents import document_detail, storage_used
from client.rows import DocumentRow
from client.store import Replica
from tests.conftest import GROUP, OTHER_GROUP, TEST_KEY, USER
from ui import icons
from ui.context import AccountSession, AppContext
from ui.documents.models import (
    GROUP_ROLE,
    KIND_ROLE,
    ROW_ROLE,
    DocumentTreeModel,
    VersionsModel,
    folder_parts,
)
from ui.documents.opener import DocumentOpener
from ui.documents.page import DocumentsPage
from ui.documents.pane import DocumentPane
from ui.mainwindow import MainWindow


@pytest.fixture
def media(tmp_path: Path) -> MediaCache:
    return MediaCache(tmp_path / "media", TEST_KEY)


@pytest.fixture
def docs(ctx: AppContext, replica: Replica, media: MediaCache) -> AccountSession:
    """An account with its media cache, on the tests' two groups (no documents yet)."""
    session = AccountSession(USER, replica, LocalCommands(replica, USER, media))
    ctx.add_account(session)
    return session


def _add(
    ctx: AppContext,
    account: AccountSession,
    tmp_path: Path,
    name: str,
    folder: str = "",
    group: str = GROUP,
    text: str | None = None,
) -> str:
    source = tmp_path / "sources" / folder.replace("/", "_") / name
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(text if text is not None else f"Inhalt von {name}", encoding="utf-8")
    changes = account.commands.add_document(group, NewDocument(source, folder=folder))
    ctx.hub.announce(account.user_id, changes)
    assert isinstance(changes.created, str)
    return changes.created


def _names(model: DocumentTreeModel, parent: QModelIndex) -> list[str]:
    return [str(model.index(r, 0, parent).data()) for r in range(model.rowCount(parent))]


def _child(model: DocumentTreeModel, parent: QModelIndex, name: str) -> QModelIndex:
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data() == name:
            return index
    raise AssertionError(f"{name} not under {parent.data()}")


def _open_all(model: DocumentTreeModel, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        _open_all(model, model.index(row, 0, parent))


def test_folder_paths_are_normalised() -> None:
    assert folder_parts("Beleid/2026/") == ["Beleid", "2026"]
    assert folder_parts(" /Beleid// 2026 ") == ["Beleid", "2026"]
    assert folder_parts("") == []


def test_folder_tree_of_a_group(
    qtmodeltester: ModelTester, ctx: AppContext, docs: AccountSession, tmp_path: Path
) -> None:
    _add(ctx, docs, tmp_path, "Jaarplan.md")
    _add(ctx, docs, tmp_path, "Visie.md", "Beleid")
    _add(ctx, docs, tmp_path, "Begroting.xlsx", "Beleid/2026")
    _add(ctx, docs, tmp_path, "Kaders.pdf", "Beleid/2026/")  # the same folder, stored apart
    _add(ctx, docs, tmp_path, "Bouwplan.pdf", "Verslagen", group=OTHER_GROUP)
    model = DocumentTreeModel(ctx, docs, GROUP, page_size=1)
    model.reload()
    root = QModelIndex()
    # Folders first, then the group's own documents (read lazily: none yet).
    assert _names(model, root) == ["Beleid"]
    assert model.canFetchMore(root)
    model.fetchMore(root)
    assert _names(model, root) == ["Beleid", "Jaarplan.md"]
    assert not model.canFetchMore(root)
    beleid = _child(model, root, "Beleid")
    assert model.hasChildren(beleid)
    assert model.index(0, 1, root).data() == "3 documents"  # in it and below
    _open_all(model)
    assert _names(model, beleid) == ["2026", "Visie.md"]
    year = _child(model, beleid, "2026")
    assert _names(model, year) == ["Begroting.xlsx", "Kaders.pdf"]  # two pages of one
    assert year.data(KIND_ROLE) == "folder"
    assert model.index(0, 0, year).data(KIND_ROLE) == "document"
    assert "Bouwplan.pdf" not in str(_names(model, root))  # another group's
    qtmodeltester.check(model)


def test_all_documents_grouped_by_group(
    qtmodeltester: ModelTester, ctx: AppContext, docs: AccountSession, tmp_path: Path
) -> None:
    _add(ctx, docs, tmp_path, "Visie.md", "Beleid")
    _add(ctx, docs, tmp_path, "Bouwplan.pdf", "Verslagen", group=OTHER_GROUP)
    model = DocumentTreeModel(ctx, docs)
    model.reload()
    assert _names(model, QModelIndex()) == ["Bouwen", "Jeugd & Gezin"]
    _open_all(model)
    bouwen = model.index(0, 0)
    assert bouwen.data(GROUP_ROLE) == OTHER_GROUP
    assert _names(model, _child(model, bouwen, "Verslagen")) == ["Bouwplan.pdf"]
    qtmodeltester.check(model)
    # A new document: the skeleton is read again, while the tester watches.
    _add(ctx, docs, tmp_path, "Nieuw.md", "Beleid")
    _open_all(model)
    jeugd = _child(model, QModelIndex(), "Jeugd & Gezin")
    assert _names(model, _child(model, jeugd, "Beleid")) == ["Nieuw.md", "Visie.md"]
    qtmodeltester.check(model)


def test_a_sync_step_updates_the_tree_in_place_or_reads_it_again(
    qtbot: QtBot, ctx: AppContext, docs: AccountSession, tmp_path: Path
) -> None:
    doc_id = _add(ctx, docs, tmp_path, "Visie.md", "Beleid")
    model = DocumentTreeModel(ctx, docs, GROUP)
    model.reload()
    _open_all(model)
    beleid = _child(model, QModelIndex(), "Beleid")
    # The engine wrote someone else's version; a sync step names only the group.
    with docs.replica.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE document SET updated_by = '@bernd:harderwijk.test', version = 2 WHERE id = ?",
            (doc_id,),
        )
    with qtbot.assertNotEmitted(model.modelReset):
        with qtbot.waitSignal(model.dataChanged):
            ctx.hub.announce(USER, Changes(groups=frozenset({GROUP})))
    row = model.index(0, 0, beleid).data(ROW_ROLE)
    assert isinstance(row, DocumentRow) and row.version == 2
    assert row.updated_by == "@bernd:harderwijk.test"
    # A document that came with a sync: the folders changed, the tree is read again.
    _conflict(docs.replica, doc_id, "Visie (conflict bernd).md")
    with qtbot.waitSignal(model.modelReset):
        ctx.hub.announce(USER, Changes(groups=frozenset({GROUP})))
    _open_all(model)
    beleid = _child(model, QModelIndex(), "Beleid")
    assert _names(model, beleid) == ["Visie (conflict bernd).md", "Visie.md"]
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.dataChanged):
        ctx.hub.announce(USER, Changes(groups=frozenset({OTHER_GROUP})))  # not this group


def test_versions_newest_first(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    ctx: AppContext,
    docs: AccountSession,
    media: MediaCache,
    tmp_path: Path,
) -> None:
    doc_id = _add(ctx, docs, tmp_path, "Protocol.txt", text="eerste")
    source = tmp_path / "edit.txt"
    for text in ("tweede, langer", "derde, nog wat langer"):
        source.write_text(text, encoding="utf-8")
        ctx.hub.announce(USER, docs.commands.add_document_version(doc_id, source))
    detail = document_detail(docs.replica, media, doc_id)
    assert detail is not None and detail.cached
    assert [v.version for v in detail.versions] == [3, 2, 1]
    assert [v.size for v in detail.versions] == [21, 14, 6]
    assert {v.author_name for v in detail.versions} == {USER}
    pane = DocumentPane(ctx, DocumentOpener(ctx))
    qtbot.addWidget(pane)
    pane.show_document(docs, doc_id)
    model = pane.versions
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, 0).data() == "3 (waiting to send)"
    assert model.index(0, 1).data() == USER
    assert model.index(2, 3).data() == pane.locale().formattedDataSize(6)
    assert "Version 1 by" in str(model.index(2, 0).data(Qt.ItemDataRole.AccessibleTextRole))
    assert "Protocol.txt" in pane.info.text()
    assert "its name and content" in pane.info.text()  # read when it was added
    empty = VersionsModel()
    qtmodeltester.check(empty)


def _conflict(replica: Replica, original: str, name: str) -> str:
    copy_id = f"{original}-conflict-abcd1234"
    with replica.begin() as conn:
        ingest.upsert_documents(
            conn,
            [
                ingest.DocumentState(
                    id=copy_id,
                    group_id=GROUP,
                    name=name,
                    folder="Beleid",
                    mimetype="text/plain",
                    size=5,
                    sha256="ab" * 32,
                    mxc_url="mxc://harderwijk.test/conflict",
                    version=1,
                    based_on=None,
                    updated_by="@bernd:harderwijk.test",
                    updated_at=datetime(2026, 3, 1, 10, 0),
                    event_id="$conflict",
                    conflict_of=original,
                )
            ],
        )
    return copy_id


def test_conflict_copy_is_marked_and_links_to_its_original(
    qtbot: QtBot, ctx: AppContext, docs: AccountSession, tmp_path: Path
) -> None:
    original = _add(ctx, docs, tmp_path, "Visie.md", "Beleid")
    copy_id = _conflict(docs.replica, original, "Visie (conflict bernd 2026-03-01 10.00).md")
    model = DocumentTreeModel(ctx, docs, GROUP)
    model.reload()
    _open_all(model)
    beleid = _child(model, QModelIndex(), "Beleid")
    copy = _child(model, beleid, "Visie (conflict bernd 2026-03-01 10.00).md")
    plain = _child(model, beleid, "Visie.md")
    row = copy.data(ROW_ROLE)
    assert isinstance(row, DocumentRow) and row.conflict and row.conflict_of == original
    assert "conflict copy" in str(copy.data(Qt.ItemDataRole.AccessibleTextRole))
    assert "conflict copy" not in str(plain.data(Qt.ItemDataRole.AccessibleTextRole))
    alert = icons.icon("alert").cacheKey()
    assert copy.data(Qt.ItemDataRole.DecorationRole).cacheKey() == alert
    assert plain.data(Qt.ItemDataRole.DecorationRole).cacheKey() != alert
    font = copy.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()

    pane = DocumentPane(ctx, DocumentOpener(ctx))
    qtbot.addWidget(pane)
    pane.show_document(docs, copy_id)
    assert pane.conflict_note.isVisibleTo(pane)
    assert f"doc:{original}" in pane.conflict_note.text()
    assert "Conflict copy" in pane.conflict_note.text()
    pane.conflict_note.linkActivated.emit(f"doc:{original}")  # to the original
    assert pane.document_id == original
    assert f"doc:{copy_id}" in pane.conflict_note.text()  # which lists its copies


class _Launcher:
    """Stands in for ``QDesktopServices.openUrl``: records what would be opened."""

    def __init__(self) -> None:
        self.urls: list[QUrl] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return True


def _versions(replica: Replica, doc_id: str) -> list[int]:
    with replica.session() as session:
        return list(
            session.scalars(
                select(DocumentVersion.version)
                .where(DocumentVersion.document_id == doc_id)
                .order_by(DocumentVersion.version)
            )
        )


def _document_entries(replica: Replica, doc_id: str) -> list[OutboxEntry]:
    with replica.session() as session:
        return list(
            session.scalars(
                select(OutboxEntry).where(
                    OutboxEntry.document_id == doc_id, OutboxEntry.kind == OutboxKind.DOCUMENT
                )
            )
        )


def test_open_decrypts_and_a_save_becomes_exactly_one_version(
    qtbot: QtBot, ctx: AppContext, docs: AccountSession, tmp_path: Path
) -> None:
    doc_id = _add(ctx, docs, tmp_path, "Werkinstructie.txt", "Beleid", text="Stap 1")
    launcher = _Launcher()
    opener = DocumentOpener(ctx, open_url=launcher, debounce_ms=20)
    pane = DocumentPane(ctx, opener)
    qtbot.addWidget(pane)
    pane.show_document(docs, doc_id)
    with qtbot.waitSignal(opener.opened):
        pane.open_button.click()
    [url] = launcher.urls
    path = Path(url.toLocalFile())
    assert path.name == "Werkinstructie.txt"
    assert path.read_text(encoding="utf-8") == "Stap 1"
    assert path.is_relative_to(opener.folder)
    assert stat.S_IMODE(opener.folder.stat().st_mode) == 0o700
    assert "new version" in pane.note.text()

    # An editor writes in several steps: one version, with one outbox entry.
    with qtbot.waitSignal(opener.version_saved, timeout=10_000):
        with open(path, "w", encoding="utf-8") as out:
            out.write("Stap 1\n")
            out.flush()
            out.write("Stap 2\n")
        with open(path, "a", encoding="utf-8") as out:
            out.write("Stap 3\n")
    qtbot.waitUntil(lambda: not opener.pending_saves(), timeout=10_000)
    assert _versions(docs.replica, doc_id) == [1, 2]
    entries = _document_entries(docs.replica, doc_id)
    assert len(entries) == 2 and entries[1].payload["version"] == 2
    with docs.replica.session() as session:
        document = session.get(Document, doc_id)
        assert document is not None and document.size == len("Stap 1\nStap 2\nStap 3\n")
    qtbot.waitUntil(lambda: pane.versions.rowCount() == 2)

    # An editor that saves by renaming a new file over the old one.
    with qtbot.waitSignal(opener.version_saved, timeout=10_000):
        staged = path.with_name(".Werkinstructie.txt.tmp")
        staged.write_text("Stap 1 tot 4", encoding="utf-8")
        os.replace(staged, path)
    qtbot.waitUntil(lambda: not opener.pending_saves(), timeout=10_000)
    assert _versions(docs.replica, doc_id) == [1, 2, 3]
    # Saved without changes: no version.
    path.write_text("Stap 1 tot 4", encoding="utf-8")
    qtbot.waitUntil(lambda: bool(opener.pending_saves()), timeout=10_000)
    qtbot.waitUntil(lambda: not opener.pending_saves(), timeout=10_000)
    assert _versions(docs.replica, doc_id) == [1, 2, 3]
    assert len(_document_entries(docs.replica, doc_id)) == 3

    folder = opener.folder
    opener.close()
    assert not folder.exists()  # the decrypted copies go when the app quits


def test_a_version_saved_from_an_opened_file_is_based_on_what_was_opened(
    qtbot: QtBot, ctx: AppContext, docs: AccountSession, tmp_path: Path
) -> None:
    doc_id = _add(ctx, docs, tmp_path, "Plan.txt", text="versie A")
    opener = DocumentOpener(ctx, open_url=_Launcher(), debounce_ms=20)
    with qtbot.waitSignal(opener.opened) as opened:
        opener.open(docs, doc_id)
    with docs.replica.session() as session:
        opened_sha = session.get(Document, doc_id).sha256  # type: ignore[union-attr]
    other = tmp_path / "bernd.txt"
    other.write_text("versie van Bernd", encoding="utf-8")
    docs.commands.add_document_version(doc_id, other)  # arrives while the file is open
    with qtbot.waitSignal(opener.version_saved, timeout=10_000):
        Path(str(opened.args[1])).write_text("versie van Anke", encoding="utf-8")
    entries = _document_entries(docs.replica, doc_id)
    assert entries[-1].payload["based_on"] == opened_sha  # the engine makes a conflict copy
    opener.close()


def test_an_opened_copy_goes_when_access_to_its_group_does(
    qtbot: QtBot, ctx: AppContext, docs: AccountSession, tmp_path: Path
) -> None:
    lost = _add(ctx, docs, tmp_path, "Fallakte.txt", text="vertraulich")
    kept = _add(ctx, docs, tmp_path, "Plan.txt", group=OTHER_GROUP, text="offen")
    opener = DocumentOpener(ctx, open_url=_Launcher(), debounce_ms=20)
    paths: dict[str, Path] = {}
    for doc_id in (lost, kept):
        with qtbot.waitSignal(opener.opened) as opened:
            opener.open(docs, doc_id)
        paths[doc_id] = Path(str(opened.args[1]))
    # Under the data folder, where the next start finds it should the app crash.
    assert paths[lost].is_relative_to(ctx.home.root / "open" / str(os.getpid()))

    # The sync worker removed the group the user lost access to, and says what changed.
    with docs.replica.begin() as tx:
        changes = rooms.forget_room(tx, GROUP)
    ctx.hub.announce(docs.user_id, changes | Changes(documents=frozenset({kept})))
    qtbot.waitUntil(lambda: not paths[lost].exists())
    assert not paths[lost].parent.exists()
    assert paths[kept].read_text(encoding="utf-8") == "offen"
    opener.close()
    assert not (ctx.home.root / "open" / str(os.getpid())).exists()


def test_open_without_cached_file_while_offline_says_so(
    qtbot: QtBot, ctx: AppContext, docs: AccountSession, media: MediaCache, tmp_path: Path
) -> None:
    doc_id = _add(ctx, docs, tmp_path, "Formulier.txt")
    detail = document_detail(docs.replica, media, doc_id)
    assert detail is not None
    media.delete(detail.sha256)  # not on this computer, and no connection
    launcher = _Launcher()
    opener = DocumentOpener(ctx, open_url=launcher)
    pane = DocumentPane(ctx, opener)
    qtbot.addWidget(pane)
    pane.show_document(docs, doc_id)
    assert "not available" in pane.info.text()
    # Read when it was added: the content stays searchable without the file.
    assert "its name and content" in pane.info.text()
    with qtbot.waitSignal(opener.unavailable):
        pane.open_button.click()
    assert launcher.urls == []
    assert pane.note.isVisibleTo(pane) and "not available offline" in pane.note.text()
    opener.close()


def test_open_never_hands_a_program_to_the_system_and_offers_to_save_it(
    qtbot: QtBot,
    ctx: AppContext,
    docs: AccountSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    launcher = _Launcher()
    monkeypatch.setattr(QDesktopServices, "openUrl", launcher)
    # Shows as "Protokollexe.pdf" where the bidi override works.
    program = _add(ctx, docs, tmp_path, "Protokoll\u202efdp.exe", text="echo boo")
    document = _add(ctx, docs, tmp_path, "Protokoll.pdf", text="%PDF-1.7")
    opener = DocumentOpener(ctx)  # the system's opener, as the window makes it
    pane = DocumentPane(ctx, opener)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_document(docs, program)
    assert "Protokollfdp.exe" in pane.info.text() and "\u202e" not in pane.info.text()

    with qtbot.waitSignal(opener.refused) as refused:
        pane.open_button.click()
    assert refused.args[1:] == ["Protokollfdp.exe", ".exe"]
    assert launcher.urls == []
    assert not [p for p in opener.folder.rglob("*") if p.is_file()]  # nothing decrypted
    box = pane.refusal
    assert box is not None and box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "Protokollfdp.exe" in box.text() and "(.exe)" in box.text()
    assert "Not opened" in pane.note.text()

    # Saved where the user chooses, never opened.
    target = tmp_path / "Downloads" / "kept.exe"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(parent: object, caption: str, suggested: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    save = box.findChild(QPushButton, "saveProgram")
    assert save is not None
    with qtbot.waitSignal(opener.saved):
        save.click()
    qtbot.waitUntil(lambda: pane.refusal is None)  # the box has gone
    assert [Path(s).name for s in asked] == ["Protokollfdp.exe"]
    assert target.read_text(encoding="utf-8") == "echo boo"
    assert launcher.urls == []
    assert str(target) in pane.note.text()

    # A document still goes to the system, through the same call.
    pane.show_document(docs, document)
    with qtbot.waitSignal(opener.opened):
        pane.open_button.click()
    assert [Path(url.toLocalFile()).name for url in launcher.urls] == ["Protokoll.pdf"]
    opener.close()


def test_keep_available_offline_toggles_and_shows_a_pin(
    qtbot: QtBot, ctx: AppContext, docs: AccountSession, tmp_path: Path
) -> None:
    doc_id = _add(ctx, docs, tmp_path, "Handboek.pdf")
    model = DocumentTreeModel(ctx, docs, GROUP)
    model.reload()
    _open_all(model)
    index = _child(model, QModelIndex(), "Handboek.pdf")
    pin = icons.icon("kept-offline").cacheKey()
    assert index.data(Qt.ItemDataRole.DecorationRole).cacheKey() != pin
    pane = DocumentPane(ctx, DocumentOpener(ctx))
    qtbot.addWidget(pane)
    pane.show_document(docs, doc_id)
    assert not pane.pin_button.isChecked()
    pane.pin_button.click()
    with docs.replica.session() as session:
        assert session.get(Document, doc_id).keep_offline  # type: ignore[union-attr]
    assert pane.pin_button.isChecked()
    index = _child(model, QModelIndex(), "Handboek.pdf")
    assert index.data(Qt.ItemDataRole.DecorationRole).cacheKey() == pin
    assert "kept available offline" in str(index.data(Qt.ItemDataRole.AccessibleTextRole))
    pane.pin_button.click()
    with docs.replica.session() as session:
        assert not session.get(Document, doc_id).keep_offline  # type: ignore[union-attr]
    index = _child(model, QModelIndex(), "Handboek.pdf")
    assert index.data(Qt.ItemDataRole.DecorationRole).cacheKey() != pin


def test_storage_used_and_kept_offline(
    qtbot: QtBot, ctx: AppContext, docs: AccountSession, media: MediaCache, tmp_path: Path
) -> None:
    small = _add(ctx, docs, tmp_path, "Kort.txt", text="kort")
    _add(ctx, docs, tmp_path, "Lang.txt", text="lang " * 5000)
    ctx.hub.announce(USER, docs.commands.keep_offline(small))
    blobs = [p for p in media.root.iterdir() if not p.name.startswith(".")]
    assert len(blobs) == 2
    detail = document_detail(docs.replica, media, small)
    assert detail is not None
    use = storage_used(docs.replica, media)
    assert use.total == sum(p.stat().st_size for p in blobs)
    assert use.pinned == media.path_for(detail.sha256).stat().st_size
    assert 0 < use.pinned < use.total
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.show_documents(docs, GROUP, "Jeugd & Gezin")
    text = page.storage.text()
    assert QLocale().formattedDataSize(use.total) in text
    assert QLocale().formattedDataSize(use.pinned) in text


def test_adding_documents_by_drop_into_the_chosen_folder(
    qtbot: QtBot, ctx: AppContext, docs: AccountSession, tmp_path: Path
) -> None:
    _add(ctx, docs, tmp_path, "Visie.md", "Beleid")
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.show_documents(docs, GROUP, "Jeugd & Gezin")
    page.show()
    model = page.model
    assert model is not None
    beleid = _child(model, QModelIndex(), "Beleid")
    page.view.setCurrentIndex(beleid)
    assert page.target() == (GROUP, "Beleid")
    dropped = tmp_path / "Notulen 12 maart.txt"
    dropped.write_text("notulen", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Outside a real drag, Qt delivers no drop through the application: call the handler.
    page.dropEvent(drop)
    assert drop.isAccepted()
    _open_all(model)
    beleid = _child(model, QModelIndex(), "Beleid")
    assert _names(model, beleid) == ["Notulen 12 maart.txt", "Visie.md"]
    assert page.stack.currentWidget() is page.view


def test_a_file_larger_than_the_server_takes_is_refused_when_added(
    qtbot: QtBot, ctx: AppContext, docs: AccountSession, tmp_path: Path
) -> None:
    from client import syncstate

    syncstate.record_upload_limit(docs.replica, 1000)  # as the sync engine learnt it
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.show_documents(docs, GROUP, "Jeugd & Gezin")
    big, small = tmp_path / "Bauplan.pdf", tmp_path / "Notiz.txt"
    big.write_bytes(b"x" * 1001)
    small.write_bytes(b"x" * 1000)
    assert page.add_files([big, small])
    assert page.note.isVisibleTo(page)
    assert (
        "larger than the server accepts" in page.note.text() and "Bauplan.pdf" in page.note.text()
    )
    assert "Notiz.txt" not in page.note.text()
    with docs.replica.session() as session:
        assert list(session.scalars(select(Document.name))) == ["Notiz.txt"]
    syncstate.record_upload_limit(docs.replica, None)  # the server sets none
    page.add_files([big])
    with docs.replica.session() as session:
        assert sorted(session.scalars(select(Document.name))) == ["Bauplan.pdf", "Notiz.txt"]


def test_adding_to_all_documents_needs_a_group(
    qtbot: QtBot, ctx: AppContext, docs: AccountSession, tmp_path: Path
) -> None:
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.show_documents(docs, None, "Documents")
    assert page.stack.currentWidget() is page.empty  # nothing yet: say what to do
    source = tmp_path / "Los.txt"
    source.write_text("los", encoding="utf-8")
    assert not page.add_files([source])
    assert "Choose a group" in page.note.text()


def test_group_header_switches_between_posts_and_documents(window: MainWindow) -> None:
    from ui.sidebar import NodeKind

    window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    assert window.middle.currentWidget() is window.stream
    window.stream.documents_button.click()
    assert window.middle.currentWidget() is window.documents
    assert window.documents.group_id == GROUP
    assert window.documents.posts_button.isVisibleTo(window)
    window.documents.posts_button.click()
    assert window.middle.currentWidget() is window.stream
    window.sidebar.select(USER, NodeKind.DOCUMENTS)
    assert window.middle.currentWidget() is window.documents
    assert window.documents.group_id is None
    model = window.documents.model
    assert model is not None and model.rowCount() > 0
    first_group = model.index(0, 0)
    assert window.documents.view.isExpanded(first_group)
    folder = model.index(0, 0, first_group)
    window.documents.view.expand(folder)
    document = model.index(0, 0, folder)
    window.documents.view.setCurrentIndex(document)
    assert window.detail.isVisible()
    assert window.detail.currentWidget() is window.detail.document_pane
    row = document.data(ROW_ROLE)
    assert isinstance(row, DocumentRow) and window.detail.document_pane.document_id == row.id


def test_signing_out_removes_the_accounts_opened_copies_and_its_documents_page(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    from tests.ui.test_settings import BERT, BERT_GROUP, _second_account

    bert = _second_account(ctx)  # made through the home folder: it has a media cache
    window.add_account(bert)
    doc_id = _add(ctx, bert, tmp_path, "Dienstrooster.txt", group=BERT_GROUP)
    opener = window.detail.document_pane.opener
    opener.open_url = _Launcher()
    window.documents.show_documents(bert, BERT_GROUP, "Bert zijn eigen groep")
    window.middle.setCurrentWidget(window.documents)
    window.detail.show_document(bert, doc_id)
    with qtbot.waitSignal(opener.opened) as opened:
        window.detail.document_pane.open_button.click()
    path = Path(str(opened.args[1]))
    assert path.exists()
    with qtbot.waitSignal(window.signed_out, timeout=10_000):
        window._sign_out_now(BERT)
    assert not path.exists()  # the decrypted copy goes with the account's other data
    assert window.documents.model is None
    assert window.middle.currentWidget() is not window.documents
    assert window.detail.document_pane.document_id is None


def test_a_version_the_server_refused_for_its_size_says_so_and_can_be_discarded(
    qtbot: QtBot, ctx: AppContext, docs: AccountSession, tmp_path: Path
) -> None:
    from sqlalchemy import update

    from client.clock import utcnow
    from client.models import OutboxState

    too_big = _add(ctx, docs, tmp_path, "Bauplan.pdf")
    slow = _add(ctx, docs, tmp_path, "Notiz.txt")
    with docs.replica.begin() as conn:
        conn.execute(
            update(OutboxEntry)
            .where(OutboxEntry.document_id == too_big)
            .values(
                state=OutboxState.FAILED,
                last_error="M_TOO_LARGE: the file is 3.0 MiB; the server accepts at most 1.0 MiB",
            )
        )
        conn.execute(
            update(OutboxEntry)
            .where(OutboxEntry.document_id == slow)
            .values(failing_since=utcnow() - timedelta(days=2))
        )
    pane = DocumentPane(ctx, DocumentOpener(ctx))
    qtbot.addWidget(pane)
    pane.show_document(docs, too_big)
    assert pane.send_note.isVisibleTo(pane) and pane.discard_button.isVisibleTo(pane)
    assert pane.send_note.text() == (
        "Could not be sent: the file is larger than the server accepts"
    )
    assert pane.send_note.textFormat() is Qt.TextFormat.PlainText
    pane.show_document(docs, slow)
    assert pane.send_note.text().startswith("not sent since ")
    assert pane.send_note.text().endswith("still trying")
    assert not pane.retry_button.isVisibleTo(pane)
    pane.show_document(docs, too_big)
    pane.discard_button.click()
    with docs.replica.session() as session:
        assert session.get(Document, too_big) is None  # it never reached the server
    assert "no longer there" in pane.info.text()
    assert not pane.send_note.isVisibleTo(pane)


def test_the_pane_renames_moves_restores_deletes_and_opens_an_earlier_version(
    qtbot: QtBot,
    ctx: AppContext,
    docs: AccountSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    doc_id = _add(ctx, docs, tmp_path, "Rooster.txt", text="eerste")
    newer = tmp_path / "newer.txt"
    newer.write_text("tweede", encoding="utf-8")
    ctx.hub.announce(USER, docs.commands.add_document_version(doc_id, newer))
    launcher = _Launcher()
    opener = DocumentOpener(ctx, open_url=launcher)
    pane = DocumentPane(ctx, opener)
    qtbot.addWidget(pane)
    pane.show_document(docs, doc_id)
    for button in (pane.rename_button, pane.move_button, pane.delete_button):
        assert button.isEnabled() and button.accessibleName()

    # Version 1, chosen in the list, opens read-only under its number.
    pane.versions_view.setCurrentIndex(pane.versions.index(1, 0))
    with qtbot.waitSignal(opener.opened):
        pane.open_version_button.click()
    [url] = launcher.urls
    path = Path(url.toLocalFile())
    assert path.name == "Rooster (v1).txt" and path.read_text(encoding="utf-8") == "eerste"
    assert not path.stat().st_mode & 0o222

    # Restored: a third version with the first one's file, waiting to send.
    pane.restore_button.click()
    assert _versions(docs.replica, doc_id) == [1, 2, 3]
    with docs.replica.session() as session:
        document = session.get(Document, doc_id)
        assert document is not None and document.pending
        first = session.scalars(
            select(DocumentVersion.sha256).where(
                DocumentVersion.document_id == doc_id, DocumentVersion.version == 1
            )
        ).one()
        assert document.sha256 == first

    answers = iter([("Dienstrooster.txt", True), ("Planning/2026", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    pane.rename_button.click()
    pane.move_button.click()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    pane.delete_button.click()
    with docs.replica.session() as session:
        document = session.get(Document, doc_id)
        assert document is not None
        assert (document.name, document.folder, document.deleted) == (
            "Dienstrooster.txt",
            "Planning/2026",
            True,
        )
        [change] = session.scalars(
            select(OutboxEntry).where(OutboxEntry.kind == OutboxKind.DOCUMENT_CHANGE)
        ).all()
        assert change.payload == {
            "name": "Dienstrooster.txt",
            "folder": "Planning/2026",
            "deleted": True,
        }
    assert "no longer there" in pane.info.text()
