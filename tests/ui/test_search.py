"""Search (Ctrl+K): as you type, grouped by kind, keyboard to a result, and there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from client import ingest, search, spelling
from client.commands import LocalCommands, NewDocument
from client.mediacache import MediaCache
from devkit import docgen
from tests.conftest import GROUP, TEST_KEY, USER, server_message
from ui.context import AccountSession
from ui.mainwindow import MainWindow
from ui.postview import POST_ROLE
from ui.searchdialog import HIT_ROLE, HTML_ROLE, SearchDialog, SearchModel
from ui.sidebar import KIND_ROLE


def _open(qtbot: QtBot, window: MainWindow) -> SearchDialog:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_search_as_you_type_groups_results(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    with qtbot.wait_signal(dialog.searched, timeout=2000) as blocker:
        qtbot.keyClicks(dialog.box, "Wmo")  # the debounce timer fires once, after typing
    assert blocker.args and blocker.args[0] > 0
    groups = [str(dialog.model.index(r, 0).data()) for r in range(dialog.model.rowCount())]
    assert any(g.startswith("Posts and questions") for g in groups)
    first = dialog.model.first_hit()
    hit = first.data(HIT_ROLE)
    assert isinstance(hit, search.SearchHit)
    assert "<b>" in hit.snippet


def test_rows_below_the_fold_get_their_snippets_after(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    dialog.box.setText("Wmo")
    dialog.run_now()  # inline ops: the search and then the rest of the snippets
    hits = [
        dialog.model.index(row, 0, dialog.model.index(group, 0)).data(HIT_ROLE)
        for group in range(dialog.model.rowCount())
        for row in range(dialog.model.rowCount(dialog.model.index(group, 0)))
    ]
    assert len(hits) > dialog._rows_shown()
    assert all(isinstance(h, search.SearchHit) and h.snippet for h in hits)


def test_keyboard_to_a_post_navigates_there(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    dialog.box.setText("Haringdagen")
    dialog.run_now()
    assert dialog.model.hit_count() > 0
    qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    assert dialog.results.currentIndex().isValid()
    hit = dialog.results.currentIndex().data(HIT_ROLE)
    for _ in range(60):  # down through the results to the first post
        if isinstance(hit, search.SearchHit) and hit.kind in {"post", "question", "comment"}:
            break
        qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
        hit = dialog.results.currentIndex().data(HIT_ROLE)
    assert isinstance(hit, search.SearchHit) and hit.kind in {"post", "question", "comment"}
    with qtbot.wait_signal(window.navigated, timeout=2000):
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.detail.isVisible()
    thread = window.detail.thread_pane
    assert thread.model is not None and thread.model.post is not None
    shown = {thread.model.index(r, 0).data(POST_ROLE).id for r in range(thread.model.rowCount())}
    assert int(hit.id) in shown
    assert window.stream.model is not None
    assert thread.model.post.group_id == window.stream.model.group_id
    assert window.sidebar.currentIndex().data(KIND_ROLE) == "group"


def test_person_result_opens_the_profile(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    dialog.box.setText("Hartmann")
    dialog.run_now()
    first = dialog.model.first_hit()
    assert first.data(HIT_ROLE).kind == "person"
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert window.detail.currentWidget() is window.detail.profile
    assert "Hartmann" in window.detail.profile.name.text()


def test_nothing_found_says_so(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    dialog.box.setText("xyzzyquux")
    dialog.run_now()
    assert dialog.model.rowCount() == 0
    assert "Nothing found" in dialog.status.text()


def test_a_corrected_typo_says_so_and_the_keyboard_takes_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open(qtbot, window)
    assert not dialog.correction_bar.isVisible()
    with qtbot.wait_signal(dialog.searched, timeout=2000) as blocker:
        qtbot.keyClicks(dialog.box, "<>Haringdgen")  # one letter missing
    assert blocker.args and blocker.args[0] > 0
    assert dialog.correction_bar.isVisible()
    assert dialog.correction.text() == "Showing results for <>Haringdagen"
    assert dialog.correction.textFormat() == Qt.TextFormat.PlainText
    assert dialog.literal.text() == "Search instead for <>Haringdgen"
    hit = dialog.model.first_hit().data(HIT_ROLE)
    assert isinstance(hit, search.SearchHit) and hit.tier == search.TIER_CORRECTED
    # Tab from the box reaches the way back; Space searches for what was typed.
    assert dialog.box.hasFocus()
    qtbot.keyClick(dialog.box, Qt.Key.Key_Tab)
    assert dialog.literal.hasFocus()
    with qtbot.wait_signal(dialog.searched, timeout=2000) as blocker:
        qtbot.keyClick(dialog.literal, Qt.Key.Key_Space)
    assert blocker.args == [0]
    assert "Nothing found" in dialog.status.text()
    assert not dialog.correction_bar.isVisible()
    assert dialog.box.text() == "<>Haringdgen" and dialog.box.hasFocus()
    # Typing again corrects again.
    with qtbot.wait_signal(dialog.searched, timeout=2000):
        qtbot.keyClick(dialog.box, Qt.Key.Key_Space)
    assert dialog.correction_bar.isVisible()


def _hit(kind: str, key: str, tier: int, score: float) -> search.SearchHit:
    return search.SearchHit(kind, key, None, None, key, key, None, score, tier)


def test_each_section_lists_its_best_hit_first(qtbot: QtBot) -> None:
    # As the engine sends them: by tier, then by score.
    hits = [
        _hit("person", "p-word", search.TIER_WORD, 2.0),
        _hit("post", "m-word", search.TIER_WORD, 1.0),
        _hit("document", "d-part", search.TIER_PART, 3.0),
        _hit("post", "m-part", search.TIER_PART, 0.5),
        _hit("document", "d-corrected", search.TIER_CORRECTED, 5.0),
        _hit("person", "p-corrected", search.TIER_CORRECTED, 1.0),
    ]
    model = SearchModel()
    model.set_hits(hits)
    sections = {
        str(model.index(r, 0).data()).split(" (")[0]: [
            model.index(c, 0, model.index(r, 0)).data(HIT_ROLE).id
            for c in range(model.rowCount(model.index(r, 0)))
        ]
        for r in range(model.rowCount())
    }
    assert list(sections) == ["People", "Posts and questions", "Documents"]
    assert sections == {
        "People": ["p-word", "p-corrected"],
        "Posts and questions": ["m-word", "m-part"],
        "Documents": ["d-part", "d-corrected"],
    }


def test_a_document_hit_shows_its_text_and_the_slide(
    qtbot: QtBot, window: MainWindow, account: AccountSession, tmp_path: Path
) -> None:
    slides = tmp_path / "Beleuchtung.pptx"
    slides.write_bytes(docgen.pptx([["Ausgangslage"], ["Die Quastenlaterne am Markt flackert."]]))
    media = MediaCache(tmp_path / "media", TEST_KEY)
    LocalCommands(account.replica, USER, media).add_document(GROUP, NewDocument(slides))
    dialog = _open(qtbot, window)
    dialog.box.setText("quastenlaterne")
    dialog.run_now()
    hit_index = dialog.model.first_hit()
    hit = hit_index.data(HIT_ROLE)
    assert isinstance(hit, search.SearchHit) and hit.kind == "document"
    assert hit.place == ("slide", "2")
    assert (
        str(hit_index.data()) == "Beleuchtung.pptx — slide 2: Die Quastenlaterne am Markt flackert."
    )
    assert "<i>slide 2</i>: " in str(hit_index.data(HTML_ROLE))


def test_the_typo_lexicon_is_built_once_an_account_opens_and_after_new_words(
    qtbot: QtBot, window: MainWindow, account: AccountSession
) -> None:
    engine = account.replica.engine
    first = spelling._cache[engine]  # built by a read worker, before any search
    row = server_message("$warm1", 0, group_id=GROUP, body="Het strooiroostertje van vandaag")
    with account.replica.begin() as conn:
        changes = ingest.ingest_messages(conn, [row])
    window.ctx.hub.announce(USER, changes)
    qtbot.waitUntil(lambda: spelling._cache[engine] is not first, timeout=3000)
    with account.replica.connect() as conn:
        assert spelling._cache[engine].fingerprint == search._vocab_fingerprint(
            conn.connection.driver_connection
        )
