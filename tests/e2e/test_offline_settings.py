"""The engine follows the offline settings against a real Synapse: the storage cap trims
the media cache of files that are on the server and not kept offline, never the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from client import offline
from client.commands import NewDocument
from sync.devserver import DevServer
from tests.homeserver import ClientFactory, MakeUser, make_group

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
