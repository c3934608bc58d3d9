"""The people directory: filters that combine, external partners marked, the profile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from client.models import Group, Membership, Message, Person
from client.rows import EXTERNAL, DirectoryRow, PeopleFilter
from client.store import Replica
from ui.context import AccountSession, AppContext
from ui.lists import ROW_ROLE
from ui.mainwindow import MainWindow
from ui.people import EXTERNAL_ROLE, PeopleModel, PeoplePage
from ui.sidebar import NodeKind


def all_rows(model: PeopleModel) -> list[DirectoryRow]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]


def people(replica: Replica) -> list[Person]:
    with replica.session() as session:
        found = list(session.scalars(select(Person)))
        session.expunge_all()
        return found


def externals(replica: Replica) -> set[str]:
    with replica.session() as session:
        members = set(
            session.scalars(select(Membership.user_id).where(Membership.membership == "join"))
        )
        listed = set(session.scalars(select(Person.user_id)))
    return members - listed


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index > 0, value
    combo.setCurrentIndex(index)


@pytest.fixture
def page(window: MainWindow) -> PeoplePage:
    account = window.current_account()
    assert account is not None
    assert window.sidebar.select(account.user_id, NodeKind.PEOPLE)
    assert window.middle.currentWidget() is window.people
    return window.people


def test_filters_combine_and_narrow_the_list(page: PeoplePage, sample_replica: Replica) -> None:
    everyone = people(sample_replica)
    assert isinstance(page.model, PeopleModel)
    assert len(all_rows(page.model)) == len(everyone) + len(externals(sample_replica))

    kleve = [p for p in everyone if p.organisation == "Stadt Kleve"]
    choose(page.organisation, "Stadt Kleve")
    rows = all_rows(page.model)
    assert {r.user_id for r in rows} == {p.user_id for p in kleve}

    department = kleve[0].department
    choose(page.department, department)
    rows = all_rows(page.model)
    expected = [p for p in kleve if p.department == department]
    assert {r.user_id for r in rows} == {p.user_id for p in expected}
    assert 0 < len(rows) < len(kleve)

    skill = expected[0].skills[0]
    choose(page.skill, skill)
    expected = [p for p in expected if skill in p.skills]
    assert {r.user_id for r in all_rows(page.model)} == {p.user_id for p in expected}

    location = expected[0].location
    choose(page.location, location)
    expected = [p for p in expected if p.location == location]
    assert {r.user_id for r in all_rows(page.model)} == {p.user_id for p in expected}

    page.filter_text.setText(expected[0].name.split()[-1].lower())
    rows = all_rows(page.model)
    assert expected[0].user_id in {r.user_id for r in rows}
    assert all(expected[0].name.split()[-1].lower() in r.name.lower() for r in rows)

    page.filter_text.setText("niemand-heisst-so")
    assert all_rows(page.model) == []
    assert page.empty.isVisibleTo(page) and not page.view.isVisibleTo(page)

    page.filter_text.clear()
    for combo in (page.organisation, page.department, page.skill, page.location):
        combo.setCurrentIndex(0)
    assert len(all_rows(page.model)) == len(everyone) + len(externals(sample_replica))
    assert page.view.isVisibleTo(page)


def test_filter_choices_are_the_replicas_distinct_values(
    page: PeoplePage, sample_replica: Replica
) -> None:
    everyone = people(sample_replica)

    def values(combo: QComboBox) -> set[str]:
        return {combo.itemData(i) for i in range(1, combo.count())}

    assert values(page.organisation) == {p.organisation for p in everyone} | {EXTERNAL}
    assert values(page.department) == {p.department for p in everyone if p.department}
    assert values(page.location) == {p.location for p in everyone if p.location}
    assert values(page.skill) == {s for p in everyone for s in p.skills}


def test_external_partners_are_marked(
    qtbot: QtBot, window: MainWindow, page: PeoplePage, sample_replica: Replica
) -> None:
    outside = externals(sample_replica)
    assert outside
    choose(page.organisation, EXTERNAL)
    assert page.model is not None
    rows = all_rows(page.model)  # type: ignore[arg-type]
    assert {r.user_id for r in rows} == outside
    first = page.model.index(0, 0)
    assert first.data(EXTERNAL_ROLE) is True
    assert "External partner" in first.data(Qt.ItemDataRole.DisplayRole)
    assert "external" in first.data(Qt.ItemDataRole.AccessibleTextRole)

    # Staff carry no badge.
    choose(page.organisation, "Stadt Kleve")
    assert page.model.index(0, 0).data(EXTERNAL_ROLE) is False

    # An external partner's profile has the badge; a colleague's does not.
    choose(page.organisation, EXTERNAL)
    page.view.activated.emit(page.model.index(0, 0))
    profile = window.detail.profile
    assert window.detail.currentWidget() is profile
    assert profile.profile is not None and profile.profile.external
    assert profile.badge.isVisibleTo(profile)
    choose(page.organisation, "Stadt Kleve")
    page.view.activated.emit(page.model.index(0, 0))
    assert profile.profile is not None and not profile.profile.external
    assert not profile.badge.isVisibleTo(profile)


def test_profile_shows_shared_groups_and_recent_posts(
    qtbot: QtBot, window: MainWindow, account: AccountSession, sample_replica: Replica
) -> None:
    with sample_replica.session() as session:
        author, _ = session.execute(
            select(Message.author, func.count())
            .join(Person, Person.user_id == Message.author)
            .group_by(Message.author)
            .order_by(func.count().desc())
        ).first()  # type: ignore[misc]
        person = session.get(Person, author)
        assert person is not None
        name, email = person.name, person.email
        groups = sorted(
            session.scalars(
                select(Group.name)
                .join(Membership, Membership.group_id == Group.id)
                .where(Membership.user_id == author, Membership.membership == "join")
            ),
            key=str.casefold,
        )
        newest = session.scalars(
            select(Message)
            .where(Message.author == author, Message.deleted.is_(False))
            .order_by(Message.created_at.desc(), Message.id.desc())
        ).first()
        assert newest is not None
        open_post = newest.thread_root_id or newest.id

    window.detail.show_profile(account, author)
    profile = window.detail.profile
    assert window.detail.isVisible() and window.detail.currentWidget() is profile
    assert name in profile.name.text()
    assert f'href="mailto:{email}"' in profile.details.text()
    shown_groups = [profile.groups.item(i).text() for i in range(profile.groups.count())]
    assert shown_groups == groups
    assert profile.posts.count() == 10
    first = profile.posts.item(0)
    with qtbot.wait_signal(window.navigated):
        profile.posts.itemActivated.emit(first)
    thread = window.detail.thread_pane
    assert window.detail.currentWidget() is thread
    assert thread.model is not None and thread.model.post_id == open_post


def test_people_model_with_filters(
    qtmodeltester: ModelTester, ctx: AppContext, account: AccountSession
) -> None:
    model = PeopleModel(ctx, account, page_size=20)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.set_filters(PeopleFilter(organisation="Stadt Kleve"))
    assert 0 < model.rowCount() <= 20
    assert all(
        model.index(r, 0).data(ROW_ROLE).organisation == "Stadt Kleve"
        for r in range(model.rowCount())
    )
    qtmodeltester.check(model)
    model.set_filters(PeopleFilter(organisation=EXTERNAL))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
