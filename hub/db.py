"""Engine creation, transactions and migrations for SQLite and PostgreSQL.

SQLite: WAL, foreign keys, a busy timeout, and SQLAlchemy (not the sqlite3 module) emits
BEGIN so that reads get a real snapshot and writing transactions can take the write lock
up front with ``BEGIN IMMEDIATE``.
PostgreSQL: read transactions run at REPEATABLE READ so one change page is one snapshot;
writing transactions stay at READ COMMITTED and serialize on the sequence row.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import ConnectionPoolEntry

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000
# Execution option that marks a writing connection (BEGIN IMMEDIATE; wakes event streams).
WRITE_OPTION = "hub_write"


def default_db_url(directory: Path | None = None) -> str:
    return f"sqlite:///{(directory or Path.cwd()) / 'hub.db'}"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(db_url: str, **kwargs: Any) -> Engine:
    """Create an engine configured for the hub's transaction discipline."""
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Stop the sqlite3 module from issuing its own BEGIN; the "begin" hook below does it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def read_transaction(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction that sees one consistent snapshot."""
    with engine.connect() as conn:
        if not is_sqlite(engine):
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


@contextmanager
def begin_write(engine: Engine) -> Iterator[Connection]:
    """A writing transaction; use ``hub.sequence.write_transaction`` instead of this."""
    with engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            yield conn


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def migrate(db_url: str) -> None:
    """Bring the database at ``db_url`` to the newest schema."""
    engine = make_engine(db_url)
    try:
        migrate_engine(engine)
    finally:
        engine.dispose()


def migrate_engine(engine: Engine) -> None:
    with begin_write(engine) as conn:
        command.upgrade(alembic_config(conn), "head")
