"""The encrypted media cache: round trips, streaming, tampering and checksums."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from client.mediacache import CHUNK, MediaCache, MediaCacheError

KEY = bytes(range(32))


def test_round_trip_across_chunks(tmp_path: Path) -> None:
    cache = MediaCache(tmp_path / "media", KEY)
    data = os.urandom(CHUNK * 2 + 123)
    info = cache.put_stream(io.BytesIO(data))
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.size == len(data)
    assert cache.has(info.sha256)
    assert cache.read_bytes(info.sha256) == data
    # Encrypted at rest, and the name does not give the checksum away.
    stored = cache.path_for(info.sha256)
    assert info.sha256 not in stored.name
    assert data[:4096] not in stored.read_bytes()


def test_empty_file(tmp_path: Path) -> None:
    cache = MediaCache(tmp_path, KEY)
    info = cache.put_stream(io.BytesIO(b""))
    assert cache.read_bytes(info.sha256) == b""


def test_the_head_of_a_file_is_read_from_its_first_chunk(tmp_path: Path) -> None:
    cache = MediaCache(tmp_path, KEY)
    data = os.urandom(CHUNK + 10)
    info = cache.put_stream(io.BytesIO(data))
    assert cache.head(info.sha256, 4096) == data[:4096]
    assert cache.head(cache.put_stream(io.BytesIO(b"#!")).sha256, 4096) == b"#!"
    assert cache.head(cache.put_stream(io.BytesIO(b"")).sha256, 4096) == b""


def test_checksum_mismatch_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    cache = MediaCache(tmp_path, KEY)
    with pytest.raises(MediaCacheError, match="checksum mismatch"):
        cache.put_stream(io.BytesIO(b"hello"), expected_sha256="0" * 64)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("damage", ["flip", "truncate_chunk", "drop_last_chunk"])
def test_tampering_is_detected(tmp_path: Path, damage: str) -> None:
    cache = MediaCache(tmp_path, KEY)
    info = cache.put_stream(io.BytesIO(os.urandom(CHUNK + 10)))
    path = cache.path_for(info.sha256)
    raw = bytearray(path.read_bytes())
    if damage == "flip":
        raw[100] ^= 1
    elif damage == "truncate_chunk":
        raw = raw[:-5]
    else:
        raw = raw[: 6 + 8 + 4 + CHUNK + 16]  # keep only the first, non-final chunk
    path.write_bytes(bytes(raw))
    with pytest.raises(MediaCacheError):
        cache.read_bytes(info.sha256)


def test_another_accounts_key_cannot_read(tmp_path: Path) -> None:
    info = MediaCache(tmp_path, KEY).put_stream(io.BytesIO(b"geheim"))
    other = MediaCache(tmp_path, bytes(32))
    with pytest.raises(MediaCacheError):
        other.read_bytes(info.sha256)


def test_export_writes_plaintext(tmp_path: Path) -> None:
    cache = MediaCache(tmp_path / "m", KEY)
    info = cache.put_stream(io.BytesIO(b"Verslag"))
    cache.export(info.sha256, tmp_path / "verslag.txt")
    assert (tmp_path / "verslag.txt").read_bytes() == b"Verslag"


def _blob(cache: MediaCache, data: bytes, used: float) -> str:
    sha = cache.put_stream(io.BytesIO(data)).sha256
    os.utime(cache.path_for(sha), (used, used))
    return sha


def test_eviction_removes_least_recently_used_first(tmp_path: Path) -> None:
    cache = MediaCache(tmp_path, KEY)
    old = _blob(cache, b"a" * 5000, 1_000)
    middle = _blob(cache, b"b" * 5000, 2_000)
    new = _blob(cache, b"c" * 5000, 3_000)
    one = cache.path_for(old).stat().st_size
    report = cache.evict_to(2 * one)
    assert (cache.has(old), cache.has(middle), cache.has(new)) == (False, True, True)
    assert report.removed == 1
    assert report.freed_bytes == one
    assert report.size_bytes == cache.size_bytes() == 2 * one


def test_reading_a_blob_makes_it_recently_used(tmp_path: Path) -> None:
    cache = MediaCache(tmp_path, KEY)
    read_later = _blob(cache, b"a" * 5000, 1_000)
    untouched = _blob(cache, b"b" * 5000, 2_000)
    assert cache.read_bytes(read_later) == b"a" * 5000
    cache.evict_to(cache.path_for(untouched).stat().st_size)
    assert cache.has(read_later)
    assert not cache.has(untouched)


def test_eviction_never_removes_kept_files_even_over_the_cap(tmp_path: Path) -> None:
    cache = MediaCache(tmp_path, KEY)
    pinned = _blob(cache, b"p" * 5000, 1_000)
    other = _blob(cache, b"o" * 5000, 2_000)
    report = cache.evict_to(0, keep={pinned})
    assert cache.has(pinned)
    assert not cache.has(other)
    assert report.size_bytes == cache.path_for(pinned).stat().st_size > 0


def test_eviction_under_the_cap_removes_nothing(tmp_path: Path) -> None:
    cache = MediaCache(tmp_path, KEY)
    sha = _blob(cache, b"x" * 100, 1_000)
    # A download in progress is not a blob: neither counted nor removed.
    (tmp_path / ".incoming-1").write_bytes(b"partial")
    report = cache.evict_to(10_000)
    assert report.removed == 0
    assert cache.has(sha)
    assert (tmp_path / ".incoming-1").exists()
