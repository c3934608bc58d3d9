"""Notification levels: push rules read into levels, levels set offline, desktop messages
filtered by them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select

from client import ingest, notifications, notifylevel
from client.commands import CommandError, LocalCommands
from client.models import OutboxEntry, OutboxKind, OutboxState
from client.store import Replica
from sync import pushrules
from sync.api import AccountDataEvent
from tests.conftest import GROUP, USER

OTHER = "@bernd:harderwijk.test"


def _mute(room: str) -> dict[str, Any]:
    return {
        "rule_id": room,
        "actions": [],
        "conditions": [{"kind": "event_match", "key": "room_id", "pattern": room}],
    }


def test_levels_follow_the_rules_element_writes() -> None:
    content = {
        "global": {
            "override": [
                {"rule_id": ".m.rule.master", "enabled": False, "actions": []},
                _mute("!muted:x"),
                {**_mute("!off:x"), "enabled": False},
                {**_mute("!other:x"), "conditions": [{"kind": "event_match", "key": "room_id"}]},
            ],
            "room": [
                {"rule_id": "!all:x", "actions": ["notify", {"set_tweak": "sound"}]},
                {"rule_id": "!quiet:x", "actions": []},
                {"rule_id": "!old:x", "actions": ["dont_notify"]},
            ],
        }
    }
    assert pushrules.levels(content) == {
        "!muted:x": "mute",
        "!all:x": "all",
        "!quiet:x": "mentions",
        "!old:x": "mentions",
    }


@pytest.mark.parametrize(
    "content",
    [
        {},
        {"global": []},
        {"global": {"room": "x", "override": {"a": 1}}},
        {"global": {"room": [1, None, {"rule_id": 5}, {"rule_id": "!r:x", "enabled": "yes"}]}},
        {"global": {"override": [{"rule_id": "!r:x", "conditions": "room_id"}]}},
    ],
)
def test_rules_of_the_wrong_shape_set_nothing(content: dict[str, Any]) -> None:
    assert pushrules.levels(content) == {}


def test_a_level_set_here_is_not_undone_by_rules_older_than_it(replica: Replica) -> None:
    cmds = LocalCommands(replica, USER)
    cmds.set_notify_level(GROUP, notifylevel.MENTIONS)
    cmds.set_notify_level(GROUP, notifylevel.MUTE)
    with replica.session() as session:
        entries = list(session.scalars(select(OutboxEntry)))
    assert [(e.kind, e.payload) for e in entries] == [(OutboxKind.NOTIFY, {"level": "mute"})]
    event = AccountDataEvent("m.push_rules", {"global": {"room": []}})
    with replica.begin() as tx:
        assert pushrules.apply(tx, (event,)).empty
    assert notifylevel.level_of(replica, GROUP) == notifylevel.MUTE
    with replica.begin() as tx:
        tx.exec_driver_sql("UPDATE outbox_entry SET state = ?", (OutboxState.SENT.value,))
        changes = pushrules.apply(tx, (event,))
    assert changes.groups == {GROUP}
    assert notifylevel.level_of(replica, GROUP) == notifylevel.ALL
    with pytest.raises(CommandError):
        cmds.set_notify_level(GROUP, "loud")


def _row(event_id: str, body: str, **kw: Any) -> ingest.MessageRow:
    return ingest.MessageRow(
        event_id=event_id,
        kind=kw.pop("kind", "post"),
        group_id=GROUP,
        author=kw.pop("author", OTHER),
        body=body,
        body_html=f"<p>{body}</p>",
        created_at=datetime(2030, 1, 1),
        **kw,
    )


@pytest.mark.parametrize(
    ("level", "kinds"),
    [("all", {"mention", "reply"}), ("mentions", {"mention"}), ("mute", set())],
)
def test_desktop_messages_follow_the_level(replica: Replica, level: str, kinds: set[str]) -> None:
    with replica.begin() as tx:
        ingest.ingest_messages(tx, [_row("$mine", "Mein Beitrag", author=USER)])
        new = ingest.ingest_messages(
            tx,
            [
                _row("$m", "@Anke bitte", mentions=(USER,)),
                _row("$r", "Antwort", kind="comment", thread_root_event_id="$mine"),
            ],
        ).messages
        tx.exec_driver_sql('UPDATE "group" SET notify_level = ?', (level,))
    assert {n.kind for n in notifications.to_show_on_desktop(replica, new)} == kinds
    assert len(notifications.unread_among(replica, new)) == 2  # the bell lists them all
