"""A group's content as sync applies it: messages, and what relates to them.

Comments, likes, edits, answer marks and redactions relate to another event (their
target). Each is applied when the group holds its target; otherwise:

- the target is in another room, or the relation cannot be right (an edit or answer mark
  by someone else, a redaction by someone without the power to redact, a like of a like):
  the event is quarantined (``client.quarantine``) with the reason;
- the target arrived redacted: the server has applied what mattered, the event goes;
- the target is older history still to come (the group's backfill is not complete): the
  event is held (``client.syncstate.hold``), and applied when the target arrives, whichever
  comes first (a page of history brings relations before their targets);
- the group's history is complete and the target is not in it (or is quarantined): the
  event is quarantined.

Documents come last: they relate to nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime

from client import ingest, quarantine, rooms, syncstate
from client.changes import Changes
from client.ingest import Located
from client.levels import Levels
from client.store import Transaction
from sync import api, mapping
from sync.appointments import apply_appointments
from sync.poison import isolated, quarantine_event, record_unusable

log = logging.getLogger(__name__)

# A check of a relation whose target the group holds: None when it may be applied,
# otherwise why not.
Check = Callable[[str, Located], str | None]


def apply_content(
    tx: Transaction, batch: mapping.RoomBatch, at: datetime, *, holding: bool = True
) -> Changes:
    """A group's messages, edits, reactions, redactions, answers and documents; then what
    was held for the messages and reactions that arrived (``holding``: whether the group
    may hold any; False when the caller knows it held none before this batch)."""
    if batch.announcements:
        # First: a redaction in this batch may take one back.
        ingest.link_announcements(
            tx, batch.room_id, [(a.event_id, a.document_id, a.sender) for a in batch.announcements]
        )
    relations = _Relations(tx, batch, at)
    messages = relations.messages_to_ingest()
    changes = ingest.ingest_messages(tx, messages, relations.roots())
    relations.stored(messages)
    edits = [e for e in batch.edits if relations.admit(e.event_id, e.target_event_id, _edit)]
    if edits:
        changes = changes | ingest.apply_edits(
            tx,
            [(e.target_event_id, e.sender, e.body, e.body_html, e.edited_at) for e in edits],
            [e.file_name for e in edits],
        )
    reactions = [
        r for r in batch.reactions if relations.admit(r.event_id, r.target_event_id, _reaction)
    ]
    if reactions:
        changes = changes | ingest.ingest_reactions(
            tx,
            [
                (r.event_id, r.target_event_id, r.author, r.key, r.created_at, r.txn_id)
                for r in reactions
            ],
        )
    redactions = relations.redactions()
    if redactions:
        changes = changes | ingest.apply_redactions(tx, redactions)
    answers = [
        a for a in batch.answers if relations.admit(a.event_id, a.question_event_id, _answer)
    ]
    if answers:
        changes = changes | ingest.apply_answers(
            tx, [(a.question_event_id, a.answer_event_id, a.sender) for a in answers]
        )
    if batch.documents:
        changes = changes | ingest.upsert_documents(tx, batch.documents)
    if batch.appointments or batch.appointment_answers:
        changes = changes | apply_appointments(tx, batch, at)
    relations.keep_held()
    if not holding:
        return changes
    return changes | _release(tx, batch.room_id, at)


def _edit(sender: str, target: Located) -> str | None:
    if target.kind == "reaction":
        return "an edit of a like"
    if target.author != sender:
        return "an edit by someone other than the author"
    return None


def _reaction(_sender: str, target: Located) -> str | None:
    return "a like of a like" if target.kind == "reaction" else None


def _answer(sender: str, target: Located) -> str | None:
    if target.kind != "question":
        return "an answer mark on something that is not a question"
    if target.author != sender:
        return "an answer mark by someone other than the asker"
    return None


class _Relations:
    """Where the targets of one batch's relations are, and what becomes of each relation."""

    def __init__(self, tx: Transaction, batch: mapping.RoomBatch, at: datetime) -> None:
        self._tx = tx
        self._batch = batch
        self._at = at
        self._group = batch.room_id
        self._quarantined: set[str] = set()
        self._held: list[syncstate.Held] = []
        self._redacted = set(batch.redacted)
        self._complete: bool | None = None
        # Every target, looked up once before the batch's messages are stored: those the
        # batch brings are added as ingest stores them (``stored``).
        targets = [
            *(m.thread_root_event_id for m in batch.messages if m.thread_root_event_id),
            *(e.target_event_id for e in batch.edits),
            *(r.target_event_id for r in batch.reactions),
            *(r.target_event_id for r in batch.redactions),
            *(a.question_event_id for a in batch.answers),
        ]
        redacted = [r.target_event_id for r in batch.redactions]
        self._located = ingest.locate(tx, targets, redacted) if targets else {}
        self._targets = targets
        self._missing: set[str] | None = None

    def messages_to_ingest(self) -> list[ingest.MessageRow]:
        """The batch's messages, without comments on a post of another room."""
        kept = []
        for message in self._batch.messages:
            root = message.thread_root_event_id
            found = self._located.get(root) if root else None
            if found is not None and found.group_id != self._group:
                self._quarantine(message.event_id, "relates to an event of another room")
            elif found is not None and found.kind == "reaction":
                self._quarantine(message.event_id, "a comment on a like")
            else:
                kept.append(message)
        return kept

    def roots(self) -> dict[str, int]:
        """The rows of the messages the group holds among the targets (ingest's roots)."""
        return {
            event_id: found.message_id
            for event_id, found in self._located.items()
            if found.group_id == self._group and found.kind not in ("reaction", "announcement")
        }

    def stored(self, messages: list[ingest.MessageRow]) -> None:
        """What ingest stored of ``messages``, worked out as it does (a comment needs its
        post) rather than asked again; a comment it could not store is held or
        quarantined."""
        for message in messages:
            if message.event_id in self._located:
                continue  # there before: seen again
            root = message.thread_root_event_id
            if root is not None:
                found = self._located.get(root)
                if found is None or found.group_id != self._group:
                    self.admit(message.event_id, root, None)
                    continue
            # Its row id is not needed: it is in the replica now, and ingest knew it.
            self._located[message.event_id] = Located(self._group, message.author, message.kind, 0)

    @property
    def complete(self) -> bool:
        """Whether the group's history is complete (asked once, when a target is missing)."""
        if self._complete is None:
            self._complete = syncstate.history_complete(self._tx, self._group)
        return self._complete

    def admit(self, event_id: str, target: str, check: Check | None) -> bool:
        """Whether the relation ``event_id`` to ``target`` is applied now; if not, it is
        held, dropped or quarantined here."""
        event = self._batch.relations.get(event_id)
        found = self._located.get(target)
        if found is None:
            if target in self._redacted:
                return False  # came redacted: the server has applied what mattered
            if self._is_quarantined(target):
                self._quarantine(event_id, "relates to a quarantined event")
            elif self.complete or event is None:
                self._quarantine(event_id, "relates to an event the group does not have")
            else:
                self._held.append(syncstate.Held(event_id, target, _as_json(event)))
            return False
        if found.group_id != self._group:
            self._quarantine(event_id, "relates to an event of another room")
            return False
        problem = check(event.sender, found) if check is not None and event is not None else None
        if problem is not None:
            self._quarantine(event_id, problem)
            return False
        return True

    def redactions(self) -> list[str]:
        """The targets of the redactions that may be applied. A redaction of a quarantined
        event takes it out of the quarantine: the server removed it."""
        if not self._batch.redactions:
            return []
        stored = rooms.power_levels(self._tx, self._group)
        # The room's creators outrank every level where its version says so.
        levels = (
            None if stored is None else Levels.parse(stored, rooms.creators(self._tx, self._group))
        )

        def allowed(sender: str, target: Located) -> str | None:
            if target.author == sender or levels is None or levels.may_redact(sender):
                return None
            return "a redaction by someone without the power to redact"

        targets = []
        for redaction in self._batch.redactions:
            target = redaction.target_event_id
            if target not in self._located and self._is_quarantined(target):
                quarantine.release(self._tx, self._group, [target])
                self._quarantined.discard(target)
            elif self.admit(redaction.event_id, target, allowed):
                targets.append(target)
        return targets

    def _is_quarantined(self, event_id: str) -> bool:
        """Whether a target the group does not hold is quarantined; the batch's missing
        targets are looked up together, the first time one is asked for."""
        if self._missing is None:
            self._missing = {t for t in self._targets if t not in self._located}
            self._quarantined = quarantine.quarantined_ids(self._tx, self._group, self._missing)
        if event_id not in self._missing:
            self._missing.add(event_id)
            self._quarantined |= quarantine.quarantined_ids(self._tx, self._group, [event_id])
        return event_id in self._quarantined

    def keep_held(self) -> None:
        syncstate.hold(self._tx, self._group, self._held, self._at)
        if self._batch.redacted:
            syncstate.drop_held(self._tx, self._group, self._batch.redacted)

    def _quarantine(self, event_id: str, reason: str) -> None:
        event = self._batch.relations.get(event_id)
        if event is not None:
            quarantine_event(self._tx, self._group, event, reason, self._at)
        else:
            log.warning("relation %s in %s not applied: %s", event_id, self._group, reason)


