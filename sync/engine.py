"""The sync engine: pull with /sync, push the outbox, backfill history.

Guarantees (ARCHITECTURE.md): the ``since`` token is committed with the events it brought;
every outbox entry is sent with the transaction id it was created with, in order per
group, one failing group never blocking another; transient failures retry with capped
exponential backoff and jitter, permanent ones stop that entry only; an entry whose outcome
is unknown and whose transaction id has outlived the server's deduplication window is
looked up in the group's timeline before it is sent again.

No Qt and no httpx here: requests go through ``sync.transport`` as ``sync.api`` values.
"""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, select

from client import ingest, offline, search
from client.changes import Changes
from client.clock import utcnow
from client.commands import outbox_counts
from client.filenames import safe_filename
from client.mediacache import EvictionReport, MediaCache, MediaCacheError
from client.models import (
    Document,
    Message,
    OutboxEntry,
    OutboxKind,
    OutboxState,
    Reaction,
)
from client.store import Replica
from sync import api, mapping
from sync.api import MatrixError, TransportError, TransportErrorKind
from sync.backoff import backoff_delay
from sync.media import CacheReader
from sync.state import EngineState as EngineState
from sync.state import Status as Status
from sync.transport import HttpTransport

log = logging.getLogger(__name__)

R = TypeVar("R")

SYNC_FILTER: dict[str, Any] = {
    "presence": {"not_types": ["*"]},
    "account_data": {"not_types": ["*"]},
    "room": {
        "timeline": {"limit": 200},
        "ephemeral": {"not_types": ["*"]},
        "account_data": {"not_types": ["*"]},
        "state": {"lazy_load_members": False},
    },
}
# Synapse remembers transaction ids for 30 minutes per device in memory and for a day in
# its database; we stay well inside the shorter guarantee of the spec's wording.
DEDUPE_WINDOW = timedelta(hours=23)
OUTBOX_INTERVAL_S = 5.0
# sync_state key prefix: the retention horizon at which a group's backfill stopped (or
# before which its history was removed).
_HORIZON_KEY = "backfill_horizon:"
# A group's backfill token that means "from the newest message back".
FROM_NEWEST = ""
# Events per /messages page when backfilling, and pages fetched ahead of the writes.
BACKFILL_PAGE = 200
READ_AHEAD = 4
# Outbox entries read at once when flushing a group.
FLUSH_BATCH = 100


class AuthLostError(Exception):
    """The server no longer accepts the access token.

    With ``soft_logout`` the user signs in again and keeps everything; without it the
    account's local data must be wiped (the Matrix spec says so).
    """

    def __init__(self, error: MatrixError) -> None:
        super().__init__(error.error or error.errcode)
        self.soft_logout = error.soft_logout


class OfflineError(Exception):
    """No usable answer from the server right now."""

    def __init__(self, error: TransportError | MatrixError) -> None:
        super().__init__(getattr(error, "detail", None) or getattr(error, "error", ""))
        self.error = error


