"""Every item model of the UI under ``qtmodeltester``, over the sample region."""

from __future__ import annotations

from PySide6.QtCore import QObject
from pytestqt.modeltest import ModelTester

from client import search
from tests.ui.conftest import GROUP, USER
from ui import queries
from ui.context import AccountSession, AppContext
from ui.detail import ThreadModel
from ui.lists import documents_model
from ui.people import PeopleModel
from ui.searchdialog import SearchModel
from ui.sidebar import SidebarModel
from ui.stream import StreamModel


def test_sidebar_model(
    qtmodeltester: ModelTester, ctx: AppContext, account: AccountSession
) -> None:
    model = SidebarModel(ctx)
    ctx.add_account(account)
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    model.reload()  # a reset while the tester watches
    qtmodeltester.check(model)


def test_stream_model(qtmodeltester: ModelTester, ctx: AppContext, account: AccountSession) -> None:
    tree = queries.account_tree(account.replica)
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
    post = queries.stream_page(account.replica, GROUP, None)
    assert post == []  # the tests' own group is empty until something is posted
    ctx.hub.announce(USER, changes := account.commands.post(GROUP, "Vraag"))
    assert isinstance(changes.created, int)
    model = ThreadModel(ctx, account, changes.created)
    model.reload()
    qtmodeltester.check(model)
    ctx.hub.announce(USER, account.commands.comment(changes.created, "Antwoord"))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_people_and_documents_models(
    qtmodeltester: ModelTester, ctx: AppContext, account: AccountSession
) -> None:
    def people_model(ctx: AppContext, account: AccountSession, parent: QObject) -> PeopleModel:
        return PeopleModel(ctx, account, parent=parent)

    for make in (people_model, documents_model):
        model = make(ctx, account, ctx)
        model.fetchMore()
        assert model.rowCount() == queries.PAGE_SIZE
        qtmodeltester.check(model)
        before = model.rowCount()
        model.fetchMore()
        assert model.rowCount() > before or not model.canFetchMore()


def test_search_model(qtmodeltester: ModelTester, account: AccountSession) -> None:
    model = SearchModel()
    with account.replica.connect() as conn:
        page = search.search(conn, "Wmo", limit=40)
    model.set_hits(page.hits)
    assert model.rowCount() >= 2
    qtmodeltester.check(model)
    model.set_hits([])
    qtmodeltester.check(model)