def _as_json(event: api.Event) -> str:
    return json.dumps(event.as_sent(), separators=(",", ":"))


def _release(tx: Transaction, group_id: str, at: datetime) -> Changes:
    """Apply the held events whose target the group now holds, oldest first."""
    released = syncstate.release_held(tx, group_id)
    if not released:
        return Changes()
    events = []
    for held in released:
        data = json.loads(held.event_json)
        event = api.parse_event(data, group_id)
        if event is None:
            quarantine.add(tx, group_id, held.event_id, "", "a held event unreadable", data, at)
        else:
            events.append(event)
    events.sort(key=lambda e: e.origin_server_ts)
    batch = mapping.map_room(group_id, [], events)
    record_unusable(tx, batch, (), at)
    return apply_isolated(tx, batch, at)


def apply_isolated(tx: Transaction, batch: mapping.RoomBatch, at: datetime) -> Changes:
    """``apply_content``, so that an event that fails alone is quarantined and the rest of
    the batch applied (``sync.poison``)."""
    return isolated(
        tx,
        batch.events,
        lambda: apply_content(tx, batch, at),
        lambda event: apply_content(tx, batch.single(event), at),
        lambda event, exc: quarantine_event(
            tx, batch.room_id, event, quarantine.reason_of(exc), at
        ),
    )
