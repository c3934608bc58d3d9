"""The text of documents: from which version it was read, how that went, and where pages
start (``client.doctext``); an index finds the documents whose text is due.

Text already held (text-like files added on this device) counts as read from the current
version.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("text_sha256", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("text_status", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("text_reason", sa.String(length=512), nullable=True))
        batch.add_column(sa.Column("text_places", sa.JSON(), nullable=True))
    op.execute(
        "UPDATE document SET text_sha256 = sha256, text_status = 'ok' "
        "WHERE text_content IS NOT NULL"
    )
    op.create_index(
        "ix_document_text_due",
        "document",
        ["updated_at"],
        sqlite_where=sa.text("deleted = 0 AND text_sha256 IS NOT sha256"),
    )


def downgrade() -> None:
    op.drop_index("ix_document_text_due", table_name="document")
    with op.batch_alter_table("document") as batch:
        for column in ("text_places", "text_reason", "text_status", "text_sha256"):
            batch.drop_column(column)
