"""Outbox entries remember since when they fail: one that has failed transiently for more
than a day is shown to the user as stuck (it is still retried).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox_entry", sa.Column("failing_since", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column("outbox_entry", "failing_since")
