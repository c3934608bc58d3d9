"""Secrets of each account: the replica key and the access token, kept in the OS keyring.

The keyring itself is ``client.keyringstore.KeyringSecretStore``; everything else sees a
``SecretStore``, and tests hand in ``MemorySecretStore`` or install an in-memory keyring
backend. There is no fallback to files: without a usable keyring the app says so and stops.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from client.storeerrors import KEY_BYTES, ReplicaError

SERVICE = "treffpunkt"


class NoKeyringError(Exception):
    """The system offers no usable keyring (Secret Service, Keychain, Credential Locker)."""


class MissingKeyError(ReplicaError):
    """A replica exists but the keyring holds no key for it."""


class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class MemorySecretStore:
    """Secrets held in memory only, for tests and throw-away runs."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        self._values[name] = value

    def delete(self, name: str) -> None:
        self._values.pop(name, None)


class LazySecretStore:
    """A secret store connected on its first use, once, by whichever thread needs it first.

    Finding the keyring backend may talk to D-Bus (and imports ``keyring`` and its backends):
    the desktop app builds its ``Home`` on the GUI thread, and the first secret is read by the
    worker that opens an account. A failed connection (``NoKeyringError``) is raised to that
    caller and tried again by the next one.
    """

    def __init__(self, connect: Callable[[], SecretStore]) -> None:
        self._connect = connect
        self._store: SecretStore | None = None
        self._lock = threading.Lock()

    def connect(self) -> SecretStore:
        with self._lock:
            if self._store is None:
                self._store = self._connect()
            return self._store

    def get(self, name: str) -> str | None:
        return self.connect().get(name)

    def set(self, name: str, value: str) -> None:
        self.connect().set(name, value)

    def delete(self, name: str) -> None:
        self.connect().delete(name)


SECRET_NAMES = ("replica-key", "access-token")


class Credentials:
    """The secrets of accounts, named by Matrix user id."""

    def __init__(self, store: SecretStore) -> None:
        self._store = store

    def create_replica_key(self, user_id: str) -> bytes:
        import secrets  # on signing in only; start-up does without (hashlib, hmac, random)

        key = secrets.token_bytes(KEY_BYTES)
        self._store.set(f"{user_id}/replica-key", key.hex())
        return key

    def replica_key(self, user_id: str) -> bytes:
        value = self._store.get(f"{user_id}/replica-key")
        if value is None:
            raise MissingKeyError(
                f"The keyring holds no key for the local data of {user_id}; "
                "sign in again to rebuild it from the server."
            )
        try:
            key = bytes.fromhex(value)
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES:
            raise MissingKeyError(f"The key for the local data of {user_id} is damaged.")
        return key

    def access_token(self, user_id: str) -> str | None:
        return self._store.get(f"{user_id}/access-token")

    def set_access_token(self, user_id: str, token: str) -> None:
        self._store.set(f"{user_id}/access-token", token)

    def forget_access_token(self, user_id: str) -> None:
        self._store.delete(f"{user_id}/access-token")

    def forget(self, user_id: str) -> None:
        """Remove every secret of the account (on logout, after its data is wiped)."""
        for name in SECRET_NAMES:
            self._store.delete(f"{user_id}/{name}")

    def export(self, user_id: str) -> dict[str, str]:
        """The account's secrets by name, for the app's own sync process, which gets them
        through a pipe rather than opening the keyring again (see ``sync.worker``)."""
        found = {f"{user_id}/{name}": self._store.get(f"{user_id}/{name}") for name in SECRET_NAMES}
        return {name: value for name, value in found.items() if value is not None}

    @classmethod
    def in_memory(cls, secrets: dict[str, str]) -> Credentials:
        """Credentials that hold ``secrets`` (from ``export``) in memory only."""
        store = MemorySecretStore()
        for name, value in secrets.items():
            store.set(name, value)
        return cls(store)
