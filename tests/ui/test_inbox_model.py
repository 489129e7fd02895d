"""The lazy inbox model over a cache filled by a real sync."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from hub.schema import cases, experts
from tests.ui.conftest import SyncedCache
from workstation.domain.models import CaseSummary
from workstation.store.cache import CaseCache
from workstation.store.queries import InboxQuery
from workstation.ui import inbox_model
from workstation.ui.icons import IconLibrary
from workstation.ui.inbox_model import CASE_ID_ROLE, InboxColumn, InboxModel
from workstation.ui.inbox_view import InboxView


class WindowCountingCache(CaseCache):
    """The real cache, recording which windows the model reads."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.windows: list[tuple[int, int]] = []

    def case_window(self, query: InboxQuery, offset: int, limit: int) -> list[CaseSummary]:
        self.windows.append((offset, limit))
        return super().case_window(query, offset, limit)


def petra_subjects(synced: SyncedCache) -> set[str]:
    """Subjects of the cases the hub has assigned to petra."""
    with synced.hub.engine.connect() as connection:
        rows = connection.execute(
            select(cases.c.subject)
            .join(experts, experts.c.id == cases.c.assigned_expert_id)
            .where(experts.c.username == "petra")
        )
        return {row.subject for row in rows}


def all_rows(model: InboxModel) -> list[dict[InboxColumn, Any]]:
    return [
        {column: model.index(row, column).data() for column in InboxColumn}
        for row in range(model.rowCount())
    ]


def test_the_inbox_shows_every_synced_case(
    qtbot: QtBot, icons: IconLibrary, synced_cache: SyncedCache
) -> None:
    model = InboxModel(synced_cache.view, icons)

    assert model.rowCount() == synced_cache.view.count_cases(InboxQuery()) > 0
    assert model.columnCount() == len(InboxColumn)
    shown = {row[InboxColumn.SUBJECT] for row in all_rows(model)}
    assigned = petra_subjects(synced_cache)
    assert assigned, "the demo data assigns cases to petra"
    assert assigned <= shown


def test_the_model_passes_qt_model_tester(
    qtmodeltester: ModelTester, icons: IconLibrary, synced_cache: SyncedCache
) -> None:
    model = InboxModel(synced_cache.view, icons, window_size=40)
    qtmodeltester.check(model, force_py=True)


def test_rows_are_read_in_small_windows_only_when_asked_for(
    icons: IconLibrary, synced_cache: SyncedCache
) -> None:
    counting = WindowCountingCache(synced_cache.reader)
    model = InboxModel(counting, icons, window_size=25, kept_windows=2)

    assert model.rowCount() > 60
    assert counting.windows == []  # counting rows reads none of them

    model.index(0, InboxColumn.SUBJECT).data()
    model.index(24, InboxColumn.CLIENT).data()
    assert counting.windows == [(0, 25)]

    model.index(60, InboxColumn.SUBJECT).data()
    model.index(30, InboxColumn.SUBJECT).data()
    model.index(0, InboxColumn.SUBJECT).data()  # evicted: only two windows are kept
    assert counting.windows == [(0, 25), (50, 25), (25, 25), (0, 25)]


def test_each_row_describes_its_case(icons: IconLibrary, synced_cache: SyncedCache) -> None:
    model = InboxModel(synced_cache.view, icons)
    first = synced_cache.view.case_window(model.query, 0, 1)[0]

    channel = model.index(0, InboxColumn.CHANNEL)
    assert channel.data(CASE_ID_ROLE) == first.id
    assert channel.data() == ""
    assert not channel.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert channel.data(Qt.ItemDataRole.AccessibleTextRole)  # e.g. "E-mail" for screen readers
    assert model.index(0, InboxColumn.CLIENT).data() == first.client_name
    assert model.index(0, InboxColumn.CUSTOMER).data() == first.customer_name
    due = model.index(0, InboxColumn.SLA_DUE)
    assert due.data().startswith(("in ", "overdue ", "due now", "–"))
    assert "Answer due" in due.data(Qt.ItemDataRole.ToolTipRole) or first.sla_due is None


def test_overdue_cases_are_marked_in_colour(icons: IconLibrary, synced_cache: SyncedCache) -> None:
    far_future = 4_000_000_000.0
    model = InboxModel(synced_cache.view, icons, clock=lambda: far_future)
    due = model.index(0, InboxColumn.SLA_DUE)
    assert due.data().startswith("overdue ")
    brush = due.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == "#b3261e"


def test_sorting_happens_in_sql_by_sla_due(icons: IconLibrary, synced_cache: SyncedCache) -> None:
    model = InboxModel(synced_cache.view, icons)
    ascending = [model.index(row, 0).data(CASE_ID_ROLE) for row in range(model.rowCount())]

    model.sort(InboxColumn.SLA_DUE, Qt.SortOrder.DescendingOrder)

    assert model.sort_order() == Qt.SortOrder.DescendingOrder
    assert model.query.descending
    descending = [model.index(row, 0).data(CASE_ID_ROLE) for row in range(model.rowCount())]
    assert sorted(descending) == sorted(ascending)
    expected = synced_cache.view.case_window(
        InboxQuery(descending=True), 0, min(200, model.rowCount())
    )
    assert descending[: len(expected)] == [summary.id for summary in expected]


def test_columns_the_cache_cannot_sort_keep_the_current_order(
    qtbot: QtBot, icons: IconLibrary, synced_cache: SyncedCache
) -> None:
    model = InboxModel(synced_cache.view, icons)
    view = InboxView(model)
    qtbot.addWidget(view)
    before = model.query

    view.horizontalHeader().setSortIndicator(InboxColumn.SUBJECT, Qt.SortOrder.AscendingOrder)

    assert model.query == before
    assert view.horizontalHeader().sortIndicatorSection() == InboxColumn.SLA_DUE


def test_a_refresh_keeps_the_selected_case(
    qtbot: QtBot, icons: IconLibrary, synced_cache: SyncedCache
) -> None:
    model = InboxModel(synced_cache.view, icons)
    view = InboxView(model)
    qtbot.addWidget(view)
    view.select_row(5)
    selected = view.current_case_id()
    assert selected is not None

    with qtbot.waitSignal(model.modelReset):
        model.refresh()

    assert view.current_case_id() == selected
    assert view.currentIndex().row() == 5


def test_sorting_the_view_keeps_the_selected_case_when_it_is_near(
    qtbot: QtBot, icons: IconLibrary, synced_cache: SyncedCache
) -> None:
    model = InboxModel(synced_cache.view, icons, window_size=200)
    view = InboxView(model)
    qtbot.addWidget(view)
    view.select_row(3)
    selected = view.current_case_id()

    view.sortByColumn(InboxColumn.SLA_DUE, Qt.SortOrder.DescendingOrder)

    assert model.query.descending
    assert view.current_case_id() == selected
    assert view.currentIndex().row() == model.rowCount() - 1 - 3


def test_a_large_inbox_is_painted_first_and_counted_exactly_right_after(
    qtbot: QtBot,
    icons: IconLibrary,
    synced_cache: SyncedCache,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exact = synced_cache.view.count_cases(InboxQuery())
    monkeypatch.setattr(inbox_model, "_FIRST_COUNT_BOUND", 3)
    model = InboxModel(synced_cache.view, icons)
    view = InboxView(model)
    qtbot.addWidget(view)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))

    assert model.rowCount() == 3 < exact
    view.show()
    qtbot.waitUntil(lambda: model.rowCount() == exact)

    assert inserted == [(3, exact - 1)]
    assert all_rows(model)[-1][InboxColumn.SUBJECT]
