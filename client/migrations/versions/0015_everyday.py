"""Drafts of posts and comments, kept across restarts; each group's notification level;
earlier versions of edited messages.

Revision ID: 0015
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.String(length=255), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("question", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["group.id"], name=op.f("fk_draft_group_id_group"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["post_id"], ["message.id"], name=op.f("fk_draft_post_id_message"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft")),
    )
    op.create_index("ix_draft_post_id", "draft", ["post_id"])
    op.create_index(
        "uq_draft_target", "draft", ["group_id", sa.text("coalesce(post_id, 0)")], unique=True
    )
    op.create_table(
        "message_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=255), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["message.id"],
            name=op.f("fk_message_version_message_id_message"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_version")),
        sa.UniqueConstraint(
            "message_id", "written_at", name=op.f("uq_message_version_message_id_written_at")
        ),
    )
    with op.batch_alter_table("group") as batch:
        batch.add_column(
            sa.Column("notify_level", sa.String(length=16), nullable=False, server_default="all")
        )


def downgrade() -> None:
    op.drop_table("message_version")
    with op.batch_alter_table("group") as batch:
        batch.drop_column("notify_level")
    op.drop_index("uq_draft_target", table_name="draft")
    op.drop_index("ix_draft_post_id", table_name="draft")
    op.drop_table("draft")
