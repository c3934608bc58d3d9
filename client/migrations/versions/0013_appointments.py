"""Appointments of groups and the members' answers to them.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appointment",
        sa.Column("id", sa.String(length=255), nullable=False),
        sa.Column("group_id", sa.String(length=255), nullable=False),
        sa.Column("organiser", sa.String(length=255), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("event_id", sa.String(length=255), nullable=True),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.Column("reminded_start", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["group.id"],
            name=op.f("fk_appointment_group_id_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
    )
    op.create_index("ix_appointment_starts_at", "appointment", ["starts_at"])
    op.create_index("ix_appointment_group_starts_at", "appointment", ["group_id", "starts_at"])
    op.create_table(
        "appointment_answer",
        sa.Column("group_id", sa.String(length=255), nullable=False),
        sa.Column("appointment_id", sa.String(length=255), nullable=False),
        sa.Column("user_id", sa.String(length=255), nullable=False),
        sa.Column("answer", sa.String(length=8), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.Column("event_id", sa.String(length=255), nullable=True),
        sa.Column("txn_id", sa.String(length=64), nullable=True),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["group.id"],
            name=op.f("fk_appointment_answer_group_id_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "group_id", "appointment_id", "user_id", name=op.f("pk_appointment_answer")
        ),
    )


def downgrade() -> None:
    op.drop_table("appointment_answer")
    op.drop_index("ix_appointment_group_starts_at", "appointment")
    op.drop_index("ix_appointment_starts_at", "appointment")
    op.drop_table("appointment")