@dataclass
class FlushReport:
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    changes: Changes = field(default_factory=Changes)


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
        # One flush at a time: the sync loop, the outbox thread and callers may all ask.
        self._flush_lock = threading.Lock()
        self._wake = threading.Event()
        # Ends the wait between attempts while offline (``reconnect``).
        self._retry = threading.Event()
        # Set by the app from its settings (and IT policy); plain values the sync thread
        # reads on each round. None: keep all history / no cap (the command-line client).
        self.default_retention_days: int | None = None
        self.storage_cap_bytes: int | None = None

    # -- status ------------------------------------------------------------------------

    def status(self) -> Status:
        with self.replica.session() as session:
            counts = outbox_counts(session)
            last = self._get_state(session.connection(), "last_sync")
            online = self._get_state(session.connection(), "online")
        return Status(
            state=self._state,
            outbox={state.value: n for state, n in counts.items()},
            last_sync=datetime.fromisoformat(last) if last else None,
            error=self._error,
            online=None if online is None else online == "1",
        )

    def _set_state(self, state: EngineState, error: str | None = None) -> None:
        self._state = state
        self._error = error
        if self._on_status is not None:
            self._on_status(self.status())

    def _call(self, request: api.Request[R]) -> R:
        result = self.transport.execute(request)
        return self._unwrap(result)

    def _unwrap(self, result: R | MatrixError | TransportError) -> R:
        if isinstance(result, MatrixError):
            if result.is_unknown_token:
                self._set_state(EngineState.SIGNED_OUT, result.error)
                raise AuthLostError(result)
            if result.is_transient:
                raise OfflineError(result)
            raise MatrixRequestError(result)
        if isinstance(result, TransportError):
            self._set_state(EngineState.OFFLINE, result.detail)
            raise OfflineError(result)
        return result

    # -- sync state --------------------------------------------------------------------

    @staticmethod
    def _get_state(conn: Connection, key: str) -> str | None:
        row = conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = ?", (key,)).first()
        return None if row is None else str(row[0])

    @staticmethod
    def _put_state(conn: Connection, key: str, value: str) -> None:
        conn.exec_driver_sql(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- pull --------------------------------------------------------------------------

    def _filter_id(self) -> str:
        with self.replica.connect() as conn:
            stored = self._get_state(conn, "filter")
        wanted = json.dumps(SYNC_FILTER, sort_keys=True)
        if stored:
            filter_id, _, definition = stored.partition(" ")
            if definition == wanted:
                return filter_id
        response = self._call(api.upload_filter(self.user_id, SYNC_FILTER))
        with self.replica.begin() as conn:
            self._put_state(conn, "filter", f"{response.filter_id} {wanted}")
        return response.filter_id

    def since(self) -> str | None:
        with self.replica.connect() as conn:
            return self._get_state(conn, "since")

    def sync_once(self, timeout_ms: int = 0) -> Changes:
        """One /sync round trip, applied to the replica in one transaction."""
        since = self.since()
        if since is None:
            self._set_state(EngineState.SYNCING)
        try:
            response = self._call(
                api.sync(since=since, filter=self._filter_id(), timeout_ms=timeout_ms)
            )
        except OfflineError:
            with self.replica.begin() as conn:
                self._put_state(conn, "online", "0")
            raise
        changes = self.apply_sync(response, initial=since is None)
        self._set_state(EngineState.UP_TO_DATE)
        self.fetch_pinned_documents()
        self.enforce_storage_cap()
        return changes

    def apply_sync(self, response: api.SyncResponse, *, initial: bool = False) -> Changes:
        batches = {
            room_id: mapping.map_room(room_id, room.state, room.timeline.events)
            for room_id, room in response.joined.items()
        }
        with self.replica.begin() as conn:
            changes = self._apply_batches(conn, batches, initial=initial)
            for room_id, room in response.joined.items():
                if room.timeline.limited and room.timeline.prev_batch:
                    conn.exec_driver_sql(
                        'UPDATE "group" SET backfill_token = coalesce(backfill_token, ?) '
                        "WHERE id = ?",
                        (room.timeline.prev_batch, room_id),
                    )
                    # A comment whose post is older than the timeline waits for the
                    # backfill that brings the post.
                    waiting = [*self._orphans(conn, room_id), *batches[room_id].messages]
                    self._keep_orphans(conn, room_id, waiting)
            for room_id in response.left:
                changes = changes | self._forget_room(conn, room_id)
            self._put_state(conn, "since", response.next_batch)
            self._put_state(conn, "last_sync", self._clock().isoformat())
            self._put_state(conn, "online", "1")
        if self._on_changes is not None and not initial and not changes.empty:
            self._on_changes(changes)
        return changes

    def _apply_batches(
        self, conn: Connection, batches: Mapping[str, mapping.RoomBatch], *, initial: bool
    ) -> Changes:
        changes = Changes()
        known_orgs = {row[0] for row in conn.exec_driver_sql("SELECT id FROM organisation")}
        directories = {
            row[0]: row[1]
            for row in conn.exec_driver_sql(
                "SELECT directory_room_id, id FROM organisation WHERE directory_room_id IS NOT NULL"
            )
        }
        # Spaces first, then directories, then groups: each needs the one before.
        for batch in batches.values():
            if batch.is_space or batch.room_id in known_orgs:
                changes = changes | self._apply_space(conn, batch, batch.room_id in known_orgs)
                known_orgs.add(batch.room_id)
        for batch in batches.values():
            org = batch.directory_of or directories.get(batch.room_id)
            if batch.is_directory or batch.room_id in directories:
                changes = changes | self._apply_directory(conn, batch, org, known_orgs)
        for batch in batches.values():
            if batch.room_id in known_orgs or batch.is_directory or batch.room_id in directories:
                continue
            changes = changes | self._apply_group(conn, batch, initial=initial)
        return changes

    def _apply_space(self, conn: Connection, batch: mapping.RoomBatch, known: bool) -> Changes:
        if not known or batch.name or batch.organisation_name or batch.topic:
            current = conn.exec_driver_sql(
                "SELECT name, description FROM organisation WHERE id = ?", (batch.room_id,)
            ).first()
            row = batch.organisation_row()
            if current is not None:
                row = ingest.OrganisationRow(
                    row.id,
                    batch.organisation_name or batch.name or current[0],
                    batch.organisation_description or batch.topic or current[1],
                )
            ingest.upsert_organisations(conn, [row])
        if batch.space_children:
            pending = json.loads(self._get_state(conn, "space_links") or "[]")
            pending.extend([batch.room_id, child] for child in batch.space_children)
            self._put_state(conn, "space_links", json.dumps(pending))
        self._link_groups(conn)
        return Changes(organisations=frozenset({batch.room_id}))

    def _link_groups(self, conn: Connection) -> None:
        """Link groups to organisation spaces once both are in the replica."""
        pending = json.loads(self._get_state(conn, "space_links") or "[]")
        if not pending:
            return
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO group_organisation (group_id, organisation_id) "
            'SELECT ?, ? WHERE EXISTS (SELECT 1 FROM "group" WHERE id = ?) '
            "AND EXISTS (SELECT 1 FROM organisation WHERE id = ?)",
            [(child, space, child, space) for space, child in pending],
        )

    def _apply_directory(
        self, conn: Connection, batch: mapping.RoomBatch, org: str | None, known_orgs: set[str]
    ) -> Changes:
        if org is not None and org in known_orgs:
            conn.exec_driver_sql(
                "UPDATE organisation SET directory_room_id = ? WHERE id = ?", (batch.room_id, org)
            )
        else:
            org = None
        people = [
            ingest.PersonEntry(**{**p.__dict__, "organisation_id": org}) for p in batch.people
        ]
        return ingest.upsert_people(conn, people) if people else Changes()

    def _apply_group(self, conn: Connection, batch: mapping.RoomBatch, *, initial: bool) -> Changes:
        current = conn.exec_driver_sql(
            'SELECT name, description, kind FROM "group" WHERE id = ?', (batch.room_id,)
        ).first()
        changes = Changes(groups=frozenset({batch.room_id}))
        if current is None:
            ingest.upsert_groups(conn, [batch.group_row()])
        elif batch.name or batch.topic or batch.group_description or batch.group_kind:
            conn.exec_driver_sql(
                'UPDATE "group" SET name = ?, description = ?, kind = ? WHERE id = ?',
                (
                    batch.name or current[0],
                    batch.group_description or batch.topic or current[1],
                    batch.group_kind or current[2],
                    batch.room_id,
                ),
            )
        if batch.space_parents:
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO group_organisation (group_id, organisation_id) "
                "SELECT ?, id FROM organisation WHERE id = ?",
                [(batch.room_id, parent) for parent in batch.space_parents],
            )
        if current is None:
            self._link_groups(conn)
        if batch.members:
            changes = changes | ingest.set_members(
                conn,
                batch.room_id,
                [(m.user_id, m.membership, m.display_name) for m in batch.members],
            )
        changes = changes | self._apply_content(conn, batch)
        if not initial:
            fresh = [m for m in batch.messages if m.author != self.user_id and m.txn_id is None]
            mentioned = sum(1 for m in fresh if self.user_id in m.mentions)
            if fresh:
                conn.exec_driver_sql(
                    'UPDATE "group" SET unread_count = unread_count + ?, '
                    "mention_count = mention_count + ? WHERE id = ?",
                    (len(fresh), mentioned, batch.room_id),
                )
        return changes

    def _apply_content(self, conn: Connection, batch: mapping.RoomBatch) -> Changes:
        changes = ingest.ingest_messages(conn, batch.messages)
        if batch.edits:
            changes = changes | ingest.apply_edits(
                conn,
                [
                    (e.target_event_id, e.sender, e.body, e.body_html, e.edited_at)
                    for e in batch.edits
                ],
            )
        if batch.reactions:
            changes = changes | ingest.ingest_reactions(
                conn,
                [
                    (r.event_id, r.target_event_id, r.author, r.key, r.created_at, r.txn_id)
                    for r in batch.reactions
                ],
            )
        if batch.redactions:
            changes = changes | ingest.apply_redactions(conn, batch.redactions)
        if batch.answers:
            changes = changes | ingest.apply_answers(
                conn, [(a.question_event_id, a.answer_event_id, a.sender) for a in batch.answers]
            )
        if batch.documents:
            changes = changes | ingest.upsert_documents(conn, batch.documents)
        return changes

    def _forget_room(self, conn: Connection, room_id: str) -> Changes:
        """Access taken away: remove the local copy of what is no longer allowed."""
        changes = Changes()
        conn.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (_orphans_key(room_id),))
        if conn.exec_driver_sql('SELECT 1 FROM "group" WHERE id = ?', (room_id,)).first():
            changes = changes | ingest.purge_group(conn, room_id)
        org = conn.exec_driver_sql(
            "SELECT id FROM organisation WHERE directory_room_id = ?", (room_id,)
        ).scalar()
        if org is not None:
            people = [
                row[0]
                for row in conn.exec_driver_sql(
                    "SELECT user_id FROM person WHERE organisation_id = ?", (org,)
                )
            ]
            ingest.remove_people(conn, people)
            conn.exec_driver_sql(
                "UPDATE organisation SET directory_room_id = NULL WHERE id = ?", (org,)
            )
            changes = changes | Changes(people=frozenset(people))
        if conn.exec_driver_sql("SELECT 1 FROM organisation WHERE id = ?", (room_id,)).first():
            conn.exec_driver_sql("DELETE FROM organisation WHERE id = ?", (room_id,))
            changes = changes | Changes(organisations=frozenset({room_id}))
        return changes

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
        starts = self._backfill_starts(group_id)
        return self._backfill(starts, max_pages, page_size, skip_refused=False)

    def backfill_groups(self, *, max_pages: int | None = 2) -> Changes:
        """Older history for every group that still wants some, ``max_pages`` each.

        The sync loop calls this between polls, so history fills in back to each group's
        retention horizon without holding up new messages. A group whose history the
        server refuses (left meanwhile, history hidden) is skipped; the others go on."""
        starts = self._backfill_starts(None)
        return self._backfill(starts, max_pages, BACKFILL_PAGE, skip_refused=True)

    def _backfill_starts(self, group_id: str | None) -> list[_Backfill]:
        """Where the backfill of one group (None: every joined group) goes on from, and how
        far back it may go; a group that stopped at the horizon it has now is left out."""
        query = (
            'SELECT id, backfill_token, retention_days FROM "group" '
            "WHERE backfill_token IS NOT NULL"
        )
        with self.replica.connect() as conn:
            if group_id is None:
                rows = conn.exec_driver_sql(query + " AND joined = 1 ORDER BY id").all()
            else:
                rows = conn.exec_driver_sql(query + " AND id = ?", (group_id,)).all()
            stopped = {
                str(key)[len(_HORIZON_KEY) :]: datetime.fromisoformat(str(value))
                for key, value in conn.exec_driver_sql(
                    "SELECT key, value FROM sync_state WHERE key LIKE ?", (_HORIZON_KEY + "%",)
                )
            }
        now = self._clock()
        starts = []
        for room_id, token, days in rows:
            horizon = offline.horizon(days, self.default_retention_days, now)
            reached = stopped.get(room_id)
            if reached is not None and horizon is not None and horizon >= reached:
                continue  # reached before, and nothing older is wanted now
            starts.append(_Backfill(str(room_id), str(token), horizon))
        return starts

    def _backfill(
        self,
        starts: Sequence[_Backfill],
        max_pages: int | None,
        page_size: int,
        *,
        skip_refused: bool,
    ) -> Changes:
        """Pages are fetched on a thread of their own while the ones before are written:
        the server prepares the next page while this one is mapped and indexed."""
        changes = Changes()
        for start, from_token, page in self._fetch_ahead(
            starts, max_pages, page_size, skip_refused=skip_refused
        ):
            changes = changes | self._apply_backfill_page(start, from_token, page)
        return changes

    def _fetch_ahead(
        self,
        starts: Sequence[_Backfill],
        max_pages: int | None,
        page_size: int,
        *,
        skip_refused: bool,
    ) -> Iterator[tuple[_Backfill, str, api.MessagesResponse]]:
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

        def fetch_group(start: _Backfill) -> bool:
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
                    page = self._call(request)
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

    def _apply_backfill_page(
        self, start: _Backfill, from_token: str, page: api.MessagesResponse
    ) -> Changes:
        group_id = start.group_id
        events = list(reversed(page.chunk))  # oldest first
        batch = mapping.map_room(group_id, page.state, events)
        reached_horizon = False
        if start.horizon is not None:
            kept = [m for m in batch.messages if m.created_at >= start.horizon]
            reached_horizon = len(kept) < len(batch.messages)
            batch.messages = kept
        with self.replica.begin() as conn:
            if not conn.exec_driver_sql('SELECT 1 FROM "group" WHERE id = ?', (group_id,)).first():
                return Changes()  # left while the page was on its way
            # Comments can come a page before their post: kept until it arrives.
            batch.messages = [*batch.messages, *self._orphans(conn, group_id)]
            changes = self._apply_content(conn, batch)
            token: str | None
            if reached_horizon and start.horizon is not None:
                self._put_state(conn, _HORIZON_KEY + group_id, start.horizon.isoformat())
                token = from_token
            else:
                token = page.end
                conn.exec_driver_sql(
                    "DELETE FROM sync_state WHERE key = ?", (_HORIZON_KEY + group_id,)
                )
            # Past the last page, a comment without its post has none to wait for.
            self._keep_orphans(conn, group_id, batch.messages if token is not None else [])
            conn.exec_driver_sql(
                'UPDATE "group" SET backfill_token = ? WHERE id = ?', (token, group_id)
            )
        return changes

    @classmethod
    def _orphans(cls, conn: Connection, group_id: str) -> list[ingest.MessageRow]:
        stored = cls._get_state(conn, _orphans_key(group_id))
        return [_message_row(item) for item in json.loads(stored)] if stored else []

    @classmethod
    def _keep_orphans(
        cls, conn: Connection, group_id: str, messages: Sequence[ingest.MessageRow]
    ) -> None:
        """Keep the comments of ``messages`` that were not stored for want of their post
        (it is older, still to be backfilled), with the backfill token they wait for."""
        comments = {m.event_id: m for m in messages if m.kind == "comment"}
        stored = ingest.stored_event_ids(conn, list(comments))
        waiting = [_message_json(m) for e, m in comments.items() if e not in stored]
        if waiting:
            cls._put_state(conn, _orphans_key(group_id), json.dumps(waiting))
        else:
            conn.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (_orphans_key(group_id),))

    def apply_retention(self) -> Changes:
        """Remove history older than each group's retention horizon (``client.offline``).

        Reads first and writes only for groups that hold something older than their
        horizon, so a round with nothing to remove never takes the write lock."""
        now = self._clock()
        with self.replica.connect() as conn:
            groups = conn.exec_driver_sql(
                'SELECT id, retention_days FROM "group" WHERE joined = 1'
            ).all()
            due = []
            for group_id, days in groups:
                before = offline.horizon(days, self.default_retention_days, now)
                if before is not None and offline.has_history_before(conn, group_id, before):
                    due.append((str(group_id), before))
        changes = Changes()
        for group_id, before in due:
            with self.replica.begin() as conn:
                pruned = offline.prune_history(conn, group_id, before)
                if pruned.messages:
                    # Older history is gone now: should more be wanted later, backfill
                    # walks back from the newest message (see ``backfill``).
                    stopped = self._get_state(conn, _HORIZON_KEY + group_id)
                    if not stopped or datetime.fromisoformat(stopped) < before:
                        self._put_state(conn, _HORIZON_KEY + group_id, before.isoformat())
                    conn.exec_driver_sql(
                        'UPDATE "group" SET backfill_token = ? WHERE id = ?',
                        (FROM_NEWEST, group_id),
                    )
            changes = changes | pruned
        return changes

    # -- storage -----------------------------------------------------------------------

    def enforce_storage_cap(self) -> EvictionReport | None:
        """Keep the media cache under ``storage_cap_bytes``: least recently used files go
        first; files kept offline or not uploaded yet never do (``client.offline``)."""
        if self.media is None or self.storage_cap_bytes is None:
            return None
        report = offline.enforce_cap(self.replica, self.media, self.storage_cap_bytes)
        if report.size_bytes > self.storage_cap_bytes:
            log.info("media cache over its cap with files that must stay: %s", report)
        return report

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
        with self._flush_lock:
            return self._flush()

    def _flush(self) -> FlushReport:
        report = FlushReport()
        now = self._clock()
        with self.replica.session() as session:
            groups = session.scalars(
                select(OutboxEntry.group_id)
                .where(OutboxEntry.state.in_([OutboxState.WAITING, OutboxState.SENDING]))
                .distinct()
            ).all()
        for group_id in groups:
            self._flush_group(group_id, now, report)
        return report

    def _pending_entries(self, group_id: str) -> list[OutboxEntry]:
        """The group's next entries in order: one query for a run of sends, not one each."""
        with self.replica.session() as session:
            return list(
                session.scalars(
                    select(OutboxEntry)
                    .where(
                        OutboxEntry.group_id == group_id,
                        OutboxEntry.state.in_(
                            [OutboxState.WAITING, OutboxState.SENDING, OutboxState.FAILED]
                        ),
                    )
                    .order_by(OutboxEntry.id)
                    .limit(FLUSH_BATCH)
                )
            )

    def _flush_group(self, group_id: str, now: datetime, report: FlushReport) -> None:
        # An entry the server accepted is recorded in the transaction that claims the next
        # one: one replica write per send, and still before the next send, which may need
        # its event id (a comment on a post sent just before).
        done: tuple[OutboxEntry, str | None] | None = None
        try:
            while entries := self._pending_entries(group_id):
                for entry in entries:
                    if entry.state is OutboxState.FAILED:
                        # Order is kept: later entries of this group wait until the user decides.
                        report.deferred += 1
                        return
                    if entry.next_attempt_at is not None and entry.next_attempt_at > now:
                        report.deferred += 1
                        return
                    unknown_outcome = entry.state is OutboxState.SENDING
                    claimed = self._claim(entry, done, report)
                    done = None
                    if not claimed:
                        break  # changed meanwhile (deleted, discarded): read the queue again
                    try:
                        if unknown_outcome and now - entry.created_at > DEDUPE_WINDOW:
                            found = self._find_sent(entry)
                            if found is not None:
                                done = (entry, found)
                                report.sent += 1
                                continue
                        event_id = self._send(entry)
                    except OfflineError as exc:
                        retry_after = getattr(exc.error, "retry_after_ms", None)
                        maybe_sent = unknown_outcome or _may_have_reached_server(exc.error)
                        self._retry_later(entry, str(exc), retry_after, maybe_sent=maybe_sent)
                        report.deferred += 1
                        return  # keep this group's order; other groups go on
                    except MatrixRequestError as exc:
                        self._fail(entry, exc.error)
                        report.failed += 1
                        return
                    except PermanentEntryError as exc:
                        self._fail_text(entry, str(exc))
                        report.failed += 1
                        return
                    done = (entry, event_id)
                    report.sent += 1
                if done is not None:
                    report.changes = report.changes | self._record_sent(*done)
                    done = None
        finally:
            if done is not None:
                report.changes = report.changes | self._record_sent(*done)

    def _claim(
        self, entry: OutboxEntry, done: tuple[OutboxEntry, str | None] | None, report: FlushReport
    ) -> bool:
        """Mark ``entry`` as being sent (its outcome unknown until recorded), recording
        ``done`` in the same transaction; False if the entry changed since it was read."""
        with self.replica.begin() as conn:
            if done is not None:
                report.changes = report.changes | self._record_sent_in(conn, *done)
            claimed = conn.exec_driver_sql(
                "UPDATE outbox_entry SET state = 'sending' WHERE id = ? AND state = ?",
                (entry.id, entry.state.value),
            )
            return claimed.rowcount == 1

    def _retry_later(
        self, entry: OutboxEntry, error: str, retry_after_ms: int | None, *, maybe_sent: bool
    ) -> None:
        """Try again after a backoff. An entry whose request may have reached the server
        stays SENDING (outcome unknown) until it is settled: local commands then treat it
        as sent (an edit becomes an edit event, a delete a redaction, instead of changing
        the unsent row in place, which the server's deduplication would silently drop),
        and past the dedupe window it is looked up before it is sent again."""
        attempts = entry.attempts + 1
        delay = backoff_delay(attempts, retry_after_ms, self._rng)
        state = OutboxState.SENDING if maybe_sent else OutboxState.WAITING
        with self.replica.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE outbox_entry SET state = ?, attempts = ?, last_error = ?, "
                "next_attempt_at = ? WHERE id = ?",
                (
                    state.value,
                    attempts,
                    error,
                    self._clock() + timedelta(seconds=delay),
                    entry.id,
                ),
            )

    def _fail(self, entry: OutboxEntry, error: MatrixError) -> None:
        self._fail_text(entry, f"{error.errcode}: {error.error}")

    def _fail_text(self, entry: OutboxEntry, text: str) -> None:
        with self.replica.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE outbox_entry SET state = 'failed', attempts = attempts + 1, "
                "last_error = ? WHERE id = ?",
                (text, entry.id),
            )

    def _record_sent(self, entry: OutboxEntry, event_id: str | None) -> Changes:
        with self.replica.begin() as conn:
            return self._record_sent_in(conn, entry, event_id)

    @staticmethod
    def _record_sent_in(conn: Connection, entry: OutboxEntry, event_id: str | None) -> Changes:
        conn.exec_driver_sql(
            "UPDATE outbox_entry SET state = 'sent', sent_event_id = ?, last_error = NULL "
            "WHERE id = ?",
            (event_id, entry.id),
        )
        changed: set[int] = set()
        if entry.kind in (OutboxKind.POST, OutboxKind.COMMENT) and entry.message_id:
            conn.exec_driver_sql(
                "UPDATE message SET event_id = coalesce(event_id, ?), pending = 0 "
                "WHERE id = ? AND (event_id IS NULL OR event_id = ?)",
                (event_id, entry.message_id, event_id),
            )
            changed.add(entry.message_id)
        elif entry.kind is OutboxKind.REACT and entry.reaction_id:
            conn.exec_driver_sql(
                "UPDATE reaction SET event_id = coalesce(event_id, ?), pending = 0 WHERE id = ?",
                (event_id, entry.reaction_id),
            )
        elif entry.kind is OutboxKind.DOCUMENT and entry.document_id:
            conn.exec_driver_sql(
                "UPDATE document SET pending = 0 WHERE id = ?", (entry.document_id,)
            )
        # Sent entries are history; keep the table small.
        conn.exec_driver_sql("DELETE FROM outbox_entry WHERE id = ?", (entry.id,))
        return Changes(messages=frozenset(changed), outbox=True)

    def _event_id_of(self, message_id: int | None) -> str:
        with self.replica.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT event_id FROM message WHERE id = ?", (message_id,)
            ).first()
        if row is None:
            raise PermanentEntryError("the message it belongs to no longer exists")
        if row[0] is None:
            raise PermanentEntryError("the post it belongs to was not sent")
        return str(row[0])

    def _send(self, entry: OutboxEntry) -> str | None:
        match entry.kind:
            case OutboxKind.POST | OutboxKind.COMMENT:
                return self._send_message(entry)
            case OutboxKind.EDIT:
                return self._send_edit(entry)
            case OutboxKind.REACT:
                target = self._event_id_of(entry.message_id)
                result = self.transport.execute(
                    api.send_event(
                        entry.group_id, "m.reaction", entry.txn_id, mapping.reaction_content(target)
                    )
                )
                if isinstance(result, MatrixError) and result.errcode == "M_DUPLICATE_ANNOTATION":
                    return None  # it is there already: that is success
                return self._unwrap(result).event_id
            case OutboxKind.UNREACT:
                reaction_event = entry.payload.get("reaction_event_id")
                if not isinstance(reaction_event, str):
                    reaction_event = self._find_reaction(entry)
                if reaction_event is None:
                    return None  # nothing on the server to take back
                return self._call(api.redact(entry.group_id, reaction_event, entry.txn_id)).event_id
            case OutboxKind.DELETE:
                target = self._event_id_of(entry.message_id)
                return self._call(api.redact(entry.group_id, target, entry.txn_id)).event_id
            case OutboxKind.DOCUMENT:
                return self._send_document(entry)
        raise PermanentEntryError(f"unknown outbox entry kind {entry.kind}")

    def _outgoing(self, message_id: int | None) -> _Outgoing | None:
        """What a post or comment is sent with, read with plain SQL: this runs once per
        send, and the ORM's session and lazy loads cost more than the query."""
        if message_id is None:
            return None
        with self.replica.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT id, kind, body, body_html, thread_root_id FROM message WHERE id = ?",
                (message_id,),
            ).first()
            if row is None:
                return None
            mentions = conn.exec_driver_sql(
                "SELECT user_id FROM mention WHERE message_id = ?", (message_id,)
            ).scalars()
            return _Outgoing(row[0], str(row[1]), row[2], row[3], row[4], tuple(mentions))

    def _message_content(self, message: _Outgoing, root_event: str | None) -> dict[str, Any]:
        return mapping.message_content(
            markdown=message.body,
            html_body=message.body_html,
            kind=message.kind,
            mentions=message.mentions,
            thread_root=root_event,
            reply_to=self._latest_in_thread(message) if root_event else None,
        )

    def _latest_in_thread(self, message: _Outgoing) -> str | None:
        with self.replica.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT event_id FROM message WHERE thread_root_id = ? AND id < ? "
                "AND event_id IS NOT NULL ORDER BY id DESC LIMIT 1",
                (message.thread_root_id, message.id),
            ).first()
        return None if row is None else str(row[0])

    def _send_message(self, entry: OutboxEntry) -> str:
        message = self._outgoing(entry.message_id)
        if message is None:
            raise PermanentEntryError("the message no longer exists")
        root = self._event_id_of(message.thread_root_id) if message.thread_root_id else None
        content = self._message_content(message, root)
        return self._call(
            api.send_event(entry.group_id, "m.room.message", entry.txn_id, content)
        ).event_id

    def _send_edit(self, entry: OutboxEntry) -> str:
        target = self._event_id_of(entry.message_id)
        if "answer_message_id" in entry.payload:
            answer_id = entry.payload["answer_message_id"]
            answer = self._event_id_of(answer_id) if isinstance(answer_id, int) else None
            content = mapping.answer_content(target, answer)
            return self._call(
                api.send_event(entry.group_id, mapping.ANSWER_EVENT, entry.txn_id, content)
            ).event_id
        message = self._outgoing(entry.message_id)
        if message is None:
            raise PermanentEntryError("the message it belongs to no longer exists")
        root = self._event_id_of(message.thread_root_id) if message.thread_root_id else None
        new = self._message_content(message, root)
        return self._call(
            api.send_event(
                entry.group_id, "m.room.message", entry.txn_id, mapping.edit_content(target, new)
            )
        ).event_id

    def _send_document(self, entry: OutboxEntry) -> str:
        if self.media is None:
            raise PermanentEntryError("documents need the media cache")
        with self.replica.session() as session:
            document = session.get(Document, entry.document_id) if entry.document_id else None
            if document is None:
                raise PermanentEntryError("the document no longer exists")
            session.expunge(document)
        payload = dict(entry.payload)
        sha = str(payload["sha256"])
        size = payload.get("size")
        if not isinstance(size, int):
            size = self._blob_size(sha)  # an entry queued before the size was recorded
        url = payload.get("url")
        if not isinstance(url, str):
            url = self._upload(sha, document.mimetype, document.name, size)
            payload["url"] = url  # a retry must not upload again
            self._save_payload(entry, payload)
        based_on = payload.get("based_on")
        based_on = based_on if isinstance(based_on, str) else None
        copy = payload.get("conflict_copy")
        if not isinstance(copy, dict):
            current = self.transport.execute(
                api.get_state_event(entry.group_id, mapping.DOCUMENT_STATE, document.id)
            )
            if isinstance(current, MatrixError) and current.errcode == "M_NOT_FOUND":
                server_sha = None
            else:
                server_sha = self._unwrap(current).content.get("sha256")
            if server_sha is not None and server_sha not in (based_on, sha):
                # Someone else saved a version in between: never overwrite it. The copy's
                # id and name are kept with the entry so that a retry makes the same copy.
                copy = self._conflict_copy(document, entry)
                payload["conflict_copy"] = copy
                self._save_payload(entry, payload)
        conflict_of = document.id if isinstance(copy, dict) else None
        state_key = str(copy["id"]) if isinstance(copy, dict) else document.id
        name = str(copy["name"]) if isinstance(copy, dict) else document.name
        content = mapping.document_content(
            name=name,
            folder=document.folder,
            mimetype=document.mimetype,
            size=size,
            sha256=sha,
            url=url,
            version=_int(payload.get("version")) if conflict_of is None else 1,
            based_on=based_on,
            conflict_of=conflict_of,
        )
        event_id = self._call(
            api.put_state_event(entry.group_id, mapping.DOCUMENT_STATE, content, state_key)
        ).event_id
        if conflict_of is not None:
            # Show the copy at once; the original is brought back to the server's
            # version by the next sync, which carries the other side's event.
            row = ingest.DocumentState(
                id=state_key,
                group_id=entry.group_id,
                name=name,
                folder=document.folder,
                mimetype=document.mimetype,
                size=size,
                sha256=sha,
                mxc_url=url,
                version=1,
                based_on=based_on,
                updated_by=self.user_id,
                updated_at=self._clock(),
                event_id=event_id,
                conflict_of=conflict_of,
            )
            with self.replica.begin() as conn:
                ingest.upsert_documents(conn, [row])
        return event_id

    def _save_payload(self, entry: OutboxEntry, payload: Mapping[str, object]) -> None:
        with self.replica.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE outbox_entry SET payload = ? WHERE id = ?", (json.dumps(payload), entry.id)
            )

    def _conflict_copy(self, document: Document, entry: OutboxEntry) -> dict[str, str]:
        stem, dot, ext = document.name.rpartition(".")
        if not dot:
            stem, ext = document.name, ""
        when = self._clock().strftime("%Y-%m-%d %H.%M")
        who = self.user_id.lstrip("@").split(":")[0]
        return {
            "id": f"{document.id}-conflict-{entry.txn_id[-8:]}",
            "name": f"{stem} (conflict {who} {when}){dot}{ext}",
        }

    def _blob_size(self, sha: str) -> int:
        assert self.media is not None
        try:
            return sum(len(chunk) for chunk in self.media.chunks(sha))
        except MediaCacheError as exc:
            raise PermanentEntryError(f"the local copy of the document is unusable: {exc}") from exc

    def _upload(self, sha: str, mimetype: str, name: str, size: int) -> str:
        """Stream the plaintext from the encrypted cache: never the whole file in memory."""
        assert self.media is not None
        reader = CacheReader(self.media.chunks(sha))
        try:
            result = self.transport.upload(api.upload_media(mimetype, name), reader, size=size)
        except MediaCacheError as exc:
            # Raised from inside the request body: the cached copy is missing or damaged.
            raise PermanentEntryError(f"the local copy of the document is unusable: {exc}") from exc
        return self._unwrap(result).content_uri

    # -- documents in -----------------------------------------------------------------

    def fetch_document(self, document_id: str) -> str:
        """Make the current version of a document available offline; returns its SHA-256.

        Streams the file from the server into the encrypted media cache and publishes it
        only if its SHA-256 is the one the document's state event names. Raises
        ``DocumentError`` (no such document, a bad media URL, a checksum mismatch) or, with
        no usable connection, ``OfflineError``.
        """
        if self.media is None:
            raise DocumentError("documents need the media cache")
        with self.replica.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT sha256, mxc_url FROM document WHERE id = ? AND deleted = 0",
                (document_id,),
            ).first()
        if row is None:
            raise DocumentError(f"no document {document_id}")
        sha, mxc = str(row[0]), row[1]
        if self.media.has(sha):
            return sha
        if mxc is None:
            raise DocumentError(f"document {document_id} is neither cached nor on the server")
        try:
            request = api.download_media(str(mxc))
        except ValueError as exc:
            raise DocumentError(f"document {document_id} has an unusable media URL") from exc
        writer = self.media.writer(expected_sha256=sha)
        try:
            self._unwrap(self.transport.download(request, writer))
            writer.commit()
        except MediaCacheError as exc:
            # commit() has removed the partial file already.
            raise DocumentError(
                f"document {document_id}: the server's file does not match ({exc})"
            ) from exc
        except BaseException:
            writer.abort()
            raise
        return sha

    def fetch_pinned_documents(self) -> int:
        """Download what is kept available offline and not cached yet; returns how many.

        A document is pinned on its own or through its group. Without a connection this
        stops quietly: the next sync tries again."""
        if self.media is None:
            return 0
        with self.replica.connect() as conn:
            rows = conn.exec_driver_sql(
                'SELECT d.id, d.sha256 FROM document d JOIN "group" g ON g.id = d.group_id '
                "WHERE (d.keep_offline = 1 OR g.keep_offline = 1) AND d.deleted = 0 "
                "AND d.mxc_url IS NOT NULL ORDER BY d.updated_at DESC"
            ).all()
        fetched = 0
        for document_id, sha in rows:
            if self.media.has(str(sha)):
                continue
            try:
                self.fetch_document(str(document_id))
            except (DocumentError, MatrixRequestError) as exc:
                # This document only (gone from the server, damaged): the others go on.
                log.warning("pinned document %s not downloaded: %s", document_id, exc)
                continue
            except OfflineError as exc:
                log.info("pinned documents wait for the next sync: %s", exc)
                break
            fetched += 1
        return fetched

    def export_document(self, document_id: str, folder: Path) -> Path:
        """Write a document's plaintext into ``folder`` to open it with the system's
        application. Its name comes from the server, so it goes through ``safe_filename``:
        whatever it says, the file lands in ``folder`` under a name every platform takes."""
        sha = self.fetch_document(document_id)
        assert self.media is not None
        with self.replica.connect() as conn:
            name = conn.exec_driver_sql(
                "SELECT name FROM document WHERE id = ?", (document_id,)
            ).scalar()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / safe_filename(str(name or document_id))
        self.media.export(sha, target)
        return target

    # -- outcome unknown ---------------------------------------------------------------

    def _find_sent(self, entry: OutboxEntry, pages: int = 10) -> str | None:
        """Look for our own event with this transaction id in the group's recent timeline."""
        token: str | None = None
        for _ in range(pages):
            page = self._call(api.messages(entry.group_id, from_token=token, limit=100))
            for event in page.chunk:
                if event.sender == self.user_id and (
                    event.unsigned.get("transaction_id") == entry.txn_id
                ):
                    return event.event_id
                if mapping.timestamp(event.origin_server_ts) < entry.created_at - timedelta(
                    minutes=5
                ):
                    return None
            if page.end is None:
                return None
            token = page.end
        return None

    def _find_reaction(self, entry: OutboxEntry) -> str | None:
        txn = entry.payload.get("reaction_txn_id")
        target = self._event_id_of(entry.message_id)
        token: str | None = None
        for _ in range(10):
            page = self._call(api.messages(entry.group_id, from_token=token, limit=100))
            for event in page.chunk:
                rel = event.content.get("m.relates_to")
                if (
                    event.type == "m.reaction"
                    and event.sender == self.user_id
                    and isinstance(rel, Mapping)
                    and rel.get("event_id") == target
                    and (txn is None or event.unsigned.get("transaction_id") in (txn, None))
                ):
                    return event.event_id
            if page.end is None:
                return None
            token = page.end
        return None

    # -- the loop ----------------------------------------------------------------------

    def run(self, stop: threading.Event, *, poll_timeout_ms: int = 30_000) -> None:
        """Sync until ``stop`` is set, waiting with backoff while offline.

        The outbox has a thread of its own, woken by ``wake()`` (and every
        ``OUTBOX_INTERVAL_S`` for entries whose backoff has run out), so that a post written
        while online leaves at once rather than after the current long poll.
        """
        outbox = threading.Thread(
            target=self._outbox_loop, args=(stop,), name="outbox", daemon=True
        )
        outbox.start()
        failures = 0
        # While backfill still brings history, poll without waiting: the long poll would
        # otherwise hold each next page of history back until something new happens.
        more_history = False
        try:
            while not stop.is_set():
                try:
                    busy = failures or more_history
                    self.sync_once(timeout_ms=0 if busy else poll_timeout_ms)
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
                except AuthLostError:
                    return
        finally:
            stop.set()
            self._wake.set()
            outbox.join(5)

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


