"""An index on ``message.answer_id``: deleting messages no longer scans the whole table.

``answer_id`` refers to another message (``ON DELETE SET NULL``), so SQLite looks up the
rows that name each message it deletes; without an index every deleted message cost a
scan of every message. Leaving a group of 550 posts in a replica of 50,000 took two
minutes; with the index it takes a tenth of a second. Only answered questions have a
value, so the index holds those alone.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_message_answer",
        "message",
        ["answer_id"],
        sqlite_where=sa.text("answer_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_message_answer", "message")
