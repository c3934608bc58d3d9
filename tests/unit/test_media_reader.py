"""CacheReader: a bounded, file-like view of the encrypted media cache for uploads."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from client.mediacache import CHUNK, MediaCache, MediaCacheError
from sync.media import CacheReader
from tests.conftest import TEST_KEY


def test_reads_the_plaintext_in_pieces_across_chunks(tmp_path: Path) -> None:
    cache = MediaCache(tmp_path / "media", TEST_KEY)
    data = os.urandom(2 * CHUNK + 4321)
    source = tmp_path / "f.bin"
    source.write_bytes(data)
    blob = cache.put_file(source)
    reader = CacheReader(cache.chunks(blob.sha256))
    pieces = []
    while piece := reader.read(64 * 1024):
        assert len(piece) <= 64 * 1024
        pieces.append(piece)
    assert b"".join(pieces) == data
    assert reader.read(10) == b""


def test_whole_file_reads_are_refused() -> None:
    with pytest.raises(ValueError):
        CacheReader(iter([b"abc"])).read()


def test_a_damaged_blob_fails_while_reading(tmp_path: Path) -> None:
    cache = MediaCache(tmp_path / "media", TEST_KEY)
    source = tmp_path / "f.bin"
    source.write_bytes(os.urandom(CHUNK + 10))
    blob = cache.put_file(source)
    path = cache.path_for(blob.sha256)
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 1
    path.write_bytes(bytes(raw))
    reader = CacheReader(cache.chunks(blob.sha256))
    with pytest.raises(MediaCacheError):
        while reader.read(64 * 1024):
            pass
