"""Where each account's local data lives, and opening or wiping it.

``Home`` is the data folder (``--home`` / ``TREFFPUNKT_HOME`` or the platform's data folder).
Every account has a folder of its own below it, holding its replica and media cache, so that
accounts stay isolated and removing one means deleting one folder.

The database stack (SQLAlchemy, SQLCipher) and the media cache's cryptography load with the
methods that open a replica (``client.lazy``): the desktop app builds its ``Home`` on the GUI
thread before its window shows and opens the accounts on a worker.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from client import lazy
from client.credentials import Credentials
from client.storeerrors import ReplicaMissingError

if TYPE_CHECKING:
    from client.mediacache import MediaCache
    from client.store import Replica


def default_home() -> Path:
    """The platform's per-user data folder (not roaming: replicas are large and per machine)."""
    env = os.environ.get("TREFFPUNKT_HOME")
    if env:
        return Path(env)
    from platformdirs import user_data_path

    # Folder names on Linux are lower case by convention.
    name = "Treffpunkt" if sys.platform in ("win32", "darwin") else "treffpunkt"
    return user_data_path(name, appauthor=False, roaming=False)


# A named tuple, not a frozen dataclass: read at every start, and a dataclass compiles its
# methods when its class is made (1-1.5 ms each).
class AccountInfo(NamedTuple):
    user_id: str
    homeserver: str
    # Kept across re-logins (and wipes) so that the server's transaction-id dedupe holds.
    device_id: str | None = None


def _folder_name(user_id: str) -> str:
    # Readable, safe on every file system, and unique even when two ids fold alike.
    import hashlib  # here, not at the top: loading OpenSSL cost the window's start 4-6 ms

    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", user_id.lstrip("@"))[:48]
    digest = hashlib.sha256(user_id.encode()).hexdigest()[:10]
    return f"{readable}-{digest}"


class Home:
    """The data folder with one sub-folder per account and an index of the accounts."""

    def __init__(self, root: Path, credentials: Credentials) -> None:
        self.root = root
        self.credentials = credentials

    @property
    def _index_path(self) -> Path:
        return self.root / "accounts.json"

    def accounts(self) -> list[AccountInfo]:
        try:
            raw = json.loads(self._index_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        return [
            AccountInfo(a["user_id"], a["homeserver"], a.get("device_id"))
            for a in raw.get("accounts", [])
        ]

    def account(self, user_id: str) -> AccountInfo | None:
        return next((a for a in self.accounts() if a.user_id == user_id), None)

    def remember(self, info: AccountInfo) -> None:
        """Add or update an account in the index."""
        others = [a for a in self.accounts() if a.user_id != info.user_id]
        self._write_index([*others, info])

    def _write_index(self, accounts: list[AccountInfo]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self._index_path.with_suffix(".tmp")
        data = {
            "accounts": [
                {"user_id": a.user_id, "homeserver": a.homeserver, "device_id": a.device_id}
                for a in accounts
            ]
        }
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        tmp.replace(self._index_path)

    def account_dir(self, user_id: str) -> Path:
        return self.root / "accounts" / _folder_name(user_id)

    def replica_path(self, user_id: str) -> Path:
        return self.account_dir(user_id) / "replica.db"

    def media_dir(self, user_id: str) -> Path:
        return self.account_dir(user_id) / "media"

    def create_account(
        self, user_id: str, homeserver: str, device_id: str | None = None
    ) -> Replica:
        """Create the local data of a new account (or start it afresh) and open it."""
        self.wipe_account_data(user_id)
        key = self.credentials.create_replica_key(user_id)
        replica = lazy.store.open_replica(self.replica_path(user_id), key, create=True)
        with replica.write_session() as session:
            session.add(
                lazy.models.Account(
                    user_id=user_id,
                    homeserver=homeserver,
                    device_id=device_id,
                    created_at=datetime.now(UTC),
                )
            )
        self.remember(AccountInfo(user_id, homeserver, device_id))
        return replica

    def open_account(self, user_id: str) -> Replica:
        path = self.replica_path(user_id)
        if not path.exists():
            raise ReplicaMissingError(f"no local data for {user_id}")
        replica = lazy.store.open_replica(path, self.credentials.replica_key(user_id))
        with replica.session() as session:
            stored = session.scalars(lazy.sqlalchemy.select(lazy.models.Account.user_id)).all()
        if stored != [user_id]:
            replica.close()
            raise ReplicaMissingError(f"the local data in {path.parent} is not {user_id}'s")
        return replica

    def wipe_account_data(self, user_id: str) -> None:
        """Delete the account's replica and media; its secrets are left to the caller."""
        shutil.rmtree(self.account_dir(user_id), ignore_errors=True)

    def remove_account(self, user_id: str) -> None:
        """Logout: wipe the local data, forget the secrets, drop it from the index."""
        self.wipe_account_data(user_id)
        self.credentials.forget(user_id)
        self._write_index([a for a in self.accounts() if a.user_id != user_id])

    def media_cache(self, user_id: str) -> MediaCache:
        return lazy.mediacache.MediaCache(
            self.media_dir(user_id), self.credentials.replica_key(user_id)
        )
