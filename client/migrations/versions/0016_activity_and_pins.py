"""Indexes for the activity view, and a group's pinned posts.

``group.pinned`` keeps the event ids of the room's ``m.room.pinned_events`` (JSON).

``ix_message_activity`` holds what the view counts per week and per writer (kind, removed,
author) beside the group and time, so that it reads the index alone: on a million posts the
rows themselves would be read a hundred thousand at a time. ``ix_message_question`` holds
the questions not removed, with whether one has a marked answer, for the open questions and
the time to a first answer; it is small, as questions are few.

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("group") as batch:
        batch.add_column(sa.Column("pinned", sa.Text(), nullable=True))
    op.create_index(
        "ix_message_activity", "message", ["group_id", "created_at", "kind", "deleted", "author"]
    )
    op.create_index(
        "ix_message_question",
        "message",
        ["group_id", "created_at", "answer_id"],
        sqlite_where=sa.text("kind = 'question' AND deleted = 0"),
    )


def downgrade() -> None:
    op.drop_index("ix_message_question", "message")
    op.drop_index("ix_message_activity", "message")
    with op.batch_alter_table("group") as batch:
        batch.drop_column("pinned")
