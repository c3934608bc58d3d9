"""Files and images in posts: ``m.image``, ``m.file``, ``m.video`` and ``m.audio`` from any
Matrix client become posts with an attachment, on a real replica; what the server says of
them is checked; a document's own announcement is not shown twice."""

from __future__ import annotations

from typing import Any

from client import search
from client.ingest import ingest_messages
from client.reads import documents
from client.reads.posts import stream_page
from client.store import Replica
from sync import api, mapping
from tests.conftest import GROUP

JAN = "@jan:harderwijk.test"


def _event(event_id: str, content: dict[str, Any]) -> api.Event:
    event = api.parse_event(
        {
            "event_id": event_id,
            "type": "m.room.message",
            "sender": JAN,
            "origin_server_ts": 1_780_000_000_000,
            "content": content,
        },
        GROUP,
    )
    assert event is not None
    return event


IMAGE = {
    "msgtype": "m.image",
    "body": "lantaarnpaal.jpg",
    "url": "mxc://harderwijk.test/abc",
    "info": {"mimetype": "image/jpeg", "size": 81_234, "w": 1600, "h": 1200},
}


def test_media_messages_of_any_client_become_posts_with_their_file(replica: Replica) -> None:
    events = [
        _event("$image", IMAGE),
        _event(
            "$file",
            {
                "msgtype": "m.file",
                "body": "Hier de <b>planning</b>",
                "filename": "planning\u202egpj.exe",
                "url": "mxc://harderwijk.test/def",
                "info": {"mimetype": "<script>", "size": True},
            },
        ),
        _event("$video", {"msgtype": "m.video", "body": "clip.mp4", "url": "mxc://a/b"}),
        _event("$audio", {"msgtype": "m.audio", "body": "memo.ogg", "info": "x"}),
        _event("$bad", {"msgtype": "m.image", "body": "x.png", "url": "https://evil.test/x"}),
        _event("$noname", {"msgtype": "m.file", "url": "mxc://a/c"}),
    ]
    batch = mapping.map_room(GROUP, [], events)
    assert [m.event_id for m in batch.messages] == ["$image", "$file", "$video", "$audio"]
    assert {q.event.event_id for q in batch.quarantined} == {"$bad", "$noname"}
    image = batch.messages[0].attachment
    assert image is not None
    assert (image.kind, image.mimetype, image.size, image.width, image.height) == (
        "image",
        "image/jpeg",
        81_234,
        1600,
        1200,
    )
    file = batch.messages[1].attachment
    assert file is not None and file.mimetype == "application/octet-stream" and file.size is None
    # A caption beside the file name is the post's text, as plain text.
    assert batch.messages[1].body == "Hier de <b>planning</b>"
    assert "<b>" not in batch.messages[1].body_html

    with replica.begin() as tx:
        ingest_messages(tx, batch.messages)
    page = stream_page(replica, GROUP, None)
    shown = {p.attachment.name: p.attachment for p in page if p.attachment is not None}
    assert set(shown) == {"lantaarnpaal.jpg", "planninggpj.exe", "clip.mp4", "memo.ogg"}
    assert shown["lantaarnpaal.jpg"].on_server and not shown["memo.ogg"].on_server
    assert shown["lantaarnpaal.jpg"].thumbnail_sha256 is None
    # Found by the file's name.
    with replica.connect() as conn:
        hits = search.search(conn, "lantaarnpaal").hits
    assert [h.title for h in hits] == ["lantaarnpaal.jpg"]


def test_a_documents_announcement_is_not_shown_twice() -> None:
    content = mapping.document_announcement(
        document_id="doc-1",
        name="Haushalt.pdf",
        mimetype="application/pdf",
        size=10,
        url="mxc://a/b",
        version=2,
    )
    assert content["msgtype"] == "m.file" and content[mapping.DOCUMENT_KEY]["id"] == "doc-1"
    batch = mapping.map_room(GROUP, [], [_event("$ann", content)])
    assert batch.messages == [] and batch.skipped == 1 and batch.quarantined == []
    # A rename edits it, a delete redacts it: neither becomes a post, an edit or a
    # redaction to apply (the document's state says what happened).
    renamed = {**content, "name": "Haushalt 2027.pdf", "body": "Haushalt 2027.pdf"}
    edit = _event("$edit", mapping.announcement_edit("$ann", renamed))
    redaction = api.parse_event(
        {
            "event_id": "$red",
            "type": "m.room.redaction",
            "sender": JAN,
            "origin_server_ts": 1_780_000_000_000,
            "redacts": "$ann",
            "content": mapping.announcement_redaction("doc-1"),
        },
        GROUP,
    )
    assert redaction is not None
    batch = mapping.map_room(GROUP, [], [edit, redaction])
    assert (batch.messages, batch.edits, batch.redactions) == ([], [], [])
    assert batch.skipped == 2 and batch.quarantined == []


def test_posted_files_are_the_documents_of_the_attachments_folder(replica: Replica) -> None:
    files = [
        _event(
            f"$f{n}",
            {
                "msgtype": "m.file",
                "body": f"bijlage-{n:02}.pdf",
                "url": f"mxc://harderwijk.test/f{n}",
                "info": {"mimetype": "application/pdf", "size": 1000 + n},
            },
        )
        for n in range(7)
    ]
    batch = mapping.map_room(GROUP, [], [*files, _event("$img", IMAGE)])
    with replica.begin() as tx:
        ingest_messages(tx, batch.messages)
    [folder] = [f for f in documents.document_folders(replica, GROUP) if f.folder == "Attachments"]
    assert folder.documents == 7  # files only: the image stays in the stream

    # In keyset pages by name, like any folder.
    first = documents.folder_documents(replica, GROUP, ["Attachments"], None, limit=4)
    rest = documents.folder_documents(replica, GROUP, ["Attachments"], first[-1].name_key, 4)
    names = [d.name for d in first + rest]
    assert names == [f"bijlage-{n:02}.pdf" for n in range(7)]
    doc = first[0]
    assert doc.folder == "Attachments" and doc.size == 1000 and doc.mimetype == "application/pdf"
    assert documents.attachment_message_id(doc.id) is not None

    detail = documents.document_detail(replica, None, doc.id)
    assert detail is not None and detail.on_server and not detail.cached
    assert [v.version for v in detail.versions] == [1]
    assert documents.documents_by_id(replica, [doc.id]) == {doc.id: doc}

    # A deleted post takes its file out of the folder.
    with replica.begin() as tx:
        tx.exec_driver_sql(
            "UPDATE message SET deleted = 1 WHERE id = ?",
            (documents.attachment_message_id(doc.id),),
        )
    assert documents.documents_by_id(replica, [doc.id]) == {}
    assert documents.document_detail(replica, None, doc.id) is None
    [folder] = [f for f in documents.document_folders(replica, GROUP) if f.folder == "Attachments"]
    assert folder.documents == 6
