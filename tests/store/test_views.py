"""Inbox views: which cases each shows, in which order, their counts, and that every
default order is a covering index scan without sorting."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine

from tests.domain.documents import case_document, change, message_document
from tests.store.builders import NOW, iso, page
from workstation.domain.models import Channel
from workstation.store.cache import CaseCache
from workstation.store.queries import CaseView, InboxQuery, inbox_sql

HOUR = 3600
# id: (status, mine, channel, client, sla_due offset in hours or None, updated_at offset)
CASES: dict[int, tuple[str, bool, str, int, int | None, int]] = {
    1: ("offered", False, "email", 1, 5, -10),
    2: ("offered", False, "forum", 2, 1, -9),
    3: ("offered", False, "email", 2, None, -8),
    4: ("open", True, "email", 1, 3, -7),
    5: ("open", True, "chat", 2, -2, -6),  # overdue
    6: ("open", True, "email", 1, None, -5),
    7: ("waiting", True, "forum", 1, 2, -4),
    8: ("waiting", True, "email", 2, 30, -3),
    9: ("closed", True, "email", 1, None, -2),
    10: ("closed", True, "forum", 2, None, -1),
    11: ("closed", True, "email", 2, None, -30),
}


def _document(case_id: int) -> dict[str, Any]:
    status, mine, channel, client, sla, updated = CASES[case_id]
    return case_document(
        case_id,
        status=status,
        assigned_expert_id=1 if mine else None,
        channel=channel,
        client_id=client,
        sla_due=None if sla is None else iso(NOW + sla * HOUR),
        updated_at=iso(NOW + updated * HOUR),
        created_at=iso(NOW - 100 * HOUR),
        messages=[message_document(case_id * 10, created_at=iso(NOW - 50 * HOUR))],
    )


@pytest.fixture
def views(cache: CaseCache) -> CaseCache:
    cache.apply_page(page(*(change("case", _document(case_id)) for case_id in CASES)))
    return cache


def ids(cache: CaseCache, query: InboxQuery) -> list[int]:
    return [summary.id for summary in cache.case_window(query, 0, 200)]


DUE_UNTIL = NOW + 4 * HOUR


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        (CaseView.OFFERS, [2, 1, 3]),
        (CaseView.MY_CASES, [5, 4, 6]),
        (CaseView.WAITING, [7, 8]),
        # Overdue first, then soonest; nothing without an SLA or due later.
        (CaseView.DUE_SOON, [5, 7, 4]),
        (CaseView.RECENTLY_CLOSED, [10, 9, 11]),
        (CaseView.ALL, [5, 2, 7, 4, 1, 8, 3, 6, 9, 10, 11]),
    ],
)
def test_each_view_shows_its_cases_in_its_default_order(
    views: CaseCache, view: CaseView, expected: list[int]
) -> None:
    query = InboxQuery.for_view(view, due_until=DUE_UNTIL if view is CaseView.DUE_SOON else None)

    assert ids(views, query) == expected
    assert views.count_cases(query) == len(expected)


def test_views_filter_by_channel_and_client(views: CaseCache) -> None:
    offers_by_email = InboxQuery.for_view(CaseView.OFFERS, channel=Channel.EMAIL)
    closed_of_client_two = InboxQuery.for_view(CaseView.RECENTLY_CLOSED, client_id=2)
    both = InboxQuery.for_view(CaseView.MY_CASES, channel=Channel.EMAIL, client_id=1)

    assert ids(views, offers_by_email) == [1, 3]
    assert ids(views, closed_of_client_two) == [10, 11]
    assert ids(views, both) == [4, 6]


def test_the_sidebar_counts_every_view(views: CaseCache) -> None:
    assert views.view_counts(due_until=DUE_UNTIL) == {
        CaseView.ALL: 11,
        CaseView.OFFERS: 3,
        CaseView.MY_CASES: 3,
        CaseView.WAITING: 2,
        CaseView.DUE_SOON: 3,
        CaseView.RECENTLY_CLOSED: 3,
    }
    assert views.view_counts(due_until=DUE_UNTIL, channel=Channel.FORUM) == {
        CaseView.ALL: 3,
        CaseView.OFFERS: 1,
        CaseView.MY_CASES: 0,
        CaseView.WAITING: 1,
        CaseView.DUE_SOON: 1,
        CaseView.RECENTLY_CLOSED: 1,
    }


def test_due_until_belongs_to_the_due_soon_view_only() -> None:
    with pytest.raises(ValueError, match="due_until"):
        InboxQuery(view=CaseView.DUE_SOON)
    with pytest.raises(ValueError, match="due_until"):
        InboxQuery(view=CaseView.OFFERS, due_until=NOW)
    assert InboxQuery.due_until_for(NOW, hours=2) == NOW + 2 * HOUR


def _plan(engine: Engine, sql: str, params: dict[str, object]) -> str:
    with engine.connect() as connection:
        return " | ".join(
            str(row[3]) for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)
        )


VIEW_QUERIES = [
    InboxQuery.for_view(view, due_until=NOW if view is CaseView.DUE_SOON else None, **filters)
    for view in CaseView
    for filters in ({}, {"channel": Channel.CHAT}, {"client_id": 2})
]


@pytest.mark.parametrize(
    "query", VIEW_QUERIES, ids=lambda query: f"{query.view}-{query.channel}-{query.client_id}"
)
def test_every_view_order_is_a_covering_index_scan_without_sorting(
    views: CaseCache, engine: Engine, query: InboxQuery
) -> None:
    sql = inbox_sql(query)

    window = _plan(
        engine,
        f"SELECT id FROM cases {sql.where} ORDER BY {sql.order_by} LIMIT 200 OFFSET 1000",
        sql.params,
    )
    count = _plan(engine, f"SELECT count(*) FROM cases {sql.where}", sql.params)

    assert "COVERING INDEX" in window
    assert "TEMP B-TREE" not in window
    if query.view is not CaseView.ALL:
        # Counting walks the view's small partial index, not the table.
        assert f"ix_cases_{query.view.value}_" in count
