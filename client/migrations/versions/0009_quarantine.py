"""Quarantine and held events: what sync could not apply, and what waits for its target.

``quarantined_event`` keeps an event sync could not apply, with the reason and its JSON.
``held_event`` keeps an event that relates to one still to come (comments, likes, edits,
answer marks, redactions); it replaces the comments kept as JSON in ``sync_state`` under
``orphans <group>``, which are moved over as the events they were. ``group.power_levels``
says who may redact others' events.

Revision ID: 0009
Revises: 0008
"""

import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quarantined_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.String(length=255), nullable=False),
        sa.Column("event_id", sa.String(length=255), nullable=False),
        sa.Column("event_type", sa.String(length=255), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("event", sa.Text(), nullable=False),
        sa.Column("truncated", sa.Boolean(), nullable=False),
        sa.Column("applied", sa.Boolean(), nullable=False),
        sa.Column("quarantined_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarantined_event")),
        sa.UniqueConstraint(
            "room_id", "event_id", name=op.f("uq_quarantined_event_room_id_event_id")
        ),
    )
    op.create_table(
        "held_event",
        sa.Column("group_id", sa.String(length=255), nullable=False),
        sa.Column("event_id", sa.String(length=255), nullable=False),
        sa.Column("target_event_id", sa.String(length=255), nullable=False),
        sa.Column("event", sa.Text(), nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["group.id"],
            name=op.f("fk_held_event_group_id_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "event_id", name=op.f("pk_held_event")),
    )
    op.create_index("ix_held_event_target", "held_event", ["group_id", "target_event_id"])
    with op.batch_alter_table("group") as batch:
        batch.add_column(sa.Column("power_levels", sa.Text(), nullable=True))
    _move_orphans()


def _move_orphans() -> None:
    conn = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = conn.exec_driver_sql(
        "SELECT key, value FROM sync_state WHERE key LIKE 'orphans %'"
    ).all()
    for key, value in rows:
        group_id = str(key)[len("orphans ") :]
        held = [
            (
                group_id,
                c["event_id"],
                c["thread_root_event_id"],
                json.dumps(_event(group_id, c)),
                now,
            )
            for c in json.loads(value)
            if c.get("thread_root_event_id")
        ]
        if held:
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO held_event (group_id, event_id, target_event_id, event, "
                'held_at) SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM "group" WHERE id = ?)',
                [(*row, row[0]) for row in held],
            )
    conn.exec_driver_sql("DELETE FROM sync_state WHERE key LIKE 'orphans %'")


def _event(group_id: str, comment: dict[str, Any]) -> dict[str, Any]:
    """The event a held comment was made from (client.ingest.MessageRow as JSON)."""
    created = datetime.fromisoformat(comment["created_at"]).replace(tzinfo=UTC)
    event: dict[str, Any] = {
        "event_id": comment["event_id"],
        "type": "m.room.message",
        "sender": comment["author"],
        "origin_server_ts": round(created.timestamp() * 1000),
        "room_id": group_id,
        "content": {
            "msgtype": "m.text",
            "body": comment["body"],
            "app.treffpunkt.markdown": comment["body"],
            "format": "org.matrix.custom.html",
            "formatted_body": comment["body_html"],
            "m.mentions": {"user_ids": list(comment.get("mentions") or ())},
            "m.relates_to": {"rel_type": "m.thread", "event_id": comment["thread_root_event_id"]},
        },
        "unsigned": {},
    }
    if comment.get("txn_id"):
        event["unsigned"] = {"transaction_id": comment["txn_id"]}
    return event


def downgrade() -> None:
    with op.batch_alter_table("group") as batch:
        batch.drop_column("power_levels")
    op.drop_index("ix_held_event_target", "held_event")
    op.drop_table("held_event")
    op.drop_table("quarantined_event")
