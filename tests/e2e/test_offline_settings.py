"""The engine follows the offline settings against a real Synapse: the storage cap trims
the media cache of files that are on the server and not kept offline, never the others;
history older than a group's retention horizon is neither fetched nor kept, and comes back
when the user asks to keep more."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from client import offline
from client.commands import NewDocument
from devkit.devserver import DevServer
from sync import engine as engine_module
from tests.homeserver import Client, ClientFactory, MakeUser, make_group

pytestmark = pytest.mark.e2e


def test_storage_cap_evicts_what_the_server_has_and_keeps_what_is_pinned_or_unsent(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    anke = make_user("anke")
    room = make_group(server, anke)
    a = client_factory(anke)
    a.sync()
    files = {}
    for name in ("plan.txt", "notulen.txt"):
        path = tmp_path / name
        path.write_bytes(name.encode() * 2000)
        created = a.commands.add_document(room, NewDocument(path)).created
        assert isinstance(created, str)
        files[name] = created
    a.commands.keep_offline(files["plan.txt"])
    a.sync()  # both uploaded: the server has them now
    media = a.home.media_cache(anke.user_id)
    with a.connected.replica.connect() as conn:
        shas = {
            row[0]: row[1] for row in conn.exec_driver_sql("SELECT id, sha256 FROM document").all()
        }
    assert all(media.has(sha) for sha in shas.values())
    # A third file written now is only here until the next upload: the cap must spare it.
    unsent = tmp_path / "concept.txt"
    unsent.write_bytes(b"concept " * 2000)
    draft = a.commands.add_document(room, NewDocument(unsent)).created
    assert isinstance(draft, str)

    engine = a.connected.engine
    engine.storage_cap_bytes = 0
    report = engine.enforce_storage_cap()
    assert report is not None and report.removed == 1
    assert media.has(shas[files["plan.txt"]])  # kept offline
    assert not media.has(shas[files["notulen.txt"]])  # the server has it: fetched on demand
    with a.connected.replica.connect() as conn:
        assert len(offline.kept_blobs(conn)) == 2  # plan (pinned) and the unsent draft
    # Evicted is not lost: opening it fetches it again from the server.
    assert engine.fetch_document(files["notulen.txt"]) == shas[files["notulen.txt"]]
    assert media.has(shas[files["notulen.txt"]])


def test_retention_prunes_old_history_and_more_history_comes_back_when_wanted(
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room = make_group(server, jan, anke)
    j = client_factory(jan)
    j.sync()
    for n in range(6):
        j.commands.post(room, f"Bericht {n}")
    j.sync()
    # A short timeline: Anke's first sync brings the newest two and a backfill token.
    monkeypatch.setitem(engine_module.SYNC_FILTER["room"]["timeline"], "limit", 2)
    a = client_factory(anke)
    a.sync()
    assert _bodies(a, room) == ["Bericht 4", "Bericht 5"]
    engine = a.connected.engine
    # Ten days later, keeping five: everything here is older than the horizon.
    later = datetime.now(UTC).replace(tzinfo=None) + timedelta(days=10)
    monkeypatch.setattr(engine, "_clock", lambda: later)
    engine.default_retention_days = 5
    engine.backfill_groups()
    assert _bodies(a, room) == ["Bericht 4", "Bericht 5"]  # nothing older comes in
    assert not engine.apply_retention().empty
    assert _bodies(a, room) == []
    assert engine.apply_retention().empty  # nothing more to remove
    engine.backfill_groups()
    assert _bodies(a, room) == []  # the horizon holds
    # Keeping everything for this group brings all of it back, newest first.
    offline.set_group_offline(a.connected.replica, room, offline.KEEP_EVERYTHING, False)
    engine.backfill_groups(max_pages=20)
    assert _bodies(a, room) == [f"Bericht {n}" for n in range(6)]
    assert engine.apply_retention().empty


def _bodies(client: Client, room: str) -> list[str]:
    return [m.body for m in client.messages(room) if m.thread_root_id is None]
