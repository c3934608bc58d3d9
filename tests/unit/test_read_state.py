"""Read state: marking a group read here (counts cleared, one read marker queued per group),
and what /sync says about reads (the server's counts, the user's receipts and read marker
from other devices)."""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select

from client import ingest, notifications
from client.commands import LocalCommands
from client.models import Group, OutboxEntry, OutboxKind, OutboxState
from client.outbox import outbox_counts
from client.store import Replica
from sync import api, apply, engine
from tests.conftest import GROUP, OTHER_GROUP, USER, message_event, server_message

JAN = "@jan:harderwijk.test"
_ids = itertools.count(1)


@pytest.fixture
def cmds(replica: Replica) -> LocalCommands:
    return LocalCommands(replica, USER)


def _counts(replica: Replica, group_id: str = GROUP) -> tuple[int, int]:
    with replica.session() as session:
        group = session.get(Group, group_id)
        assert group is not None
        return group.unread_count, group.mention_count


def _set_counts(replica: Replica, group_id: str, unread: int, mentions: int) -> None:
    with replica.session() as session, session.begin():
        group = session.get(Group, group_id)
        assert group is not None
        group.unread_count, group.mention_count = unread, mentions


def _markers(replica: Replica) -> list[tuple[str, str, object, OutboxState]]:
    with replica.session() as session:
        return [
            (e.group_id, e.kind.value, e.payload.get("event_id"), e.state)
            for e in session.scalars(select(OutboxEntry).where(OutboxEntry.kind == OutboxKind.READ))
        ]


def _messages(replica: Replica, *event_ids: str, group_id: str = GROUP, **fields: Any) -> None:
    with replica.begin() as tx:
        ingest.ingest_messages(
            tx,
            [
                server_message(e, minute, group_id=group_id, **fields)
                for minute, e in enumerate(event_ids)
            ],
        )


# -- marking read here -----------------------------------------------------------------


def test_marking_a_group_read_clears_its_counts_and_queues_a_marker_on_its_newest_event(
    cmds: LocalCommands, replica: Replica
) -> None:
    _messages(replica, "$old", "$new")
    _set_counts(replica, GROUP, 2, 1)
    changes = cmds.mark_read(GROUP)
    assert changes.groups == {GROUP} and changes.outbox
    assert _counts(replica) == (0, 0)
    assert _markers(replica) == [(GROUP, "read", "$new", OutboxState.WAITING)]
    # Nothing unread: nothing to do, nothing announced (a view may call this freely).
    assert cmds.mark_read(GROUP).empty
    assert len(_markers(replica)) == 1


def test_only_the_newest_unsent_marker_of_a_group_is_kept(
    cmds: LocalCommands, replica: Replica
) -> None:
    _messages(replica, "$a")
    _set_counts(replica, GROUP, 1, 0)
    cmds.mark_read(GROUP)
    _messages(replica, "$a", "$b")
    _set_counts(replica, GROUP, 1, 0)
    cmds.mark_read(GROUP)
    assert _markers(replica) == [(GROUP, "read", "$b", OutboxState.WAITING)]
    # One already on its way may have reached the server: it stays, the newer one follows.
    with replica.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox_entry SET state = 'sending'")
    _messages(replica, "$a", "$b", "$c")
    _set_counts(replica, GROUP, 1, 0)
    cmds.mark_read(GROUP)
    assert _markers(replica) == [
        (GROUP, "read", "$b", OutboxState.SENDING),
        (GROUP, "read", "$c", OutboxState.WAITING),
    ]
    # Read markers are not something the user wrote: the outbox counts leave them out.
    with replica.session() as session:
        assert sum(outbox_counts(session).values()) == 0


def test_a_group_without_events_from_the_server_is_read_locally_only(
    cmds: LocalCommands, replica: Replica
) -> None:
    cmds.post(GROUP, "Noch nicht gesendet")
    _set_counts(replica, GROUP, 1, 0)
    changes = cmds.mark_read(GROUP)
    assert changes.groups == {GROUP} and not changes.outbox
    assert _counts(replica) == (0, 0) and _markers(replica) == []


def test_mark_all_read_clears_every_group_and_the_bell(
    cmds: LocalCommands, replica: Replica
) -> None:
    _messages(replica, "$g1", mentions=(USER,))
    _messages(replica, "$g2", group_id=OTHER_GROUP)
    _set_counts(replica, GROUP, 1, 1)
    _set_counts(replica, OTHER_GROUP, 4, 0)
    assert notifications.unread_count(replica) == 1
    changes = cmds.mark_all_read()
    assert changes.groups == {GROUP, OTHER_GROUP} and changes.outbox and changes.messages
    assert _counts(replica, GROUP) == _counts(replica, OTHER_GROUP) == (0, 0)
    assert sorted(_markers(replica)) == sorted(
        [
            (GROUP, "read", "$g1", OutboxState.WAITING),
            (OTHER_GROUP, "read", "$g2", OutboxState.WAITING),
        ]
    )
    assert notifications.unread_count(replica) == 0
    assert cmds.mark_all_read().empty


