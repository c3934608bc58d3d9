"""Message search rowids count down from 2**62 (newest first in FTS5's cheap direction):
index the replica again.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

from client import search

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search.rebuild(op.get_bind())


def downgrade() -> None:
    # Nothing to undo in the schema; the index is in the layout of the code that reads it,
    # and search.rebuild() puts it in any other.
    pass
