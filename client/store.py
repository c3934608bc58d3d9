"""The encrypted replica file: opening it with its key, migrating it, and wiping it.

A replica is one SQLCipher database per account. The key is 32 random bytes from the OS
keyring, handed to SQLCipher as a raw key so that opening costs no key derivation. WAL lets
readers go on while the single writer commits.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.dialects import sqlite as _sqlite_dialect  # noqa: F401 - see below
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from client import migrations
from client.storeerrors import KEY_BYTES as KEY_BYTES
from client.storeerrors import ReplicaError as ReplicaError
from client.storeerrors import ReplicaMissingError as ReplicaMissingError
from client.storeerrors import WrongKeyError as WrongKeyError

log = logging.getLogger(__name__)
# The dialect is imported here rather than lazily by the first create_engine(): that import
# costs ~40 ms, which belongs to starting the program, not to opening a replica.

# Page cache per connection (KiB): reading, and searching or writing (see _connect).
SMALL_CACHE_KIB = 2_000
LARGE_CACHE_KIB = 32_000
# WAL pages between automatic checkpoints (see _connect).
_CHECKPOINT_PAGES = 10_000
# Sidecar files SQLite may leave next to the database.
_SIDECARS = ("-wal", "-shm", "-journal")

# A transaction (``Replica.begin``) as code outside client/ holds it: handed on to the
# client functions that run in it, never used for statements of its own. sync/ applies
# a /sync answer and its ``since`` token in one of these.
Transaction: TypeAlias = Connection


def _stored_time(moment: datetime) -> str:
    # The text SQLAlchemy's DateTime stores, microseconds always written out: the driver's
    # own adapter drops them at a whole second, and "09:04:00" sorts before
    # "09:04:00.000000", so rows written by the core's raw inserts and compared with a
    # bound time (keyset pages) were out of step at whole seconds.
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}.{moment.microsecond:06d}"
    )


sqlcipher.register_adapter(datetime, _stored_time)


class Replica:
    """An open replica: the engine and a session factory over one encrypted file."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(**_DURABLE_WRITE), expire_on_commit=False
        )

    def session(self) -> Session:
        """A session for reading (a write in it may meet SQLITE_BUSY: use write_session)."""
        return self._sessions()

    @contextlib.contextmanager
    def write_session(self) -> Iterator[Session]:
        """A session in a write transaction, committed on success, rolled back on error.

        What the user writes goes through here (local commands, with their outbox entry):
        its commit is synced to disk at once, so that a power cut cannot take it. The bulk
        writes of sync (``begin``) are synced at checkpoints; what they lose, sync fetches
        again."""
        with self._write_sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def begin(self) -> Iterator[Transaction]:
        """A write transaction on a Core connection: committed on success, rolled back on error."""
        with self.engine.connect() as conn:
            conn.execution_options(**_WRITE)
            with conn.begin():
                yield conn

    def connect(self) -> Connection:
        return self.engine.connect()

    def checkpoint(self) -> bool:
        """Copy the WAL into the database file and empty it: old page images in the WAL
        (of rows deleted since) are gone then. False when a reader kept it from finishing
        within the busy timeout."""
        raw = self.engine.raw_connection()
        try:
            # On the driver's connection, outside any transaction: in one, the checkpoint
            # could not pass this connection's own snapshot.
            db = raw.driver_connection
            assert db is not None
            busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            raw.close()
        return not busy

    def close(self) -> None:
        self.engine.dispose()

    def wipe(self) -> None:
        """Close the replica and delete its files."""
        self.close()
        wipe_files(self.path)


def wipe_files(path: Path) -> None:
    for suffix in ("", *_SIDECARS):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