class MatrixRequestError(Exception):
    """The server refused a request for good (a 4xx other than rate limiting)."""

    def __init__(self, error: MatrixError) -> None:
        super().__init__(f"{error.errcode}: {error.error}")
        self.error = error


class DocumentError(Exception):
    """A document cannot be made available: unknown, no usable media, or its file does
    not match the checksum in its state event."""


class PermanentEntryError(Exception):
    """An outbox entry that cannot be sent as it is; the user edits, retries or discards."""


def _may_have_reached_server(error: TransportError | MatrixError) -> bool:
    """Whether a failed request may still have been carried out by the server.

    Only a refused connection and a rate limit say for sure that nothing happened; a
    reset, a timeout, a cut-off body or a 5xx (often a proxy whose upstream did act) do not.
    """
    if isinstance(error, TransportError):
        return error.kind is not TransportErrorKind.CONNECT
    return not (error.status == 429 or error.errcode == "M_LIMIT_EXCEEDED")


@dataclass(frozen=True)
class _Outgoing:
    """A post or comment as the outbox sends it."""

    id: int
    kind: str
    body: str
    body_html: str
    thread_root_id: int | None
    mentions: tuple[str, ...]


@dataclass(frozen=True)
class _Backfill:
    """Where one group's backfill starts, and how far back it may go."""

    group_id: str
    token: str
    horizon: datetime | None

    def beyond_horizon(self, page: api.MessagesResponse) -> bool:
        return self.horizon is not None and any(
            mapping.timestamp(e.origin_server_ts) < self.horizon for e in page.chunk
        )


