"""The first schema of the replica: accounts, organisations, groups, messages, documents, people,
outbox and sync state.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.String(length=255), nullable=False),
        sa.Column("homeserver", sa.String(length=1024), nullable=False),
        sa.Column("device_id", sa.String(length=255), nullable=True),
        sa.Column("display_name", sa.String(length=255), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("user_id", name=op.f("uq_account_user_id")),
    )
    op.create_table(
        "group",
        sa.Column("id", sa.String(length=255), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("retention_days", sa.Integer(), nullable=True),
        sa.Column("keep_offline", sa.Boolean(), nullable=False),
        sa.Column("joined", sa.Boolean(), nullable=False),
        sa.Column("unread_count", sa.Integer(), nullable=False),
        sa.Column("mention_count", sa.Integer(), nullable=False),
        sa.Column("backfill_token", sa.String(length=255), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.String(length=255), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("directory_room_id", sa.String(length=255), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "document",
        sa.Column("id", sa.String(length=255), nullable=False),
        sa.Column("group_id", sa.String(length=255), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("folder", sa.String(length=1024), nullable=False),
        sa.Column("mimetype", sa.String(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mxc_url", sa.String(length=1024), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("based_on", sa.String(length=64), nullable=True),
        sa.Column("updated_by", sa.String(length=255), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("text_content", sa.Text(), nullable=True),
        sa.Column("conflict_of", sa.String(length=255), nullable=True),
        sa.Column("keep_offline", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["group.id"], name=op.f("fk_document_group_id_group"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
    )
    op.create_index(
        "ix_document_group_folder", "document", ["group_id", "folder", "name"], unique=False
    )
    op.create_table(
        "group_organisation",
        sa.Column("group_id", sa.String(length=255), nullable=False),
        sa.Column("organisation_id", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["group.id"],
            name=op.f("fk_group_organisation_group_id_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_group_organisation_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "organisation_id", name=op.f("pk_group_organisation")),
    )
    op.create_table(
        "membership",
        sa.Column("group_id", sa.String(length=255), nullable=False),
        sa.Column("user_id", sa.String(length=255), nullable=False),
        sa.Column("membership", sa.String(length=16), nullable=False),
        sa.Column("display_name", sa.String(length=255), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["group.id"],
            name=op.f("fk_membership_group_id_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "user_id", name=op.f("pk_membership")),
    )
    op.create_table(
        "message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "post", "question", "comment", name="message_kind", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("event_id", sa.String(length=255), nullable=True),
        sa.Column("txn_id", sa.String(length=64), nullable=True),
        sa.Column("group_id", sa.String(length=255), nullable=False),
        sa.Column("thread_root_id", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=255), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("edited_at", sa.DateTime(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("answer_id", sa.Integer(), nullable=True),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "(kind = 'comment') = (thread_root_id IS NOT NULL)",
            name=op.f("ck_message_comment_has_thread"),
        ),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["message.id"],
            name=op.f("fk_message_answer_id_message"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["group.id"], name=op.f("fk_message_group_id_group"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["thread_root_id"],
            ["message.id"],
            name=op.f("fk_message_thread_root_id_message"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message")),
        sa.UniqueConstraint("event_id", name=op.f("uq_message_event_id")),
        sa.UniqueConstraint("txn_id", name=op.f("uq_message_txn_id")),
    )
    op.create_index("ix_message_group_created", "message", ["group_id", "created_at"], unique=False)
    op.create_index("ix_message_thread", "message", ["thread_root_id", "created_at"], unique=False)
    op.create_table(
        "person",
        sa.Column("user_id", sa.String(length=255), nullable=False),
        sa.Column("organisation_id", sa.String(length=255), nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("department", sa.String(length=255), nullable=False),
        sa.Column("organisation", sa.String(length=255), nullable=False),
        sa.Column("skills", sa.JSON(), nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("location", sa.String(length=255), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_person_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_person")),
    )
    op.create_index(op.f("ix_person_organisation_id"), "person", ["organisation_id"], unique=False)
    op.create_table(
        "document_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=255), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mimetype", sa.String(length=255), nullable=False),
        sa.Column("mxc_url", sa.String(length=1024), nullable=True),
        sa.Column("based_on", sa.String(length=64), nullable=True),
        sa.Column("author", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("event_id", sa.String(length=255), nullable=True),
        sa.Column("local_path", sa.String(length=4096), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_version_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_version")),
        sa.UniqueConstraint(
            "document_id", "version", name=op.f("uq_document_version_document_id_version")
        ),
    )
    op.create_table(
        "mention",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["message.id"],
            name=op.f("fk_mention_message_id_message"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("message_id", "user_id", name=op.f("pk_mention")),
    )
    op.create_index(op.f("ix_mention_user_id"), "mention", ["user_id"], unique=False)
    op.create_table(
        "reaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=255), nullable=True),
        sa.Column("txn_id", sa.String(length=64), nullable=True),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=255), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["message.id"],
            name=op.f("fk_reaction_message_id_message"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reaction")),
        sa.UniqueConstraint("event_id", name=op.f("uq_reaction_event_id")),
        sa.UniqueConstraint(
            "message_id", "author", "key", name=op.f("uq_reaction_message_id_author_key")
        ),
        sa.UniqueConstraint("txn_id", name=op.f("uq_reaction_txn_id")),
    )
    op.create_table(
        "outbox_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("txn_id", sa.String(length=64), nullable=False),
        sa.Column("group_id", sa.String(length=255), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "post",
                "comment",
                "react",
                "unreact",
                "edit",
                "delete",
                "document",
                name="outbox_kind",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("reaction_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.String(length=255), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "waiting",
                "sending",
                "failed",
                "sent",
                name="outbox_state",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_event_id", sa.String(length=255), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_outbox_entry_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["group.id"],
            name=op.f("fk_outbox_entry_group_id_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["message.id"],
            name=op.f("fk_outbox_entry_message_id_message"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reaction_id"],
            ["reaction.id"],
            name=op.f("fk_outbox_entry_reaction_id_reaction"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_entry")),
        sa.UniqueConstraint("txn_id", name=op.f("uq_outbox_entry_txn_id")),
    )
    op.create_index(
        "ix_outbox_entry_group_state", "outbox_entry", ["group_id", "state", "id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("outbox_entry")
    op.drop_table("reaction")
    op.drop_table("mention")
    op.drop_table("document_version")
    op.drop_table("person")
    op.drop_table("message")
    op.drop_table("membership")
    op.drop_table("group_organisation")
    op.drop_table("document")
    op.drop_table("sync_state")
    op.drop_table("organisation")
    op.drop_table("group")
    op.drop_table("account")
