"""Transactions that must survive a power cut, not only a crash of the app.

The cache runs with ``synchronous=NORMAL``: in WAL mode a commit then survives the app
being killed, but the last commits may be lost when the machine loses power before the
OS wrote them out. The expert's own words and actions (drafts, outbox items) cannot be
fetched again from the hub, so their writes switch the connection to ``synchronous=FULL``,
which syncs the WAL to disk before the commit returns.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine


@contextmanager
def durable_transaction(engine: Engine) -> Iterator[Connection]:
    """Like ``engine.begin()``, but the commit is on disk when the block ends."""
    with engine.connect() as connection:
        # Through the driver connection: SQLAlchemy would open a transaction first, and
        # the pragma must be in force before the transaction that it protects begins.
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA synchronous = FULL")
        try:
            with connection.begin():
                yield connection
        finally:
            raw.execute("PRAGMA synchronous = NORMAL")
