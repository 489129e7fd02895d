"""Rows written through one JSON parameter are stored exactly as ``executemany`` stores
them (for the values the cache writes this way: text, integers, NULL and booleans)."""

from __future__ import annotations

import sqlcipher3.dbapi2 as sqlcipher
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.store import json_rows

_COLUMNS = ("id", "label", "amount", "ratio", "flag")
_TEXT = st.text(st.characters(codec="utf-8"), max_size=200)
_ROWS = st.lists(
    st.tuples(
        st.none() | _TEXT,
        st.none() | st.integers(-(2**63), 2**63 - 1),
        st.none() | st.integers(0, 10**12),
        st.none() | st.booleans(),
    ),
    max_size=30,
)


def _table() -> sqlcipher.Connection:
    connection = sqlcipher.connect(":memory:")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, label, amount, ratio, flag)")
    return connection


@settings(max_examples=200, deadline=None)
@given(_ROWS)
def test_json_rows_store_what_executemany_stores(values: list[tuple[object, ...]]) -> None:
    rows = [(index, *row) for index, row in enumerate(values)]
    through_json, bound = _table(), _table()

    through_json.execute(json_rows.insert_sql("t", _COLUMNS), json_rows.rows_parameter(rows))
    bound.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows)

    read = "SELECT id, label, typeof(label), amount, typeof(amount), ratio, flag FROM t ORDER BY id"
    assert through_json.execute(read).fetchall() == bound.execute(read).fetchall()


def test_an_upsert_clause_applies_to_every_row() -> None:
    connection = _table()
    upsert = json_rows.insert_sql(
        "t", _COLUMNS, on_conflict="ON CONFLICT (id) DO UPDATE SET label = excluded.label"
    )
    connection.execute(upsert, json_rows.rows_parameter([(1, "alt", 1, 0.5, True)]))

    connection.execute(
        upsert, json_rows.rows_parameter([(1, "neu\x00mit NUL", 1, 0.5, True), (2, "b", 2, 1, 0)])
    )

    assert connection.execute("SELECT id, label FROM t ORDER BY id").fetchall() == [
        (1, "neu\x00mit NUL"),
        (2, "b"),
    ]


def test_or_replace_replaces_whole_rows() -> None:
    connection = _table()
    replace = json_rows.insert_sql("t", _COLUMNS, or_replace=True)
    connection.execute(replace, json_rows.rows_parameter([(1, "alt", 1, 0.5, True)]))

    connection.execute(replace, json_rows.rows_parameter([(1, "neu", None, None, None)]))

    assert connection.execute("SELECT * FROM t").fetchall() == [(1, "neu", None, None, None)]
