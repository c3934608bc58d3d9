"""Alembic environment: migrations always run on a connection the replica hands in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from client.models import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("replica migrations run through client.migrations.upgrade()")

# SQLite cannot ALTER most things; batch mode rebuilds tables instead.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
