"""Files and images in posts, and documents seen by any Matrix client, against a real
Synapse. A post with an image written offline waits in the outbox, its file is uploaded
before its event and both reach the server once, whatever is retried; a plain Matrix
client reading the room over raw HTTP sees the image, each new document or version as an
``m.file`` and downloads them; what that client posts comes back into Treffpunkt as a post
with its file, whose server thumbnail is cached encrypted."""

from __future__ import annotations

import hashlib
import os
import struct
import zlib
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from client import attachments
from client.commands import NewDocument
from client.models import Attachment, OutboxEntry
from client.reads import documents
from client.reads.posts import stream_page, thread
from devkit.devserver import DevServer
from sync import mapping
from tests.homeserver import (
    Client,
    ClientFactory,
    MakeUser,
    assert_replica_equals_server,
    count_uploads,
    lose_first_answer,
    make_group,
    plain_timeline,
    synced_group,
)

pytestmark = pytest.mark.e2e


def png(width: int, height: int) -> bytes:
    """A real PNG of a colour gradient (no imaging library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(
        b"\0" + b"".join(bytes((x * 255 // width, y * 255 // height, 128)) for x in range(width))
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _plain(server: DevServer, token: str, room: str) -> list[dict[str, Any]]:
    """The room's messages as any Matrix client reads them: GET /messages."""
    return [e for e in plain_timeline(server, token, room) if e["type"] == "m.room.message"]


def _download(server: DevServer, token: str, mxc: str) -> bytes:
    server_name, media_id = mxc.removeprefix("mxc://").split("/", 1)
    response = httpx.get(
        f"{server.base_url}/_matrix/client/v1/media/download/{server_name}/{media_id}",
        headers={"Authorization": f"Bearer {token}"},
    )
    response.raise_for_status()
    return response.content


def _plain_send_file(
    server: DevServer, token: str, room: str, txn: str, data: bytes, content: dict[str, Any]
) -> None:
    """Upload ``data`` and send ``content`` with its URL, as a plain Matrix client does."""
    mimetype = content["info"]["mimetype"]
    with httpx.Client(
        base_url=server.base_url, headers={"Authorization": f"Bearer {token}"}
    ) as http:
        uploaded = http.post(
            "/_matrix/media/v3/upload",
            params={"filename": content["body"]},
            content=data,
            headers={"Content-Type": mimetype},
        )
        uploaded.raise_for_status()
        http.put(
            f"/_matrix/client/v3/rooms/{room}/send/m.room.message/{txn}",
            json={**content, "url": uploaded.json()["content_uri"]},
        ).raise_for_status()


def _attachment(client: Client, message_id: int) -> Attachment:
    with client.connected.replica.session() as session:
        found = session.get(Attachment, message_id)
        assert found is not None
        session.expunge(found)
        return found


