"""The activity page, offscreen: reached from a group's and an organisation's menu in the
sidebar, its figures those of the read layer, its tables sortable and exported as CSV, every
part reachable by keyboard with a name for a screen reader."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from client.reads import activity as reads
from client.rows import WeekActivity
from tests.ui.conftest import GROUP, USER
from ui.activity import ActivityPage, ActivityTable, Cell
from ui.mainwindow import MainWindow
from ui.sidebar import NodeKind


def _choose(window: MainWindow, index: QModelIndex, text: str) -> None:
    menu = window.sidebar.actions_menu(index)
    assert isinstance(menu, QMenu)
    (action,) = [a for a in menu.actions() if a.text() == text]
    action.trigger()
    menu.deleteLater()


def _open(window: MainWindow, qtbot: QtBot, kind: NodeKind, key: str, text: str) -> ActivityPage:
    index = window.sidebar_model.find(USER, kind, key)
    assert index.isValid()
    with qtbot.wait_signal(window.navigated):
        _choose(window, index, text)
    page = window.activity
    assert window.middle.currentWidget() is page
    qtbot.waitUntil(lambda: page.activity is not None)
    return page


def test_a_groups_activity_is_the_read_layers(window: MainWindow, qtbot: QtBot) -> None:
    page = _open(window, qtbot, NodeKind.GROUP, GROUP, "Activity")
    activity = page.activity
    assert activity is not None
    expected = reads.group_activity(window.ctx.account(USER).replica, GROUP, activity.now)  # type: ignore[union-attr]
    assert activity == expected
    assert page.questions.rowCount() == len(expected.open_questions)
    assert page.members.rowCount() == len(expected.members)
    assert not page.tabs.isTabVisible(0)  # one group: no table of groups
    assert str(expected.open_count) in page.summary.text()
    assert page.chart.weeks == expected.weeks
    assert page.title.textFormat() == Qt.TextFormat.PlainText


def test_an_organisations_groups_sort_and_export(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    tree = window.sidebar_model._trees[USER]
    org = tree.organisations[0]
    page = _open(window, qtbot, NodeKind.ORGANISATION, org.id, "Activity of its groups")
    assert page.tabs.isTabVisible(0)
    assert page.groups.rowCount() == len(org.groups)
    page.group_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    posts = [
        page.groups.index(r, 1).data(Qt.ItemDataRole.DisplayRole) for r in range(len(org.groups))
    ]
    assert [int(p) for p in posts] == sorted((int(p) for p in posts), reverse=True)

    page.tabs.setCurrentIndex(0)
    path = tmp_path / "groups.csv"
    with qtbot.wait_signal(page.exported):
        page.export(path)
    with path.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["Group", "Posts"]
    assert [r[1] for r in rows[1:]] == posts


def test_every_part_is_reached_by_keyboard_and_named(window: MainWindow, qtbot: QtBot) -> None:
    page = _open(window, qtbot, NodeKind.GROUP, GROUP, "Activity")
    parts = [page.export_button, page.summary, page.chart, page.tabs, page.question_view]
    for widget in parts:
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    for widget in (page.export_button, page.chart, page.tabs, page.question_view):
        assert widget.accessibleName()
    assert page.chart.accessibleDescription()
    page.export_button.setFocus()
    reached = set()
    for _ in range(12):
        reached.add(page.focusWidget())
        page.focusNextChild()
    assert {page.summary, page.chart, page.tabs.tabBar(), page.question_view} <= reached


def test_activity_table_model(qtmodeltester: ModelTester) -> None:
    model = ActivityTable(("Name", "Posts"))
    model.set_rows([[Cell(n, n), Cell(str(p), p)] for n, p in (("b", 2), ("a", 5), ("c", None))])
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["a", "b", "c"]  # empty last
    model.sort(0)
    assert [model.index(r, 0).data() for r in range(3)] == ["a", "b", "c"]
    qtmodeltester.check(model)


def test_the_chart_paints_weeks(qtbot: QtBot) -> None:
    from datetime import datetime, timedelta

    from ui.activity import WeekChart

    chart = WeekChart()
    qtbot.addWidget(chart)
    start = datetime(2026, 1, 5)
    chart.set_weeks(
        tuple(WeekActivity(start + timedelta(weeks=i), i, 2 * i) for i in range(26)), "26 weeks"
    )
    chart.resize(400, 160)
    image = chart.grab().toImage()
    # The busiest week, last, is a full-height bar; the first, empty, leaves the background.
    assert image.pixelColor(385, 130) != image.pixelColor(18, 130)
