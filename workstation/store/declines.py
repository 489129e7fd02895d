"""The local effect of declining a social mention: the case leaves the cache at once.

The hub answers a decline with a tombstone for this expert only; removing the case in the
same transaction that queues the decline makes it leave the views (and the search) right
away, offline too, exactly as the tombstone will later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from sqlalchemy import Connection

# Messages go with their case through ON DELETE CASCADE.
_DELETE_CASE: Final = "DELETE FROM cases WHERE id = ?"
_DELETE_FTS_ROW: Final = "DELETE FROM case_fts WHERE rowid = ?"


def forget_declined_case(connection: Connection, case_id: int) -> None:
    connection.exec_driver_sql(_DELETE_CASE, (case_id,))
    connection.exec_driver_sql(_DELETE_FTS_ROW, (case_id,))
