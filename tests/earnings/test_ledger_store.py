"""The synced ledger in the cache: every split adds up to the period total, to the cent,
and no float is anywhere near the money."""

from __future__ import annotations

import ast
import re
from datetime import date, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from tests.earnings.builders import ledger_change
from tests.store.builders import page
from workstation.domain.earnings import custom_period, local_midnight
from workstation.store.cache import CaseCache
from workstation.store.database import new_cache_key, open_cache
from workstation.store.earnings import EarningsQueries

START = local_midnight(date(2026, 12, 20))
entries = st.lists(
    st.tuples(
        st.integers(min_value=-50_000, max_value=500_000),
        st.integers(min_value=0, max_value=20 * 86_400),
        st.sampled_from(["pending", "approved", "paid", "disputed", "resolved"]),
        st.sampled_from(["case", "contribution", "window", "adjustment"]),
        st.integers(min_value=1, max_value=3),
    ),
    max_size=40,
)


def _engine() -> Engine:
    return open_cache(None, new_cache_key())


@settings(deadline=None)
@given(entries, st.integers(min_value=0, max_value=19), st.integers(min_value=0, max_value=19))
def test_splits_add_up_to_the_period_total(
    rows: list[tuple[int, int, str, str, int]], first: int, length: int
) -> None:
    engine = _engine()
    try:
        cache = CaseCache(engine)
        clients = [{"type": "client", "data": {"id": i, "name": f"Client {i}"}} for i in (1, 2, 3)]
        changes = [
            ledger_change(
                index + 1, cents, START + offset, status=status, source=source, client_id=client
            )
            for index, (cents, offset, status, source, client) in enumerate(rows)
        ]
        cache.apply_page(page(*clients, *changes))
        first_day = date.fromordinal(date(2026, 12, 20).toordinal() + first)
        period = custom_period(first_day, date.fromordinal(first_day.toordinal() + length))
        summary = EarningsQueries(engine).summary(period)
        start, end = period.bounds()
        expected = [cents for cents, offset, *_ in rows if start <= START + offset < end]
        assert summary.total_cents == sum(expected) and summary.count == len(expected)
        for split in (summary.by_status, summary.by_client, summary.by_source):
            assert sum(split.values()) == summary.total_cents
            assert all(type(cents) is int for cents in split.values())
        assert sum(day.cents for day in summary.days) == summary.total_cents
        assert all(period.first <= day.day < period.end for day in summary.days)
    finally:
        engine.dispose()


def test_the_period_crosses_the_year_end_by_local_days() -> None:
    engine = _engine()
    try:
        cache = CaseCache(engine)
        new_year = int(datetime(2027, 1, 1, 0, 30).astimezone().timestamp())
        cache.apply_page(
            page(ledger_change(1, 1000, new_year - 3600), ledger_change(2, 250, new_year))
        )
        queries = EarningsQueries(engine)
        december = queries.summary(custom_period(date(2026, 12, 1), date(2026, 12, 31)))
        january = queries.summary(custom_period(date(2027, 1, 1), date(2027, 1, 31)))
        assert (december.total_cents, january.total_cents) == (1000, 250)
        assert [day.day for day in january.days] == [date(2027, 1, 1)]
    finally:
        engine.dispose()


def test_no_float_in_the_money_code() -> None:
    """Money modules never convert to float nor divide with ``/``."""
    root = Path(__file__).resolve().parents[2]
    modules = [
        *root.glob("hub/earnings/*.py"),
        root / "workstation/domain/earnings.py",
        root / "workstation/store/earnings.py",
        root / "workstation/store/earnings_sync.py",
        root / "workstation/export/earnings_csv.py",
        root / "workstation/export/credit_note.py",
    ]
    assert len(modules) > 8
    for module in modules:
        source = module.read_text(encoding="utf-8")
        assert not re.search(r"\bfloat\b|\bDecimal\b", source), module
        tree = ast.parse(source)
        divisions = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div)
        ]
        # Paths are joined with "/", which is allowed; numbers never are.
        for node in divisions:
            assert isinstance(node.right, ast.Constant) and isinstance(node.right.value, str), (
                module,
                node.lineno,
            )
