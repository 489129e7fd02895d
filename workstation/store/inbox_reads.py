"""The inbox's reads as plain SQL with named parameters: a view's count, one window of
its rows, one row.

Both readers of the cache run these statements: ``CaseCache`` through SQLAlchemy, and
``CacheReader`` over a plain connection, so that the start can paint the first page
before SQLAlchemy is even imported.
"""

from __future__ import annotations

from typing import Final

from workstation.store import rows
from workstation.store.queries import InboxQuery, inbox_sql

MAX_WINDOW_ROWS: Final = 200

Statement = tuple[str, dict[str, object]]


def count_statement(query: InboxQuery, *, at_most: int | None = None) -> Statement:
    """The number of cases in the view; with ``at_most``, counting stops there."""
    sql = inbox_sql(query)
    if at_most is None:
        return f"SELECT count(*) FROM cases {sql.where}", sql.params
    return (
        f"SELECT count(*) FROM (SELECT 1 FROM cases {sql.where} LIMIT :at_most)",
        {**sql.params, "at_most": at_most},
    )


def window_statement(query: InboxQuery, offset: int, limit: int) -> Statement:
    """Rows ``offset`` … ``offset + limit`` of the view. The inner query walks only a
    covering index to skip ``offset`` rows; full rows are read for the window alone."""
    if offset < 0 or not 0 <= limit <= MAX_WINDOW_ROWS:
        raise ValueError(f"a window needs offset >= 0 and 0 <= limit <= {MAX_WINDOW_ROWS}")
    inner = inbox_sql(query)
    outer = inbox_sql(query, table_alias="c")
    return (
        f"SELECT {rows.SUMMARY_COLUMNS} "
        f"FROM (SELECT id FROM cases {inner.where} ORDER BY {inner.order_by} "
        "LIMIT :limit OFFSET :offset) AS w "
        "JOIN cases AS c ON c.id = w.id "
        "LEFT JOIN clients AS cl ON cl.id = c.client_id "
        f"ORDER BY {outer.order_by}",
        {**inner.params, "limit": limit, "offset": offset},
    )


def summary_statement(case_id: int) -> Statement:
    return (
        f"SELECT {rows.SUMMARY_COLUMNS} FROM cases AS c "
        "LEFT JOIN clients AS cl ON cl.id = c.client_id WHERE c.id = :id",
        {"id": case_id},
    )