# -- what /sync says -------------------------------------------------------------------


def message(sender: str = JAN, body: str = "Hallo", **content: object) -> dict[str, Any]:
    return message_event(sender, body, **content)


def receipt(event_id: str, user: str = USER, kind: str = "m.read.private", **data: Any) -> Any:
    return {"type": "m.receipt", "content": {event_id: {kind: {user: {"ts": 1, **data}}}}}


def sync(
    replica: Replica,
    *events: dict[str, Any],
    counts: tuple[int, int] | None = None,
    ephemeral: tuple[Any, ...] = (),
    fully_read: str | None = None,
    initial: bool = False,
) -> None:
    room: dict[str, Any] = {
        "timeline": {"events": list(events)},
        "ephemeral": {"events": list(ephemeral)},
    }
    if counts is not None:
        room["unread_notifications"] = {
            "notification_count": counts[0],
            "highlight_count": counts[1],
        }
    if fully_read is not None:
        room["account_data"] = {
            "events": [{"type": "m.fully_read", "content": {"event_id": fully_read}}]
        }
    response = api.parse_sync({"next_batch": f"s{next(_ids)}", "rooms": {"join": {GROUP: room}}})
    apply.apply_sync(replica, response, user_id=USER, clock=datetime.now, initial=initial)


def test_the_servers_counts_are_taken_where_it_sends_them(replica: Replica) -> None:
    # Even in the first sync, whose messages are history that is not counted here.
    sync(replica, message(), counts=(7, 2), initial=True)
    assert _counts(replica) == (7, 2)
    sync(replica, message(), counts=(8, 2))
    assert _counts(replica) == (8, 2)
    sync(replica, counts=(0, 0))  # read on another device
    assert _counts(replica) == (0, 0)


def test_while_a_marker_waits_the_servers_older_counts_do_not_bring_the_badge_back(
    cmds: LocalCommands, replica: Replica
) -> None:
    first = message()
    sync(replica, first, counts=(1, 0))
    cmds.mark_read(GROUP)
    sync(replica, message(), counts=(2, 0))  # the server has not seen the marker yet
    assert _counts(replica) == (1, 0)  # only the message since, counted here
    with replica.begin() as conn:
        conn.exec_driver_sql("DELETE FROM outbox_entry")  # sent
    sync(replica, counts=(1, 0))
    assert _counts(replica) == (1, 0)


def test_without_server_counts_messages_are_counted_here(replica: Replica) -> None:
    sync(replica, message(), initial=True)
    assert _counts(replica) == (0, 0)  # history
    mention: dict[str, object] = {"m.mentions": {"user_ids": [USER]}}
    sync(replica, message(), message(JAN, "@Anke", **mention))
    assert _counts(replica) == (2, 1)
    sync(replica, message(sender=USER))  # one's own
    assert _counts(replica) == (2, 1)


@pytest.mark.parametrize(
    ("how", "cleared"),
    [
        ("private receipt on the newest", True),
        ("public receipt on the newest", True),
        ("receipt on the main timeline", True),
        ("read marker on the newest", True),
        ("receipt in the same sync as the message", True),
        ("receipt on an older message", False),
        ("receipt of someone else", False),
        ("receipt in one thread only", False),
    ],
)
def test_reads_on_another_device_clear_the_counts(
    replica: Replica, how: str, cleared: bool
) -> None:
    older, newest = message(), message()
    sync(replica, older, initial=True)
    sync(replica, newest)
    assert _counts(replica) == (1, 0)
    match how:
        case "private receipt on the newest":
            sync(replica, ephemeral=(receipt(newest["event_id"]),))
        case "public receipt on the newest":
            sync(replica, ephemeral=(receipt(newest["event_id"], kind="m.read"),))
        case "receipt on the main timeline":
            sync(replica, ephemeral=(receipt(newest["event_id"], thread_id="main"),))
        case "read marker on the newest":
            sync(replica, fully_read=newest["event_id"])
        case "receipt in the same sync as the message":
            late = message()
            reaction = {
                **message(sender=USER),
                "type": "m.reaction",
                "content": {
                    "m.relates_to": {
                        "rel_type": "m.annotation",
                        "event_id": late["event_id"],
                        "key": "👍",
                    }
                },
            }
            sync(replica, late, reaction, ephemeral=(receipt(reaction["event_id"]),))
        case "receipt on an older message":
            sync(replica, ephemeral=(receipt(older["event_id"]),))
        case "receipt of someone else":
            sync(replica, ephemeral=(receipt(newest["event_id"], user=JAN, kind="m.read"),))
        case "receipt in one thread only":
            sync(replica, ephemeral=(receipt(newest["event_id"], thread_id=older["event_id"]),))
    assert (_counts(replica) == (0, 0)) is cleared


def test_the_sync_filter_lets_receipts_and_the_read_marker_through() -> None:
    room = engine.SYNC_FILTER["room"]
    assert room["ephemeral"] == {"types": ["m.receipt"]}
    assert room["account_data"] == {"types": ["m.fully_read"]}
