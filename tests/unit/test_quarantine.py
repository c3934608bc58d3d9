"""The quarantine of events sync could not apply (client.quarantine), the clamping of
timestamps and the mapping that never raises (sync.mapping), on real replicas."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from client import quarantine, syncstate
from client.store import Replica
from sync import api, mapping
from tests.conftest import GROUP, OTHER_GROUP

NOW = datetime(2026, 3, 1, 12, 0)


def _event(event_id: str, event_type: str = "m.room.message", **fields: Any) -> api.Event:
    data: dict[str, Any] = {
        "event_id": event_id,
        "type": event_type,
        "sender": "@jan:harderwijk.test",
        "origin_server_ts": 1_780_000_000_000,
        "content": {"msgtype": "m.text", "body": "Hallo"},
        **fields,
    }
    event = api.parse_event(data, GROUP)
    assert event is not None
    return event


def test_an_event_is_quarantined_once_with_its_reason_and_json(replica: Replica) -> None:
    sent = {"event_id": "$e1", "type": "m.room.message", "content": {"body": 5}}
    with replica.begin() as tx:
        quarantine.add(tx, GROUP, "$e1", "m.room.message", "body is not text", sent, NOW)
        quarantine.add(tx, GROUP, "$e1", "m.room.message", "body is not text", sent, NOW)
        quarantine.add(tx, OTHER_GROUP, "$e2", "m.reaction", "kept", {}, NOW, applied=True)
    assert quarantine.count(replica) == 2
    first, second = quarantine.entries(replica)
    assert (first.room_id, first.event_id, first.event_type) == (GROUP, "$e1", "m.room.message")
    assert first.reason == "body is not text" and first.quarantined_at == NOW
    assert first.event() == sent and not first.applied and not first.truncated
    assert second.applied
    assert [e.event_id for e in quarantine.entries(replica, OTHER_GROUP)] == ["$e2"]
    with replica.connect() as conn:
        assert quarantine.counts_by_room(conn) == {GROUP: 1, OTHER_GROUP: 1}


def test_a_large_event_is_cut_at_the_cap_and_marked(replica: Replica) -> None:
    sent = {"event_id": "$big", "content": {"body": "ä" * quarantine.RAW_CAP}}
    with replica.begin() as tx:
        quarantine.add(tx, GROUP, "$big", "m.room.message", "too big", sent, NOW)
    [entry] = quarantine.entries(replica)
    assert entry.truncated and entry.event() is None
    assert len(entry.event_json.encode()) == quarantine.RAW_CAP
    assert entry.event_json.startswith('{"event_id":"$big"')


def test_junk_without_an_id_and_text_sqlite_refuses_are_kept(replica: Replica) -> None:
    with replica.begin() as tx:
        for junk in ([1, 2], "\ud800", [1, 2]):
            quarantine.add(tx, GROUP, "", "", "not an object", junk, NOW)
        quarantine.add(tx, GROUP, "$s\udfff", "x\ud800", "reason \ud800", {"b": "\ud800"}, NOW)
    entries = quarantine.entries(replica)
    assert len(entries) == 3  # the same junk twice is one row
    assert all(e.event_id for e in entries)
    assert entries[2].event() == {"b": "\ud800"}


def test_release_and_forgetting_a_room(replica: Replica) -> None:
    with replica.begin() as tx:
        for event_id in ("$a", "$b"):
            quarantine.add(tx, GROUP, event_id, "m.reaction", "r", {}, NOW)
        quarantine.add(tx, OTHER_GROUP, "$c", "m.reaction", "r", {}, NOW)
        assert quarantine.quarantined_ids(tx, GROUP, ["$a", "$c", "$x"]) == {"$a"}
        quarantine.release(tx, GROUP, ["$a"])
        quarantine.release(tx, GROUP, [])
        quarantine.forget_room(tx, OTHER_GROUP)
    assert [e.event_id for e in quarantine.entries(replica)] == ["$b"]


def test_a_savepoint_undoes_only_what_failed_in_it(replica: Replica) -> None:
    with replica.begin() as tx:
        quarantine.add(tx, GROUP, "$kept", "t", "r", {}, NOW)
        with pytest.raises(ValueError), quarantine.savepoint(tx):
            quarantine.add(tx, GROUP, "$undone", "t", "r", {}, NOW)
            raise ValueError("an event's fault")
    assert [e.event_id for e in quarantine.entries(replica)] == ["$kept"]


def test_what_is_an_events_fault_and_what_the_machines() -> None:
    disk_full = OperationalError("INSERT", (), Exception("database or disk is full"))
    assert not quarantine.is_event_fault(disk_full)
    assert not quarantine.is_event_fault(MemoryError())
    assert not quarantine.is_event_fault(OSError(28, "No space left on device"))
    assert not quarantine.is_event_fault(KeyboardInterrupt())
    for fault in (
        ValueError(),
        TypeError(),
        OverflowError(),
        UnicodeEncodeError("utf-8", "", 0, 1, "x"),
    ):
        assert quarantine.is_event_fault(fault)
    not_null = IntegrityError("INSERT x", ("secret",), Exception("NOT NULL failed"))
    assert quarantine.is_event_fault(not_null)
    assert quarantine.reason_of(not_null) == "IntegrityError: NOT NULL failed"
    damaged = DatabaseError("SELECT", (), Exception("database disk image is malformed"))
    assert not quarantine.is_event_fault(damaged)


def test_held_events_of_a_complete_history_go_to_the_quarantine(replica: Replica) -> None:
    like = {"event_id": "$like", "type": "m.reaction", "content": {}}
    with replica.begin() as tx:
        syncstate.hold(tx, GROUP, [syncstate.Held("$like", "$gone", json.dumps(like))], NOW)
        syncstate.hold(tx, GROUP, [syncstate.Held("$edit", "$redacted", "{}")], NOW)
        assert syncstate.drop_held(tx, GROUP, ["$redacted"]) == 1
        assert syncstate.quarantine_held(tx, GROUP, "never came", NOW) == 1
        assert syncstate.held(tx, GROUP) == []
    [entry] = quarantine.entries(replica)
    assert (entry.event_id, entry.event_type, entry.reason) == ("$like", "m.reaction", "never came")
    assert entry.event() == like


# -- timestamps ----------------------------------------------------------------------------


END = datetime(2099, 12, 31, 23, 59, 59, 999_000)


@pytest.mark.parametrize(
    ("ms", "expected", "in_range"),
    [
        (0, datetime(1970, 1, 1), True),
        (1_780_000_000_123, datetime(2026, 5, 28, 20, 26, 40, 123_000), True),
        (mapping.LATEST_MS, END, True),
        (299_999_999_999_999, END, False),  # the year 11476
        (2**80, END, False),
        (-5, datetime(1970, 1, 1), False),
    ],
)
def test_timestamps_are_clamped_to_the_range_the_replica_keeps(
    ms: int, expected: datetime, in_range: bool
) -> None:
    assert mapping.timestamp(ms) == expected
    assert mapping.in_range(ms) is in_range


# -- mapping ---------------------------------------------------------------------------------


def test_mapping_never_raises_and_says_what_it_could_not_use() -> None:
    events = [
        _event("$good"),
        _event("$no-body", content={"msgtype": "m.text", "body": 5}),
        _event("$place", content={"msgtype": "m.location", "body": "here"}),
        _event("$future", origin_server_ts=299_999_999_999_999),
        _event("$gone", content={}, unsigned={"redacted_because": {"type": "m.room.redaction"}}),
        _event("$like", "m.reaction", content={"m.relates_to": ["nonsense"]}),
        _event("$doc", mapping.DOCUMENT_STATE, state_key="d", content={"sha256": "zz"}),
        _event("$member", "m.room.member", state_key="@x:y", content={"membership": 3}),
        _event("$levels", "m.room.power_levels", state_key="", content={"users": 7}),
    ]
    batch = mapping.map_room(GROUP, [], events)
    assert [m.event_id for m in batch.messages] == ["$good", "$future"]
    assert batch.messages[1].created_at == mapping.timestamp(mapping.LATEST_MS)
    assert [e.event_id for e in batch.clamped] == ["$future"]
    assert batch.redacted == ["$gone"] and batch.skipped == 1
    assert {q.event.event_id: q.reason.split(":")[0] for q in batch.quarantined} == {
        "$no-body": "UnusableEventError",
        "$like": "UnusableEventError",
        "$doc": "UnusableEventError",
        "$member": "UnusableEventError",
    }
    assert batch.power_levels == mapping.PowerLevels()
    assert [e.event_id for e in batch.events] == [e.event_id for e in events]


def test_power_levels_say_who_may_redact_others() -> None:
    content = {"users": {"@mod:x": "75", "@owner:x": 100}, "users_default": 10, "redact": "60"}
    levels = mapping.PowerLevels.from_json(
        mapping.map_room(
            GROUP, [_event("$p", "m.room.power_levels", state_key="", content=content)], []
        ).power_levels.to_json()  # type: ignore[union-attr]
    )
    assert levels is not None
    assert levels.may_redact_others("@mod:x") and levels.may_redact_others("@owner:x")
    assert not levels.may_redact_others("@someone:x")
    assert mapping.PowerLevels.from_json(None) is None
    assert mapping.PowerLevels.from_json("nonsense") is None


def test_a_message_brings_the_edit_the_server_bundles_with_it() -> None:
    edit = {
        "event_id": "$edit",
        "type": "m.room.message",
        "sender": "@jan:harderwijk.test",
        "origin_server_ts": 1_780_000_100_000,
        "content": mapping.edit_content("$post", {"msgtype": "m.text", "body": "Neu"}),
    }
    post = _event("$post", unsigned={"m.relations": {"m.replace": edit}})
    batch = mapping.map_room(GROUP, [], [post])
    [row] = batch.edits
    assert (row.event_id, row.target_event_id, row.body) == ("$edit", "$post", "Neu")
    assert batch.relations["$edit"].raw == edit


def test_the_parser_hands_back_what_it_rejected() -> None:
    rejected: list[api.Rejected] = []
    items = [{"event_id": "$x", "type": "t", "sender": "@a:b", "origin_server_ts": "gestern"}, 7]
    assert api.parse_events(items, GROUP, rejected) == ()
    assert [r.reason for r in rejected] == ["bad origin_server_ts", "not an object"]
    assert rejected[1].data == 7
