"""Files taken back or renamed by another Matrix client, on a real replica and media cache:
a redacted post's file leaves the stream, the "Attachments" folder, search and the cache;
a redacted announcement of a document only unlinks it; an edit renames a posted file. What
cannot be right (a redaction by someone without the power, of another room's event, of
nothing) is quarantined as for posts, and changes nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from client import attachments, ingest, purge, quarantine, search, syncstate
from client.mediacache import MediaCache
from client.reads import documents
from client.store import Replica
from sync import api, mapping
from sync.content import apply_isolated
from sync.poison import record_unusable
from tests.conftest import GROUP, OTHER_GROUP, TEST_KEY

JAN = "@jan:harderwijk.test"  # posts the files
ELI = "@eli:harderwijk.test"  # a member without moderator rights
ANKE = "@anke:harderwijk.test"  # a moderator
_TS = 1_780_000_000_000
PDF = {
    "msgtype": "m.file",
    "body": "rapport.pdf",
    "url": "mxc://harderwijk.test/rapport",
    "info": {"mimetype": "application/pdf", "size": 7},
}
IMAGE = {
    "msgtype": "m.image",
    "body": "lantaarnpaal.png",
    "url": "mxc://harderwijk.test/paal",
    "info": {"mimetype": "image/png", "size": 9},
}


def _event(
    event_id: str, sender: str, content: dict[str, Any], event_type: str = "m.room.message"
) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "type": event_type,
        "sender": sender,
        "origin_server_ts": _TS,
        "content": content,
    }


def _redaction(event_id: str, sender: str, redacts: object) -> dict[str, Any]:
    return {**_event(event_id, sender, {}, "m.room.redaction"), "redacts": redacts}


def _sync(replica: Replica, events: list[dict[str, Any]], room: str = GROUP) -> None:
    """Apply a page of a room's timeline as the sync engine does."""
    rejected: list[api.Rejected] = []
    batch = mapping.map_room(room, [], api.parse_events(events, room, rejected))
    at = mapping.timestamp(_TS)
    with replica.begin() as tx:
        record_unusable(tx, batch, rejected, at)
        apply_isolated(tx, batch, at)


def _levels(replica: Replica) -> None:
    """Anke moderates; everyone else has the default level."""
    levels = {"users": {ANKE: 50}, "users_default": 0, "redact": 50}
    with replica.begin() as tx:
        for room in (GROUP, OTHER_GROUP):
            tx.exec_driver_sql(
                'UPDATE "group" SET power_levels = ? WHERE id = ?', (json.dumps(levels), room)
            )
    with replica.begin() as tx:
        assert syncstate.history_complete(tx, GROUP)  # a target it lacks is never coming


def _posted(replica: Replica) -> dict[str, str]:
    """Attachments folder: document id -> name."""
    return {
        d.id: d.name
        for d in documents.folder_documents(replica, GROUP, [documents.ATTACHMENTS_FOLDER], None)
    }


def _message_id(replica: Replica, event_id: str) -> int:
    with replica.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT id FROM message WHERE event_id = ?", (event_id,)
        ).scalar()
    assert isinstance(found, int)
    return found


def _hits(replica: Replica, text: str) -> list[str]:
    with replica.connect() as conn:
        return [h.title for h in search.search(conn, text).hits]


def _cache_files(replica: Replica, media: MediaCache, event_id: str, kind: str) -> str:
    """The post's file (or thumbnail) downloaded into the cache, as the engine does."""
    sha = media.put_stream(io.BytesIO(f"{event_id} {kind}".encode())).sha256
    record = attachments.record_file if kind == "file" else attachments.record_thumbnail
    record(replica, _message_id(replica, event_id), sha)
    return sha


