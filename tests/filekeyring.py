"""A keyring backend for subprocess tests only: secrets in a JSON file in the test's folder.

The app never stores secrets in files (client/credentials.py refuses to run without a
real keyring); a child process started by a test gets this backend through
``PYTHON_KEYRING_BACKEND=tests.filekeyring.JsonFileKeyring`` and the file's path in
``TREFFPUNKT_TEST_KEYRING_FILE``, which lives in the test's temporary directory.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

from client.credentials import MemorySecretStore

ENV = "TREFFPUNKT_TEST_KEYRING_FILE"
BACKEND = f"{__name__}.JsonFileKeyring"


def _load(path: Path) -> dict[str, dict[str, str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return data if isinstance(data, dict) else {}


def _save(path: Path, data: dict[str, dict[str, str]]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    tmp.replace(path)  # a SIGKILLed child never leaves half a file


class JsonFileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 (a class property takes the class)
        # Not viable unless a test configured it: keyring's detection skips a backend
        # whose priority raises RuntimeError, so importing this module changes nothing.
        if ENV not in os.environ:
            raise RuntimeError(f"{ENV} is not set")
        return 1.0

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.path = Path(os.environ[ENV])

    def _save(self, data: dict[str, dict[str, str]]) -> None:
        _save(self.path, data)

    def get_password(self, service: str, username: str) -> str | None:
        return _load(self.path).get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = _load(self.path)
        data.setdefault(service, {})[username] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = _load(self.path)
        if data.get(service, {}).pop(username, None) is None:
            raise PasswordDeleteError(username)
        self._save(data)


def secrets_of(path: Path, service: str = "treffpunkt") -> MemorySecretStore:
    """What a child stored, for the test to open the child's replica."""
    store = MemorySecretStore()
    for name, value in _load(path).get(service, {}).items():
        store.set(name, value)
    return store


class FileSecretStore:
    """The same file as a secret store of this process: an account it signs in to, a
    child started with the file's backend finds signed in."""

    def __init__(self, path: Path, service: str = "treffpunkt") -> None:
        self.path = path
        self.service = service

    def get(self, name: str) -> str | None:
        return _load(self.path).get(self.service, {}).get(name)

    def set(self, name: str, value: str) -> None:
        data = _load(self.path)
        data.setdefault(self.service, {})[name] = value
        _save(self.path, data)

    def delete(self, name: str) -> None:
        data = _load(self.path)
        data.get(self.service, {}).pop(name, None)
        _save(self.path, data)
