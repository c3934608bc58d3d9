"""Which messages announce a document to other clients.

Revision ID: 0018
Revises: 0017
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "announcement",
        sa.Column("group_id", sa.String(length=255), nullable=False),
        sa.Column("event_id", sa.String(length=255), nullable=False),
        sa.Column("document_id", sa.String(length=255), nullable=False),
        sa.Column("sender", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["group.id"],
            name=op.f("fk_announcement_group_id_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "event_id", name=op.f("pk_announcement")),
    )


def downgrade() -> None:
    op.drop_table("announcement")
