"""Notifications: which mentions and replies the user has read; messages by author.

``notification_read`` holds the read ones only, so a mention or reply that sync brings is
unread without anyone writing a row for it. ``ix_message_author_created`` serves a person's
recent posts on their profile and "replies to my posts" (my posts first, then their threads).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notification_read",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["message.id"],
            name=op.f("fk_notification_read_message_id_message"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_notification_read")),
    )
    op.create_index("ix_message_author_created", "message", ["author", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_message_author_created", "message")
    op.drop_table("notification_read")
