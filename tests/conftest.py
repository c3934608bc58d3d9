"""Fixtures shared by every test layer: an isolated keyring and template replicas (the
minimal one, and one with the demo's sample region)."""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

# Set before anything can load Qt or D-Bus.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")

from client.credentials import Credentials
from client.ingest import MessageRow
from client.keyringstore import KeyringSecretStore
from client.models import Account, Group, GroupOrganisation, Organisation
from client.store import Replica, open_replica
from devkit import sample

TEST_KEY = bytes(range(32))

# The Synapse fixtures serve tests/e2e and tests/sync alike: one server per session.
pytest_plugins = ["tests.homeserver"]


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in a dict: tests never touch the real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def credentials(memory_keyring: MemoryKeyring) -> Credentials:
    return Credentials(KeyringSecretStore())


USER = "@anke:harderwijk.test"
GROUP = "!jeugd:harderwijk.test"
OTHER_GROUP = "!bouwen:harderwijk.test"
ORG = "!harderwijk:harderwijk.test"
# A time as the server sends them: with milliseconds (sync.mapping.timestamp).
SERVER_TIME = datetime(2026, 3, 1, 9, 0, 0, 250_000)


def server_message(event_id: str, minute: int, **fields: object) -> MessageRow:
    """A post in the tests' group as the server sends it, ``minute`` minutes after
    ``SERVER_TIME``; ``fields`` change any of it."""
    values: dict[str, object] = {
        "event_id": event_id,
        "kind": "post",
        "group_id": GROUP,
        "author": "@jan:harderwijk.test",
        "body": event_id,
        "body_html": f"<p>{event_id}</p>",
        "created_at": SERVER_TIME + timedelta(minutes=minute),
        **fields,
    }
    return MessageRow(**values)  # type: ignore[arg-type]


_event_ids = itertools.count(1)
_event_times = itertools.count(1_780_000_000_000, 60_000)


def message_event(sender: str, body: str, **content: object) -> dict[str, Any]:
    """An ``m.room.message`` as /sync sends it: a new event id, a minute after the last one."""
    return {
        "type": "m.room.message",
        "event_id": f"$ev{next(_event_ids)}",
        "sender": sender,
        "origin_server_ts": next(_event_times),
        "content": {"msgtype": "m.text", "body": body, **content},
    }


def seed_minimal(replica: Replica) -> None:
    """One account, one organisation and two groups: what most command tests need."""
    with replica.session() as session, session.begin():
        session.add(
            Account(user_id=USER, homeserver="http://127.0.0.1", created_at=datetime(2026, 1, 1))
        )
        session.add(Organisation(id=ORG, name="Harderwijk", description=""))
        session.add(Group(id=GROUP, name="Jeugd & Gezin", description="", kind="group"))
        session.add(Group(id=OTHER_GROUP, name="Bouwen", description="", kind="group"))
        session.flush()
        session.add(GroupOrganisation(group_id=GROUP, organisation_id=ORG))
        session.add(GroupOrganisation(group_id=OTHER_GROUP, organisation_id=ORG))


@pytest.fixture(scope="session")
def template_replica(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated and seeded replica per session; tests get a copy (migrating is slow)."""
    path = tmp_path_factory.mktemp("template") / "replica.db"
    replica = open_replica(path, TEST_KEY, create=True)
    seed_minimal(replica)
    with replica.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    replica.close()
    return path


def _opened_copy(template: Path, path: Path) -> Iterator[Replica]:
    shutil.copyfile(template, path)
    opened = open_replica(path, TEST_KEY)
    yield opened
    opened.close()


@pytest.fixture
def replica(template_replica: Path, tmp_path: Path) -> Iterator[Replica]:
    yield from _opened_copy(template_replica, tmp_path / "replica.db")


@pytest.fixture(scope="session")
def sample_template(template_replica: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tests' template replica with the demo's sample region written into it, once."""
    path = tmp_path_factory.mktemp("sample") / "replica.db"
    shutil.copyfile(template_replica, path)
    replica = open_replica(path, TEST_KEY)
    with replica.begin() as conn:
        sample.write_to_replica(conn, sample.generate())
    with replica.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    replica.close()
    return path


@pytest.fixture
def sample_replica(sample_template: Path, tmp_path: Path) -> Iterator[Replica]:
    yield from _opened_copy(sample_template, tmp_path / "sample.db")


def pytest_configure(config: pytest.Config) -> None:
    """Tests import the app's modules as the app does: without PySide's feature hook."""
    from ui.app import drop_feature_import_hook

    drop_feature_import_hook()