def test_a_posted_file_redacted_elsewhere_leaves_folder_search_and_cache(
    replica: Replica, tmp_path: Path
) -> None:
    _levels(replica)
    media = MediaCache(tmp_path / "media", TEST_KEY)
    _sync(replica, [_event("$pdf", JAN, PDF), _event("$img", JAN, IMAGE)])
    pdf = attachments.key(_message_id(replica, "$pdf"))
    assert _posted(replica) == {pdf: "rapport.pdf"}
    assert _hits(replica, "rapport") == ["rapport.pdf"]
    file_sha = _cache_files(replica, media, "$pdf", "file")
    thumb_sha = _cache_files(replica, media, "$img", "thumbnail")
    photo_sha = _cache_files(replica, media, "$img", "file")

    # Jan takes both back in Element; Eli had no right to, and changes nothing.
    _sync(replica, [_redaction("$r0", ELI, "$pdf")])
    assert _posted(replica) == {pdf: "rapport.pdf"}
    [held] = quarantine.entries(replica)
    assert (held.event_id, held.reason) == (
        "$r0",
        "a redaction by someone without the power to redact",
    )
    _sync(replica, [_redaction("$r1", JAN, "$pdf"), _redaction("$r2", ANKE, "$img")])

    assert _posted(replica) == {}
    assert documents.document_detail(replica, None, pdf) is None
    assert documents.missing_documents(replica, {pdf}) == {pdf}  # opened copies go too
    assert _hits(replica, "rapport") == [] and _hits(replica, "lantaarnpaal") == []
    for event_id in ("$pdf", "$img"):
        assert attachments.media_of(replica, _message_id(replica, event_id)) is None
    pending = purge.pending(replica)
    assert pending is not None and set(pending.blobs) == {file_sha, thumb_sha, photo_sha}
    assert purge.finish(replica, media)
    assert not any(media.has(s) for s in (file_sha, thumb_sha, photo_sha))
    assert [e.event_id for e in quarantine.entries(replica)] == ["$r0"]

    # A download that finishes after the redaction leaves nothing behind either.
    late = media.put_stream(io.BytesIO(b"late")).sha256
    attachments.record_file(replica, _message_id(replica, "$pdf"), late)
    assert purge.finish(replica, media) and not media.has(late)


def test_a_file_another_post_still_carries_stays_in_the_cache(
    replica: Replica, tmp_path: Path
) -> None:
    media = MediaCache(tmp_path / "media", TEST_KEY)
    _sync(replica, [_event("$a", JAN, PDF), _event("$b", JAN, {**PDF, "body": "kopie.pdf"})])
    sha = media.put_stream(io.BytesIO(b"same bytes")).sha256
    for event_id in ("$a", "$b"):
        attachments.record_file(replica, _message_id(replica, event_id), sha)
    _sync(replica, [_redaction("$r", JAN, "$a")])
    assert purge.finish(replica, media) and media.has(sha)
    assert list(_posted(replica).values()) == ["kopie.pdf"]


def test_hostile_redactions_of_files_change_nothing(replica: Replica) -> None:
    _levels(replica)
    _sync(replica, [_event("$pdf", JAN, PDF)])
    _sync(replica, [_event("$there", JAN, PDF)], OTHER_GROUP)
    before = _posted(replica)
    _sync(
        replica,
        [
            _redaction("$none", JAN, None),  # redacts nothing
            _redaction("$num", JAN, 42),  # not an event id
            _redaction("$far", ANKE, "$there"),  # an event of another room
            _redaction("$eli", ELI, "$pdf"),  # without the power to redact
        ],
    )
    assert _posted(replica) == before
    with replica.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM attachment").scalar() == 2
    reasons = {e.event_id: e.reason for e in quarantine.entries(replica)}
    assert set(reasons) == {"$none", "$num", "$far", "$eli"}
    assert "another room" in reasons["$far"] and "power" in reasons["$eli"]


