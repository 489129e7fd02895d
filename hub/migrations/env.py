"""Alembic environment of the hub. Migrations always run on a connection handed in by
``hub.db.migrate`` (``config.attributes["connection"]``)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from hub.schema import metadata


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Run hub migrations through hub.db.migrate(db_url).")
    run_migrations(connection)


main()
