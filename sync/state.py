"""What a sync engine reports about itself: plain values, without the engine's imports.

Also how a sync worker ends when the server no longer accepts the account's token: a
typed line (``AuthLoss``) and an exit code of its own, so the app does not start it again.

The desktop app's status line shows these on the GUI thread; ``sync.engine`` (SQLAlchemy,
httpx, the Matrix API) is loaded by the worker that opens an account, not at start-up.
``sync.engine`` re-exports both names.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import datetime
from typing import NamedTuple


class EngineState(enum.StrEnum):
    OFFLINE = "offline"
    CONNECTING = "connecting"
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    SIGNED_OUT = "signed_out"


# A named tuple, not a frozen dataclass: the status line imports it at start, and a
# dataclass compiles its methods when its class is made (1-1.5 ms each).
class Status(NamedTuple):
    state: EngineState
    outbox: Mapping[str, int]
    last_sync: datetime | None = None
    progress: float | None = None
    error: str | None = None
    # Whether the last sync attempt reached the server (None: never tried), as recorded in
    # the replica: any process can tell without a network call.
    online: bool | None = None


class AuthLoss(enum.StrEnum):
    """Why the server no longer accepts an account's token (Matrix ``soft_logout``)."""

    SOFT = "soft"  # the session expired: sign in again, everything is kept
    HARD = "hard"  # the device was removed or the token revoked: the account is wiped


# The sync worker's exit code after it reported an ``AuthLoss``: not to be restarted.
EXIT_AUTH_LOST = 4
