"""Fixtures for end-to-end tests against a real Synapse on 127.0.0.1.

One Synapse serves the whole session (start-up costs seconds); each test makes its own
users with unique names, so tests never see each other's rooms or state.
"""

from __future__ import annotations

import itertools
import secrets
import time
from collections.abc import Callable, Iterator

import pytest

from sync.devserver import DevServer, RegisteredUser, ensure_synapse_venv

MakeUser = Callable[..., RegisteredUser]


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevServer]:
    # A fresh machine has no Synapse venv yet: this builds it (about a minute, once);
    # a failure raises SynapseSetupError saying which step failed and pip's output.
    started = time.monotonic()
    ensure_synapse_venv()
    venv_seconds = time.monotonic() - started
    server = DevServer(tmp_path_factory.mktemp("synapse"))
    started = time.monotonic()
    server.start()
    print(
        f"\nSynapse venv check {venv_seconds:.1f} s, start {time.monotonic() - started:.1f} s"
        f" on {server.base_url}"
    )
    try:
        yield server
    finally:
        server.stop()


_counter = itertools.count()


@pytest.fixture
def make_user(synapse: DevServer) -> MakeUser:
    """make_user("alice") registers a fresh @alice-<unique>:server and returns it."""

    def make(prefix: str = "user", *, admin: bool = False) -> RegisteredUser:
        name = f"{prefix}-{next(_counter)}-{secrets.token_hex(3)}"
        return synapse.register_user(name, secrets.token_urlsafe(12), admin=admin)

    return make