def _connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # wrong keys are reported by us
        # A raw key: x'…' skips PBKDF2, which would cost ~100 ms on every open.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # Opening is lazy; the first read is where a wrong key shows.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise WrongKeyError(
            f"{path.name} could not be decrypted: wrong key, or not a Treffpunkt replica"
        ) from exc
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    # Sync batches dirty the same index pages (group, author, thread, search) over and over;
    # checkpointing every 1,000 pages (the default: about every batch of a big sync) copied
    # each of them into the database once per batch. Every 10,000 pages (40 MB of WAL)
    # copies them once per several batches: ingest writes about a quarter fewer bytes.
    # With synchronous=NORMAL the WAL is synced at checkpoints, so a power cut can lose the
    # commits since the last one (never corrupt the file): now up to 40 MB instead of 4 MB
    # of them, in practice the last few seconds of a big sync, which sync fetches again.
    conn.execute(f"PRAGMA wal_autocheckpoint = {_CHECKPOINT_PAGES}")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted rows and freed pages are overwritten with zeros, so that what access was
    # taken away from (a left group, see client/purge.py) does not stay readable in free
    # space for anyone with the key. SQLCipher 4 turns this on for a keyed database by
    # itself; said here so that it stays on. ON, not FAST: FAST leaves freed overflow and
    # free-list pages as they were, and long posts live in those. Ingest mostly inserts:
    # it costs nothing measurable there (docs/architecture.md, "Data at rest").
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # Pages are decrypted into this cache. SQLite's default 2 MB serves reading a stream or a
    # list; searching and writing a large replica would decrypt the same index pages again
    # and again with it, so a connection that searches or writes raises its own cache to
    # LARGE_CACHE_KIB (see use_large_cache), filled lazily. A window that only scrolls
    # through 100,000 posts keeps 30 MB less per connection.
    conn.execute(f"PRAGMA cache_size = -{SMALL_CACHE_KIB}")
    # Zeroing freed memory on every allocation costs ~20 % and buys nothing here: the key
    # itself lives in the process anyway.
    conn.execute("PRAGMA cipher_memory_security = OFF")
    return conn


def open_replica(path: Path, key: bytes, *, create: bool = False, schema: str = "head") -> Replica:
    """Open (and if needed migrate) the replica at ``path``.

    Raises ``ReplicaMissingError`` when there is no file and ``create`` is false, and
    ``WrongKeyError`` when the key does not open it: never a silently created empty database.
    ``schema`` names the migration to bring it to; only tests of migrations pass another one.
    """
    if len(key) != KEY_BYTES:
        raise ReplicaError(f"a replica key has {KEY_BYTES} bytes, not {len(key)}")
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise ReplicaMissingError(f"no replica at {path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    # Fails early (and with the right error) before the pool hides it; the pool then
    # starts with this connection instead of opening a second one.
    first = [_connect(path, key)]

    def creator() -> Any:
        return first.pop() if first else _connect(path, key)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        # The connection used last comes back first: its page cache holds the pages it
        # decrypted, which the next search as one types mostly reads again.
        pool_use_lifo=True,
    )
    _take_over_transactions(engine)
    migrations.upgrade(engine, schema)
    return Replica(path, engine)


# Marks connections of write transactions (see _take_over_transactions).
_WRITE = {"treffpunkt_write": True}
_DURABLE_WRITE = {"treffpunkt_write": True, "treffpunkt_durable": True}


def _take_over_transactions(engine: Engine) -> None:
    # The DB-API driver's own implicit BEGIN is off (isolation_level=None); SQLAlchemy
    # emits BEGIN itself. Writes take the write lock up front (IMMEDIATE): a deferred
    # transaction that reads first and then writes fails at once with "database is locked"
    # when another connection wrote in between, and the busy timeout cannot help it.
    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        options = conn.get_execution_options()
        write = options.get("treffpunkt_write", False)
        if write:
            db = conn.connection.driver_connection
            assert db is not None
            use_large_cache(db)
            # synchronous is per connection, and the pool hands connections round: each
            # write says which it needs (see Replica.write_session).
            durable = options.get("treffpunkt_durable", False)
            db.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def use_large_cache(db: Any) -> None:
    """Give this SQLCipher connection the page cache of searching and writing (it stays
    with the connection, which the pool hands out again).

    Set only when the connection has not got it yet: a search asks on every keystroke,
    and reading the size is cheaper than setting it."""
    if db.execute("PRAGMA cache_size").fetchone()[0] != -LARGE_CACHE_KIB:
        db.execute(f"PRAGMA cache_size = -{LARGE_CACHE_KIB}")


def check_plaintext_unreadable(path: Path) -> bool:
    """True when ``path`` cannot be read as a plain SQLite database (used by tests and support)."""
    import sqlite3

    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return True
    return False


def schema_revision(conn: Connection) -> str | None:
    try:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:
        return None
