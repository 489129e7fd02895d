"""The single monotonic hub sequence that orders every change.

The counter is one row. Each writing transaction updates it as its first statement and
holds the row lock until commit, so writers are serialized and sequence order equals
commit order on PostgreSQL as on SQLite: a reader that sees number ``n`` committed knows
every smaller number is committed too. A transaction may draw several numbers (one per
change row it writes); they are contiguous and below every later transaction's numbers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, select, update

from hub.db import begin_write
from hub.schema import hub_sequence


class WriteTransaction:
    """An open writing transaction that already holds the sequence lock."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._reserved = _advance(conn, 1)
        self._next = self._reserved

    def next_seq(self) -> int:
        """Draw one sequence number."""
        if self._next > self._reserved:
            self._reserved = _advance(self.conn, 1)
            self._next = self._reserved
        number = self._next
        self._next += 1
        return number

    def take_seqs(self, count: int) -> list[int]:
        """Draw ``count`` consecutive numbers in one round trip."""
        if count <= 0:
            return []
        numbers: list[int] = []
        if self._next <= self._reserved:
            numbers.append(self._next)
            self._next += 1
        missing = count - len(numbers)
        if missing:
            last = _advance(self.conn, missing)
            numbers.extend(range(last - missing + 1, last + 1))
            self._reserved = last
            self._next = last + 1
        return numbers


def _advance(conn: Connection, count: int) -> int:
    statement = (
        update(hub_sequence)
        .where(hub_sequence.c.id == 1)
        .values(value=hub_sequence.c.value + count)
        .returning(hub_sequence.c.value)
    )
    return int(conn.execute(statement).scalar_one())


@contextmanager
def write_transaction(engine: Engine) -> Iterator[WriteTransaction]:
    """Open a writing transaction whose first statement takes the sequence lock."""
    with begin_write(engine) as conn:
        yield WriteTransaction(conn)


def current_seq(conn: Connection) -> int:
    """The highest committed sequence number visible to ``conn``'s snapshot."""
    return int(conn.execute(select(hub_sequence.c.value)).scalar_one())
