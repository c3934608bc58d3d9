"""Times stored at a whole second get their microseconds written out.

Rows written with the driver's own datetime adapter kept "2026-05-01 09:04:00" where
SQLAlchemy writes "2026-05-01 09:04:00.000000"; the two sort apart, so a keyset page that
ended on such a row repeated it. The store now writes every time in the long form.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("account", "created_at"),
    ("message", "created_at"),
    ("message", "edited_at"),
    ("reaction", "created_at"),
    ("notification_read", "read_at"),
    ("document", "updated_at"),
    ("document_version", "created_at"),
    ("person", "updated_at"),
    ("outbox_entry", "next_attempt_at"),
    ("outbox_entry", "created_at"),
)


def upgrade() -> None:
    for table, column in _COLUMNS:
        op.execute(
            f"UPDATE \"{table}\" SET {column} = {column} || '.000000' WHERE length({column}) = 19"
        )


def downgrade() -> None:
    """Nothing to undo: the long form reads the same."""
