"""The client side of sync: what the engine remembers (client.syncstate), the outbox as
it works through it (client.outbox), rooms as it applies them (client.rooms) and the
lookups of the command line (client.lookup), each against a real replica."""

from __future__ import annotations

from datetime import datetime, timedelta

from client import ingest, lookup, outbox, rooms, syncstate
from client.changes import Changes
from client.commands import LocalCommands
from client.outbox import OutboxState
from client.store import Replica
from tests.conftest import GROUP, ORG, OTHER_GROUP, USER

NOW = datetime(2026, 3, 1, 12, 0)


def _comment(event_id: str, root: str) -> ingest.MessageRow:
    return ingest.MessageRow(
        event_id=event_id,
        kind="comment",
        group_id=GROUP,
        author=USER,
        body="Ich komme mit",
        body_html="<p>Ich komme mit</p>",
        created_at=NOW,
        thread_root_event_id=root,
        mentions=("@jan:harderwijk.test",),
    )


def test_since_token_and_status_are_recorded(replica: Replica) -> None:
    assert syncstate.since(replica) is None
    assert syncstate.recorded(replica).online is None
    with replica.begin() as tx:
        syncstate.record_sync(tx, "s42", NOW)
    assert syncstate.since(replica) == "s42"
    recorded = syncstate.recorded(replica)
    assert (recorded.last_sync, recorded.online) == (NOW, True)
    syncstate.record_offline(replica)
    assert syncstate.recorded(replica).online is False
    assert syncstate.since(replica) == "s42"


def test_a_filter_id_is_kept_for_its_definition_only(replica: Replica) -> None:
    assert syncstate.filter_id(replica, '{"a": 1}') is None
    syncstate.store_filter_id(replica, "7", '{"a": 1}')
    assert syncstate.filter_id(replica, '{"a": 1}') == "7"
    assert syncstate.filter_id(replica, '{"a": 2}') is None


def test_held_events_wait_for_their_target_and_go_once_it_is_stored(replica: Replica) -> None:
    waiting = _comment("$c1", "$post")
    held = syncstate.Held("$c1", "$post", '{"event_id": "$c1"}')
    with replica.begin() as tx:
        ingest.ingest_messages(tx, [waiting])  # skipped: its post is not there
        syncstate.hold(tx, GROUP, [held], NOW)
    with replica.begin() as tx:
        assert syncstate.release_held(tx, GROUP) == []
        assert syncstate.held(tx, GROUP) == [held]
        post = ingest.MessageRow("$post", "post", GROUP, USER, "Bericht", "<p>Bericht</p>", NOW)
        ingest.ingest_messages(tx, [post])
        assert syncstate.release_held(tx, GROUP) == [held]
        assert syncstate.held(tx, GROUP) == []


def test_backfill_positions_and_horizons(replica: Replica) -> None:
    assert syncstate.backfill_positions(replica, None) == []
    horizon = NOW - timedelta(days=5)
    with replica.begin() as tx:
        syncstate.keep_backfill_token(tx, GROUP, "t10")
        syncstate.keep_backfill_token(tx, GROUP, "t99")  # a start it has already wins
        syncstate.save_backfill(tx, OTHER_GROUP, "t5", horizon)
    assert syncstate.backfill_positions(replica, None) == [
        syncstate.BackfillPosition(OTHER_GROUP, "t5", None, horizon),
        syncstate.BackfillPosition(GROUP, "t10", None, None),
    ]
    with replica.begin() as tx:
        syncstate.history_removed(tx, OTHER_GROUP, horizon - timedelta(days=1))  # older: kept
        syncstate.save_backfill(tx, GROUP, None, None)  # complete
    assert syncstate.backfill_positions(replica, None) == [
        syncstate.BackfillPosition(OTHER_GROUP, syncstate.FROM_NEWEST, None, horizon)
    ]


def test_an_entry_claimed_is_sending_and_a_changed_one_is_not_claimed(replica: Replica) -> None:
    commands = LocalCommands(replica, USER)
    first = commands.post(GROUP, "Eins").created
    commands.post(GROUP, "Zwei")
    assert outbox.groups_to_send(replica) == [GROUP]
    one, two = outbox.next_entries(replica, GROUP, 10)
    assert (one.message_id, one.state) == (first, OutboxState.WAITING)
    assert outbox.claim(replica, one, None) == (True, Changes())
    assert outbox.claim(replica, one, None)[0] is False  # read as waiting, sending now
    claimed, changes = outbox.claim(replica, two, (one, "$eins"))
    assert claimed and changes.messages == {first}
    assert outbox.message_event_id(replica, one.message_id) == (True, "$eins")
    [left] = outbox.next_entries(replica, GROUP, 10)
    assert left.state is OutboxState.SENDING
    outbox.retry_later(replica, left, "reset", NOW, outcome_unknown=False)
    [waiting] = outbox.next_entries(replica, GROUP, 10)
    assert (waiting.state, waiting.attempts, waiting.next_attempt_at) == (
        OutboxState.WAITING,
        1,
        NOW,
    )
    outbox.fail(replica, waiting, "M_FORBIDDEN: no")
    assert outbox.groups_to_send(replica) == []
    assert outbox.message_event_id(replica, 12345) == (False, None)


