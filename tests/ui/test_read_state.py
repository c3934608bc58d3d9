"""Read state in the window: opening a group clears its badge and queues a read marker;
"Mark all as read" clears every badge and the bell."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from functools import partial
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from client.models import OutboxEntry, OutboxKind
from client.store import Replica
from sync import api
from sync.engine import SyncEngine
from sync.transport import HttpTransport
from tests.conftest import OTHER_GROUP, message_event
from tests.ui.conftest import GROUP, USER
from ui.mainwindow import MainWindow
from ui.sidebar import MENTION_ROLE, UNREAD_ROLE, NodeKind

OTHER = "@bernd:harderwijk.test"
_ids = itertools.count(1)


def message(body: str, *, mention: bool = False) -> dict[str, Any]:
    if mention:
        return message_event(OTHER, body, **{"m.mentions": {"user_ids": [USER]}})
    return message_event(OTHER, body)


def sync_response(rooms: dict[str, list[dict[str, Any]]]) -> api.SyncResponse:
    return api.parse_sync(
        {
            "next_batch": f"r{next(_ids)}",
            "rooms": {"join": {room: {"timeline": {"events": e}} for room, e in rooms.items()}},
        }
    )


@pytest.fixture
def engine(window: MainWindow, sample_replica: Replica) -> Iterator[SyncEngine]:
    """The real engine applying /sync answers (without server counts: counted here), handing
    what it applied to the window as the sync runner does."""
    transport = HttpTransport("http://127.0.0.1:9")  # never called: answers are given
    yield SyncEngine(sample_replica, transport, USER, on_changes=partial(window.sync_applied, USER))
    transport.close()


def _row(window: MainWindow, group_id: str) -> QModelIndex:
    index = window.sidebar_model.find(USER, NodeKind.GROUP, group_id)
    assert index.isValid()
    return index


def _badge(window: MainWindow, group_id: str) -> tuple[int, int]:
    index = _row(window, group_id)
    return int(index.data(UNREAD_ROLE)), int(index.data(MENTION_ROLE))


def _markers(replica: Replica) -> dict[str, object]:
    with replica.session() as session:
        return {
            e.group_id: e.payload.get("event_id")
            for e in session.scalars(select(OutboxEntry).where(OutboxEntry.kind == OutboxKind.READ))
        }


def test_opening_a_group_clears_its_badge_and_queues_a_read_marker(
    qtbot: QtBot, window: MainWindow, engine: SyncEngine, sample_replica: Replica
) -> None:
    assert window.sidebar.select(USER, NodeKind.GROUP, OTHER_GROUP)
    first = message("Guten Morgen")
    newest = message("Wer kommt mit, @Anke?", mention=True)
    engine.apply_sync(sync_response({GROUP: [first, newest]}))
    qtbot.waitUntil(lambda: _badge(window, GROUP) == (2, 1))
    bell = window.notification_model.unread
    assert bell >= 1

    assert window.sidebar.select(USER, NodeKind.GROUP, GROUP)
    qtbot.waitUntil(lambda: _badge(window, GROUP) == (0, 0))
    assert _markers(sample_replica)[GROUP] == newest["event_id"]
    # The bell keeps the mention until it is opened from there (docs/architecture.md).
    assert window.notification_model.unread == bell

    # What arrives in the group on show while the user looks at it is read at once.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    later = message("Noch etwas")
    engine.apply_sync(sync_response({GROUP: [later]}))
    qtbot.waitUntil(lambda: _markers(sample_replica)[GROUP] == later["event_id"])
    assert _badge(window, GROUP) == (0, 0)


def test_mark_all_as_read_clears_every_badge_and_the_bell(
    qtbot: QtBot, window: MainWindow, engine: SyncEngine, sample_replica: Replica
) -> None:
    window.sidebar.select(USER, NodeKind.PEOPLE)  # no group on show
    engine.apply_sync(
        sync_response(
            {
                GROUP: [message("Anke?", mention=True)],
                OTHER_GROUP: [message("Baustelle"), message("Sperrung")],
            }
        )
    )
    qtbot.waitUntil(lambda: _badge(window, OTHER_GROUP) == (2, 0))
    assert _badge(window, GROUP) == (1, 1) and window.notification_model.unread >= 1

    menu = window.sidebar.actions_menu(_row(window, GROUP))
    assert menu is not None
    actions = {a.text(): a for a in menu.actions()}
    assert actions["Mark as read"].isEnabled()
    actions["Mark all as read"].trigger()
    qtbot.waitUntil(lambda: _badge(window, GROUP) == _badge(window, OTHER_GROUP) == (0, 0))
    assert window.notification_model.unread == 0
    assert set(_markers(sample_replica)) >= {GROUP, OTHER_GROUP}
    menu = window.sidebar.actions_menu(_row(window, GROUP))
    assert menu is not None
    assert not next(a for a in menu.actions() if a.text() == "Mark as read").isEnabled()

    # The same from the account menu.
    engine.apply_sync(sync_response({OTHER_GROUP: [message("Noch eine Sperrung")]}))
    qtbot.waitUntil(lambda: _badge(window, OTHER_GROUP) == (1, 0))
    window.mark_all_read_action.trigger()
    qtbot.waitUntil(lambda: _badge(window, OTHER_GROUP) == (0, 0))
