"""The one clock of the replica: naive UTC, as every stored time is."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Now in UTC without a time zone (SQLite keeps naive times; all of ours are UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)
