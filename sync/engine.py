"""The sync engine: pull with /sync, push the outbox, backfill history.

``SyncEngine`` is the front door: it owns one account's collaborators and runs the loop.
Applying /sync answers is ``sync.apply``, older history ``sync.backfill``, what the
replica keeps ``sync.retention``, sending the outbox ``sync.outbox`` and document files
``sync.transfers``; requests go through ``sync.calls``.

Guarantees (docs/architecture.md): the ``since`` token is committed with the events it
brought; every outbox entry is sent with the transaction id it was created with, in order
per group, one failing group never blocking another; transient failures retry with capped
exponential backoff and jitter, permanent ones stop that entry only; an entry whose outcome
is unknown and whose transaction id has outlived the server's deduplication window is
looked up in the group's timeline before it is sent again.

No Qt and no httpx here: requests go through ``sync.transport`` as ``sync.api`` values.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from client import doctext, search, syncstate
from client.changes import Changes
from client.clock import utcnow
from client.mediacache import EvictionReport, MediaCache
from client.store import Replica
from sync import api, edithistory, pushrules, retention
from sync.apply import apply_sync
from sync.backfill import BACKFILL_PAGE as BACKFILL_PAGE
from sync.backfill import Backfill
from sync.backoff import backoff_delay
from sync.calls import AuthLostError as AuthLostError
from sync.calls import Caller
from sync.calls import MatrixRequestError as MatrixRequestError
from sync.calls import OfflineError as OfflineError
from sync.outbox import FlushReport as FlushReport
from sync.outbox import Outbox
from sync.state import EngineState as EngineState
from sync.state import Status as Status
from sync.transfers import DocumentError as DocumentError
from sync.transfers import Transfers
from sync.transport import HttpTransport

log = logging.getLogger(__name__)

# Of a room's ephemeral events and account data only what says the user read it: their
# receipts (the private ones reach their own devices only) and their read marker; of the
# account's data only the push rules (the groups' notification levels).
SYNC_FILTER: dict[str, Any] = {
    "presence": {"not_types": ["*"]},
    "account_data": {"types": [pushrules.EVENT_TYPE]},
    "room": {
        "timeline": {"limit": 200},
        "ephemeral": {"types": ["m.receipt"]},
        "account_data": {"types": ["m.fully_read"]},
        "state": {"lazy_load_members": False},
    },
}
OUTBOX_INTERVAL_S = 5.0
# After a /sync answer longer than the transport reads (``api.MAX_SYNC_BODY``), the next
# asks for this many events per group; backfill brings the rest, as after a long absence.
SMALL_TIMELINE = 20


class SyncEngine:
    """Keeps one account's replica in step with its homeserver."""

    def __init__(
        self,
        replica: Replica,
        transport: HttpTransport,
        user_id: str,
        *,
        media: MediaCache | None = None,
        clock: Callable[[], datetime] = utcnow,
        rng: Callable[[], float] = random.random,
        on_status: Callable[[Status], None] | None = None,
        on_changes: Callable[[Changes], None] | None = None,
    ) -> None:
        self.replica = replica
        self.transport = transport
        self.user_id = user_id
        self.media = media
        self._clock = clock
        self._rng = rng
        self._on_status = on_status
        # Told what each incremental sync applied (not the first: that is history, not news).
        self._on_changes = on_changes
        self._state = EngineState.CONNECTING
        self._error: str | None = None
        self._wake = threading.Event()
        # Ends the wait between attempts while offline (``reconnect``).
        self._retry = threading.Event()
        # Set by the app from its settings (and IT policy); plain values the sync thread
        # reads on each round. None: keep all history / no cap (the command-line client).
        self.default_retention_days: int | None = None
        self.storage_cap_bytes: int | None = None
        # The last /sync answer was too long to read: ask for less until one arrives.
        self._small_timeline = False
        self._caller = Caller(transport, self._set_state)
        self._transfers = Transfers(replica, self._caller, media, user_id, clock)
        self._outbox = Outbox(replica, self._caller, self._transfers, user_id, clock=clock, rng=rng)
        self._backfill = Backfill(replica, self._caller, clock)
        # ``run``'s stop: long work between polls (finishing a purge) ends early with it.
        self._stop = threading.Event()
        self._texts = None if media is None else doctext.TextQueue(replica, media)

    # -- status ------------------------------------------------------------------------

    def status(self) -> Status:
        recorded = syncstate.recorded(self.replica, self._clock())
        return Status(
            state=self._state,
            outbox=recorded.outbox,
            last_sync=recorded.last_sync,
            error=self._error,
            online=recorded.online,
        )

    def _set_state(self, state: EngineState, error: str | None = None) -> None:
        self._state = state
        self._error = error
        if self._on_status is not None:
            self._on_status(self.status())

    # -- pull --------------------------------------------------------------------------

    def _filter_id(self) -> str:
        wanted = json.dumps(SYNC_FILTER, sort_keys=True)
        stored = syncstate.filter_id(self.replica, wanted)
        if stored is not None:
            return stored
        response = self._caller.call(api.upload_filter(self.user_id, SYNC_FILTER))
        syncstate.store_filter_id(self.replica, response.filter_id, wanted)
        return response.filter_id

    def _sync_filter(self) -> str | dict[str, Any]:
        if not self._small_timeline:
            return self._filter_id()
        small: dict[str, Any] = json.loads(json.dumps(SYNC_FILTER))  # a deep copy
        small["room"]["timeline"]["limit"] = SMALL_TIMELINE
        return small

    def since(self) -> str | None:
        return syncstate.since(self.replica)

    def sync_once(self, timeout_ms: int = 0) -> Changes:
        """One /sync round trip, applied to the replica in one transaction."""
        since = self.since()
        if since is None:
            self._set_state(EngineState.SYNCING)
        try:
            response = self._caller.call(
                api.sync(since=since, filter=self._sync_filter(), timeout_ms=timeout_ms)
            )
        except OfflineError as exc:
            if getattr(exc.error, "kind", None) is api.TransportErrorKind.TOO_LARGE:
                self._small_timeline = True
            syncstate.record_offline(self.replica)
            raise
        self._small_timeline = False
        changes = self.apply_sync(response, initial=since is None)
        changes = changes | self._catch_up_push_rules()
        self._set_state(EngineState.UP_TO_DATE)
        self.finish_purges()
        self.fetch_pinned_documents()
        self.enforce_storage_cap()
        self.index_document_texts()
        return changes

    def _catch_up_push_rules(self) -> Changes:
        try:
            return pushrules.catch_up(self._caller, self.replica)
        except MatrixRequestError as exc:
            log.info("push rules not readable: %r", exc.error.errcode)
            return Changes()

    def apply_sync(self, response: api.SyncResponse, *, initial: bool = False) -> Changes:
        """Apply one /sync answer (``sync.apply``) and tell ``on_changes`` what is news."""
        changes = apply_sync(
            self.replica, response, user_id=self.user_id, clock=self._clock, initial=initial
        )
        if self._on_changes is not None and not initial and not changes.empty:
            self._on_changes(changes)
        return changes

    def fetch_edit_history(self, message_id: int) -> Changes:
        """The earlier versions of an edited message the replica does not keep, from the
        server's edit events (``sync.edithistory``); raises ``OfflineError`` offline."""
        return edithistory.fetch(self._caller, self.replica, message_id)

    # -- backfill ----------------------------------------------------------------------

    def initial_sync(self, *, max_pages: int | None = None) -> Changes:
        """The first sync of an account, then each group's history back to its horizon."""
        changes = self.sync_once()
        return changes | self.backfill_groups(max_pages=max_pages)

    def backfill(
        self, group_id: str, *, max_pages: int | None = 20, page_size: int = BACKFILL_PAGE
    ) -> Changes:
        """Fetch older history of a group, back to its retention horizon.

        At the horizon the token of the page that crossed it is kept with the horizon it
        stopped at: should the user keep more history later, backfill resumes from there
        (and fetches again what that page dropped) instead of never reaching it. After
        ``apply_retention`` removed history the token is ``FROM_NEWEST``: more history
        wanted later walks back from the newest message (ingest skips what it has).
        """
        starts = self._backfill.starts(group_id, self.default_retention_days, self._clock())
        return self._backfill.run(starts, max_pages, page_size, skip_refused=False)

    def backfill_groups(self, *, max_pages: int | None = 2) -> Changes:
        """Older history for every group that still wants some, ``max_pages`` each.

        The sync loop calls this between polls, so history fills in back to each group's
        retention horizon without holding up new messages. A group whose history the
        server refuses (left meanwhile, history hidden) is skipped; the others go on."""
        starts = self._backfill.starts(None, self.default_retention_days, self._clock())
        return self._backfill.run(starts, max_pages, BACKFILL_PAGE, skip_refused=True)

    # -- what is kept ------------------------------------------------------------------

    def apply_retention(self) -> Changes:
        """Remove history older than each group's retention horizon (``sync.retention``)."""
        return retention.apply_retention(self.replica, self.default_retention_days, self._clock())

    def enforce_storage_cap(self) -> EvictionReport | None:
        """Keep the media cache under ``storage_cap_bytes`` (``sync.retention``)."""
        return retention.enforce_storage_cap(self.replica, self.media, self.storage_cap_bytes)

    def index_document_texts(self) -> Changes:
        """Read the text of a few cached documents whose text is due (kept available
        offline, or opened) and index it (``client.doctext``), after the round and outside
        its transaction; the rest waits for the next rounds. Search works without it, so a
        failure is logged, not raised."""
        if self._texts is None:
            return Changes()
        try:
            changes = doctext.index_due(self.replica, self._texts, stop=self._stop.is_set)
        except Exception:
            log.exception("reading documents for search failed; it is tried again later")
            return Changes()
        if self._on_changes is not None and not changes.empty:
            self._on_changes(changes)
        return changes

    def finish_purges(self) -> bool:
        """After a group was removed: delete its files, merge its words out of the search
        index and empty the WAL (``sync.retention``). Also what a crash left undone, on
        the first sync after a start. True when nothing is left to do."""
        return retention.finish_purges(self.replica, self.media, self._stop.is_set)

    # -- push --------------------------------------------------------------------------

    def wake(self) -> None:
        """Something was queued: let ``run``'s outbox thread send it now, not after the poll."""
        self._wake.set()

    def reconnect(self) -> None:
        """Try the server now rather than when the backoff runs out (the user asked, or the
        app learnt that the network is back); also ends ``run``'s wait once it is stopped."""
        self._retry.set()

    def flush(self) -> FlushReport:
        """Send what waits in the outbox: per group in order, groups independent."""
        return self._outbox.flush()

    # -- documents ---------------------------------------------------------------------

    @property
    def max_download_bytes(self) -> int:
        """The largest document file downloaded (IT policy ``max_download_mb``)."""
        return self._transfers.max_download_bytes

    @max_download_bytes.setter
    def max_download_bytes(self, value: int) -> None:
        self._transfers.max_download_bytes = value

    def fetch_document(self, document_id: str) -> str:
        """Make a document's current version available offline (``sync.transfers``)."""
        return self._transfers.fetch_document(document_id)

    def fetch_version(self, document_id: str, version: int) -> str:
        """One version of a document, into the media cache (``sync.transfers``)."""
        return self._transfers.fetch_version(document_id, version)

    def fetch_thumbnail(self, message_id: int) -> str | None:
        """The server's thumbnail of a post's image, into the media cache."""
        return self._transfers.fetch_thumbnail(message_id)

    def fetch_attachment(self, message_id: int) -> str:
        """A post's file, into the media cache (``sync.transfers``)."""
        return self._transfers.fetch_attachment(message_id)

    def fetch_pinned_documents(self) -> int:
        """Download what is kept available offline and not cached yet; returns how many."""
        return self._transfers.fetch_pinned_documents()

    # -- the loop ----------------------------------------------------------------------

    def run(self, stop: threading.Event, *, poll_timeout_ms: int = 30_000) -> None:
        """Sync until ``stop`` is set, waiting with backoff while offline.

        Raises ``AuthLostError`` when the server no longer accepts the token: the caller
        keeps or wipes the account's data (``sync.session.handle_auth_lost``).

        The outbox has a thread of its own, woken by ``wake()`` (and every
        ``OUTBOX_INTERVAL_S`` for entries whose backoff has run out), so that a post written
        while online leaves at once rather than after the current long poll.
        """
        self._stop = stop
        outbox = threading.Thread(
            target=self._outbox_loop, args=(stop,), name="outbox", daemon=True
        )
        outbox.start()
        failures = 0
        # While backfill still brings history, poll without waiting: the long poll would
        # otherwise hold each next page of history back until something new happens.
        more_history = False
        learnt = False
        try:
            while not stop.is_set():
                try:
                    busy = failures or more_history
                    self.sync_once(timeout_ms=0 if busy else poll_timeout_ms)
                    if not learnt:
                        self._learn_upload_limit()
                        learnt = True
                    more_history = False
                    if not stop.is_set():
                        more_history = bool(self.backfill_groups().messages)
                        self.apply_retention()
                    if not more_history and not stop.is_set():
                        self.tidy_search_index(stop)
                    if failures:
                        self.wake()  # back online: what waited can go now
                    failures = 0
                except OfflineError as exc:
                    failures += 1
                    retry_after = getattr(exc.error, "retry_after_ms", None)
                    self._pause(stop, backoff_delay(failures, retry_after, self._rng))
        finally:
            stop.set()
            self._wake.set()
            outbox.join(5)

    def _learn_upload_limit(self) -> None:
        """Ask the server's largest upload once per session (the window refuses a larger
        file when it is added); without an answer the first upload asks again."""
        try:
            self._transfers.upload_limit()
        except (OfflineError, MatrixRequestError) as exc:
            log.info("the server's upload limit is not known yet: %s", exc)

    def tidy_search_index(self, stop: threading.Event) -> None:
        """Once caught up: merge a search index that a large sync left in several big
        segments into one (a few seconds per million messages, in steps that let the user's
        writes through; see ``search.tidy_index``). Searching works either way, so a
        failure is logged, not raised."""
        try:
            steps = search.tidy_index(self.replica, stop.is_set)
        except Exception:
            log.exception("merging the search index failed; it is tried again later")
            return
        if steps:
            log.info("search index merged in %d steps", steps)

    def _pause(self, stop: threading.Event, seconds: float) -> None:
        """Wait between offline attempts until the time is up, ``stop`` or ``reconnect``."""
        deadline = time.monotonic() + seconds
        while not stop.is_set() and not self._retry.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                break
            self._retry.wait(min(left, 0.5))  # slices: `stop` is an Event of the caller's
        self._retry.clear()

    def _outbox_loop(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                self.flush()
            except OfflineError:
                pass  # the sync loop notices and reports it
            except AuthLostError:
                return
            except Exception:
                if stop.is_set():
                    return  # stopping closed the transport under a send; it is sent later
                log.exception("sending the outbox failed")
            self._wake.wait(OUTBOX_INTERVAL_S)
            self._wake.clear()
