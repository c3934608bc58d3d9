"""Files taken back and renamed in another Matrix client, against a real Synapse. A plain
client over raw HTTP (as Element does it) posts files and an image, renames one and
redacts the others; Treffpunkt's next sync takes them out of the stream, the "Attachments"
folder, search and the media cache, and shows the new name. A redaction of a document's
announcement only unlinks it: the document stays. Nothing is held or quarantined."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from client import attachments, quarantine, search, syncstate
from client.commands import NewDocument
from client.reads import documents
from client.reads.posts import stream_page
from devkit.devserver import DevServer
from sync import mapping
from tests.e2e.test_attachments import png
from tests.homeserver import ClientFactory, MakeUser, plain_timeline, synced_group

pytestmark = pytest.mark.e2e


class PlainClient:
    """What Element sends, over raw HTTP: uploads, messages, edits, redactions."""

    def __init__(self, server: DevServer, token: str, room: str) -> None:
        self._http = httpx.Client(
            base_url=server.base_url, headers={"Authorization": f"Bearer {token}"}
        )
        self._room = room
        self._txn = 0

    def close(self) -> None:
        self._http.close()

    def _next_txn(self) -> str:
        self._txn += 1
        return f"plain{self._txn}"

    def send(self, content: dict[str, Any]) -> str:
        response = self._http.put(
            f"/_matrix/client/v3/rooms/{self._room}/send/m.room.message/{self._next_txn()}",
            json=content,
        )
        response.raise_for_status()
        return str(response.json()["event_id"])

    def send_file(self, msgtype: str, name: str, mimetype: str, data: bytes) -> str:
        uploaded = self._http.post(
            "/_matrix/media/v3/upload",
            params={"filename": name},
            content=data,
            headers={"Content-Type": mimetype},
        )
        uploaded.raise_for_status()
        return self.send(
            {
                "msgtype": msgtype,
                "body": name,
                "url": uploaded.json()["content_uri"],
                "info": {"mimetype": mimetype, "size": len(data)},
            }
        )

    def rename(self, event_id: str, original: dict[str, Any], name: str) -> str:
        new = {**original, "body": name, "filename": name}
        return self.send(
            {
                **new,
                "body": f"* {name}",
                "m.new_content": new,
                "m.relates_to": {"rel_type": "m.replace", "event_id": event_id},
            }
        )

    def redact(self, event_id: str) -> None:
        response = self._http.put(
            f"/_matrix/client/v3/rooms/{self._room}/redact/{event_id}/{self._next_txn()}",
            json={"reason": "verkeerd bestand"},
        )
        response.raise_for_status()


def _posted(replica: Any, room: str) -> list[str]:
    return [
        d.name
        for d in documents.folder_documents(replica, room, [documents.ATTACHMENTS_FOLDER], None)
    ]


def _hits(replica: Any, query: str) -> list[str]:
    with replica.connect() as conn:
        return [h.title for h in search.search(conn, query).hits]


def test_files_redacted_or_renamed_in_another_client_follow_in_treffpunkt(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke, jan, eli = make_user("anke"), make_user("jan"), make_user("eli")
    room, (j,) = synced_group(server, client_factory, jan, also=(anke, eli))
    element = PlainClient(server, eli.access_token, room)
    try:
        report, minutes, photo = os.urandom(30_000), os.urandom(20_000), png(320, 240)
        report_id = element.send_file("m.file", "rapport-a.pdf", "application/pdf", report)
        minutes_id = element.send_file("m.file", "notulen.pdf", "application/pdf", minutes)
        photo_id = element.send_file("m.image", "paal.png", "image/png", photo)
        j.sync()
        replica, engine = j.connected.replica, j.connected.engine
        media = j.home.media_cache(jan.user_id)
        assert sorted(_posted(replica, room)) == ["notulen.pdf", "rapport-a.pdf"]
        assert _hits(replica, "rapport") == ["rapport-a.pdf"]
        posts = {p.attachment.name: p.id for p in stream_page(replica, room, None) if p.attachment}
        cached = [
            engine.fetch_attachment(posts["rapport-a.pdf"]),
            engine.fetch_attachment(posts["paal.png"]),
            engine.fetch_thumbnail(posts["paal.png"]),
        ]
        assert all(sha is not None and media.has(sha) for sha in cached)

        # Eli renames the minutes and takes back the report and the photo.
        original = next(
            e["content"]
            for e in plain_timeline(server, eli.access_token, room)
            if e["event_id"] == minutes_id
        )
        element.rename(minutes_id, original, "Notulen 2027.pdf")
        element.redact(report_id)
        element.redact(photo_id)
        j.sync()

        assert _posted(replica, room) == ["Notulen 2027.pdf"]
        assert _hits(replica, "rapport") == [] and _hits(replica, "paal") == []
        assert _hits(replica, "Notulen 2027") == ["Notulen 2027.pdf"]
        for name in ("rapport-a.pdf", "paal.png"):
            assert attachments.media_of(replica, posts[name]) is None
        assert not any(media.has(sha) for sha in cached if sha is not None)
        shown = [p.attachment.name for p in stream_page(replica, room, None) if p.attachment]
        assert shown == ["Notulen 2027.pdf"]
        assert quarantine.count(replica) == 0
        with replica.begin() as tx:
            assert syncstate.held(tx, room) == []
    finally:
        element.close()


def test_a_documents_announcement_redacted_in_another_client_leaves_the_document(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room, (a, j) = synced_group(server, client_factory, anke, jan)
    source = tmp_path / "Begroting.txt"
    source.write_text("Begroting 2027, eerste opzet\n")
    doc = j.commands.add_document(room, NewDocument(source, name="Begroting.txt")).created
    assert isinstance(doc, str)
    j.sync()
    a.sync()
    [announcement] = [
        e
        for e in plain_timeline(server, anke.access_token, room)
        if mapping.announced_document(e["content"]) == doc
    ]

    # Anke, the group's admin, removes Jan's announcement in Element: the redaction names
    # no document.
    element = PlainClient(server, anke.access_token, room)
    try:
        element.redact(announcement["event_id"])
    finally:
        element.close()
    for client in (a, j):
        client.sync()
        replica = client.connected.replica
        assert documents.document_detail(replica, None, doc) is not None
        assert client.messages(room) == []
        assert quarantine.count(replica) == 0
        with replica.begin() as tx:
            assert syncstate.held(tx, room) == []
        with replica.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM announcement").scalar() == 0
