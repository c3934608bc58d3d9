"""Document files between the encrypted media cache and the transport, in constant memory.

An upload reads the plaintext through ``CacheReader``, a file-like view of
``MediaCache.chunks`` (one decrypted chunk at a time, verified as it goes); a download
writes straight into a ``BlobWriter`` that checks the SHA-256 before the blob is published.
Neither ever holds a whole file in memory.
"""

from __future__ import annotations

from collections.abc import Iterator


class CacheReader:
    """``read(size)`` over an iterator of byte chunks (``MediaCache.chunks``)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._current = memoryview(b"")
        self._done = False

    def read(self, size: int = -1, /) -> bytes:
        if size < 0:
            # A whole-file read would defeat the purpose; callers ask for a piece.
            raise ValueError("CacheReader reads in bounded pieces only")
        pieces: list[bytes] = []
        wanted = size
        while wanted > 0:
            if not self._current:
                if self._done:
                    break
                try:
                    self._current = memoryview(next(self._chunks))
                except StopIteration:
                    self._done = True
                    break
                continue
            # A view, not a copy, of what is left of the chunk: no quadratic copying.
            piece, self._current = self._current[:wanted], self._current[wanted:]
            pieces.append(bytes(piece))
            wanted -= len(piece)
        return b"".join(pieces)
