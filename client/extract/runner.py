"""The parent side of extraction: one child process, its limits, and the documents' way in.

``Extractor`` starts the child (``client.extract.child``) when the first document needs it
and keeps it for the next ones, since starting Python costs more than reading most files.
Each document is streamed to it through a pipe (decrypted chunks from the media cache; the
plain text never touches the disk) while the parent waits for the answer at most
``timeout_s``: a child that takes longer is killed, the document is ``timed-out``, and the
next document gets a new child. A child that dies (its memory limit, a crash in a parser)
costs the same: that document ``failed`` or is ``too-large``, the others go on.
"""

from __future__ import annotations

import json
import logging
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from client.extract.formats import (
    FAILED,
    TIMED_OUT,
    TOO_LARGE,
    UNSUPPORTED,
    Extracted,
    Limits,
    detect,
)

if TYPE_CHECKING:
    from client.mediacache import MediaCache

log = logging.getLogger(__name__)

TIMEOUT_S = 30.0
MEMORY_BYTES = 1 << 30
MAX_FILE_BYTES = 64 << 20  # larger files are not read for their text
HEAD_BYTES = 1024
_KILL_WAIT_S = 5.0


def child_command(memory_bytes: int) -> list[str]:
    """How to start the child: the frozen app runs itself, as for its sync workers."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--extract-worker", "--memory", str(memory_bytes)]
    return [sys.executable, "-m", "client.extract.child", "--memory", str(memory_bytes)]


class _Child:
    def __init__(self, command: list[str]) -> None:
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.answers: queue.Queue[bytes | None] = queue.Queue()
        self.feed_error: Exception | None = None
        threading.Thread(target=self._read, name="extract-answers", daemon=True).start()

    def _read(self) -> None:
        stdout = self.process.stdout
        assert stdout is not None
        for line in stdout:
            self.answers.put(line)
        self.answers.put(None)

    def send(self, header: dict[str, Any], chunks: Iterable[bytes]) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        try:
            stdin.write(json.dumps(header).encode() + b"\n")
            for chunk in chunks:
                stdin.write(chunk)
            stdin.flush()
        except (BrokenPipeError, OSError, ValueError):
            pass  # the child is gone or was killed: its answer (None) says so
        except Exception as exc:  # reading the document failed (a damaged cached file)
            self.feed_error = exc
            self.kill()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(_KILL_WAIT_S)
        except subprocess.TimeoutExpired:
            log.warning("the extraction child %d did not end", self.process.pid)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                try:
                    pipe.close()
                except OSError:
                    pass

    def close(self) -> None:
        stdin = self.process.stdin
        if stdin is not None:
            try:
                stdin.close()  # the end of input ends the child
            except OSError:
                pass
        try:
            self.process.wait(_KILL_WAIT_S)
        except subprocess.TimeoutExpired:
            pass
        self.kill()


class Extractor:
    """Extracts documents one at a time in a child process with a time limit per document,
    a memory limit and a cap on the text; use as a context manager or ``close`` it."""

    def __init__(
        self,
        *,
        timeout_s: float = TIMEOUT_S,
        memory_bytes: int = MEMORY_BYTES,
        max_file_bytes: int = MAX_FILE_BYTES,
        limits: Limits | None = None,
        command: list[str] | None = None,
    ) -> None:
        self.timeout_s = timeout_s
        self.max_file_bytes = max_file_bytes
        self.limits = limits or Limits()
        self._command = command or child_command(memory_bytes)
        self._child: _Child | None = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._child is not None:
            self._child.close()
            self._child = None

    def extract_bytes(self, data: bytes, name: str, mimetype: str) -> Extracted:
        return self.extract_stream([data], len(data), data[:HEAD_BYTES], name, mimetype)

    def extract_blob(
        self, media: MediaCache, sha256: str, size: int, name: str, mimetype: str
    ) -> Extracted:
        """A file in the encrypted media cache, decrypted chunk by chunk into the pipe."""
        if size > self.max_file_bytes:
            return Extracted(TOO_LARGE, reason=f"{size} bytes, more than {self.max_file_bytes}")
        head = media.head(sha256, HEAD_BYTES)
        return self.extract_stream(media.chunks(sha256), size, head, name, mimetype)

    def extract_stream(
        self, chunks: Iterable[bytes], size: int, head: bytes, name: str, mimetype: str
    ) -> Extracted:
        kind = detect(head, name, mimetype)
        if kind is None:
            return Extracted(UNSUPPORTED, reason=f"no text is read from {mimetype or 'this'}")
        if size > self.max_file_bytes:
            return Extracted(TOO_LARGE, reason=f"{size} bytes, more than {self.max_file_bytes}")
        if self._child is None or self._child.process.poll() is not None:
            self._child = _Child(self._command)
        child = self._child
        header = {"kind": kind, "size": size, "limits": asdict(self.limits)}
        writer = threading.Thread(
            target=child.send, args=(header, chunks), name="extract-feed", daemon=True
        )
        started = time.monotonic()
        writer.start()
        try:
            answer = child.answers.get(timeout=self.timeout_s)
        except queue.Empty:
            log.warning("extraction of a %s file took longer than %.0f s", kind, self.timeout_s)
            self._drop(child)
            return Extracted(TIMED_OUT, reason=f"longer than {self.timeout_s:g} s")
        finally:
            writer.join(max(0.0, self.timeout_s - (time.monotonic() - started)) + 1)
        if answer is None:
            code = child.process.wait()
            self._drop(child)
            if child.feed_error is not None:
                # The file, not the document, is at fault: the caller decides (not stored).
                raise child.feed_error
            return Extracted(FAILED, reason=f"the extractor ended (exit code {code})")
        try:
            result = Extracted.from_json(json.loads(answer))
        except (ValueError, TypeError):
            result = Extracted(FAILED, reason="the extractor answered nonsense")
        return result

    def _drop(self, child: _Child) -> None:
        child.kill()
        if self._child is child:
            self._child = None
