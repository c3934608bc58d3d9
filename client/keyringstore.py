"""The OS keyring (Secret Service, Keychain, Credential Locker) as a ``SecretStore``.

This is the only module that imports ``keyring``. Finding its backend may talk to D-Bus, and
loading it costs tens of milliseconds: the desktop app connects on the worker that first
needs a secret (``client.credentials.LazySecretStore``), after its window shows.
"""

from __future__ import annotations

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError, PasswordDeleteError

from client.credentials import SERVICE, NoKeyringError


class KeyringSecretStore:
    """The OS keyring through the ``keyring`` package."""

    def __init__(self, service: str = SERVICE) -> None:
        backend = keyring.get_keyring()
        # The chainer with nothing behind it, or the fail backend, means no keyring at all.
        usable = not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) > 0
        if not usable:
            raise NoKeyringError(
                "No system keyring is available to keep the encryption key and sign-in "
                "token safe. Start a Secret Service (for example GNOME Keyring or KWallet) "
                "and try again."
            )
        self._service = service

    def get(self, name: str) -> str | None:
        try:
            value = keyring.get_password(self._service, name)
        except KeyringError as exc:
            raise NoKeyringError(f"The system keyring could not be read: {exc}") from exc
        return value if isinstance(value, str) else None

    def set(self, name: str, value: str) -> None:
        try:
            keyring.set_password(self._service, name, value)
        except KeyringError as exc:
            raise NoKeyringError(f"The system keyring could not be written: {exc}") from exc

    def delete(self, name: str) -> None:
        try:
            keyring.delete_password(self._service, name)
        except PasswordDeleteError:
            pass
