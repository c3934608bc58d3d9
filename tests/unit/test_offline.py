"""Per-group offline choices and the files the media cache must keep whatever its cap."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from client import ingest, offline, search
from client.commands import LocalCommands, NewDocument
from client.mediacache import MediaCache
from client.models import OutboxState
from client.store import Replica
from tests.conftest import GROUP, OTHER_GROUP, TEST_KEY, USER

NOW = datetime(2026, 6, 1, 12, 0)


def test_horizon_follows_the_group_then_the_default() -> None:
    assert offline.horizon(None, 90, NOW) == datetime(2026, 3, 3, 12, 0)
    assert offline.horizon(7, 90, NOW) == datetime(2026, 5, 25, 12, 0)
    assert offline.horizon(offline.KEEP_EVERYTHING, 90, NOW) is None
    assert offline.horizon(None, None, NOW) is None
    assert offline.effective_days(None, offline.KEEP_EVERYTHING) is None


def test_group_settings_round_trip(replica: Replica) -> None:
    changes = offline.set_group_offline(replica, GROUP, offline.KEEP_EVERYTHING, True)
    assert changes.groups == {GROUP}
    offline.set_group_offline(replica, OTHER_GROUP, 30, False)
    by_id = {g.group_id: g for g in offline.group_settings(replica)}
    assert by_id[GROUP].retention_days == 0 and by_id[GROUP].keep_documents
    assert by_id[OTHER_GROUP].retention_days == 30 and not by_id[OTHER_GROUP].keep_documents
    assert by_id[GROUP].organisation == "Harderwijk"
    assert [g.name for g in offline.group_settings(replica)] == ["Bouwen", "Jeugd & Gezin"]
    with pytest.raises(ValueError):
        offline.set_group_offline(replica, GROUP, -1, False)


def test_kept_blobs_are_pinned_unsent_and_not_uploaded(replica: Replica, tmp_path: Path) -> None:
    media = MediaCache(tmp_path / "media", TEST_KEY)
    cmds = LocalCommands(replica, USER, media)
    source = tmp_path / "plan.txt"
    source.write_text("Plan A")
    doc_id = cmds.add_document(GROUP, NewDocument(source)).created
    assert isinstance(doc_id, str)
    with replica.connect() as conn:
        [sha] = offline.kept_blobs(conn)
    # Uploaded and sent: nothing keeps it any more, unless pinned.
    with replica.begin() as conn:
        conn.exec_driver_sql("UPDATE document SET mxc_url = 'mxc://x/y' WHERE id = ?", (doc_id,))
        conn.exec_driver_sql("UPDATE outbox_entry SET state = ?", (OutboxState.SENT.value,))
    with replica.connect() as conn:
        assert offline.kept_blobs(conn) == set()
    cmds.keep_offline(doc_id)
    with replica.connect() as conn:
        assert offline.kept_blobs(conn) == {sha}
    cmds.keep_offline(doc_id, keep=False)
    offline.set_group_offline(replica, GROUP, None, True)
    with replica.connect() as conn:
        assert offline.kept_blobs(conn) == {sha}


def _server_message(
    event_id: str, created: datetime, root: str | None = None, group: str = GROUP
) -> ingest.MessageRow:
    return ingest.MessageRow(
        event_id=event_id,
        kind="comment" if root else "post",
        group_id=group,
        author="@bert:ermelo.test",
        body=f"Tekst {event_id}",
        body_html=f"<p>Tekst {event_id}</p>",
        created_at=created,
        thread_root_event_id=root,
    )


def _event_ids(replica: Replica) -> set[str]:
    with replica.connect() as conn:
        return {
            str(r[0])
            for r in conn.exec_driver_sql("SELECT event_id FROM message WHERE event_id IS NOT NULL")
        }


def test_prune_removes_whole_old_threads_and_keeps_live_or_unsent_ones(
    replica: Replica, tmp_path: Path
) -> None:
    old, recent = datetime(2026, 1, 5), datetime(2026, 5, 30)
    with replica.begin() as conn:
        ingest.ingest_messages(
            conn,
            [
                _server_message("$old", old),
                _server_message("$old-reply", old, "$old"),
                _server_message("$revived", old),
                _server_message("$fresh-reply", recent, "$revived"),
                _server_message("$commented-here", old),
                _server_message("$liked-here", old),
                _server_message("$new", recent),
                _server_message("$other-group", old, group=OTHER_GROUP),
            ],
        )
    cmds = LocalCommands(replica, USER, MediaCache(tmp_path / "media", TEST_KEY))
    with replica.connect() as conn:
        target = conn.exec_driver_sql(
            "SELECT id FROM message WHERE event_id = '$commented-here'"
        ).scalar_one()
    cmds.comment(target, "Offline geschreven, nog niet verstuurd")
    with replica.connect() as conn:
        liked = conn.exec_driver_sql(
            "SELECT id FROM message WHERE event_id = '$liked-here'"
        ).scalar_one()
    cmds.like(liked)  # an unsent like keeps its post: the outbox entry must survive
    before = datetime(2026, 3, 1)
    with replica.connect() as conn:
        assert offline.has_history_before(conn, GROUP, before)
    with replica.begin() as conn:
        changes = offline.prune_history(conn, GROUP, before)
    assert changes.groups == {GROUP} and len(changes.messages) == 2
    assert _event_ids(replica) == {
        "$revived",
        "$fresh-reply",
        "$commented-here",
        "$liked-here",
        "$new",
        "$other-group",
    }
    with replica.connect() as conn:
        found = {h.id for h in search.search(conn, "Tekst").hits}
        assert len(found) == 6
        # Nothing more to remove: a second round changes nothing.
        assert offline.prune_history(conn, GROUP, before).empty
