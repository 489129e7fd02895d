"""``NotificationCenter``: from a finished sync (and a timer) to notifications on screen.

It keeps the ``NotificationLedger``, asks the cache for the facts of the cases a sync
changed (on the database worker, never on the UI thread), lets the domain decide, and hands
the result to the ``Notifier``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence

from workstation.domain.notifications import (
    BookedWindow,
    CaseFacts,
    Notification,
    NotificationLedger,
    NotificationPreferences,
    Occurrence,
    Situation,
    case_facts,
    plan_notifications,
)
from workstation.store.cache import CaseCache
from workstation.sync.engine import SyncResult
from workstation.ui.notifications.notifier import Notifier

FactsLoader = Callable[[Sequence[int]], Awaitable[list[CaseFacts]]]


def load_case_facts(cache: CaseCache, case_ids: Iterable[int]) -> list[CaseFacts]:
    """Facts of the cached cases among ``case_ids``; run it on the database worker."""
    facts: list[CaseFacts] = []
    for case_id in case_ids:
        detail = cache.case_detail(case_id)
        if detail is not None:
            facts.append(case_facts(detail, cache.thread(case_id, include_pending=False)))
    return facts


class NotificationCenter:
    def __init__(
        self,
        load_facts: FactsLoader,
        notifier: Notifier,
        *,
        preferences: Callable[[], NotificationPreferences],
        situation: Callable[[], Situation],
    ) -> None:
        self._load_facts = load_facts
        self._notifier = notifier
        self._preferences = preferences
        self._situation = situation
        self._ledger = NotificationLedger()

    async def prime(self, cached_case_ids: Sequence[int]) -> None:
        """Remember what the cache already holds, so that none of it is announced."""
        facts = await self._load_facts(cached_case_ids)
        _occurrences, self._ledger = NotificationLedger().after_sync(facts)

    async def after_sync(self, result: SyncResult) -> list[Notification]:
        facts = await self._load_facts(sorted(result.changed_case_ids))
        occurrences, self._ledger = self._ledger.after_sync(facts, result.removed_case_ids)
        return self._show(plan_notifications(occurrences, self._preferences(), self._situation()))

    async def check_deadlines(
        self, my_case_ids: Sequence[int], windows: Sequence[BookedWindow]
    ) -> list[Notification]:
        """Run on a timer (every 30 s or so) with the expert's open cases."""
        facts = await self._load_facts(my_case_ids)
        situation = self._situation()
        occurrences, self._ledger = self._ledger.deadlines_due(facts, windows, situation.now)
        return self._show(plan_notifications(occurrences, self._preferences(), situation))

    def remind(self, occurrences: Sequence[Occurrence]) -> list[Notification]:
        """Show the time tracker's reminders; the caller shows each one once."""
        return self._show(plan_notifications(occurrences, self._preferences(), self._situation()))

    def _show(self, notifications: list[Notification]) -> list[Notification]:
        self._notifier.show(notifications)
        return notifications
