"""Small lookups the schedule and the timesheet need besides ``WindowQueries`` and
``TrackerStore``: client names and case subjects. Blocking; run on the ``DbWorker``."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Engine, select

from workstation.store.schema import cases, clients


def client_names(engine: Engine) -> dict[int, str]:
    """Every cached client's name by id (a handful of rows)."""
    with engine.connect() as connection:
        return {
            row.id: row.name for row in connection.execute(select(clients.c.id, clients.c.name))
        }


def case_subjects(engine: Engine, case_ids: Iterable[int]) -> dict[int, str]:
    """The subjects of those cases that are still cached."""
    wanted = sorted(set(case_ids))
    if not wanted:
        return {}
    with engine.connect() as connection:
        rows = connection.execute(select(cases.c.id, cases.c.subject).where(cases.c.id.in_(wanted)))
        return {row.id: row.subject for row in rows}
