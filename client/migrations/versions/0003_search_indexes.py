"""Covering indexes for search: the candidates' metadata comes from the index alone.

Message and document rows are wide (bodies, rendered HTML, extracted text), so reading a
few hundred of them per query costs milliseconds of page reads and decryption; these
indexes hold just what ranking and filtering need.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_message_search",
        "message",
        ["id", "deleted", "kind", "group_id", "author", "created_at"],
    )
    op.create_index(
        "ix_document_search",
        "document",
        ["id", "deleted", "group_id", "updated_by", "updated_at", "name", "folder"],
    )


def downgrade() -> None:
    op.drop_index("ix_document_search", "document")
    op.drop_index("ix_message_search", "message")
