"""The replica benchmark's fingerprint: what decides whether its kept replica is reused."""

from __future__ import annotations

from benchmarks import replica
from benchmarks.textgen import TextGenerator
from client import search


def _names() -> set[str]:
    return {part.split("\n", 1)[0] for part in replica._index_code(search, replica._INDEX_WRITERS)}


def test_index_code_covers_what_writes_the_index() -> None:
    names = _names()
    # The writers, what they call (folding the rows, the vocabulary) and what they read.
    assert {"index_new_messages", "_index_message_rows", "_write_vocab", "SCHEMA_DDL"} <= names
    assert {"_FLIP", "VOCAB_SAMPLE", "_fold_fields", "_key_rowid"} <= names


def test_query_side_is_left_out() -> None:
    # Ranking, planning and snippets change what a search does, not the stored index.
    names = _names()
    assert not {"search", "_plan", "_render", "snippet", "MESSAGE_CANDIDATES"} & names


def test_fingerprint_parts() -> None:
    gen = TextGenerator()
    first = replica.fingerprint("small", replica.SIZES["small"], gen)
    assert first == replica.fingerprint("small", replica.SIZES["small"], gen)
    assert {"data_sha256", "index_sha256"} <= first.keys()
