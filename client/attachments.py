"""The files and images posts carry: where their copies are, and a copy to open.

An attachment arrives with a post (``client.ingest``); its thumbnail and its file come
later, downloaded by the engine (``sync.transfers``) into the encrypted media cache,
which records their checksums here. Without a checksum given by the server, a file is
kept under the checksum of what was downloaded, capped at the size it declared and at
IT's largest download. A copy to open is made like a document's
(``client.reads.documents.export_for_opening``): a program is never opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from client import purge
from client.filenames import HEAD_BYTES, safe_filename
from client.reads.documents import (
    Exported,
    NotAvailableOfflineError,
    refuse_programs,
)
from client.rows import ATTACHMENT_PREFIX

if TYPE_CHECKING:
    from client.mediacache import MediaCache
    from client.store import Replica


@dataclass(frozen=True)
class AttachmentMedia:
    message_id: int
    kind: str
    name: str
    mimetype: str
    size: int | None
    mxc_url: str | None
    sha256: str | None
    thumbnail_sha256: str | None


def key(message_id: int) -> str:
    """How an attachment is named where a document id is expected: in the "Attachments"
    folder of the documents, in the opener's signals and folders."""
    return f"{ATTACHMENT_PREFIX}{message_id}"


def media_of(replica: Replica, message_id: int) -> AttachmentMedia | None:
    with replica.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT a.kind, a.name, a.mimetype, a.size, a.mxc_url, a.sha256, a.thumbnail_sha256 "
            "FROM attachment a JOIN message m ON m.id = a.message_id "
            "WHERE a.message_id = ? AND m.deleted = 0",
            (message_id,),
        ).first()
    if row is None:
        return None
    return AttachmentMedia(message_id, *row)


def _record(replica: Replica, column: str, message_id: int, sha256: str) -> None:
    """Name a downloaded file on its attachment; one redacted meanwhile is gone, and the
    file it no longer has leaves the cache after the next sync (``client.purge``)."""
    with replica.begin() as tx:
        found = tx.exec_driver_sql(
            f"UPDATE attachment SET {column} = ? WHERE message_id = ?", (sha256, message_id)
        ).rowcount
        if not found:
            purge.record(tx, {sha256}, ())


def record_thumbnail(replica: Replica, message_id: int, sha256: str) -> None:
    _record(replica, "thumbnail_sha256", message_id, sha256)


def record_url(replica: Replica, message_id: int, mxc_url: str) -> None:
    """An attachment we sent is on the server now: the cache no longer holds its only copy."""
    with replica.begin() as tx:
        tx.exec_driver_sql(
            "UPDATE attachment SET mxc_url = ? WHERE message_id = ?", (mxc_url, message_id)
        )


def record_file(replica: Replica, message_id: int, sha256: str) -> None:
    _record(replica, "sha256", message_id, sha256)


def thumbnail(replica: Replica, media: MediaCache | None, message_id: int) -> bytes | None:
    """The cached thumbnail's bytes (decrypted), or None when there is none yet."""
    found = media_of(replica, message_id)
    if media is None or found is None or found.thumbnail_sha256 is None:
        return None
    if not media.has(found.thumbnail_sha256):
        return None  # evicted: fetched again while connected
    return media.read_bytes(found.thumbnail_sha256)


def _cached(
    replica: Replica,
    media: MediaCache | None,
    fetch: Callable[[int], str] | None,
    found: AttachmentMedia,
) -> tuple[MediaCache, str]:
    """The media cache and the checksum of the attachment's file in it, downloaded first
    when it is not there and ``fetch`` can."""
    sha = found.sha256
    if media is None:
        raise NotAvailableOfflineError(key(found.message_id))
    if sha is None or not media.has(sha):
        if fetch is None:
            raise NotAvailableOfflineError(key(found.message_id))
        sha = fetch(found.message_id)
    return media, sha


def _found(replica: Replica, message_id: int) -> AttachmentMedia:
    found = media_of(replica, message_id)
    if found is None:
        raise LookupError(f"no attachment on message {message_id}")
    return found


def save_copy(
    replica: Replica,
    media: MediaCache | None,
    fetch: Callable[[int], str] | None,
    message_id: int,
    target: Path,
) -> Path:
    """Decrypt an attachment to ``target``, a file the user chose: how a program is kept."""
    media, sha = _cached(replica, media, fetch, _found(replica, message_id))
    media.export(sha, target)
    return target


def export_for_opening(
    replica: Replica,
    media: MediaCache | None,
    fetch: Callable[[int], str] | None,
    message_id: int,
    folder: Path,
) -> Exported:
    """Decrypt an attachment into ``folder`` to open it, read-only (runs on a worker),
    downloading it first when it is not cached and ``fetch`` can (connected). A program
    raises ``RunsCodeError`` before and after the download and is written nowhere."""
    found = _found(replica, message_id)
    refuse_programs(key(message_id), found.name, found.mimetype)
    media, sha = _cached(replica, media, fetch, found)
    refuse_programs(key(message_id), found.name, found.mimetype, media.head(sha, HEAD_BYTES))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / safe_filename(found.name)
    target.unlink(missing_ok=True)  # a read-only copy of an earlier opening
    media.export(sha, target)
    target.chmod(0o400)  # nothing is saved back: an edit there would be lost
    return Exported(key(message_id), target, sha)
