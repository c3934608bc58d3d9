"""Reading a replica as an attacker with its key would: every page of the database file and
every frame of its WAL, decrypted, whether SQLite still uses the page or not.

SQLCipher 4 with a raw key (``client.store``): pages of 4,096 bytes, each AES-256-CBC under
the key itself, with its IV in the 80 reserved bytes at the end of the page (IV, then
HMAC); the first 16 bytes of page 1 are the salt. Free-list pages and old WAL frames are
where deleted text survives, and SQLite's own views (``sqlite_dbpage`` is not compiled into
sqlcipher3, and an export copies live rows only) never show them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # IV (16) and HMAC-SHA512 (64)
_SALT = 16
_WAL_HEADER = 32
_FRAME_HEADER = 24


def _decrypt(key: bytes, page: bytes, skip: int = 0) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[skip : PAGE - RESERVE]) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """The plaintext of every page of the database file, used or free."""
    data = path.read_bytes()
    for n in range(len(data) // PAGE):
        yield _decrypt(key, data[n * PAGE : (n + 1) * PAGE], _SALT if n == 0 else 0)


def wal_frames(path: Path, key: bytes) -> Iterator[bytes]:
    """The plaintext of every frame in the WAL next to ``path``, current or stale."""
    wal = Path(f"{path}-wal")
    data = wal.read_bytes() if wal.exists() else b""
    at = _WAL_HEADER
    while at + _FRAME_HEADER + PAGE <= len(data):
        yield _decrypt(key, data[at + _FRAME_HEADER : at + _FRAME_HEADER + PAGE])
        at += _FRAME_HEADER + PAGE


def found(path: Path, key: bytes, words: list[str]) -> set[str]:
    """Which of ``words`` appear anywhere in the file or its WAL, as written or in lower case
    (as the search index holds them); checks that decrypting worked at all."""
    pages = [*database_pages(path, key), *wal_frames(path, key)]
    assert any(b"CREATE TABLE" in page for page in pages), "the pages did not decrypt"
    return {
        word
        for word in words
        if any(word.encode() in page or word.lower().encode() in page for page in pages)
    }
