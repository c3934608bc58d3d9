"""Older history of groups with /messages, back to each group's retention horizon.

Pages are fetched on a thread of their own, up to ``READ_AHEAD`` ahead of the writes, so
the server prepares the next page while this one is mapped and indexed. Each page is
written in one transaction with the token to go on from. What relates to an event on an
older page (comments, likes, edits, answer marks, redactions) is held until that page
arrives (``sync.content``); once history is complete, what still waits is quarantined.
An event that cannot be applied is quarantined and the page goes on (``sync.poison``).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from client import offline, rooms, syncstate
from client.changes import Changes
from client.clock import utcnow
from client.store import Replica
from client.syncstate import FROM_NEWEST
from sync import api, mapping
from sync.calls import Caller, MatrixRequestError
from sync.content import apply_isolated
from sync.poison import record_unusable

log = logging.getLogger(__name__)

# Events per /messages page when backfilling, and pages fetched ahead of the writes.
BACKFILL_PAGE = 200
READ_AHEAD = 4


@dataclass(frozen=True)
class Start:
    """Where one group's backfill starts, and how far back it may go."""

    group_id: str
    token: str
    horizon: datetime | None

    def beyond_horizon(self, page: api.MessagesResponse) -> bool:
        return self.horizon is not None and any(
            mapping.timestamp(e.origin_server_ts) < self.horizon for e in page.chunk
        )


# What the fetching thread hands over: a page, its error, or None at the end.
_PageItem = tuple[Start, str, api.MessagesResponse] | BaseException | None


class Backfill:
    """Fetches and writes older history of one account's groups."""

    def __init__(
        self, replica: Replica, caller: Caller, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self._replica = replica
        self._caller = caller
        self._clock = clock

    def starts(self, group_id: str | None, default_days: int | None, now: datetime) -> list[Start]:
        """Where the backfill of one group (None: every joined group) goes on from, and how
        far back it may go; a group that stopped at the horizon it has now is left out."""
        starts = []
        for position in syncstate.backfill_positions(self._replica, group_id):
            horizon = offline.horizon(position.retention_days, default_days, now)
            reached = position.stopped_at
            if reached is not None and horizon is not None and horizon >= reached:
                continue  # reached before, and nothing older is wanted now
            starts.append(Start(position.group_id, position.token, horizon))
        return starts

    def run(
        self,
        starts: Sequence[Start],
        max_pages: int | None,
        page_size: int,
        *,
        skip_refused: bool,
    ) -> Changes:
        """Fetch and write up to ``max_pages`` pages of each group in turn. With
        ``skip_refused`` a group whose history the server refuses is skipped; otherwise
        the refusal is raised."""
        changes = Changes()
        for start, from_token, page in self._fetch_ahead(
            starts, max_pages, page_size, skip_refused=skip_refused
        ):
            changes = changes | self._apply_page(start, from_token, page)
        return changes

    def _fetch_ahead(
        self,
        starts: Sequence[Start],
        max_pages: int | None,
        page_size: int,
        *,
        skip_refused: bool,
    ) -> Iterator[tuple[Start, str, api.MessagesResponse]]:
        """(group, token it was fetched from, page) for each group in turn, up to
        ``READ_AHEAD`` pages ahead of the caller; an error of the fetching thread is raised
        here, in the caller's."""
        pages: queue.Queue[_PageItem] = queue.Queue(maxsize=READ_AHEAD)
        stop = threading.Event()

        def put(item: _PageItem) -> bool:
            while not stop.is_set():
                with contextlib.suppress(queue.Full):
                    pages.put(item, timeout=0.1)
                    return True
            return False

        def fetch_group(start: Start) -> bool:
            token: str | None = start.token
            fetched = 0
            while token is not None and (max_pages is None or fetched < max_pages):
                fetched += 1
                request = api.messages(
                    start.group_id,
                    from_token=None if token == FROM_NEWEST else token,
                    limit=page_size,
                )
                try:
                    page = self._caller.call(request)
                except MatrixRequestError as exc:
                    if not skip_refused:
                        raise
                    log.info("backfill of %s stopped: %s", start.group_id, exc)
                    return True
                if not put((start, token, page)):
                    return False
                token = None if start.beyond_horizon(page) else page.end
            return True

        def fetch() -> None:
            try:
                for start in starts:
                    if not fetch_group(start):
                        return
            except BaseException as exc:  # handed over to the caller's thread
                put(exc)
                return
            put(None)

        fetcher = threading.Thread(target=fetch, name="backfill", daemon=True)
        fetcher.start()
        try:
            while (item := pages.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stop.set()
            fetcher.join()

    def _apply_page(self, start: Start, from_token: str, page: api.MessagesResponse) -> Changes:
        group_id = start.group_id
        events = list(reversed(page.chunk))  # oldest first
        batch = mapping.map_room(group_id, page.state, events, not_before=start.horizon)
        reached_horizon = batch.beyond_horizon > 0
        at = self._clock()
        with self._replica.begin() as tx:
            if not rooms.has_group(tx, group_id):
                return Changes()  # left while the page was on its way
            record_unusable(tx, batch, page.rejected, at)
            changes = apply_isolated(tx, batch, at)
            token: str | None
            stopped_at: datetime | None = None
            if reached_horizon and start.horizon is not None:
                stopped_at = start.horizon
                token = from_token
            else:
                token = page.end
            syncstate.save_backfill(tx, group_id, token, stopped_at)
            if token is None:
                # History is complete: what still waits for its target waits in vain.
                syncstate.quarantine_held(
                    tx, group_id, "relates to an event the group's history does not have", at
                )
        return changes