def test_a_post_with_an_image_goes_out_once_and_a_plain_clients_file_comes_back(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    anke, jan, eli = make_user("anke"), make_user("jan"), make_user("eli")
    room = make_group(server, anke, jan, eli)
    a, j = client_factory(anke), client_factory(jan)
    a.sync()
    j.sync()

    # Written offline: the image is in the cache and the post waits in the outbox.
    image = png(640, 480)
    photo = tmp_path / "lantaarnpaal.png"
    photo.write_bytes(image)
    made = a.commands.post(room, "Paal 12 is **kapot**", attachment=photo)
    post_id = made.created
    assert isinstance(post_id, int)
    local = _attachment(a, post_id)
    assert local.mxc_url is None and local.kind == "image" and local.size == len(image)
    [entry] = a.outbox()
    assert entry.payload["sha256"] == hashlib.sha256(image).hexdigest()

    # The upload succeeds, the server takes the event but its answer is lost: the retry
    # sends the same event (same transaction id) and uploads nothing again.
    engine = a.connected.engine
    uploads = count_uploads(a)
    lost = lose_first_answer(a, "/send/m.room.message/")
    assert engine.flush().deferred == 1 and lost
    with a.connected.replica.begin() as tx:
        tx.execute(update(OutboxEntry).values(next_attempt_at=None))
    assert engine.flush().sent == 1
    assert len(uploads) == 1
    assert _attachment(a, post_id).mxc_url is not None

    # A plain Matrix client sees an image with its caption and downloads it.
    [seen] = _plain(server, eli.access_token, room)
    assert seen["content"]["msgtype"] == "m.image"
    assert seen["content"]["filename"] == "lantaarnpaal.png"
    assert seen["content"]["info"] == {"mimetype": "image/png", "size": len(image)}
    assert "kapot" in seen["content"]["body"]
    assert _download(server, eli.access_token, seen["content"]["url"]) == image

    # Treffpunkt on the other side: a post with the image; the server's thumbnail is
    # cached encrypted, and the file itself downloads on demand.
    j.sync()
    [post] = [p for p in stream_page(j.connected.replica, room, None) if p.attachment]
    assert post.attachment is not None and post.attachment.kind == "image"
    assert post.attachment.width is None  # we did not say; nothing is made up
    media = j.home.media_cache(jan.user_id)
    thumb = j.connected.engine.fetch_thumbnail(post.id)
    assert thumb is not None and media.has(thumb)
    shown = attachments.thumbnail(j.connected.replica, media, post.id)
    assert shown is not None and shown[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1")
    assert thumb not in {p.name for p in media.root.rglob("*")}  # names are keyed hashes
    assert media.read_bytes(j.connected.engine.fetch_attachment(post.id)) == image

    # A plain client posts a file: it arrives as a post with its file.
    report = os.urandom(70_000)
    _plain_send_file(
        server,
        eli.access_token,
        room,
        "t1",
        report,
        {
            "msgtype": "m.file",
            "body": "rapport.pdf",
            "info": {"mimetype": "application/pdf", "size": len(report)},
        },
    )
    j.sync()
    files = [p for p in stream_page(j.connected.replica, room, None) if p.attachment]
    newest = files[0]
    assert newest.attachment is not None
    assert (newest.attachment.name, newest.attachment.mimetype, newest.attachment.size) == (
        "rapport.pdf",
        "application/pdf",
        len(report),
    )
    assert j.connected.engine.fetch_thumbnail(newest.id) is None  # no thumbnail of a PDF
    # ... and among the group's documents, in "Attachments", opened like a document.
    [listed] = documents.folder_documents(j.connected.replica, room, ["Attachments"], None)
    assert (listed.name, listed.size) == ("rapport.pdf", len(report))
    opened = attachments.export_for_opening(
        j.connected.replica,
        media,
        j.connected.engine.fetch_attachment,
        documents.attachment_message_id(listed.id) or 0,
        tmp_path / "open",
    )
    assert opened.path.read_bytes() == report
    assert media.read_bytes(j.connected.engine.fetch_attachment(newest.id)) == report
    a.sync()
    assert_replica_equals_server(a, server, room)
    assert_replica_equals_server(j, server, room)


def test_a_comment_with_a_file_goes_out_once_in_its_thread_and_comes_back_as_a_comment(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    anke, jan, eli = make_user("anke"), make_user("jan"), make_user("eli")
    room, (a, j) = synced_group(server, client_factory, anke, jan, also=(eli,))
    post_id = a.commands.post(room, "Schade aan de brug").created
    assert isinstance(post_id, int)
    a.sync()

    # Written offline: the file is in the cache, the comment waits in the outbox.
    report = os.urandom(50_000)
    path = tmp_path / "schaderapport.pdf"
    path.write_bytes(report)
    made = a.commands.comment(post_id, "", attachment=path)
    comment_id = made.created
    assert isinstance(comment_id, int)
    assert _attachment(a, comment_id).mxc_url is None
    [entry] = a.outbox()
    assert entry.payload["sha256"] == hashlib.sha256(report).hexdigest()
    uploads = count_uploads(a)
    assert a.connected.engine.flush().sent == 1
    assert a.connected.engine.flush().sent == 0
    assert len(uploads) == 1

    # A plain client sees an m.file in the post's thread and downloads it.
    seen = _plain(server, eli.access_token, room)
    [root] = [e for e in seen if e["content"].get("body") == "Schade aan de brug"]
    [file] = [e for e in seen if e["content"]["msgtype"] == "m.file"]
    assert file["content"]["m.relates_to"]["rel_type"] == "m.thread"
    assert file["content"]["m.relates_to"]["event_id"] == root["event_id"]
    assert file["content"]["body"] == "schaderapport.pdf"
    assert _download(server, eli.access_token, file["content"]["url"]) == report

    # A plain client answers in the thread with an image: a comment with its file.
    image = png(64, 48)
    _plain_send_file(
        server,
        eli.access_token,
        room,
        "t2",
        image,
        {
            "msgtype": "m.image",
            "body": "brug.png",
            "info": {"mimetype": "image/png", "size": len(image), "w": 64, "h": 48},
            "m.relates_to": {"rel_type": "m.thread", "event_id": root["event_id"]},
        },
    )
    j.sync()
    [theirs] = [p for p in stream_page(j.connected.replica, room, None) if not p.attachment]
    comments = thread(j.connected.replica, theirs.id).comments
    assert [(c.attachment.kind, c.attachment.name) for c in comments if c.attachment] == [
        ("file", "schaderapport.pdf"),
        ("image", "brug.png"),
    ]
    pdf = next(c for c in comments if c.attachment and c.attachment.kind == "file")
    media = j.home.media_cache(jan.user_id)
    assert media.read_bytes(j.connected.engine.fetch_attachment(pdf.id)) == report
    assert_replica_equals_server(j, server, room)


def test_each_document_version_is_an_m_file_for_other_clients_and_shown_once(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    anke, jan, eli = make_user("anke"), make_user("jan"), make_user("eli")
    room = make_group(server, anke, jan, eli)
    a, j = client_factory(anke), client_factory(jan)
    a.sync()
    j.sync()
    first, second = os.urandom(5000), os.urandom(6000)
    source = tmp_path / "Haushalt.xlsx"
    source.write_bytes(first)
    doc = a.commands.add_document(room, NewDocument(source, name="Haushalt.xlsx")).created
    assert isinstance(doc, str)
    a.sync()
    source.write_bytes(second)
    a.commands.add_document_version(doc, source)
    a.sync()

    announced = _plain(server, eli.access_token, room)
    assert [e["content"]["msgtype"] for e in announced] == ["m.file", "m.file"]
    assert [e["content"][mapping.DOCUMENT_KEY] for e in announced] == [
        {"id": doc, "version": 1},
        {"id": doc, "version": 2},
    ]
    assert [_download(server, eli.access_token, e["content"]["url"]) for e in announced] == [
        first,
        second,
    ]
    assert announced[1]["content"]["filename"] == "Haushalt.xlsx"

    # Treffpunkt shows the document, not a post for each announcement.
    j.sync()
    assert j.messages(room) == []
    assert a.messages(room) == []
