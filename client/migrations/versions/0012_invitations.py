"""Invitations and membership: ``invitation`` keeps the rooms the user is invited to, and
outbox entries may belong to such a room (accepting or declining), which is not a group
yet, so ``outbox_entry.group_id`` no longer refers to ``group``. ``group.creators`` says
who created a group whose room version ranks its creators above every power level.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "invitation",
        sa.Column("room_id", sa.String(length=255), nullable=False),
        sa.Column("inviter", sa.String(length=255), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("organisation_id", sa.String(length=255), nullable=True),
        sa.Column("is_space", sa.Boolean(), nullable=False),
        sa.Column("invited_at", sa.DateTime(), nullable=False),
        sa.Column("answer", sa.String(length=16), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("notified", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("room_id", name=op.f("pk_invitation")),
    )
    with op.batch_alter_table("outbox_entry", recreate="always") as batch:
        batch.drop_constraint("fk_outbox_entry_group_id_group", type_="foreignkey")
    with op.batch_alter_table("group") as batch:
        batch.add_column(sa.Column("creators", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("group") as batch:
        batch.drop_column("creators")
    op.get_bind().exec_driver_sql(
        'DELETE FROM outbox_entry WHERE group_id NOT IN (SELECT id FROM "group")'
    )
    with op.batch_alter_table("outbox_entry", recreate="always") as batch:
        batch.create_foreign_key(
            "fk_outbox_entry_group_id_group", "group", ["group_id"], ["id"], ondelete="CASCADE"
        )
    op.drop_table("invitation")
