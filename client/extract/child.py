"""The extraction child: reads documents from its standard input, answers with their text.

Started by ``client.extract.runner.Extractor`` as ``python -m client.extract.child`` (the
frozen app runs itself with ``--extract-worker``, as it does for its sync workers), with
``--memory BYTES``: its address space is limited to that (``RLIMIT_AS``, POSIX), so a
document that needs more ends in ``MemoryError`` here, never in the app's own processes.
The parent kills it when one document takes longer than its time limit.

The protocol, per document: a JSON line ``{"kind", "size", "limits"}`` followed by exactly
``size`` bytes of the file; the answer is one JSON line (``Extracted.to_json``). The end of
input ends the child.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from typing import BinaryIO

from client.extract.formats import (
    FAILED,
    FORMATS,
    TOO_LARGE,
    Extracted,
    Limits,
    TooLargeError,
    extract,
)

MAX_HEADER = 4096
NICENESS = 10
COLLECT_AFTER = 8 << 20


def limit_memory(limit_bytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's time limit and the text cap still hold
        return
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))
    except (ValueError, OSError):  # macOS may refuse it: the other limits still hold
        pass


def _read_exactly(source: BinaryIO, size: int) -> bytes | None:
    data = bytearray()
    while len(data) < size:
        chunk = source.read(min(size - len(data), 1 << 20))
        if not chunk:
            return None
        data += chunk
    return bytes(data)


def run_one(data: bytes, kind: str, limits: Limits) -> tuple[Extracted, bool]:
    """The document's text or status, and whether the child should end after answering
    (after running out of memory its state is not to be trusted)."""
    if kind not in FORMATS:
        return Extracted(FAILED, reason=f"unknown format {kind!r}"), False
    try:
        return extract(data, kind, limits), False
    except TooLargeError as exc:
        return Extracted(TOO_LARGE, reason=str(exc)), False
    except MemoryError:
        return Extracted(TOO_LARGE, reason="needs more memory than extraction may use"), True
    except RecursionError:
        return Extracted(FAILED, reason="nested too deeply"), False
    except Exception as exc:  # any reader's own error: this document only
        return Extracted(FAILED, reason=f"{type(exc).__name__}: {str(exc)[:200]}"), False


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--memory" in args:
        limit_memory(int(args[args.index("--memory") + 1]))
    if hasattr(os, "nice"):
        os.nice(NICENESS)
    source = sys.stdin.buffer
    sink = sys.stdout.buffer
    while True:
        line = source.readline(MAX_HEADER)
        if not line:
            return 0
        header = json.loads(line)
        data = _read_exactly(source, int(header["size"]))
        if data is None:
            return 0
        size = len(data)
        result, end = run_one(data, str(header["kind"]), Limits(**header.get("limits") or {}))
        del data
        sink.write(json.dumps(result.to_json(), ensure_ascii=False).encode("utf-8") + b"\n")
        sink.flush()
        del result
        if size > COLLECT_AFTER:  # give a large document's memory back before the next
            gc.collect()
        if end:
            return 0


if __name__ == "__main__":
    sys.exit(main())
