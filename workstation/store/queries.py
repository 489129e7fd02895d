"""Inbox queries: which cases a view shows and in which order, as SQL built only from
fixed fragments and bound parameters.

Each view's condition is a fixed SQL fragment with literal constants. ``schema.py`` builds
the view's partial indexes from the same fragments, because SQLite uses a partial index
only when the query repeats the index's condition term for term.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from workstation.domain.models import Channel


class CaseView(StrEnum):
    """The inbox's views. ``ALL`` is every cached case."""

    ALL = "all"
    OFFERS = "offers"
    MY_CASES = "my_cases"
    WAITING = "waiting"
    DUE_SOON = "due_soon"
    RECENTLY_CLOSED = "recently_closed"


# ``{p}`` stands for an optional table alias.
VIEW_CONDITIONS: Final[Mapping[CaseView, str]] = {
    CaseView.OFFERS: "{p}status = 'offered'",
    CaseView.MY_CASES: "{p}assigned_to_me = 1 AND {p}status = 'open'",
    CaseView.WAITING: "{p}assigned_to_me = 1 AND {p}status = 'waiting'",
    CaseView.DUE_SOON: "{p}assigned_to_me = 1 AND {p}status IN ('open', 'waiting')",
    CaseView.RECENTLY_CLOSED: "{p}assigned_to_me = 1 AND {p}status = 'closed'",
}

# Sort keys and the column each one orders by. A case without a value (no SLA) sorts as if
# it were due last.
SORT_COLUMNS: Final = {
    "sla_due": "sla_due",
    "last_message_at": "last_message_at",
    "updated_at": "updated_at",
}

# Each view's default order (sort key, descending). Each default has covering partial
# indexes, alone and with a leading channel or client id (see schema.py), and ``ALL``
# has covering indexes for sla_due and last_message_at. Other orders are allowed; SQLite
# then sorts the view's rows, which are few except in ``ALL`` and ``RECENTLY_CLOSED``.
VIEW_DEFAULT_ORDER: Final[Mapping[CaseView, tuple[str, bool]]] = {
    CaseView.ALL: ("sla_due", False),
    CaseView.OFFERS: ("sla_due", False),
    CaseView.MY_CASES: ("sla_due", False),
    CaseView.WAITING: ("sla_due", False),
    CaseView.DUE_SOON: ("sla_due", False),
    CaseView.RECENTLY_CLOSED: ("updated_at", True),
}

# Columns between the sort column and the id in a view's default order. The due-soon view
# spans two statuses; its partial indexes carry the status so that they cover the
# query, which makes the status the first tie-breaker of the order.
VIEW_TIEBREAKERS: Final[Mapping[CaseView, tuple[str, ...]]] = {CaseView.DUE_SOON: ("status",)}

DEFAULT_DUE_SOON_HOURS: Final = 4


def view_condition(view: CaseView, table_alias: str = "") -> str | None:
    template = VIEW_CONDITIONS.get(view)
    if template is None:
        return None
    return template.format(p=f"{table_alias}." if table_alias else "")


@dataclass(frozen=True, slots=True)
class InboxQuery:
    """What one inbox list shows. ``due_until`` (epoch seconds) bounds ``DUE_SOON``:
    cases due at or before it, overdue ones included. Build view queries with
    ``for_view`` to get the view's default order."""

    channel: Channel | None = None
    client_id: int | None = None
    sort: str = "sla_due"
    descending: bool = False
    view: CaseView = CaseView.ALL
    due_until: int | None = None

    def __post_init__(self) -> None:
        if self.sort not in SORT_COLUMNS:
            raise ValueError(f"unknown inbox sort {self.sort!r}; use one of {sorted(SORT_COLUMNS)}")
        if (self.view is CaseView.DUE_SOON) != (self.due_until is not None):
            raise ValueError("due_until is required for the due-soon view and only there")

    @classmethod
    def for_view(
        cls,
        view: CaseView,
        *,
        channel: Channel | None = None,
        client_id: int | None = None,
        due_until: int | None = None,
    ) -> InboxQuery:
        sort, descending = VIEW_DEFAULT_ORDER[view]
        return cls(
            channel=channel,
            client_id=client_id,
            sort=sort,
            descending=descending,
            view=view,
            due_until=due_until,
        )

    @staticmethod
    def due_until_for(now: float, hours: float = DEFAULT_DUE_SOON_HOURS) -> int:
        """The ``due_until`` of "due within the next ``hours`` hours"."""
        return int(now + hours * 3600)


@dataclass(frozen=True, slots=True)
class InboxSql:
    """``where`` starts with ``WHERE`` or is empty; ``order_by`` has no ``ORDER BY``."""

    where: str
    order_by: str
    params: dict[str, object]


def inbox_sql(query: InboxQuery, table_alias: str = "") -> InboxSql:
    prefix = f"{table_alias}." if table_alias else ""
    conditions: list[str] = []
    params: dict[str, object] = {}
    condition = view_condition(query.view, table_alias)
    if condition is not None:
        conditions.append(condition)
    if query.due_until is not None:
        conditions.append(f"{prefix}sla_due <= :due_until")
        params["due_until"] = query.due_until
    if query.channel is not None:
        conditions.append(f"{prefix}channel = :channel")
        params["channel"] = query.channel.value
    if query.client_id is not None:
        conditions.append(f"{prefix}client_id = :client_id")
        params["client_id"] = query.client_id
    column = f"{prefix}{SORT_COLUMNS[query.sort]}"
    tiebreakers: tuple[str, ...] = ()
    if query.sort == VIEW_DEFAULT_ORDER[query.view][0]:
        tiebreakers = VIEW_TIEBREAKERS.get(query.view, ())
    direction = "DESC" if query.descending else "ASC"
    nulls = "NULLS FIRST" if query.descending else "NULLS LAST"
    order_by = ", ".join(
        [
            f"{column} {direction} {nulls}",
            *(f"{prefix}{name} {direction}" for name in tiebreakers),
            f"{prefix}id {direction}",
        ]
    )
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    return InboxSql(where=where, order_by=order_by, params=params)
