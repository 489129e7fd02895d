"""``CaseCache``: every read and write of the cache's case data, in Core/plain SQL.

Writes (``apply_page``, ``reset``) belong on the ``DbWorker`` thread, and so does
``search``. The small reads (``count_cases``, ``case_window``, ``thread``, …) also work
on a reader engine from ``open_reader`` on the GUI thread. No method returns more than
one window of rows, except ``thread`` (one case), ``clients`` and ``templates_for_case``
(a handful).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

import orjson

from workstation.domain.changes import (
    CASE_COLUMNS,
    CLIENT_COLUMNS,
    FTS_COLUMNS,
    MESSAGE_COLUMNS,
    TEMPLATE_COLUMNS,
    WINDOW_COLUMNS,
    ChangePage,
)
from workstation.domain.highlight import MAX_SEARCH_TOKENS, MIN_PREFIX_CHARS
from workstation.domain.models import (
    CallOutcome,
    CaseDetail,
    CaseSummary,
    Channel,
    Client,
    Direction,
    Message,
    OutboxState,
    Template,
    Visibility,
)
from workstation.domain.mutations import MutationType
from workstation.domain.outbox import HeldReason
from workstation.domain.templates import TemplateContext, templates_for_case
from workstation.store import fts_index, json_rows, rows, search_vocabulary
from workstation.store.attachments import apply_attachment_rows
from workstation.store.bulk_index import BulkIndex
from workstation.store.earnings_sync import apply_earnings, reset_earnings
from workstation.store.inbox_reads import (
    MAX_WINDOW_ROWS,
    count_statement,
    summary_statement,
    window_statement,
)
from workstation.store.local_changes import rebase_cases
from workstation.store.queries import CaseView, InboxQuery
from workstation.store.retention import apply_client_policies, mark_search_index_for_merge
from workstation.store.search import (
    DEFAULT_SEARCH_LIMIT,
    SearchHit,
    fts_match_expression,
    search,
    search_case_ids,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

__all__ = [
    "CURSOR_KEY",
    "EXPERT_NAME_KEY",
    "INITIAL_CURSOR",
    "LAST_SYNC_AT_KEY",
    "MAX_SEARCH_TOKENS",
    "MAX_WINDOW_ROWS",
    "MIN_PREFIX_CHARS",
    "AppliedPage",
    "CaseCache",
    "SearchHit",
    "fts_match_expression",
]

CURSOR_KEY: Final = "cursor"
LAST_SYNC_AT_KEY: Final = "last_sync_at"
EXPERT_NAME_KEY: Final = "expert_name"
INITIAL_CURSOR: Final = "0"


def _upsert_clause(columns: tuple[str, ...], *extra_updates: str) -> str:
    updates = ", ".join([*(f"{name} = excluded.{name}" for name in columns[1:]), *extra_updates])
    return f"ON CONFLICT (id) DO UPDATE SET {updates}"


def _upsert_sql(table: str, columns: tuple[str, ...], *extra_updates: str) -> str:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    upsert = _upsert_clause(columns, *extra_updates)
    return f"INSERT INTO {table} ({names}) VALUES ({marks}) {upsert}"


_UPSERT_CLIENT: Final = _upsert_sql("clients", CLIENT_COLUMNS)
# The hub's data replaces the row, local effects included; they are re-applied after.
# Cases and messages come by the thousand: one statement per table and page.
_UPSERT_CASES: Final = json_rows.insert_sql(
    "cases", CASE_COLUMNS, on_conflict=_upsert_clause(CASE_COLUMNS, "hub_values = NULL")
)
_UPSERT_TEMPLATE: Final = _upsert_sql("templates", TEMPLATE_COLUMNS)
_UPSERT_WINDOW: Final = _upsert_sql("windows", WINDOW_COLUMNS)
_DELETE_WINDOW: Final = "DELETE FROM windows WHERE id = ?"
# The hub's status and unpaid time always win; its times and cases only when the hub has
# caught up with the newest local version (a correction may still be in the outbox).
_UPSERT_TIME_ENTRY: Final = (
    "INSERT INTO time_entries (id, kind, location, starts_at, ends_at, cases, status, "
    "unpaid_seconds, hub_version, version, needs_confirmation) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (id) DO UPDATE SET "
    "status = excluded.status, unpaid_seconds = excluded.unpaid_seconds, "
    "hub_version = excluded.hub_version, "
    "kind = CASE WHEN excluded.hub_version >= version THEN excluded.kind ELSE kind END, "
    "location = CASE WHEN excluded.hub_version >= version THEN excluded.location "
    "ELSE location END, "
    "starts_at = CASE WHEN excluded.hub_version >= version THEN excluded.starts_at "
    "ELSE starts_at END, "
    "ends_at = CASE WHEN excluded.hub_version >= version THEN excluded.ends_at ELSE ends_at END, "
    "cases = CASE WHEN excluded.hub_version >= version THEN excluded.cases ELSE cases END, "
    "version = MAX(version, excluded.hub_version)"
)
_INSERT_MESSAGES: Final = json_rows.insert_sql("messages", MESSAGE_COLUMNS, or_replace=True)
_DELETE_MESSAGES_OF_CASES: Final = (
    "DELETE FROM messages WHERE case_id IN (SELECT value FROM json_each(?))"
)
_DELETE_CASE: Final = "DELETE FROM cases WHERE id = ?"
_DELETE_TEMPLATE: Final = "DELETE FROM templates WHERE id = ?"
_DELETE_FTS_ROW: Final = "DELETE FROM case_fts WHERE rowid = ?"
_REPLACE_FTS_ROWS: Final = json_rows.insert_sql("case_fts", FTS_COLUMNS, or_replace=True)
_INSERT_FTS_ROW: Final = (
    f"INSERT INTO case_fts ({', '.join(FTS_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in FTS_COLUMNS)})"
)
_PRESENT_CASES: Final = "SELECT id FROM cases WHERE id IN (SELECT value FROM json_each(?))"
_SET_META: Final = (
    "INSERT INTO meta (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
# The local echo of replies and notes the hub has not confirmed yet, and of held ones,
# whose text stays visible in the thread until the expert decides what to do with them.
_ECHOES: Final = (
    "SELECT id, seq, type, payload, created_at, state FROM outbox "
    "WHERE case_id = ? AND type IN ('reply', 'note') "
    "AND (state IN ('queued', 'sending', 'held') OR (state = 'sent' AND confirmed = 0)) "
    "ORDER BY seq"
)


@dataclass(frozen=True, slots=True)
class AppliedPage:
    """What one applied page changed, for views to decide whether they must refresh.
    ``removed_case_ids`` holds only cases the cache actually had."""

    changed_case_ids: frozenset[int]
    removed_case_ids: frozenset[int]
    templates_changed: bool = False
    windows_changed: bool = False
    time_entries_changed: bool = False
    earnings_changed: bool = False


class CaseCache:
    def __init__(self, engine: Engine, *, clock: Callable[[], float] = time.time) -> None:
        self._engine = engine
        self._clock = clock
        self._bulk_index = BulkIndex(engine, cursor_key=CURSOR_KEY, initial_cursor=INITIAL_CURSOR)

    @property
    def engine(self) -> Engine:
        return self._engine

    # -- sync state ----------------------------------------------------------------------

    def cursor(self) -> str:
        return self.get_meta(CURSOR_KEY) or INITIAL_CURSOR

    def get_meta(self, key: str) -> str | None:
        with self._engine.connect() as connection:
            value = connection.exec_driver_sql(
                "SELECT value FROM meta WHERE key = ?", (key,)
            ).scalar_one_or_none()
        return None if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        with self._engine.begin() as connection:
            connection.exec_driver_sql(_SET_META, (key, value))

    def last_sync_at(self) -> int | None:
        value = self.get_meta(LAST_SYNC_AT_KEY)
        return None if value is None else int(value)

    def apply_page(self, page: ChangePage, *, defer_index: bool = False) -> AppliedPage:
        """Store one page and its cursor in a single transaction: after a crash the cache
        holds either everything before the page or everything including it. Local effects
        of pending outbox items are re-applied on top of the new hub data.

        With ``defer_index`` (a first sync's bulk load) the page's index rows become one
        unmerged segment and their words are not listed; the load is marked pending in
        the same transaction and ``build_pending_index`` finishes the index once the load
        is through (see ``store.fts_index``). A load into an empty index of a file cache
        writes its segments beside the cache, on a thread of its own, after the commit
        (``store.bulk_index``)."""
        index_beside = False
        with (
            self._engine.connect() as connection,
            self._bulk_index.page_checkpoints(connection),
            connection.begin(),
        ):
            if defer_index:
                index_beside = self._bulk_index.begin_page(connection)
            if page.clients:
                connection.exec_driver_sql(_UPSERT_CLIENT, page.clients)
            if page.templates:
                connection.exec_driver_sql(_UPSERT_TEMPLATE, page.templates)
            if page.removed_template_ids:
                connection.exec_driver_sql(
                    _DELETE_TEMPLATE, [(template_id,) for template_id in page.removed_template_ids]
                )
            if page.windows:
                connection.exec_driver_sql(_UPSERT_WINDOW, page.windows)
            if page.removed_window_ids:
                connection.exec_driver_sql(
                    _DELETE_WINDOW, [(window_id,) for window_id in page.removed_window_ids]
                )
            if page.time_entries:
                connection.exec_driver_sql(
                    _UPSERT_TIME_ENTRY, [(*row, row[-1]) for row in page.time_entries]
                )
            earnings_changed = apply_earnings(connection, page)
            removed = self._remove_cases(connection, page.removed_case_ids)
            if removed:
                mark_search_index_for_merge(connection)
            if page.case_ids:
                connection.exec_driver_sql(_UPSERT_CASES, json_rows.rows_parameter(page.cases))
                connection.exec_driver_sql(
                    _DELETE_MESSAGES_OF_CASES, (orjson.dumps(page.case_ids),)
                )
                if page.messages:
                    connection.exec_driver_sql(
                        _INSERT_MESSAGES, json_rows.rows_parameter(page.messages)
                    )
                if not defer_index:
                    id_rows = [(case_id,) for case_id in page.case_ids]
                    connection.exec_driver_sql(_DELETE_FTS_ROW, id_rows)
                    connection.exec_driver_sql(_INSERT_FTS_ROW, page.fts_rows)
                    if not fts_index.word_list_pending(connection):
                        # (else the refill lists these words too; a partial list would
                        # narrow a begun word to them)
                        search_vocabulary.add_terms(connection, page.fts_rows)
                elif not index_beside:  # else written beside the cache after the commit
                    connection.exec_driver_sql(
                        _REPLACE_FTS_ROWS, json_rows.rows_parameter(page.fts_rows)
                    )
                rebase_cases(connection, page.case_ids, all_touched=False)
            apply_attachment_rows(connection, page.case_ids, page.attachments)
            apply_client_policies(connection, page.client_policies)
            connection.exec_driver_sql(
                _SET_META,
                [(CURSOR_KEY, page.cursor), (LAST_SYNC_AT_KEY, str(int(self._clock())))],
            )
        if index_beside:
            self._bulk_index.after_commit(page.fts_rows, page.removed_case_ids, page.cursor)
        return AppliedPage(
            changed_case_ids=frozenset(page.case_ids),
            removed_case_ids=frozenset(removed),
            templates_changed=bool(page.templates or page.removed_template_ids),
            windows_changed=bool(page.windows or page.removed_window_ids),
            time_entries_changed=bool(page.time_entries),
            earnings_changed=earnings_changed,
        )

    def index_pending(self) -> bool:
        """Whether cases were stored by a bulk load whose search index is not finished."""
        return self._bulk_index.pending()

    def build_pending_index(self) -> bool:
        """Finish the search index a bulk load left pending; True if there was one to
        finish. Run it on the ``DbWorker``."""
        return self._bulk_index.finish()

    def index_upkeep_pending(self) -> bool:
        """Whether ``complete_index_upkeep`` has work to do."""
        return self._bulk_index.upkeep_pending()

    def complete_index_upkeep(self) -> bool:
        """Fill the word list of an index adopted from beside the cache, and drop the rows
        of cases deleted while it was written; True if there was anything to do. The sync
        runs it on the ``DbWorker`` right after it has returned."""
        return self._bulk_index.complete_upkeep()

    def pause_index_load(self) -> None:
        """Make the cases of a bulk load that stopped early searchable, when its index is
        written beside the cache; the next sync continues the load. Run it on the
        ``DbWorker``."""
        self._bulk_index.pause()

    def close(self) -> None:
        """Stop the thread that writes a bulk load's index beside the cache, if one runs,
        after the pages handed to it; the next sync adopts what it wrote."""
        self._bulk_index.close()

    def reset(self) -> None:
        """Forget every case, message, client, template and the cursor, for a full
        resync. The outbox and the drafts stay: they are the expert's unsent work."""
        with self._engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM messages")
            connection.exec_driver_sql("DELETE FROM cases")
            connection.exec_driver_sql("DELETE FROM clients")
            connection.exec_driver_sql("DELETE FROM templates")
            connection.exec_driver_sql("DELETE FROM windows")
            connection.exec_driver_sql("DELETE FROM client_policies")
            reset_earnings(connection)
            connection.exec_driver_sql("INSERT INTO case_fts (case_fts) VALUES ('delete-all')")
            self._bulk_index.forget(connection)
            connection.exec_driver_sql(_SET_META, (CURSOR_KEY, INITIAL_CURSOR))

    def reset_for_new_account(self) -> None:
        """``reset``, and hold every unsent outbox item: the cache now belongs to another
        account (the hub gave the user name to someone else), which must not send them."""
        self.reset()
        with self._engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE outbox SET state = 'held', held_reason = ?, held_message = ? "
                "WHERE state IN ('queued', 'sending')",
                (
                    HeldReason.ACCOUNT_CHANGED.value,
                    "Written under another account of this user name; not sent.",
                ),
            )

    @staticmethod
    def _remove_cases(connection: Connection, case_ids: list[int]) -> list[int]:
        if not case_ids:
            return []
        present = list(
            connection.exec_driver_sql(_PRESENT_CASES, (orjson.dumps(case_ids).decode(),))
            .scalars()
            .all()
        )
        if present:
            id_rows = [(case_id,) for case_id in present]
            # Messages go with their case through ON DELETE CASCADE.
            connection.exec_driver_sql(_DELETE_CASE, id_rows)
            connection.exec_driver_sql(_DELETE_FTS_ROW, id_rows)
        return present

    # -- inbox ---------------------------------------------------------------------------

    def count_cases(self, query: InboxQuery, *, at_most: int | None = None) -> int:
        """The number of cases in the view; with ``at_most``, counting stops there (a
        quick lower bound for a view of a million cases)."""
        with self._engine.connect() as connection:
            return _count(connection, query, at_most=at_most)

    def view_counts(
        self,
        *,
        due_until: int,
        channel: Channel | None = None,
        client_id: int | None = None,
    ) -> dict[CaseView, int]:
        """The number of cases in every view (for the sidebar), each a count over the
        view's own partial index."""
        with self._engine.connect() as connection:
            return {
                view: _count(
                    connection,
                    InboxQuery.for_view(
                        view,
                        channel=channel,
                        client_id=client_id,
                        due_until=due_until if view is CaseView.DUE_SOON else None,
                    ),
                )
                for view in CaseView
            }

    def case_window(self, query: InboxQuery, offset: int, limit: int) -> list[CaseSummary]:
        """Rows ``offset`` … ``offset + limit`` of the view (``inbox_reads``)."""
        statement = window_statement(query, offset, limit)
        with self._engine.connect() as connection:
            found = connection.exec_driver_sql(*statement).all()
        return [rows.summary(row) for row in found]

    def case_summary(self, case_id: int) -> CaseSummary | None:
        with self._engine.connect() as connection:
            row = connection.exec_driver_sql(*summary_statement(case_id)).one_or_none()
        return None if row is None else rows.summary(row)

    def case_detail(self, case_id: int) -> CaseDetail | None:
        with self._engine.connect() as connection:
            row = connection.exec_driver_sql(
                f"SELECT {rows.DETAIL_COLUMNS} FROM cases AS c "
                "LEFT JOIN clients AS cl ON cl.id = c.client_id WHERE c.id = ?",
                (case_id,),
            ).one_or_none()
        return None if row is None else rows.detail(row)

    def case_contact(self, case_id: int) -> tuple[str, str | None] | None:
        """``(customer_name, customer_contact)``; the contact is None for a phone case that
        is not claimed yet."""
        with self._engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT customer_name, customer_contact FROM cases WHERE id = ?", (case_id,)
            ).one_or_none()
        return None if row is None else (row[0], row[1])

    def thread(self, case_id: int, *, include_pending: bool = True) -> list[Message]:
        """The case's messages, oldest first. With ``include_pending``, replies and notes
        the hub has not confirmed yet (and held ones) follow as local echoes: negative
        ids, ``outbox_id`` and ``outbox_state`` set."""
        with self._engine.connect() as connection:
            found = connection.exec_driver_sql(
                f"SELECT {rows.MESSAGE_COLUMNS} FROM messages WHERE case_id = ? "
                "ORDER BY created_at, id",
                (case_id,),
            ).all()
            thread = [rows.message(row) for row in found]
            if include_pending:
                author = connection.exec_driver_sql(
                    "SELECT value FROM meta WHERE key = ?", (EXPERT_NAME_KEY,)
                ).scalar_one_or_none()
                echoes = connection.exec_driver_sql(_ECHOES, (case_id,)).all()
                thread.extend(_echo(case_id, row, author or "") for row in echoes)
        return thread

    def clients(self) -> list[Client]:
        with self._engine.connect() as connection:
            found = connection.exec_driver_sql("SELECT id, name FROM clients ORDER BY name, id")
            return [Client(id=row[0], name=row[1]) for row in found]

    # -- templates -----------------------------------------------------------------------

    def templates_for_case(self, case_id: int) -> list[Template]:
        """The templates the composer offers on the case (its client, language, and its
        channel or every channel), sorted by title; empty if the case is not cached."""
        detail = self.case_detail(case_id)
        if detail is None:
            return []
        with self._engine.connect() as connection:
            found = connection.exec_driver_sql(
                f"SELECT {rows.TEMPLATE_COLUMNS} FROM templates "
                "WHERE client_id = ? AND language = ?",
                (detail.client_id, detail.language),
            ).all()
        return templates_for_case(
            (rows.template(row) for row in found),
            client_id=detail.client_id,
            language=detail.language,
            channel=detail.channel,
        )

    def template_context(self, case_id: int) -> TemplateContext:
        """What a template's variables are filled from on this case (empty values for a
        case that is not cached: the variables then stay visible)."""
        detail = self.case_detail(case_id)
        expert_name = self.get_meta(EXPERT_NAME_KEY) or ""
        if detail is None:
            return TemplateContext(expert_name=expert_name)
        return TemplateContext(
            customer_name=detail.customer_name,
            expert_name=expert_name,
            client_name=detail.client_name,
            case_subject=detail.subject,
        )

    # -- search --------------------------------------------------------------------------

    def search(self, text_query: str, limit: int = DEFAULT_SEARCH_LIMIT) -> list[SearchHit]:
        """Cases matching every word of ``text_query`` (the last as a prefix), newest case
        first, with highlighted subject and excerpt. Run it on the ``DbWorker``."""
        with self._engine.connect() as connection:
            return search(connection, text_query, limit)

    def search_case_ids(self, text_query: str, limit: int = MAX_WINDOW_ROWS) -> list[int]:
        """Ids of cases matching every word of ``text_query``, newest case first."""
        with self._engine.connect() as connection:
            return search_case_ids(connection, text_query, limit)


def _count(connection: Connection, query: InboxQuery, *, at_most: int | None = None) -> int:
    return int(connection.exec_driver_sql(*count_statement(query, at_most=at_most)).scalar_one())


def _echo(case_id: int, row: Sequence[Any], author: str) -> Message:
    item_id, seq, kind, raw_payload, created_at, state = row
    payload = orjson.loads(raw_payload)
    call_log = payload.get("call_log") or {}
    is_note = kind == MutationType.NOTE
    visibility = payload.get("visibility")
    return Message(
        id=-seq,
        case_id=case_id,
        direction=Direction.NOTE if is_note else Direction.OUT,
        author=author,
        body_text=str(payload.get("body", call_log.get("notes", ""))),
        body_html=None,
        created_at=created_at,
        subject=payload.get("subject"),
        visibility=Visibility(visibility) if visibility else None,
        call_outcome=CallOutcome(call_log["outcome"]) if call_log.get("outcome") else None,
        call_duration_seconds=call_log.get("duration_seconds"),
        outbox_id=item_id,
        outbox_state=OutboxState(state),
    )