def test_rooms_and_lookups(replica: Replica) -> None:
    with replica.begin() as tx:
        assert rooms.organisation_ids(tx) == {ORG}
        rooms.set_directory(tx, ORG, "!people:harderwijk.test")
        assert rooms.directory_rooms(tx) == {"!people:harderwijk.test": ORG}
        rooms.update_group(tx, OTHER_GROUP, "Bouwen", "", "group")
    assert lookup.group_ids(replica) == {GROUP, OTHER_GROUP}
    assert lookup.groups_called(replica, "Bouwen") == [OTHER_GROUP]
    assert lookup.groups_called(replica, GROUP) == [GROUP]
    assert lookup.groups_called(replica, "Nirgends") == []
    orgs, taken = lookup.organisations_and_rooms(replica)
    assert orgs == [(ORG, "Harderwijk")]
    assert taken == {GROUP, OTHER_GROUP, "!people:harderwijk.test"}
    created = LocalCommands(replica, USER).post(GROUP, "Hallo").created
    assert lookup.message_id(replica, str(created)) == created
    assert lookup.message_id(replica, "$unbekannt") is None
    assert lookup.message_id(replica, "Hallo") is None
    with replica.begin() as tx:
        changes = rooms.forget_room(tx, GROUP)
    assert changes.groups == {GROUP} and changes.messages == {created}
    assert lookup.group_ids(replica) == {OTHER_GROUP}


def test_an_entry_failing_for_more_than_a_day_is_stuck_and_still_retried(
    replica: Replica,
) -> None:
    commands = LocalCommands(replica, USER)
    commands.post(GROUP, "Funkloch")
    [entry] = outbox.next_entries(replica, GROUP, 10)
    assert entry.failing_since is None
    outbox.retry_later(replica, entry, "connect", NOW, outcome_unknown=False, failed_at=NOW)
    [entry] = outbox.next_entries(replica, GROUP, 10)
    later = NOW + timedelta(hours=20)
    outbox.retry_later(replica, entry, "timeout", later, outcome_unknown=True, failed_at=later)
    [entry] = outbox.next_entries(replica, GROUP, 10)
    assert entry.failing_since == NOW  # since the first failure, not the last
    assert syncstate.recorded(replica, NOW + timedelta(hours=23)).outbox["stuck"] == 0
    day_after = NOW + timedelta(hours=25)
    assert syncstate.recorded(replica, day_after).outbox["stuck"] == 1
    with replica.session() as session:
        assert outbox.stuck(session, day_after) == outbox.Stuck(1, NOW)
    assert outbox.stuck_since(entry.failing_since, day_after) == NOW
    assert outbox.stuck_since(entry.failing_since, NOW + timedelta(hours=23)) is None
    # Failed for good, it is no longer stuck but failed; the user's retry starts afresh.
    outbox.fail(replica, entry, "M_FORBIDDEN: no")
    assert syncstate.recorded(replica, day_after).outbox["stuck"] == 0
    from client.commands import retry_entry

    retry_entry(replica, entry.id)
    [entry] = outbox.next_entries(replica, GROUP, 10)
    assert entry.state is OutboxState.WAITING and entry.failing_since is None


def test_the_event_ids_a_replica_holds_by_group_and_what_it_holds_back(replica: Replica) -> None:
    unsent = LocalCommands(replica, USER).post(GROUP, "Noch nicht gesendet").created
    post = ingest.MessageRow("$post", "post", GROUP, USER, "Bericht", "<p>Bericht</p>", NOW)
    with replica.begin() as tx:
        ingest.ingest_messages(tx, [post, _comment("$c1", "$post")])
        syncstate.hold(tx, GROUP, [syncstate.Held("$c2", "$old", "{}")], NOW)
    assert lookup.message_event_ids(replica) == {GROUP: {"$post", "$c1"}}
    assert lookup.held_event_ids(replica) == ["$c2"]
    found = lookup.message_id(replica, "$c1")
    assert isinstance(unsent, int) and found is not None
    # Only what the server has: the unsent post has no event id yet.
    assert lookup.message_events(replica, [unsent, found]) == [("$c1", GROUP, "Ich komme mit")]
