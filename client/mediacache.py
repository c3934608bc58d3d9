"""Encrypted, content-addressed cache of document files.

Files are stored in chunks of 1 MiB, each sealed with AES-256-GCM, so that large files stream
through in constant memory and a truncated or altered file is detected. The key is derived
from the account's replica key. Blob names are keyed hashes of the content's SHA-256, so the
folder does not reveal which known files it holds.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import struct
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

CHUNK = 1 << 20
_MAGIC = b"TPMC1\0"
_PREFIX_LEN = 8
_TAG_LEN = 16


class MediaCacheError(Exception):
    """A cached file is missing, damaged, or does not match its checksum."""


@dataclass(frozen=True)
class BlobInfo:
    sha256: str
    size: int


def _derive(key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)


class BlobWriter:
    """Streams plaintext into a new blob; ``commit`` checks the checksum and publishes it."""

    def __init__(self, cache: MediaCache, expected_sha256: str | None) -> None:
        self._cache = cache
        self._expected = expected_sha256
        self._hash = hashlib.sha256()
        self._size = 0
        self._buffer = bytearray()
        self._counter = 0
        self._prefix = secrets.token_bytes(_PREFIX_LEN)
        cache.root.mkdir(parents=True, exist_ok=True)
        self._tmp = cache.root / f".incoming-{secrets.token_hex(8)}"
        self._file: BinaryIO = open(self._tmp, "wb")
        self._file.write(_MAGIC + self._prefix)

    def write(self, data: bytes) -> None:
        self._hash.update(data)
        self._size += len(data)
        self._buffer += data
        while len(self._buffer) >= CHUNK:
            self._seal(bytes(self._buffer[:CHUNK]), final=False)
            del self._buffer[:CHUNK]

    def _seal(self, chunk: bytes, *, final: bool) -> None:
        nonce = self._prefix + struct.pack(">I", self._counter)
        aad = struct.pack(">I?", self._counter, final)
        sealed = self._cache._aead.encrypt(nonce, chunk, aad)
        self._file.write(struct.pack(">I", len(sealed)) + sealed)
        self._counter += 1

    def commit(self) -> BlobInfo:
        self._seal(bytes(self._buffer), final=True)
        self._buffer.clear()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        digest = self._hash.hexdigest()
        if self._expected is not None and digest != self._expected.lower():
            self._tmp.unlink(missing_ok=True)
            raise MediaCacheError(
                f"checksum mismatch: expected {self._expected}, received {digest}"
            )
        self._tmp.replace(self._cache.path_for(digest))
        return BlobInfo(digest, self._size)

    def abort(self) -> None:
        if not self._file.closed:
            self._file.close()
        self._tmp.unlink(missing_ok=True)


class MediaCache:
    def __init__(self, root: Path, replica_key: bytes) -> None:
        self.root = root
        self._aead = AESGCM(_derive(replica_key, b"treffpunkt media cache v1"))
        self._name_key = _derive(replica_key, b"treffpunkt media names v1")

    def path_for(self, sha256: str) -> Path:
        name = hmac.new(self._name_key, sha256.lower().encode(), hashlib.sha256).hexdigest()
        return self.root / name

    def writer(self, expected_sha256: str | None = None) -> BlobWriter:
        return BlobWriter(self, expected_sha256)

    def put_stream(self, source: BinaryIO, expected_sha256: str | None = None) -> BlobInfo:
        writer = self.writer(expected_sha256)
        try:
            while data := source.read(CHUNK):
                writer.write(data)
            return writer.commit()
        except BaseException:
            writer.abort()
            raise

    def put_file(self, path: Path) -> BlobInfo:
        with open(path, "rb") as source:
            return self.put_stream(source)

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def blob_names(self) -> frozenset[str]:
        """The names (``path_for(sha).name``) of every file the cache holds."""
        return frozenset(path.name for path, _size, _used in _blobs(self.root))

    def chunks(self, sha256: str) -> Generator[bytes, None, None]:
        """The plaintext in chunks, verified chunk by chunk and against ``sha256`` at the end."""
        path = self.path_for(sha256)
        try:
            source = open(path, "rb")
        except FileNotFoundError as exc:
            raise MediaCacheError(f"not in the cache: {sha256}") from exc
        _touch(path)
        with source:
            head = source.read(len(_MAGIC) + _PREFIX_LEN)
            if not head.startswith(_MAGIC) or len(head) != len(_MAGIC) + _PREFIX_LEN:
                raise MediaCacheError("damaged cache file: bad header")
            prefix = head[len(_MAGIC) :]
            digest = hashlib.sha256()
            counter = 0
            while True:
                raw_len = source.read(4)
                if len(raw_len) != 4:
                    raise MediaCacheError("damaged cache file: truncated")
                (length,) = struct.unpack(">I", raw_len)
                sealed = source.read(length)
                if len(sealed) != length or length < _TAG_LEN:
                    raise MediaCacheError("damaged cache file: truncated")
                final = source.peek(1) == b""
                nonce = prefix + struct.pack(">I", counter)
                try:
                    plain = self._aead.decrypt(nonce, sealed, struct.pack(">I?", counter, final))
                except Exception as exc:
                    raise MediaCacheError("damaged cache file: authentication failed") from exc
                digest.update(plain)
                yield plain
                counter += 1
                if final:
                    break
            if digest.hexdigest() != sha256.lower():
                raise MediaCacheError("cached file does not match its checksum")

    def head(self, sha256: str, size: int) -> bytes:
        """The first ``size`` bytes of the plaintext (from the first chunk, verified)."""
        chunks = self.chunks(sha256)
        try:
            return next(chunks, b"")[:size]
        finally:
            chunks.close()

    def read_bytes(self, sha256: str) -> bytes:
        return b"".join(self.chunks(sha256))

    def export(self, sha256: str, target: Path) -> None:
        """Write the plaintext to ``target`` (to open it with the system application)."""
        tmp = target.with_name(f".{target.name}.part")
        try:
            with open(tmp, "wb") as out:
                for chunk in self.chunks(sha256):
                    out.write(chunk)
            tmp.replace(target)
        finally:
            tmp.unlink(missing_ok=True)

    def delete(self, sha256: str) -> None:
        self.path_for(sha256).unlink(missing_ok=True)

    def delete_unused_since(self, sha256: str, since: float) -> bool:
        """Delete a blob unless it was written or read after ``since`` (a Unix time): then
        someone uses it again, and it is left to eviction. True when it is gone."""
        path = self.path_for(sha256)
        try:
            if path.stat().st_mtime > since:
                return False
        except FileNotFoundError:
            return True
        path.unlink(missing_ok=True)
        return True

    def size_bytes(self) -> int:
        return usage_bytes(self.root)

    def evict_to(self, cap_bytes: int, keep: Iterable[str] = ()) -> EvictionReport:
        """Delete the least recently used blobs until the cache fits ``cap_bytes``.

        ``keep`` names the checksums that must stay whatever the cap: files kept available
        offline, and files that exist nowhere else yet (not uploaded). When they alone are
        larger than the cap the cache stays over it: losing them would lose data or break
        a promise the user asked for, so the report says so instead.
        """
        kept_paths = {self.path_for(sha) for sha in keep}
        blobs = _blobs(self.root)
        total = sum(size for _path, size, _used in blobs)
        removed = freed = 0
        for path, size, _used in sorted(blobs, key=lambda blob: blob[2]):
            if total - freed <= cap_bytes:
                break
            if path in kept_paths:
                continue
            path.unlink(missing_ok=True)
            removed += 1
            freed += size
        return EvictionReport(removed, freed, total - freed)


@dataclass(frozen=True)
class EvictionReport:
    removed: int
    freed_bytes: int
    size_bytes: int  # what the cache holds afterwards


def _blobs(root: Path) -> list[tuple[Path, int, float]]:
    """Every published blob: its path, size and when it was last written or read."""
    if not root.exists():
        return []
    found = []
    for path in root.iterdir():
        if path.name.startswith("."):
            continue  # a download or upload in progress
        try:
            stat = path.stat()
        except FileNotFoundError:
            continue
        found.append((path, stat.st_size, stat.st_mtime))
    return found


def usage_bytes(root: Path) -> int:
    """What a cache folder holds, without its key (for the settings' "in use" figure)."""
    return sum(size for _path, size, _used in _blobs(root))


def _touch(path: Path) -> None:
    # The modification time doubles as "last used" for the eviction order: access times
    # are often not kept (noatime), and reading never rewrites a blob.
    try:
        os.utime(path)
    except OSError:
        pass  # a read-only cache still reads; it is only evicted a little earlier
