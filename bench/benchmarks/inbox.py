"""Inbox interactions over the generated cache, through the real ``InboxModel`` and
``InboxView`` (offscreen, 1000×700): each figure is from the request until the view has
painted the rows it shows, the median of a few runs on a fresh model.

- scroll to the end: ``scrollToBottom`` of the default view (all cases by SLA due);
- sort by SLA due, descending: ``InboxModel.sort`` as a header click calls it;
- filter by channel (email): ``InboxModel.refresh`` with the channel in the query, as the
  channel filter does.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bench.generate import ensure_cache
from bench.harness import BenchContext, Benchmark, Measurement, size_label
from bench.qt_loop import application
from workstation.domain.models import Channel
from workstation.store.cache import CaseCache
from workstation.store.database import open_reader
from workstation.ui.icons import IconLibrary
from workstation.ui.inbox_model import InboxColumn, InboxModel
from workstation.ui.inbox_view import InboxView

RUNS: Final = 5
QUICK_RUNS: Final = 3
TARGET_MS: Final = 100.0

Action = Callable[[InboxModel, InboxView], None]


def _scroll_to_end(model: InboxModel, view: InboxView) -> None:
    view.scrollToBottom()


def _sort_by_due_descending(model: InboxModel, view: InboxView) -> None:
    model.sort(InboxColumn.SLA_DUE, Qt.SortOrder.DescendingOrder)


def _filter_email(model: InboxModel, view: InboxView) -> None:
    model.refresh(replace(model.query, channel=Channel.EMAIL))


ACTIONS: Final[dict[str, Action]] = {
    "inbox_scroll_end": _scroll_to_end,
    "inbox_sort_due": _sort_by_due_descending,
    "inbox_filter_channel": _filter_email,
}


def time_action(cache: CaseCache, icons: IconLibrary, action: Action) -> float:
    """Milliseconds from ``action`` until the view has painted, on a freshly shown inbox."""
    app = application()
    model = InboxModel(cache, icons)
    view = InboxView(model)
    view.resize(1000, 700)
    view.show()
    _settle(app)
    # The view asks for the exact count after its first paint; the action starts from
    # the inbox as it stands then.
    model.complete_count()
    _settle(app)
    started = time.perf_counter()
    action(model, view)
    view.viewport().repaint()
    _settle(app)
    elapsed = (time.perf_counter() - started) * 1000
    view.close()
    view.deleteLater()
    model.deleteLater()
    _settle(app)
    return elapsed


def _settle(app: QApplication) -> None:
    app.processEvents()
    app.processEvents()


def run(context: BenchContext) -> list[Measurement]:
    runs = QUICK_RUNS if context.quick else RUNS
    application()  # icons need the QApplication
    icons = IconLibrary()
    measurements: list[Measurement] = []
    for cases in context.cache_sizes:
        generated = ensure_cache(cases, context.data_dir)
        engine = generated.open()
        reader = open_reader(engine)
        try:
            cache = CaseCache(reader)
            for name, action in ACTIONS.items():
                timings = [time_action(cache, icons, action) for _ in range(runs)]
                context.log(
                    f"{name} over {size_label(cases)}: {', '.join(f'{t:.1f}' for t in timings)} ms"
                )
                measurements.append(
                    Measurement(
                        f"{name}_{size_label(cases)}_ms", statistics.median(timings), TARGET_MS
                    )
                )
        finally:
            reader.dispose()
            engine.dispose()
    return measurements


BENCHMARK = Benchmark(
    name="inbox",
    description="scroll to the end, sort and filter the inbox through InboxModel",
    run=run,
)
