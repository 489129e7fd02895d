"""Alembic environment of the cache. ``store.database`` hands in an open connection; the
cache is never migrated from the command line because only the app holds its key."""

from __future__ import annotations

from alembic import context

from workstation.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
