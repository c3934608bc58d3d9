"""The replica's key size and errors, without SQLAlchemy or SQLCipher.

The keyring code and the desktop app's start-up name these before any replica is opened;
importing ``client.store`` for them would load the database stack on the GUI thread.
``client.store`` re-exports them, so either import works.
"""

from __future__ import annotations

KEY_BYTES = 32


class ReplicaError(Exception):
    """A replica cannot be opened or used."""


class WrongKeyError(ReplicaError):
    """The file exists but does not decrypt with the given key (or is not a replica)."""


class ReplicaMissingError(ReplicaError):
    """No replica file exists at the path and creating one was not asked for."""
