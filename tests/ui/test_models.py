"""Every item model of the UI under ``qtmodeltester``, over the sample region."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from client import search
from client.reads import PAGE_SIZE
from client.reads.overview import GroupEntry, account_tree
from client.reads.posts import stream_page
from client.rows import PostRow
from tests.ui.conftest import GROUP, USER
from ui import stream
from ui.context import AccountSession, AppContext
from ui.detail import ThreadModel
from ui.documents.models import DocumentTreeModel
from ui.people import PeopleModel
from ui.searchdialog import SearchModel
from ui.sidebar import MENTION_ROLE, NodeKind, SidebarModel
from ui.stream import PostListView, StreamModel


def test_sidebar_model(
    qtmodeltester: ModelTester, ctx: AppContext, account: AccountSession
) -> None:
    model = SidebarModel(ctx)
    ctx.add_account(account)
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    model.reload()  # the same tree again, while the tester watches
    tree = model._trees[USER]
    org = tree.organisations[0]
    extra = GroupEntry("!extra:harderwijk.test", "Extra", 2, 1)
    changed = replace(
        tree,
        organisations=(
            replace(org, groups=tuple(reversed(org.groups[1:]))),  # one gone, the rest moved
            *tree.organisations[2:],  # an organisation gone
        ),
        other_groups=(*tree.other_groups, extra),
    )
    model._on_tree_loaded(USER, changed)  # rows inserted, removed and changed
    qtmodeltester.check(model)
    assert model.find(USER, NodeKind.GROUP, extra.id).data(MENTION_ROLE) == 1


def test_stream_model(qtmodeltester: ModelTester, ctx: AppContext, account: AccountSession) -> None:
    tree = account_tree(account.replica)
    busiest = max((g for o in tree.organisations for g in o.groups), key=lambda g: g.name)
    model = StreamModel(ctx, account, busiest.id, page_size=5)
    qtmodeltester.check(model)  # the tester fetches pages itself, too
    before = model.rowCount()
    model.fetchMore()
    assert model.rowCount() == before + 5
    ctx.hub.announce(USER, account.commands.post(busiest.id, "Neu"))  # inserted at the top
    assert model.rowCount() == before + 6
    assert model.post(0).pending
    qtmodeltester.check(model)


def test_thread_model(qtmodeltester: ModelTester, ctx: AppContext, account: AccountSession) -> None:
    post = stream_page(account.replica, GROUP, None)
    assert post == []  # the tests' own group is empty until something is posted
    ctx.hub.announce(USER, changes := account.commands.post(GROUP, "Vraag"))
    assert isinstance(changes.created, int)
    model = ThreadModel(ctx, account, changes.created)
    model.reload()
    qtmodeltester.check(model)
    ctx.hub.announce(USER, account.commands.comment(changes.created, "Antwoord"))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_people_model(qtmodeltester: ModelTester, ctx: AppContext, account: AccountSession) -> None:
    model = PeopleModel(ctx, account, parent=ctx)
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE
    qtmodeltester.check(model)
    before = model.rowCount()
    model.fetchMore()
    assert model.rowCount() > before or not model.canFetchMore()


def test_documents_tree_model_over_the_sample_region(
    qtmodeltester: ModelTester, ctx: AppContext, account: AccountSession
) -> None:
    model = DocumentTreeModel(ctx, account, page_size=3)
    model.reload()
    groups = [model.index(r, 0) for r in range(model.rowCount())]
    assert groups and all(model.hasChildren(g) for g in groups)
    for group in groups:  # open every folder, a page at a time
        for row in range(model.rowCount(group)):
            folder = model.index(row, 0, group)
            while model.canFetchMore(folder):
                model.fetchMore(folder)
    qtmodeltester.check(model)
    shown = sum(
        model.rowCount(model.index(r, 0, g)) for g in groups for r in range(model.rowCount(g))
    )
    with account.replica.connect() as conn:
        stored = conn.exec_driver_sql("SELECT count(*) FROM document WHERE deleted = 0").scalar()
    assert shown == stored
    model.reload()  # a reset while the tester watches
    qtmodeltester.check(model)


def test_search_model(qtmodeltester: ModelTester, account: AccountSession) -> None:
    model = SearchModel()
    with account.replica.connect() as conn:
        page = search.search(conn, "Wmo", limit=40)
    model.set_hits(page.hits)
    assert model.rowCount() >= 2
    qtmodeltester.check(model)
    model.set_hits([])
    qtmodeltester.check(model)


def test_stream_rows_are_laid_out_before_they_are_inserted(
    qtbot: QtBot, ctx: AppContext, account: AccountSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream, "PREPARE_SLICE_S", 0.0)  # one row per turn of the event loop
    monkeypatch.setattr(stream, "PREPARE_EDGE", 2)  # the first two and the last two rows
    view = PostListView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    tree = account_tree(account.replica)
    group = max((g for o in tree.organisations for g in o.groups), key=lambda g: g.name)
    model = StreamModel(ctx, account, group.id, page_size=5, parent=view)
    prepared: list[int] = []

    def prepare(post: PostRow) -> None:
        assert model.row_of(post.id) < 0  # not in the list yet
        view.delegate.prepare(post)
        prepared.append(post.id)

    model.prepare = prepare
    view.setModel(model)
    model.fetchMore()
    assert model.rowCount() == 0 and len(prepared) == 1  # the others in later turns
    qtbot.waitUntil(lambda: model.rowCount() >= 5)
    page = [model.post(r).id for r in range(5)]
    edges = [page[0], page[1], page[3], page[4]]
    assert prepared[:4] == edges  # in order, each before its insertion
    laid_out = {post_id for post_id, _, _ in view.delegate._docs}
    assert set(edges) <= laid_out


def _stream_in_view(
    qtbot: QtBot, ctx: AppContext, account: AccountSession, *, height: int, page_size: int
) -> tuple[PostListView, StreamModel, str]:
    """A group with at least five posts in a shown post list, its first page asked for
    (keep the view: it owns the model)."""
    view = PostListView()
    qtbot.addWidget(view)
    view.resize(600, height)
    view.show()
    tree = account_tree(account.replica)
    groups = [g.id for o in tree.organisations for g in o.groups]
    group = next(g for g in groups if len(stream_page(account.replica, g, None, 5)) == 5)
    model = StreamModel(ctx, account, group, page_size=page_size, parent=view)
    model.prepare = view.delegate.prepare
    view.setModel(model)
    model.fetchMore()
    return view, model, group


def test_a_change_to_a_stream_row_still_arriving_is_shown(
    qtbot: QtBot, ctx: AppContext, account: AccountSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream, "PREPARE_SLICE_S", 0.0)  # one row per turn of the event loop
    _view, model, group = _stream_in_view(qtbot, ctx, account, height=400, page_size=5)
    assert model.rowCount() == 0  # the page is being laid out
    target = stream_page(account.replica, group, None, 5)[3]
    assert not target.liked_by_me
    ctx.hub.announce(USER, account.commands.like(target.id))
    qtbot.waitUntil(lambda: model.row_of(target.id) >= 0)
    qtbot.waitUntil(lambda: model.post(model.row_of(target.id)).liked_by_me)
    assert model.post(model.row_of(target.id)).likes == target.likes + 1


def test_a_stream_list_not_yet_filled_fetches_more_by_itself(
    qtbot: QtBot, ctx: AppContext, account: AccountSession
) -> None:
    _view, model, _ = _stream_in_view(qtbot, ctx, account, height=2000, page_size=2)  # 2+ posts
    qtbot.waitUntil(lambda: model.rowCount() >= 4)  # the list asked for more to fill itself
