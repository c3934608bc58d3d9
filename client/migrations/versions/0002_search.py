"""Full-text search: contentless FTS5 tables for messages, documents and people, their key
tables, and the vocabulary used to complete typed prefixes. Existing data is indexed.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from client import search

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FTS = "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'"

# Frozen copies of what client.search.SCHEMA_DDL said when this migration was written.
_DDL = (
    f"CREATE VIRTUAL TABLE search_message USING fts5(body, parts, {_FTS})",
    f"CREATE VIRTUAL TABLE search_document USING fts5(name, folder, body, parts, {_FTS})",
    "CREATE VIRTUAL TABLE search_person USING fts5(name, title, department, organisation, "
    f"skills, location, parts, {_FTS})",
    "CREATE TABLE search_document_key (rowid INTEGER PRIMARY KEY, "
    "document_id TEXT NOT NULL UNIQUE)",
    "CREATE TABLE search_person_key (rowid INTEGER PRIMARY KEY, user_id TEXT NOT NULL UNIQUE)",
    "CREATE TABLE search_vocab (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID",
)
_TABLES = (
    "search_vocab",
    "search_person_key",
    "search_document_key",
    "search_person",
    "search_document",
    "search_message",
)


def upgrade() -> None:
    for statement in _DDL:
        op.execute(statement)
    # Index what the replica already holds; the indexing rules live in client.search.
    search.rebuild(op.get_bind())


def downgrade() -> None:
    for table in _TABLES:
        op.execute(f"DROP TABLE {table}")
