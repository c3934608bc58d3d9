"""The encrypted replica: keys, wrong keys, missing keys, no keyring, and plain-text safety."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import Connection, select

from client.accounts import Home
from client.credentials import Credentials, MissingKeyError, NoKeyringError
from client.keyringstore import KeyringSecretStore
from client.models import Group
from client.store import (
    LARGE_CACHE_KIB,
    SMALL_CACHE_KIB,
    Replica,
    ReplicaError,
    ReplicaMissingError,
    WrongKeyError,
    check_plaintext_unreadable,
    open_replica,
)
from tests import rawpages
from tests.conftest import GROUP, TEST_KEY, MemoryKeyring


def test_replica_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    replica = open_replica(path, TEST_KEY, create=True)
    with replica.session() as session, session.begin():
        session.add(Group(id="!g:x", name="Publiekszaken", description="", kind="group"))
    replica.close()

    reopened = open_replica(path, TEST_KEY)
    with reopened.session() as session:
        assert session.scalars(select(Group.name)).all() == ["Publiekszaken"]
    reopened.close()


def test_wrong_key_is_an_error_not_an_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    open_replica(path, TEST_KEY, create=True).close()
    size = path.stat().st_size
    with pytest.raises(WrongKeyError):
        open_replica(path, bytes(32))
    with pytest.raises(WrongKeyError):
        open_replica(path, bytes(32), create=True)
    assert path.stat().st_size == size  # nothing was overwritten


def test_missing_file_is_not_created_silently(tmp_path: Path) -> None:
    with pytest.raises(ReplicaMissingError):
        open_replica(tmp_path / "none.db", TEST_KEY)
    assert not (tmp_path / "none.db").exists()


def test_key_must_have_32_bytes(tmp_path: Path) -> None:
    with pytest.raises(ReplicaError):
        open_replica(tmp_path / "r.db", b"short", create=True)


def test_plain_sqlite_file_is_not_a_replica(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(WrongKeyError):
        open_replica(path, TEST_KEY)


def test_file_is_unreadable_as_plain_sqlite(replica_path_with_text: Path) -> None:
    assert check_plaintext_unreadable(replica_path_with_text)
    raw = replica_path_with_text.read_bytes()
    assert b"SQLite format 3" not in raw
    assert b"Jeugdzorg-geheim" not in raw


@pytest.fixture
def replica_path_with_text(tmp_path: Path) -> Path:
    path = tmp_path / "r.db"
    replica = open_replica(path, TEST_KEY, create=True)
    with replica.session() as session, session.begin():
        session.add(Group(id=GROUP, name="Jeugdzorg-geheim", description="", kind="group"))
    with replica.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    replica.close()
    return path


def test_readers_are_not_blocked_by_the_writer(replica_path_with_text: Path) -> None:
    replica = open_replica(replica_path_with_text, TEST_KEY)
    writer = replica.engine.connect()
    transaction = writer.begin()
    writer.exec_driver_sql(
        'INSERT INTO "group" (id, name, description, kind, keep_offline, joined, '
        "unread_count, mention_count) VALUES ('!w:x', 'w', '', 'group', 0, 1, 0, 0)"
    )
    with replica.session() as session:  # a reader while the write transaction is open
        assert session.scalars(select(Group.name)).all() == ["Jeugdzorg-geheim"]
    transaction.commit()
    writer.close()
    with replica.session() as session:
        assert len(session.scalars(select(Group.name)).all()) == 2
    replica.close()


def test_foreign_keys_and_wal_are_on(tmp_path: Path) -> None:
    replica = open_replica(tmp_path / "r.db", TEST_KEY, create=True)
    with replica.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    replica.close()


def test_every_connection_checkpoints_the_wal_rarely(tmp_path: Path) -> None:
    replica = open_replica(tmp_path / "r.db", TEST_KEY, create=True)
    # Two connections at once: the pool's first one and a new one both carry the setting.
    with replica.connect() as first, replica.connect() as second:
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 10_000
    replica.close()


# -- keys in the keyring -------------------------------------------------------------------


def test_account_key_lives_in_the_keyring(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    home = Home(tmp_path, Credentials(KeyringSecretStore()))
    home.create_account("@a:x", "http://x").close()
    stored = {name for (_service, name) in memory_keyring.passwords}
    assert stored == {"@a:x/replica-key"}
    home.open_account("@a:x").close()
    # Nothing secret next to the data.
    key_hex = next(iter(memory_keyring.passwords.values()))
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert key_hex.encode() not in file.read_bytes()


def test_missing_key_is_a_clear_error(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    home = Home(tmp_path, Credentials(KeyringSecretStore()))
    home.create_account("@a:x", "http://x").close()
    memory_keyring.passwords.clear()
    with pytest.raises(MissingKeyError, match="sign in again"):
        home.open_account("@a:x")
    assert home.replica_path("@a:x").exists()  # kept: the key may come back


def test_accounts_are_isolated_and_removed_whole(tmp_path: Path) -> None:
    home = Home(tmp_path, Credentials(KeyringSecretStore()))
    home.create_account("@a:x", "http://x").close()
    home.create_account("@b:y", "http://y").close()
    assert home.account_dir("@a:x") != home.account_dir("@b:y")
    assert [a.user_id for a in home.accounts()] == ["@a:x", "@b:y"]
    home.remove_account("@a:x")
    assert not home.account_dir("@a:x").exists()
    assert [a.user_id for a in home.accounts()] == ["@b:y"]
    with pytest.raises(MissingKeyError):
        home.credentials.replica_key("@a:x")
    home.open_account("@b:y").close()


def test_no_keyring_backend_stops_with_a_message() -> None:
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    with pytest.raises(NoKeyringError, match="No system keyring"):
        KeyringSecretStore()


def test_what_the_user_writes_is_synced_at_once_and_bulk_writes_at_checkpoints(
    replica: Replica,
) -> None:
    # synchronous: 2 = FULL (the WAL is synced at every commit), 1 = NORMAL (at checkpoints).
    # The pool hands the same connection round: each write sets what it needs.
    def pragma(conn: Connection, name: str) -> object:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

    with replica.write_session() as session:
        assert pragma(session.connection(), "synchronous") == 2
        assert pragma(session.connection(), "cache_size") == -LARGE_CACHE_KIB
    with replica.begin() as conn:
        assert pragma(conn, "synchronous") == 1
    with replica.write_session() as session:
        assert pragma(session.connection(), "synchronous") == 2


def test_a_replica_opened_for_reading_keeps_a_small_page_cache(tmp_path: Path) -> None:
    open_replica(tmp_path / "r.db", TEST_KEY, create=True).close()
    replica = open_replica(tmp_path / "r.db", TEST_KEY)
    try:
        with replica.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -SMALL_CACHE_KIB
    finally:
        replica.close()


def test_deleted_rows_are_overwritten_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    replica = open_replica(path, TEST_KEY, create=True)
    secret = "Quarzelbrink"
    with replica.begin() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        conn.exec_driver_sql(
            'INSERT INTO "group" (id, name, description, kind, keep_offline, joined, '
            "unread_count, mention_count) VALUES ('!g:x', ?, ?, 'group', 0, 1, 0, 0)",
            (f"Gruppe {secret}", f"{secret} " * 600),  # the long one goes to overflow pages
        )
    with replica.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert rawpages.found(path, TEST_KEY, [secret]) == {secret}
    with replica.begin() as conn:
        conn.exec_driver_sql('DELETE FROM "group"')
    with replica.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert rawpages.found(path, TEST_KEY, [secret]) == set()
    replica.close()
