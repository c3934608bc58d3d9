"""Document files between the encrypted media cache and the server.

Up: a new version is uploaded (streamed from the cache, never whole in memory), its
state event sent and announced to other clients as an ``m.file`` message; a version
someone else saved in between is never overwritten, a conflict copy is made instead.
Down: a document's current version is streamed into the cache and published only if its
SHA-256 is the one its state event names; the download stops at the size the state event
declares (and at IT's largest download), so a server that sends more fills neither
memory nor disk. Pinned documents are fetched after every sync.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from client import attachments, ingest, offline, outbox, policy, syncstate
from client.mediacache import MediaCache, MediaCacheError
from client.outbox import DocumentToSend, Entry
from client.store import Replica
from sync import api, mapping
from sync.api import MatrixError, TransportError, TransportErrorKind
from sync.calls import Caller, MatrixRequestError, OfflineError, PermanentEntryError
from sync.media import CacheReader

log = logging.getLogger(__name__)

MIB = 1024 * 1024
# What the stream shows of an image (scaled to fit, the server keeps the aspect), and the
# most a thumbnail may take.
THUMBNAIL_SIZE = (320, 240)
THUMBNAIL_MAX_BYTES = 2 * MIB
# The Matrix error code of an upload the server refuses for its size; an entry failed
# before uploading gives it too, so that the window words both alike.
TOO_LARGE = "M_TOO_LARGE"
# A deleted or renamed document's announcements are looked for among the group's newest
# files: this many pages of 100.
ANNOUNCEMENT_PAGES = 50
_FILES: api.Json = {"types": ["m.room.message"], "contains_url": True}


class DocumentError(Exception):
    """A document cannot be made available: unknown, no usable media, or its file does
    not match the checksum in its state event."""


class Transfers:
    """Uploads and downloads of one account's documents."""

    def __init__(
        self,
        replica: Replica,
        caller: Caller,
        media: MediaCache | None,
        user_id: str,
        clock: Callable[[], datetime],
    ) -> None:
        self._replica = replica
        self._caller = caller
        self._media = media
        self._user_id = user_id
        self._clock = clock
        # The largest file downloaded (IT policy ``max_download_mb``), set by the engine.
        self.max_download_bytes: int = int(policy.DEFAULTS["max_download_mb"]) * MIB
        # The server's m.upload.size, asked once per session.
        self._upload_limit: int | None = None
        self._upload_limit_known = False

    # -- up ----------------------------------------------------------------------------

    def send_document(self, entry: Entry) -> str:
        """Send a document entry of the outbox; returns the state event's id."""
        if self._media is None:
            raise PermanentEntryError("documents need the media cache")
        document = outbox.document_to_send(self._replica, entry.document_id)
        if document is None:
            raise PermanentEntryError("the document no longer exists")
        payload = dict(entry.payload)
        sha = str(payload["sha256"])
        size = payload.get("size")
        if not isinstance(size, int):
            size = self._blob_size(sha)  # an entry queued before the size was recorded
        url = payload.get("url")
        if not isinstance(url, str):
            limit = self.upload_limit()
            if limit is not None and size > limit:
                # Before any byte is sent: the server would refuse it after all of them.
                raise PermanentEntryError(
                    f"{TOO_LARGE}: the file is {_size(size)}; the server accepts at most "
                    f"{_size(limit)}"
                )
            url = self._upload(sha, document.mimetype, document.name, size)
            payload["url"] = url  # a retry must not upload again
            outbox.save_payload(self._replica, entry, payload)
        based_on = payload.get("based_on")
        based_on = based_on if isinstance(based_on, str) else None
        copy = payload.get("conflict_copy")
        if not isinstance(copy, dict):
            current = self._caller.transport.execute(
                api.get_state_event(entry.group_id, mapping.DOCUMENT_STATE, document.id)
            )
            if isinstance(current, MatrixError) and current.errcode == "M_NOT_FOUND":
                server_sha = None
            else:
                server_sha = self._caller.unwrap(current).content.get("sha256")
            if server_sha is not None and server_sha not in (based_on, sha):
                # Someone else saved a version in between: never overwrite it. The copy's
                # id and name are kept with the entry so that a retry makes the same copy.
                copy = self._conflict_copy(document, entry)
                payload["conflict_copy"] = copy
                outbox.save_payload(self._replica, entry, payload)
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
        event_id = self._caller.call(
            api.put_state_event(entry.group_id, mapping.DOCUMENT_STATE, content, state_key)
        ).event_id
        # For other clients; the entry's transaction id makes a retry's announcement the same
        # event (a state event has none of its own).
        announcement = mapping.document_announcement(
            document_id=state_key,
            name=name,
            mimetype=document.mimetype,
            size=size,
            url=url,
            version=int(content["version"]),
        )
        self._caller.call(
            api.send_event(entry.group_id, "m.room.message", entry.txn_id, announcement)
        )
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
                updated_by=self._user_id,
                updated_at=self._clock(),
                event_id=event_id,
                conflict_of=conflict_of,
            )
            with self._replica.begin() as tx:
                ingest.upsert_documents(tx, [row])
        return event_id

    def send_change(self, entry: Entry) -> str:
        """Rename, move or delete a document: its current state on the server with the
        entry's changes, so that a version someone saved meanwhile stays the newest."""
        document_id = entry.document_id
        if document_id is None:
            raise PermanentEntryError("the entry names no document")
        current = self._caller.transport.execute(
            api.get_state_event(entry.group_id, mapping.DOCUMENT_STATE, document_id)
        )
        if isinstance(current, MatrixError) and current.errcode == "M_NOT_FOUND":
            raise PermanentEntryError("the document is not on the server")
        content = dict(self._caller.unwrap(current).content)
        change = outbox.current_payload(self._replica, entry)
        for key in ("name", "folder", "deleted"):
            if key in change:
                content[key] = change[key]
        event_id = self._caller.call(
            api.put_state_event(entry.group_id, mapping.DOCUMENT_STATE, content, document_id)
        ).event_id
        # Then what other clients see: its announcements go with it, or show its new name.
        if content.get("deleted") is True:
            self._redact_announcements(entry, document_id)
        elif "name" in change or "folder" in change:
            self._announce_change(entry, document_id, content)
        return event_id

    def _announcements(self, group_id: str, document_id: str) -> list[api.Event]:
        """The document's announcements and their edits still on the server (a redacted
        one has no URL left), newest first; at most ``ANNOUNCEMENT_PAGES`` pages of the
        group's files are read."""
        token: str | None = None
        found: list[api.Event] = []
        for _ in range(ANNOUNCEMENT_PAGES):
            page = self._caller.call(
                api.messages(group_id, from_token=token, limit=100, filter=_FILES)
            )
            found.extend(
                e
                for e in page.chunk
                if e.type == "m.room.message"
                and not e.is_redacted
                and mapping.announced_document(e.content) == document_id
            )
            if page.end is None or not page.chunk:
                break
            token = page.end
        return found

    def _redact_announcements(self, entry: Entry, document_id: str) -> None:
        """Redact a deleted document's announcements, each with a transaction id of its own
        made from the entry's, so a retry redacts nothing twice. Others' announcements
        need the power to redact; a refusal leaves that one and is logged."""
        content = mapping.announcement_redaction(document_id)
        for event in self._announcements(entry.group_id, document_id):
            txn = f"{entry.txn_id}.r{hashlib.sha256(event.event_id.encode()).hexdigest()[:16]}"
            try:
                self._caller.call(api.redact(entry.group_id, event.event_id, txn, content=content))
            except MatrixRequestError as exc:
                log.info(
                    "announcement %s of %s not redacted: %r",
                    event.event_id,
                    document_id,
                    exc.error.errcode,
                )

    def _announce_change(self, entry: Entry, document_id: str, state: dict[str, Any]) -> None:
        """Show a renamed or moved document's new name to other clients: an edit of its
        newest announcement when it is ours (clients accept edits only from the sender),
        else a new announcement of its current version. The entry's transaction id, with
        a suffix, makes a retry's message the same."""
        try:
            announcement = mapping.document_announcement(
                document_id=document_id,
                name=str(state["name"]),
                mimetype=str(state["mimetype"]),
                size=int(state["size"]),
                url=str(state["url"]),
                version=int(state["version"]),
            )
        except (KeyError, TypeError, ValueError):
            log.info("document %s has no usable state to announce", document_id)
            return
        ours = [
            e
            for e in self._announcements(entry.group_id, document_id)
            # Not one this entry sent on an earlier try: it must target the same again.
            if not (e.transaction_id or "").startswith(entry.txn_id)
        ]
        originals = [e for e in ours if mapping.is_document_announcement(e.content)]
        originals = [e for e in originals if "m.relates_to" not in e.content]
        if originals and originals[0].sender == self._user_id:
            content = mapping.announcement_edit(originals[0].event_id, announcement)
            txn = f"{entry.txn_id}.e"
        else:
            content, txn = announcement, f"{entry.txn_id}.a"
        self._caller.call(api.send_event(entry.group_id, "m.room.message", txn, content))

    def upload_limit(self) -> int | None:
        """The largest file the server takes (``m.upload.size``), asked once per session;
        None when it sets no limit or does not say (an older server)."""
        if not self._upload_limit_known:
            result = self._caller.transport.execute(api.media_config())
            if isinstance(result, MatrixError) and not (
                result.is_transient or result.is_unknown_token
            ):
                self._upload_limit = None  # no such endpoint here: no limit known
            else:
                self._upload_limit = self._caller.unwrap(result).upload_size
            self._upload_limit_known = True
            # For the window: it refuses a file the server would refuse, when it is added.
            syncstate.record_upload_limit(self._replica, self._upload_limit)
        return self._upload_limit

    def _conflict_copy(self, document: DocumentToSend, entry: Entry) -> dict[str, str]:
        stem, dot, ext = document.name.rpartition(".")
        if not dot:
            stem, ext = document.name, ""
        when = self._clock().strftime("%Y-%m-%d %H.%M")
        who = self._user_id.lstrip("@").split(":")[0]
        return {
            "id": f"{document.id}-conflict-{entry.txn_id[-8:]}",
            "name": f"{stem} (conflict {who} {when}){dot}{ext}",
        }

    def _blob_size(self, sha: str) -> int:
        assert self._media is not None
        try:
            return sum(len(chunk) for chunk in self._media.chunks(sha))
        except MediaCacheError as exc:
            raise PermanentEntryError(f"the local copy of the document is unusable: {exc}") from exc

    def _upload(self, sha: str, mimetype: str, name: str, size: int) -> str:
        """Stream the plaintext from the encrypted cache: never the whole file in memory."""
        assert self._media is not None
        reader = CacheReader(self._media.chunks(sha))
        try:
            result = self._caller.transport.upload(
                api.upload_media(mimetype, name), reader, size=size
            )
        except MediaCacheError as exc:
            # Raised from inside the request body: the cached copy is missing or damaged.
            raise PermanentEntryError(f"the local copy of the document is unusable: {exc}") from exc
        return self._caller.unwrap(result).content_uri

    # -- down --------------------------------------------------------------------------

    def fetch_document(self, document_id: str) -> str:
        """Make the current version of a document available offline; returns its SHA-256.

        Streams the file from the server into the encrypted media cache and publishes it
        only if its SHA-256 is the one the document's state event names. Raises
        ``DocumentError`` (no such document, a bad media URL, a checksum mismatch) or, with
        no usable connection, ``OfflineError``.
        """
        if self._media is None:
            raise DocumentError("documents need the media cache")
        found = offline.document_file(self._replica, document_id)
        if found is None:
            raise DocumentError(f"no document {document_id}")
        return self._fetch_file(document_id, found)

    def fetch_version(self, document_id: str, version: int) -> str:
        """One version of a document into the cache, checked like the current one
        (``fetch_document``); returns its SHA-256."""
        if self._media is None:
            raise DocumentError("documents need the media cache")
        found = offline.version_file(self._replica, document_id, version)
        if found is None:
            raise DocumentError(f"document {document_id} has no version {version}")
        return self._fetch_file(document_id, found)

    def _fetch_file(self, document_id: str, found: offline.DocumentFile) -> str:
        assert self._media is not None
        sha, mxc, size = found
        if self._media.has(sha):
            return sha
        if mxc is None:
            raise DocumentError(f"document {document_id} is neither cached nor on the server")
        if size > self.max_download_bytes:
            raise DocumentError(
                f"document {document_id} is larger ({_size(size)}) than downloads may be "
                f"({_size(self.max_download_bytes)})"
            )
        try:
            request = api.download_media(mxc)
        except ValueError as exc:
            raise DocumentError(f"document {document_id} has an unusable media URL") from exc
        writer = self._media.writer(expected_sha256=sha)
        try:
            result = self._caller.transport.download(request, writer, max_bytes=size)
            if isinstance(result, TransportError) and result.kind is TransportErrorKind.TOO_LARGE:
                raise DocumentError(
                    f"document {document_id}: the server's file does not match (longer than "
                    f"the {size} bytes its state event declares); nothing was kept"
                )
            self._caller.unwrap(result)
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
        if self._media is None:
            return 0
        fetched = 0
        for document_id, sha in offline.pinned_documents(self._replica):
            if self._media.has(sha):
                continue
            try:
                self.fetch_document(document_id)
            except (DocumentError, MatrixRequestError) as exc:
                # This document only (gone from the server, damaged): the others go on.
                log.warning("pinned document %s not downloaded: %s", document_id, exc)
                continue
            except OfflineError as exc:
                log.info("pinned documents wait for the next sync: %s", exc)
                break
            fetched += 1
        return fetched

    # -- attachments -------------------------------------------------------------------

    def upload_attachment(self, entry: Entry, found: attachments.AttachmentMedia) -> str:
        """Upload the file a post carries, once: the URL is kept with the entry (a retry
        does not upload again) and on the attachment. Returns its mxc URL."""
        url = entry.payload.get("url")
        if isinstance(url, str):
            return url
        if found.mxc_url is not None:
            return found.mxc_url
        if self._media is None or found.sha256 is None:
            raise PermanentEntryError("the post's file is not on this computer")
        size = found.size if found.size is not None else self._blob_size(found.sha256)
        limit = self.upload_limit()
        if limit is not None and size > limit:
            raise PermanentEntryError(
                f"{TOO_LARGE}: the file is {_size(size)}; the server accepts at most {_size(limit)}"
            )
        url = self._upload(found.sha256, found.mimetype, found.name, size)
        payload = dict(entry.payload)
        payload["url"] = url
        outbox.save_payload(self._replica, entry, payload)
        attachments.record_url(self._replica, found.message_id, url)
        return url

    def fetch_thumbnail(self, message_id: int) -> str | None:
        """The server's thumbnail of an image attachment, into the cache; its checksum, or
        None when the server has none (not an image it can scale). ``OfflineError`` without
        a connection."""
        if self._media is None:
            return None
        found = attachments.media_of(self._replica, message_id)
        if found is None or found.mxc_url is None:
            return None
        if found.thumbnail_sha256 is not None and self._media.has(found.thumbnail_sha256):
            return found.thumbnail_sha256
        try:
            request = api.thumbnail_media(found.mxc_url, *THUMBNAIL_SIZE)
        except ValueError:
            return None
        sha = self._download(request, THUMBNAIL_MAX_BYTES)
        if sha is not None:
            attachments.record_thumbnail(self._replica, message_id, sha)
        return sha

    def fetch_attachment(self, message_id: int) -> str:
        """An attachment's file, into the cache; its checksum. Raises ``DocumentError``
        when it cannot be had (no media, larger than IT allows, refused by the server)."""
        if self._media is None:
            raise DocumentError("attachments need the media cache")
        found = attachments.media_of(self._replica, message_id)
        if found is None or found.mxc_url is None:
            raise DocumentError(f"no attachment on the server for message {message_id}")
        if found.sha256 is not None and self._media.has(found.sha256):
            return found.sha256
        cap = self.max_download_bytes
        if found.size is not None and found.size > cap:
            raise DocumentError(
                f"the file is larger ({_size(found.size)}) than downloads may be ({_size(cap)})"
            )
        try:
            request = api.download_media(found.mxc_url)
        except ValueError as exc:
            raise DocumentError("the attachment has an unusable media URL") from exc
        sha = self._download(request, min(cap, found.size) if found.size is not None else cap)
        if sha is None:
            raise DocumentError(f"the server has no file for message {message_id}")
        attachments.record_file(self._replica, message_id, sha)
        return sha

    def _download(self, request: api.DownloadRequest, max_bytes: int) -> str | None:
        """Stream ``request`` into the cache, at most ``max_bytes`` of it; the checksum of
        what was kept, or None when the server has no such media."""
        assert self._media is not None
        writer = self._media.writer()
        try:
            result = self._caller.transport.download(request, writer, max_bytes=max_bytes)
            if isinstance(result, TransportError) and result.kind is TransportErrorKind.TOO_LARGE:
                raise DocumentError(f"the server sent more than {_size(max_bytes)}; nothing kept")
            if isinstance(result, MatrixError) and not (
                result.is_transient or result.is_unknown_token
            ):
                writer.abort()
                return None
            self._caller.unwrap(result)
            return writer.commit().sha256
        except BaseException:
            writer.abort()
            raise


def _size(size: int) -> str:
    return f"{size / MIB:.1f} MiB" if size >= MIB else f"{size / 1024:.1f} KiB"


def _int(value: object, default: int = 1) -> int:
    return value if isinstance(value, int) else default
