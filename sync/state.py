"""What a sync engine reports about itself: plain values, without the engine's imports.

The desktop app's status line shows these on the GUI thread; ``sync.engine`` (SQLAlchemy,
httpx, the Matrix API) is loaded by the worker that opens an account, not at start-up.
``sync.engine`` re-exports both names.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime


class EngineState(enum.StrEnum):
    OFFLINE = "offline"
    CONNECTING = "connecting"
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    SIGNED_OUT = "signed_out"


@dataclass(frozen=True)
class Status:
    state: EngineState
    outbox: Mapping[str, int]
    last_sync: datetime | None = None
    progress: float | None = None
    error: str | None = None
    # Whether the last sync attempt reached the server (None: never tried), as recorded in
    # the replica: any process can tell without a network call.
    online: bool | None = None
