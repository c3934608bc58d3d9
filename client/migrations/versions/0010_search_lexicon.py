"""Search indexes compound parts from a word list and the stems of every word
(client/lexicon.py): index the replica again, so that an upgraded client finds with the
new terms what it had indexed before.

Revision ID: 0010
Revises: 0009
"""

from alembic import op

from client import search

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search.rebuild(op.get_bind())


def downgrade() -> None:
    # Nothing to undo in the schema; search.rebuild() writes the index of whichever code
    # runs it.
    pass