def test_a_redacted_announcement_only_unlinks_it(replica: Replica) -> None:
    _levels(replica)
    announcement = mapping.document_announcement(
        document_id="doc-1", name="Haushalt.pdf", mimetype="application/pdf", size=3,
        url="mxc://harderwijk.test/h", version=1,
    )  # fmt: skip
    renamed = {**announcement, "body": "Haushalt 2027.pdf", "filename": "Haushalt 2027.pdf"}
    _sync(
        replica,
        [
            _event("$ann", JAN, announcement),
            _event("$edit", JAN, mapping.announcement_edit("$ann", renamed)),
            _event("$ann2", ELI, announcement),
        ],
    )
    with replica.connect() as conn:
        linked = conn.exec_driver_sql("SELECT event_id, document_id FROM announcement").all()
        assert sorted(linked) == [("$ann", "doc-1"), ("$ann2", "doc-1"), ("$edit", "doc-1")]
        assert conn.exec_driver_sql("SELECT count(*) FROM message").scalar() == 0
    # Element's redactions name no document: they are known as the announcements' all the
    # same, applied without a post to change, and never held or quarantined. Eli may not
    # take back Jan's announcement.
    _sync(
        replica,
        [
            _redaction("$r1", ANKE, "$ann"),
            _redaction("$r2", JAN, "$edit"),
            _redaction("$r3", ELI, "$ann"),
        ],
    )
    # An announcement of another group is not this group's to take back.
    _sync(replica, [_event("$far", JAN, announcement)], OTHER_GROUP)
    _sync(replica, [_redaction("$r4", ANKE, "$far")])
    with replica.connect() as conn:
        left = conn.exec_driver_sql("SELECT event_id FROM announcement ORDER BY 1").all()
        assert left == [("$ann2",), ("$far",)]
        assert conn.exec_driver_sql("SELECT count(*) FROM message").scalar() == 0
    with replica.begin() as tx:
        assert syncstate.held(tx, GROUP) == []
    reasons = {e.event_id: e.reason for e in quarantine.entries(replica)}
    assert reasons == {
        "$r3": "a redaction by someone without the power to redact",
        "$r4": "relates to an event of another room",
    }


def test_a_redaction_waiting_for_its_announcement_is_applied_when_it_comes(
    replica: Replica,
) -> None:
    announcement = mapping.document_announcement(
        document_id="doc-1", name="a.pdf", mimetype="application/pdf", size=3,
        url="mxc://harderwijk.test/a", version=1,
    )  # fmt: skip
    with replica.begin() as tx:
        syncstate.keep_backfill_token(tx, GROUP, "t0")  # older history still to come
    _sync(replica, [_redaction("$r", JAN, "$ann")])
    with replica.begin() as tx:
        assert [h.event_id for h in syncstate.held(tx, GROUP)] == ["$r"]
    _sync(replica, [_event("$ann", JAN, announcement)])
    with replica.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM announcement").scalar() == 0
    with replica.begin() as tx:
        assert syncstate.held(tx, GROUP) == []
    assert quarantine.entries(replica) == []


def test_an_edit_from_the_sender_renames_a_posted_file(replica: Replica) -> None:
    _levels(replica)
    _sync(replica, [_event("$pdf", JAN, PDF)])
    pdf = attachments.key(_message_id(replica, "$pdf"))

    def rename(event_id: str, sender: str, name: str) -> dict[str, Any]:
        new = {**PDF, "body": name, "filename": name}
        content = {**new, "body": f"* {name}", "m.new_content": new}
        content["m.relates_to"] = {"rel_type": "m.replace", "event_id": "$pdf"}
        return {**_event(event_id, sender, content), "origin_server_ts": _TS + 1}

    _sync(replica, [rename("$e1", ELI, "gekaapt.exe")])  # only the sender edits
    assert _posted(replica) == {pdf: "rapport.pdf"}
    _sync(replica, [rename("$e2", JAN, "Rapport 2027.pdf")])
    assert _posted(replica) == {pdf: "Rapport 2027.pdf"}
    assert _hits(replica, "2027") == ["Rapport 2027.pdf"]
    media = attachments.media_of(replica, _message_id(replica, "$pdf"))
    assert media is not None and media.mxc_url == PDF["url"]  # the same file
    assert [e.event_id for e in quarantine.entries(replica)] == ["$e1"]


def test_the_changes_name_the_posted_files(replica: Replica) -> None:
    _sync(replica, [_event("$pdf", JAN, PDF)])
    mid = _message_id(replica, "$pdf")
    with replica.begin() as tx:
        changes = ingest.apply_redactions(tx, ["$pdf"])
    assert changes.documents == {attachments.key(mid)} and changes.messages == {mid}
