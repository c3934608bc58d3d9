"""Limits against a real Synapse whose uploads are capped small: a document larger than the
server's ``m.upload.size`` fails its outbox entry for good before a byte is uploaded, the
limit is asked for once per session, and the sync loop learns it for the window."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from client import syncstate
from client.commands import NewDocument
from client.models import OutboxEntry, OutboxState
from devkit.devserver import DevServer, ensure_synapse_venv
from sync.engine import SyncEngine
from tests.homeserver import ClientFactory, MakeUser, make_group, transport_for
from tests.sync.faults import FaultyTransport

pytestmark = pytest.mark.e2e

UPLOAD_LIMIT = 64 * 1024


@pytest.fixture(scope="module")
def small_uploads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevServer]:
    """A Synapse of its own: the shared one takes uploads of 100 MB."""
    ensure_synapse_venv()
    synapse = DevServer(
        tmp_path_factory.mktemp("synapse-small-uploads"),
        overrides={"max_upload_size": f"{UPLOAD_LIMIT // 1024}K"},
    )
    synapse.start()
    try:
        yield synapse
    finally:
        synapse.stop()


@pytest.fixture
def server(small_uploads: DevServer) -> DevServer:
    return small_uploads


def test_a_document_larger_than_the_server_takes_fails_before_it_is_uploaded(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    anke = make_user("anke")
    first, second = make_group(server, anke), make_group(server, anke)
    client = client_factory(anke)
    counting = FaultyTransport()
    client.connected.transport.close()
    transport = transport_for(client, server.base_url, counting)
    engine = SyncEngine(
        client.connected.replica,
        transport,
        anke.user_id,
        media=client.home.media_cache(anke.user_id),
    )
    engine.sync_once()
    big = tmp_path / "Bauplan.pdf"
    big.write_bytes(os.urandom(UPLOAD_LIMIT + 1))
    small = tmp_path / "Notiz.txt"
    small.write_bytes(b"Treffen am Dienstag\n")
    client.commands.add_document(first, NewDocument(big))
    client.commands.add_document(second, NewDocument(small))

    report = engine.flush()
    assert (report.sent, report.failed) == (1, 1)
    with client.connected.replica.session() as session:
        (failed,) = session.scalars(select(OutboxEntry)).all()
    assert failed.state is OutboxState.FAILED and failed.group_id == first
    assert failed.last_error is not None and failed.last_error.startswith("M_TOO_LARGE: ")
    assert "at most 64.0 KiB" in failed.last_error
    assert counting.count("POST", r"/media/v3/upload") == 1  # the small one only
    # Asked once for this session, not per document.
    assert counting.count("GET", r"/v1/media/config$") == 1
    engine.flush()
    assert counting.count("GET", r"/v1/media/config$") == 1
    # Kept for the window, which refuses such a file when it is added.
    assert syncstate.upload_limit(client.connected.replica) == UPLOAD_LIMIT
    transport.close()


def test_the_loop_learns_the_servers_upload_limit_for_the_window(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    client = client_factory(make_user("jan"))
    replica = client.connected.replica
    assert syncstate.upload_limit(replica) is None
    stop = threading.Event()
    loop = threading.Thread(
        target=client.connected.engine.run, args=(stop,), kwargs={"poll_timeout_ms": 200}
    )
    loop.start()
    try:
        deadline = time.monotonic() + 30
        while syncstate.upload_limit(replica) is None and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        stop.set()
        client.connected.engine.reconnect()
        loop.join(30)
    assert syncstate.upload_limit(replica) == UPLOAD_LIMIT
