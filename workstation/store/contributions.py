"""``ContributionStore``: the expert's editorial contributions, their drafts (saved
durably, like reply drafts) and submission through the outbox. Blocking; run on the
``DbWorker``."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any, Final

from sqlalchemy import Engine

from workstation.domain import mutations
from workstation.domain.earnings import Contribution, ContributionStatus
from workstation.store.durable import durable_transaction
from workstation.store.outbox import insert_mutation

# A submission the hub's data does not reflect yet (still queued or sending, or sent but
# not back by sync) is listed as submitted over the hub's row; a draft is listed over both.
_LISTING: Final = """
WITH pending AS (
    SELECT json_extract(o.payload, '$.contribution_id') AS id,
        json_extract(o.payload, '$.client_id') AS client_id,
        json_extract(o.payload, '$.kind') AS kind,
        json_extract(o.payload, '$.title') AS title,
        json_extract(o.payload, '$.body') AS body,
        MAX(o.created_at) AS created_at, o.state
    FROM outbox o
    WHERE o.type = 'contribution_submit' AND o.state IN ('queued', 'sending', 'sent')
    GROUP BY json_extract(o.payload, '$.contribution_id')
),
live AS (
    SELECT p.* FROM pending p LEFT JOIN contributions c ON c.id = p.id
    WHERE p.state IN ('queued', 'sending') OR c.id IS NULL OR c.submitted_at < p.created_at
)
SELECT id, client_id, kind, title, body, status, feedback, fee_cents, at FROM (
    SELECT d.id, d.client_id, d.kind, d.title, d.body, 'draft' AS status, c.feedback,
        NULL AS fee_cents, d.updated_at AS at
    FROM contribution_drafts d LEFT JOIN contributions c ON c.id = d.id
    UNION ALL
    SELECT l.id, l.client_id, l.kind, l.title, l.body, 'submitted' AS status, NULL, NULL,
        l.created_at AS at
    FROM live l WHERE l.id NOT IN (SELECT id FROM contribution_drafts)
    UNION ALL
    SELECT c.id, c.client_id, c.kind, c.title, c.body, c.status, c.feedback, c.fee_cents,
        COALESCE(c.decided_at, c.submitted_at) AS at
    FROM contributions c
    WHERE c.id NOT IN (SELECT id FROM contribution_drafts) AND c.id NOT IN (SELECT id FROM live)
)
"""
_SAVE: Final = (
    "INSERT INTO contribution_drafts (id, client_id, kind, title, body, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET client_id = excluded.client_id, "
    "kind = excluded.kind, title = excluded.title, body = excluded.body, "
    "updated_at = excluded.updated_at"
)


class NotEditable(ValueError):
    """Accepted and submitted contributions are with the editors; they cannot change."""


class ContributionStore:
    def __init__(self, engine: Engine, *, clock: Callable[[], float] = time.time) -> None:
        self._engine = engine
        self._clock = clock

    def count(self) -> int:
        with self._engine.connect() as connection:
            return int(
                connection.exec_driver_sql(f"SELECT COUNT(*) FROM ({_LISTING})").scalar_one()
            )

    def page(self, offset: int, limit: int) -> list[Contribution]:
        """Newest first."""
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"{_LISTING} ORDER BY at DESC, id LIMIT ? OFFSET ?", (limit, offset)
            ).all()
        return [_contribution(row) for row in rows]

    def load(self, contribution_id: str) -> Contribution | None:
        with self._engine.connect() as connection:
            row = connection.exec_driver_sql(f"{_LISTING} WHERE id = ?", (contribution_id,)).first()
        return None if row is None else _contribution(row)

    def new_draft(self, client_id: int, kind: str) -> Contribution:
        draft = Contribution(
            id=str(uuid.uuid4()),
            client_id=client_id,
            kind=kind,
            title="",
            body="",
            status=ContributionStatus.DRAFT,
            feedback=None,
            fee_cents=None,
            updated_at=int(self._clock()),
        )
        return self.save_draft(draft)

    def save_draft(self, draft: Contribution) -> Contribution:
        """Store the text durably: it survives a crash or a power cut."""
        current = self.load(draft.id)
        if current is not None and not current.editable:
            raise NotEditable(current.status)
        now = int(self._clock())
        with durable_transaction(self._engine) as connection:
            connection.exec_driver_sql(
                _SAVE, (draft.id, draft.client_id, draft.kind, draft.title, draft.body, now)
            )
        return Contribution(
            id=draft.id,
            client_id=draft.client_id,
            kind=draft.kind,
            title=draft.title,
            body=draft.body,
            status=ContributionStatus.DRAFT,
            feedback=draft.feedback,
            fee_cents=None,
            updated_at=now,
        )

    def discard_draft(self, contribution_id: str) -> None:
        with durable_transaction(self._engine) as connection:
            connection.exec_driver_sql(
                "DELETE FROM contribution_drafts WHERE id = ?", (contribution_id,)
            )

    def submit(self, contribution_id: str) -> mutations.NewMutation:
        """Queue the draft for review: the outbox item and the removal of the draft happen
        in one durable transaction (the listing shows it as submitted from then on)."""
        draft = self.load(contribution_id)
        if draft is None or draft.status != ContributionStatus.DRAFT:
            raise NotEditable(draft.status if draft else "missing")
        now = self._clock()
        mutation = mutations.contribution_submit(
            contribution_id=draft.id,
            client_id=draft.client_id,
            kind=draft.kind,
            title=draft.title,
            body=draft.body,
            now=now,
        )
        with durable_transaction(self._engine) as connection:
            insert_mutation(connection, mutation, now)
            connection.exec_driver_sql(
                "DELETE FROM contribution_drafts WHERE id = ?", (contribution_id,)
            )
        return mutation


def _contribution(row: Sequence[Any]) -> Contribution:
    return Contribution(
        id=row[0],
        client_id=row[1],
        kind=row[2],
        title=row[3],
        body=row[4],
        status=row[5],
        feedback=row[6],
        fee_cents=row[7],
        updated_at=int(row[8]),
    )
