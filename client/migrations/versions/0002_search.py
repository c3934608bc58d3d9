"""Full-text search: FTS5 tables over messages, documents and people, and their vocabulary.

Revision ID: 0002
Revises: 0001

The DDL is copied here on purpose: a migration is frozen, while ``client.search.SCHEMA_DDL``
may change in later revisions. The data step reuses ``client.search.rebuild`` so that a
replica that already holds data becomes searchable at once; it fills the tables created
here from the replica tables of 0001.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FTS = "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'"

_TABLES = (
    "search_message",
    "search_document",
    "search_person",
    "search_document_key",
    "search_person_key",
    "search_vocab",
)


def upgrade() -> None:
    op.execute(f"CREATE VIRTUAL TABLE search_message USING fts5(body, parts, {_FTS})")
    op.execute(
        f"CREATE VIRTUAL TABLE search_document USING fts5(name, folder, body, parts, {_FTS})"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_person USING fts5(name, title, department, organisation, "
        f"skills, location, parts, {_FTS})"
    )
    op.execute(
        "CREATE TABLE search_document_key (rowid INTEGER PRIMARY KEY, "
        "document_id TEXT NOT NULL UNIQUE)"
    )
    op.execute(
        "CREATE TABLE search_person_key (rowid INTEGER PRIMARY KEY, user_id TEXT NOT NULL UNIQUE)"
    )
    op.execute(
        "CREATE TABLE search_vocab (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID"
    )

    from client.search import rebuild  # data step only; see the module docstring

    rebuild(op.get_bind())


def downgrade() -> None:
    for table in _TABLES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
