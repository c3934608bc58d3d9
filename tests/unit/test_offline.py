"""Per-group offline choices and the files the media cache must keep whatever its cap."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from client import offline
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