# What the backfill's fetching thread hands over: a page, its error, or None at the end.
_PageItem = tuple[_Backfill, str, api.MessagesResponse] | BaseException | None


def _orphans_key(group_id: str) -> str:
    return f"orphans {group_id}"


def _message_json(row: ingest.MessageRow) -> dict[str, Any]:
    return {**asdict(row), "created_at": row.created_at.isoformat(), "mentions": row.mentions}


def _message_row(data: dict[str, Any]) -> ingest.MessageRow:
    return ingest.MessageRow(
        **{
            **data,
            "created_at": datetime.fromisoformat(data["created_at"]),
            "mentions": tuple(data["mentions"]),
        }
    )


def _int(value: object, default: int = 1) -> int:
    return value if isinstance(value, int) else default


def retry_entry(replica: Replica, entry_id: int) -> Changes:
    """The user asks to send a failed entry again."""
    with replica.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE outbox_entry SET state = 'waiting', next_attempt_at = NULL, "
            "last_error = NULL WHERE id = ? AND state = 'failed'",
            (entry_id,),
        )
    return Changes(outbox=True)


def discard_entry(replica: Replica, entry_id: int) -> Changes:
    """The user gives up on a failed entry: its local echo goes with it."""
    with replica.write_session() as session:
        entry = session.get(OutboxEntry, entry_id)
        if entry is None or entry.state is not OutboxState.FAILED:
            return Changes()
        message_id = entry.message_id
        # The entry first: deleting its message cascades to it in the database.
        session.delete(entry)
        session.flush()
        if entry.kind in (OutboxKind.POST, OutboxKind.COMMENT) and message_id is not None:
            message = session.get(Message, message_id)
            if message is not None and message.event_id is None:
                session.delete(message)
        elif entry.kind is OutboxKind.REACT and entry.reaction_id is not None:
            reaction = session.get(Reaction, entry.reaction_id)
            if reaction is not None and reaction.event_id is None:
                session.delete(reaction)
    return Changes(outbox=True, messages=frozenset({message_id} if message_id else set()))
