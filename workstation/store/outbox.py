"""``OutboxStore``: the outbox table. Every action of the expert is written here first, in
the same transaction as its local effect, and leaves only by the hub's definitive answer
(sent, or held with the reason) or the expert's decision about a held item.

Blocking; run the methods on the ``DbWorker``. ``sync/outbox_sender.py`` drives the
delivery, ``sync/outbox.py`` is the UI's asynchronous entry point.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

import orjson

from workstation.domain.audit import event_for_mutation
from workstation.domain.drafts import Draft, DraftKind
from workstation.domain.models import OutboxState
from workstation.domain.mutations import (
    IdFactory,
    MutationType,
    NewMutation,
    new_mutation_id,
    reissued,
    reply_content_of,
)
from workstation.domain.outbox import HeldAction, HeldReason, OutboxItem, Resolution
from workstation.store.audit import record_in
from workstation.store.declines import forget_declined_case
from workstation.store.drafts import delete_draft, has_draft, write_draft
from workstation.store.durable import durable_transaction
from workstation.store.local_changes import rebase_cases

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

_COLUMNS: Final = (
    "id, seq, type, case_id, payload, created_at, state, attempts, next_attempt_at, "
    "last_error, held_reason, held_message, result, sent_at, resolution, superseded_by"
)
_INSERT: Final = (
    "INSERT INTO outbox (id, seq, type, case_id, payload, created_at, state, next_attempt_at) "
    "VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM outbox), ?, ?, ?, ?, 'queued', ?)"
)
_SELECT_ONE: Final = f"SELECT {_COLUMNS} FROM outbox WHERE id = ?"
_DRAFT_KINDS: Final = {MutationType.REPLY: DraftKind.REPLY, MutationType.NOTE: DraftKind.NOTE}


class OutboxItemNotFound(LookupError):
    pass


class ActionNotAvailable(ValueError):
    """The item is not held, or the action does not fit its type."""


class DraftExists(Exception):
    """Copying a held item into a draft would overwrite the case's current draft; ask the
    expert and pass ``replace_draft=True`` to overwrite it."""

    def __init__(self, case_id: int, kind: DraftKind) -> None:
        super().__init__(f"case {case_id} already has a {kind.value} draft")
        self.case_id = case_id
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Resolved:
    """The outcome of ``resolve_held``: the resolved item, and the new item (retry) or
    the draft (copy) it led to."""

    item: OutboxItem
    new_item: OutboxItem | None = None
    draft: Draft | None = None


@dataclass(frozen=True, slots=True)
class Answered:
    """What ``record_answers`` changed."""

    sent: tuple[str, ...]
    held: tuple[str, ...]
    unanswered: tuple[str, ...]
    case_ids: frozenset[int]


class OutboxStore:
    def __init__(self, engine: Engine, *, clock: Callable[[], float] = time.time) -> None:
        self._engine = engine
        self._clock = clock

    # -- writing new items ---------------------------------------------------------------

    def enqueue(self, mutation: NewMutation, *, clear_draft: DraftKind | None = None) -> OutboxItem:
        """Store the mutation, show its effect on the cached case, and (when it is the
        reply or note that a draft became) delete that draft, all in one durable
        transaction: after any crash either all of it happened or none.

        A ``renew_claim`` for a case that already has one waiting in the queue returns
        that one instead: a long offline stretch of activity must not pile up renewals
        that each mean the same.
        """
        with durable_transaction(self._engine) as connection:
            if mutation.type is MutationType.RENEW_CLAIM:
                waiting = connection.exec_driver_sql(
                    "SELECT id FROM outbox WHERE case_id = ? AND type = 'renew_claim' "
                    "AND state = 'queued' ORDER BY seq DESC LIMIT 1",
                    (mutation.case_id,),
                ).scalar_one_or_none()
                if waiting is not None:
                    return _item(connection, waiting)
            _insert(connection, mutation, self._clock())
            # The audit event of a reply or call commits with the reply itself.
            audit_event = event_for_mutation(mutation)
            if audit_event is not None:
                record_in(connection, [audit_event])
            if clear_draft is not None:
                delete_draft(connection, mutation.case_id, clear_draft)
            rebase_cases(connection, [mutation.case_id], all_touched=True)
            if mutation.type is MutationType.DECLINE:
                forget_declined_case(connection, mutation.case_id)
            return _item(connection, mutation.id)

    # -- reading -------------------------------------------------------------------------

    def item(self, item_id: str) -> OutboxItem | None:
        with self._engine.connect() as connection:
            row = connection.exec_driver_sql(_SELECT_ONE, (item_id,)).one_or_none()
        return None if row is None else _to_item(row)

    def items(
        self,
        states: Collection[OutboxState] | None = None,
        *,
        case_id: int | None = None,
        limit: int = 500,
        sent_since: float | None = None,
    ) -> list[OutboxItem]:
        """Items in sending order (oldest first), optionally of some states or one case;
        with ``sent_since`` only the sent items sent at or after that time."""
        conditions: list[str] = []
        params: list[Any] = []
        if sent_since is not None:
            conditions.append("(state <> 'sent' OR sent_at >= ?)")
            params.append(sent_since)
        if states is not None:
            conditions.append(f"state IN ({', '.join('?' for _ in states)})")
            params.extend(OutboxState(state).value for state in states)
        if case_id is not None:
            conditions.append("case_id = ?")
            params.append(case_id)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        with self._engine.connect() as connection:
            found = connection.exec_driver_sql(
                f"SELECT {_COLUMNS} FROM outbox {where} ORDER BY seq LIMIT ?", (*params, limit)
            ).all()
        return [_to_item(row) for row in found]

    def next_due_at(self) -> float | None:
        """When the oldest queued item may be sent (epoch seconds), None if none is."""
        with self._engine.connect() as connection:
            value = connection.exec_driver_sql(
                "SELECT next_attempt_at FROM outbox WHERE state = 'queued' ORDER BY seq LIMIT 1"
            ).scalar_one_or_none()
        return None if value is None else float(value)

    # -- delivery ------------------------------------------------------------------------

    def recover_interrupted(self) -> list[str]:
        """Put items a crash left in ``sending`` back into the queue, with the same id: the
        hub may have applied them, and answers their resend from its record."""
        with self._engine.begin() as connection:
            ids = list(
                connection.exec_driver_sql("SELECT id FROM outbox WHERE state = 'sending'")
                .scalars()
                .all()
            )
            connection.exec_driver_sql("UPDATE outbox SET state = 'queued' WHERE state = 'sending'")
        return ids

    def take_batch(self, limit: int) -> list[OutboxItem]:
        """The oldest queued items that are due, marked ``sending``. Strictly in order: an
        item waiting for its back-off holds back the ones after it, so that actions on a
        case (claim, then reply) reach the hub in the order they were taken."""
        now = self._clock()
        with self._engine.begin() as connection:
            candidates = connection.exec_driver_sql(
                f"SELECT {_COLUMNS} FROM outbox WHERE state = 'queued' ORDER BY seq LIMIT ?",
                (limit,),
            ).all()
            batch: list[Sequence[Any]] = []
            for row in candidates:
                if row[8] > now:
                    break
                batch.append(row)
            if not batch:
                return []
            connection.exec_driver_sql(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ?",
                [(row[0],) for row in batch],
            )
            return [_item(connection, row[0]) for row in batch]

    def record_answers(
        self, ids: Sequence[str], answers: Mapping[str, Mapping[str, Any]]
    ) -> Answered:
        """Store the hub's answers to the batch ``ids``: applied ones become ``sent``,
        rejected ones ``held`` with the reason (their local effect is withdrawn). Ids the
        hub did not answer stay ``sending`` for the caller to reschedule."""
        now = int(self._clock())
        sent: list[str] = []
        held: list[str] = []
        unanswered: list[str] = []
        with self._engine.begin() as connection:
            case_ids = _case_ids(connection, ids)
            for item_id in ids:
                answer = answers.get(item_id)
                if answer is None:
                    unanswered.append(item_id)
                    continue
                if answer.get("status") == "applied":
                    result = answer.get("result")
                    connection.exec_driver_sql(
                        "UPDATE outbox SET state = 'sent', result = ?, sent_at = ?, "
                        "last_error = NULL WHERE id = ? AND state = 'sending'",
                        (orjson.dumps(result if isinstance(result, dict) else {}).decode(), now,
                         item_id),
                    )  # fmt: skip
                    sent.append(item_id)
                else:
                    connection.exec_driver_sql(
                        "UPDATE outbox SET state = 'held', held_reason = ?, held_message = ?, "
                        "last_error = NULL WHERE id = ? AND state = 'sending'",
                        (_text(answer.get("reason"), "rejected"), _text(answer.get("message"), ""),
                         item_id),
                    )  # fmt: skip
                    held.append(item_id)
            rebase_cases(connection, case_ids.values(), all_touched=True)
        return Answered(
            sent=tuple(sent),
            held=tuple(held),
            unanswered=tuple(unanswered),
            case_ids=frozenset(case_ids.values()),
        )

    def reschedule(self, ids: Iterable[str], *, next_attempt_at: float, error: str) -> None:
        """Back into the queue after a failed attempt, due again at ``next_attempt_at``."""
        with self._engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = ? "
                "WHERE id = ? AND state = 'sending'",
                [(next_attempt_at, error, item_id) for item_id in ids],
            )

    def hold(self, ids: Iterable[str], *, reason: str, message: str) -> frozenset[int]:
        """Hold unsent items with a reason of the app's own (e.g. the hub refused the whole
        request); returns the cases whose local effects were withdrawn."""
        ids = list(ids)
        with self._engine.begin() as connection:
            case_ids = _case_ids(connection, ids)
            connection.exec_driver_sql(
                "UPDATE outbox SET state = 'held', held_reason = ?, held_message = ? "
                "WHERE id = ? AND state IN ('queued', 'sending')",
                [(reason, message, item_id) for item_id in ids],
            )
            rebase_cases(connection, case_ids.values(), all_touched=True)
        return frozenset(case_ids.values())

    def hold_unsent(self, reason: HeldReason, message: str) -> list[str]:
        """Hold every queued or interrupted item (e.g. the cache now belongs to another
        account, which must not send them)."""
        with self._engine.connect() as connection:
            ids = list(
                connection.exec_driver_sql(
                    "SELECT id FROM outbox WHERE state IN ('queued', 'sending')"
                )
                .scalars()
                .all()
            )
        self.hold(ids, reason=reason.value, message=message)
        return ids

    def confirm_sent(self, up_to_seq: int | None = None) -> frozenset[int]:
        """Mark sent items as confirmed once a sync that started after they were sent has
        been applied: the cache then holds the hub's data including their effects.
        Returns the cases whose rows were rebuilt."""
        bound = "" if up_to_seq is None else " AND seq <= ?"
        params: tuple[Any, ...] = () if up_to_seq is None else (up_to_seq,)
        with self._engine.begin() as connection:
            case_ids = list(
                connection.exec_driver_sql(
                    f"SELECT DISTINCT case_id FROM outbox WHERE state = 'sent' AND confirmed = 0"
                    f"{bound}",
                    params,
                )
                .scalars()
                .all()
            )
            if not case_ids:
                return frozenset()
            connection.exec_driver_sql(
                f"UPDATE outbox SET confirmed = 1 WHERE state = 'sent' AND confirmed = 0{bound}",
                params,
            )
            rebase_cases(connection, case_ids, all_touched=True)
        return frozenset(case_ids)

    def last_seq(self) -> int:
        with self._engine.connect() as connection:
            return int(
                connection.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM outbox").scalar_one()
            )

    def retry_all_now(self) -> int:
        """Make every queued item due at once (e.g. the connection is back); returns how
        many there are."""
        with self._engine.begin() as connection:
            result = connection.exec_driver_sql(
                "UPDATE outbox SET next_attempt_at = ? WHERE state = 'queued'", (self._clock(),)
            )
            return int(result.rowcount)

    def prune(self, before: float) -> int:
        """Forget confirmed sent items and resolved ones older than ``before``."""
        with self._engine.begin() as connection:
            result = connection.exec_driver_sql(
                "DELETE FROM outbox WHERE (state = 'sent' AND confirmed = 1 AND sent_at < ?) "
                "OR (state = 'resolved' AND resolved_at < ?)",
                (before, before),
            )
            return int(result.rowcount)

    # -- the expert's decisions about held items -----------------------------------------

    def resolve_held(
        self,
        item_id: str,
        action: HeldAction,
        *,
        replace_draft: bool = False,
        new_id: IdFactory = new_mutation_id,
    ) -> Resolved:
        """Act on a held item (see ``HeldAction``); nothing is lost on the way: a discarded
        item stays in the table as resolved, a copied one becomes a draft in the same
        transaction, a retried one is superseded by its new item."""
        now = self._clock()
        with durable_transaction(self._engine) as connection:
            row = connection.exec_driver_sql(_SELECT_ONE, (item_id,)).one_or_none()
            if row is None:
                raise OutboxItemNotFound(item_id)
            item = _to_item(row)
            if action not in item.actions:
                raise ActionNotAvailable(
                    f"{action.value} is not available for a {item.state.value} {item.type.value}"
                )
            if action is HeldAction.DISCARD:
                _resolve(connection, item_id, Resolution.DISCARDED, now)
                return Resolved(item=_item(connection, item_id))
            if action is HeldAction.COPY_TO_DRAFT:
                kind = _DRAFT_KINDS[item.type]
                if not replace_draft and has_draft(connection, item.case_id, kind):
                    raise DraftExists(item.case_id, kind)
                draft = Draft(item.case_id, kind, reply_content_of(item.payload), int(now))
                write_draft(connection, draft)
                _resolve(connection, item_id, Resolution.COPIED_TO_DRAFT, now)
                return Resolved(item=_item(connection, item_id), draft=draft)
            version = connection.exec_driver_sql(
                "SELECT version FROM cases WHERE id = ?", (item.case_id,)
            ).scalar_one_or_none()
            retried = reissued(item.mutation(), based_on_version=version, now=now, new_id=new_id)
            _insert(connection, retried, now)
            _resolve(connection, item_id, Resolution.SUPERSEDED, now, superseded_by=retried.id)
            rebase_cases(connection, [item.case_id], all_touched=True)
            return Resolved(item=_item(connection, item_id), new_item=_item(connection, retried.id))


def _insert(connection: Connection, mutation: NewMutation, now: float) -> None:
    connection.exec_driver_sql(
        _INSERT,
        (
            mutation.id,
            mutation.type.value,
            mutation.case_id,
            orjson.dumps(dict(mutation.payload)).decode(),
            mutation.created_at,
            now,
        ),
    )


def _resolve(
    connection: Connection,
    item_id: str,
    resolution: Resolution,
    now: float,
    *,
    superseded_by: str | None = None,
) -> None:
    connection.exec_driver_sql(
        "UPDATE outbox SET state = 'resolved', resolution = ?, superseded_by = ?, "
        "resolved_at = ? WHERE id = ?",
        (resolution.value, superseded_by, int(now), item_id),
    )


def _case_ids(connection: Connection, ids: Sequence[str]) -> dict[str, int]:
    if not ids:
        return {}
    found = connection.exec_driver_sql(
        "SELECT id, case_id FROM outbox WHERE id IN (SELECT value FROM json_each(?))",
        (orjson.dumps(list(ids)).decode(),),
    )
    return {row[0]: row[1] for row in found}


def _item(connection: Connection, item_id: str) -> OutboxItem:
    return _to_item(connection.exec_driver_sql(_SELECT_ONE, (item_id,)).one())


def _text(value: object, default: str) -> str:
    return value if isinstance(value, str) and value else default


def _to_item(row: Sequence[Any]) -> OutboxItem:
    return OutboxItem(
        id=row[0],
        seq=row[1],
        type=MutationType(row[2]),
        case_id=row[3],
        payload=orjson.loads(row[4]),
        created_at=row[5],
        state=OutboxState(row[6]),
        attempts=row[7],
        next_attempt_at=row[8],
        last_error=row[9],
        held_reason=row[10],
        held_message=row[11],
        result=orjson.loads(row[12]) if row[12] is not None else None,
        sent_at=row[13],
        resolution=Resolution(row[14]) if row[14] is not None else None,
        superseded_by=row[15],
    )


def insert_mutation(connection: Connection, mutation: NewMutation, now: float) -> None:
    """Queue ``mutation`` inside the caller's (durable) transaction, for stores whose
    local effect is not a case's (see ``ContributionStore.submit``)."""
    _insert(connection, mutation, now)
