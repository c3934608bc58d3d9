"""Sending the outbox: local changes to the server, in order per group, exactly once.

Every entry is sent with the transaction id it was created with, in order per group, one
failing group never blocking another. A transient failure retries after a capped
exponential backoff with jitter; a permanent one stops that entry (and, to keep the order,
the entries of its group behind it) until the user retries or discards it. An entry whose
outcome is unknown and whose transaction id has outlived the server's deduplication window
is looked up in the group's timeline before it is sent again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from client import attachments, outbox
from client import moderation as moderation_store
from client.changes import Changes
from client.outbox import Entry, OutboxKind, OutboxState
from client.reactions import LIKE
from client.store import Replica
from sync import api, appointments, mapping, membership, moderation, pushrules
from sync.api import MatrixError
from sync.backoff import backoff_delay
from sync.calls import (
    Caller,
    MatrixRequestError,
    OfflineError,
    PermanentEntryError,
    may_have_reached_server,
)
from sync.transfers import Transfers

log = logging.getLogger(__name__)

# Synapse remembers transaction ids for 30 minutes per device in memory and for a day in
# its database; we stay well inside the shorter guarantee of the spec's wording.
DEDUPE_WINDOW = timedelta(hours=23)
# Outbox entries read at once when flushing a group.
FLUSH_BATCH = 100


@dataclass
class FlushReport:
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    changes: Changes = field(default_factory=Changes)


class Outbox:
    """Sends one account's outbox."""

    def __init__(
        self,
        replica: Replica,
        caller: Caller,
        transfers: Transfers,
        user_id: str,
        *,
        clock: Callable[[], datetime],
        rng: Callable[[], float],
    ) -> None:
        self._replica = replica
        self._caller = caller
        self._transfers = transfers
        self._user_id = user_id
        self._clock = clock
        self._rng = rng
        # One flush at a time: the sync loop, the outbox thread and callers may all ask.
        self._lock = threading.Lock()

    def flush(self) -> FlushReport:
        """Send what waits: per group in order, groups independent."""
        with self._lock:
            report = FlushReport()
            now = self._clock()
            for group_id in outbox.groups_to_send(self._replica):
                self._flush_group(group_id, now, report)
            return report

    def _flush_group(self, group_id: str, now: datetime, report: FlushReport) -> None:
        # An entry the server accepted is recorded in the transaction that claims the next
        # one: one replica write per send, and still before the next send, which may need
        # its event id (a comment on a post sent just before).
        done: tuple[Entry, str | None] | None = None
        try:
            while entries := outbox.next_entries(self._replica, group_id, FLUSH_BATCH):
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
                        if entry.kind in membership.MEMBERSHIP_KINDS:
                            sent = membership.send(self._replica, self._caller, entry)
                            report.changes = report.changes | sent
                            event_id = None
                        elif moderation_store.is_moderation(entry.kind, entry.payload):
                            target = (
                                self._event_id_of(entry.message_id)
                                if entry.kind is OutboxKind.DELETE
                                else None
                            )
                            sent = moderation.send(self._replica, self._caller, entry, target)
                            report.changes = report.changes | sent
                            event_id = None
                        else:
                            event_id = self._send(entry)
                    except OfflineError as exc:
                        retry_after = getattr(exc.error, "retry_after_ms", None)
                        maybe_sent = unknown_outcome or may_have_reached_server(exc.error)
                        self._retry_later(entry, str(exc), retry_after, maybe_sent=maybe_sent)
                        report.deferred += 1
                        return  # keep this group's order; other groups go on
                    except MatrixRequestError as exc:
                        outbox.fail(self._replica, entry, f"{exc.error.errcode}: {exc.error.error}")
                        report.failed += 1
                        return
                    except PermanentEntryError as exc:
                        outbox.fail(self._replica, entry, str(exc))
                        report.failed += 1
                        return
                    done = (entry, event_id)
                    report.sent += 1
                if done is not None:
                    report.changes = report.changes | outbox.record_sent(self._replica, *done)
                    done = None
        finally:
            if done is not None:
                report.changes = report.changes | outbox.record_sent(self._replica, *done)

    def _claim(
        self, entry: Entry, done: tuple[Entry, str | None] | None, report: FlushReport
    ) -> bool:
        """Mark ``entry`` as being sent (its outcome unknown until recorded), recording
        ``done`` in the same transaction; False if the entry changed since it was read."""
        claimed, changes = outbox.claim(self._replica, entry, done)
        report.changes = report.changes | changes
        return claimed

    def _retry_later(
        self, entry: Entry, error: str, retry_after_ms: int | None, *, maybe_sent: bool
    ) -> None:
        """Try again after a backoff. An entry whose request may have reached the server
        stays SENDING (outcome unknown) until it is settled: local commands then treat it
        as sent (an edit becomes an edit event, a delete a redaction, instead of changing
        the unsent row in place, which the server's deduplication would silently drop),
        and past the dedupe window it is looked up before it is sent again."""
        delay = backoff_delay(entry.attempts + 1, retry_after_ms, self._rng)
        now = self._clock()
        outbox.retry_later(
            self._replica,
            entry,
            error,
            now + timedelta(seconds=delay),
            outcome_unknown=maybe_sent,
            failed_at=now,
        )

    # -- sending -----------------------------------------------------------------------

    def _send(self, entry: Entry) -> str | None:
        match entry.kind:
            case OutboxKind.POST | OutboxKind.COMMENT:
                return self._send_message(entry)
            case OutboxKind.EDIT:
                return self._send_edit(entry)
            case OutboxKind.REACT:
                target = self._event_id_of(entry.message_id)
                content = mapping.reaction_content(target, _reaction_key(entry))
                result = self._caller.transport.execute(
                    api.send_event(entry.group_id, "m.reaction", entry.txn_id, content)
                )
                if isinstance(result, MatrixError) and result.errcode == "M_DUPLICATE_ANNOTATION":
                    return None  # it is there already: that is success
                return self._caller.unwrap(result).event_id
            case OutboxKind.UNREACT:
                reaction_event = entry.payload.get("reaction_event_id")
                if not isinstance(reaction_event, str):
                    reaction_event = self._find_reaction(entry)
                if reaction_event is None:
                    return None  # nothing on the server to take back
                return self._caller.call(
                    api.redact(entry.group_id, reaction_event, entry.txn_id)
                ).event_id
            case OutboxKind.DELETE:
                target = self._event_id_of(entry.message_id)
                return self._caller.call(api.redact(entry.group_id, target, entry.txn_id)).event_id
            case OutboxKind.DOCUMENT:
                return self._transfers.send_document(entry)
            case OutboxKind.DOCUMENT_CHANGE:
                return self._transfers.send_change(entry)
            case OutboxKind.READ:
                self._send_read_marker(entry)
                return None
            case OutboxKind.APPOINTMENT | OutboxKind.RSVP:
                return appointments.send(self._caller, self._replica, self._user_id, entry)
            case OutboxKind.NOTIFY:
                pushrules.send(self._caller, entry)
                return None
        raise PermanentEntryError(f"unknown outbox entry kind {entry.kind}")

    def _send_read_marker(self, entry: Entry) -> None:
        """The read marker and a private read receipt, in one request. One the server
        refuses (the event or the room gone for us) is dropped: the user has nothing to
        retry, and a failed entry would hold up the group's other entries."""
        event_id = entry.payload.get("event_id")
        if not isinstance(event_id, str):
            return
        try:
            self._caller.call(api.set_read_markers(entry.group_id, event_id, read_private=event_id))
        except MatrixRequestError as exc:
            log.info("read marker in %s refused: %r", entry.group_id, exc.error.errcode)

    def _event_id_of(self, message_id: int | None) -> str:
        exists, event_id = outbox.message_event_id(self._replica, message_id)
        if not exists:
            raise PermanentEntryError("the message it belongs to no longer exists")
        if event_id is None:
            raise PermanentEntryError("the post it belongs to was not sent")
        return event_id

    def _message_content(self, message_id: int | None, missing: str) -> dict[str, Any]:
        """A post's or comment's content as it is now; ``missing`` says why not if it is gone."""
        message = outbox.outgoing(self._replica, message_id)
        if message is None:
            raise PermanentEntryError(missing)
        root = self._event_id_of(message.thread_root_id) if message.thread_root_id else None
        return mapping.message_content(
            markdown=message.body,
            html_body=message.body_html,
            kind=message.kind,
            mentions=message.mentions,
            thread_root=root,
            reply_to=outbox.latest_in_thread(self._replica, message) if root else None,
        )

    def _send_message(self, entry: Entry) -> str:
        content = self._message_content(entry.message_id, "the message no longer exists")
        found = attachments.media_of(self._replica, entry.message_id or 0)
        if found is not None:
            # Upload first, then the event: the event names the file.
            url = self._transfers.upload_attachment(entry, found)
            content = mapping.with_attachment(
                content,
                kind=found.kind,
                name=found.name,
                mimetype=found.mimetype,
                size=found.size,
                url=url,
            )
        return self._caller.call(
            api.send_event(entry.group_id, "m.room.message", entry.txn_id, content)
        ).event_id

    def _send_edit(self, entry: Entry) -> str:
        target = self._event_id_of(entry.message_id)
        if "answer_message_id" in entry.payload:
            answer_id = entry.payload["answer_message_id"]
            answer = self._event_id_of(answer_id) if isinstance(answer_id, int) else None
            content = mapping.answer_content(target, answer)
            return self._caller.call(
                api.send_event(entry.group_id, mapping.ANSWER_EVENT, entry.txn_id, content)
            ).event_id
        new = self._message_content(entry.message_id, "the message it belongs to no longer exists")
        return self._caller.call(
            api.send_event(
                entry.group_id, "m.room.message", entry.txn_id, mapping.edit_content(target, new)
            )
        ).event_id

    # -- outcome unknown ---------------------------------------------------------------

    def _find_sent(self, entry: Entry, pages: int = 10) -> str | None:
        """Look for our own event with this transaction id in the group's recent timeline."""
        too_old = entry.created_at - timedelta(minutes=5)
        for event in self._recent_events(entry.group_id, pages):
            if event.sender == self._user_id and (
                event.unsigned.get("transaction_id") == entry.txn_id
            ):
                return event.event_id
            if mapping.timestamp(event.origin_server_ts) < too_old:
                return None
        return None

    def _find_reaction(self, entry: Entry) -> str | None:
        txn = entry.payload.get("reaction_txn_id")
        target = self._event_id_of(entry.message_id)
        for event in self._recent_events(entry.group_id, 10):
            rel = event.content.get("m.relates_to")
            if (
                event.type == "m.reaction"
                and event.sender == self._user_id
                and isinstance(rel, Mapping)
                and rel.get("event_id") == target
                and rel.get("key") == _reaction_key(entry)
                and (txn is None or event.unsigned.get("transaction_id") in (txn, None))
            ):
                return event.event_id
        return None

    def _recent_events(self, group_id: str, pages: int) -> Iterator[api.Event]:
        """The group's timeline from its newest event back, up to ``pages`` pages of 100,
        fetched as they are read."""
        token: str | None = None
        for _ in range(pages):
            page = self._caller.call(api.messages(group_id, from_token=token, limit=100))
            yield from page.chunk
            if page.end is None:
                return
            token = page.end


def _reaction_key(entry: Entry) -> str:
    # Entries queued before reactions had keys are likes.
    key = entry.payload.get("key")
    return key if isinstance(key, str) else LIKE
