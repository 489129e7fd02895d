"""Retention: closed cases past their client's period and cases that leave the expert's
view are deleted, and their text does not survive in the file or the WAL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.domain.documents import case_document, change, message_document, numbered, page_document
from tests.support.plain_cache import occurrences, open_plain_cache
from workstation.domain import mutations
from workstation.domain.changes import ChangePage, parse_change_page
from workstation.store.cache import CaseCache
from workstation.store.outbox import OutboxStore
from workstation.store.retention import MERGE_INTERVAL_SECONDS, SECONDS_PER_DAY, RetentionPurge

CANARY_NAME = "Kanarienvogel Zyxwvut"
CANARY_TEXT = "Geheimnis-qpxjvbw-4711"
CANARY_TOKEN = "qpxjvbw"
UPDATED = 1_795_000_000  # the closed case's last change at the hub
RETENTION_DAYS = 30


def page(*changes: dict[str, Any], cursor: str = "100") -> ChangePage:
    return parse_change_page(page_document(numbered(list(changes)), cursor=cursor), expert_id=1)


def _iso(epoch: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def canary_case(case_id: int, *, status: str = "closed", client_id: int = 1) -> dict[str, Any]:
    return case_document(
        case_id,
        client_id=client_id,
        status=status,
        sla_due=None,
        outcome="solved" if status == "closed" else None,
        customer_name=CANARY_NAME,
        updated_at=_iso(UPDATED),
        messages=[
            message_document(
                case_id * 10,
                author=CANARY_NAME,
                body_text=f"Bitte helfen Sie mir: {CANARY_TEXT} " * 40,
                attachments=[
                    {
                        "id": case_id,
                        "name": "Rechnung.pdf",
                        "media_type": "application/pdf",
                        "size": 4,
                    }
                ],
            )
        ],
    )


@pytest.fixture
def plain_path(tmp_path: Path) -> Path:
    return tmp_path / "plain" / "cache.db"


@pytest.fixture
def plain_engine(plain_path: Path) -> Iterator[Engine]:
    engine = open_plain_cache(plain_path)
    yield engine
    engine.dispose()


def fill(engine: Engine, *, retention_days: int | None = RETENTION_DAYS) -> CaseCache:
    cache = CaseCache(engine, clock=lambda: float(UPDATED))
    cache.apply_page(
        page(
            change("client", {"id": 1, "name": "Buchhalter AG", "retention_days": retention_days}),
            change("client", {"id": 2, "name": "Kopfhörer GmbH", "retention_days": None}),
            change("case", canary_case(1)),
            # Still open, and closed under a client without a limit: both stay.
            change("case", case_document(2, status="open")),
            change(
                "case",
                case_document(
                    3,
                    status="closed",
                    client_id=2,
                    sla_due=None,
                    outcome="solved",
                    updated_at=_iso(UPDATED),
                ),
            ),
        )
    )
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE attachments SET content = ? WHERE id = 1", (b"%PDF",))
    return cache


def case_ids(engine: Engine) -> list[int]:
    with engine.connect() as connection:
        return list(connection.exec_driver_sql("SELECT id FROM cases ORDER BY id").scalars())


def test_a_closed_case_stays_until_its_retention_period_has_passed(file_engine: Engine) -> None:
    fill(file_engine)
    day_before = UPDATED + RETENTION_DAYS * SECONDS_PER_DAY - 1
    assert RetentionPurge(file_engine, clock=lambda: day_before).purge().removed_case_ids == set()
    assert case_ids(file_engine) == [1, 2, 3]

    due = UPDATED + RETENTION_DAYS * SECONDS_PER_DAY
    report = RetentionPurge(file_engine, clock=lambda: due).purge()
    assert report.removed_case_ids == {1}
    assert case_ids(file_engine) == [2, 3]
    with file_engine.connect() as connection:
        for table in ("messages", "attachments"):
            left = connection.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE case_id = 1"
            ).scalar_one()
            assert left == 0, table
        assert (
            connection.exec_driver_sql(
                "SELECT count(*) FROM case_fts WHERE case_fts MATCH 'Kanarienvogel'"
            ).scalar_one()
            == 0
        )


def test_a_case_with_unsent_work_waits(file_engine: Engine) -> None:
    fill(file_engine)
    OutboxStore(file_engine).enqueue(mutations.note(1, "Rückruf vereinbart", now=UPDATED))
    due = UPDATED + RETENTION_DAYS * SECONDS_PER_DAY
    assert RetentionPurge(file_engine, clock=lambda: due).purge().removed_case_ids == set()


def test_after_a_purge_the_canary_is_in_neither_the_file_nor_the_wal(
    plain_engine: Engine, plain_path: Path
) -> None:
    fill(plain_engine)
    # The control: the canary is readable in the raw bytes before the purge.
    assert occurrences(plain_path, CANARY_TEXT) > 0
    assert occurrences(plain_path, CANARY_TOKEN) > occurrences(plain_path, CANARY_TEXT)
    assert occurrences(plain_path, CANARY_NAME) > 0

    due = UPDATED + RETENTION_DAYS * SECONDS_PER_DAY
    assert RetentionPurge(plain_engine, clock=lambda: due).purge().removed_case_ids == {1}

    assert occurrences(plain_path, CANARY_TEXT) == 0
    assert occurrences(plain_path, CANARY_NAME) == 0
    # The search index keeps lower-cased tokens, not the text as written.
    assert occurrences(plain_path, CANARY_TOKEN) == 0
    assert occurrences(plain_path, "zyxwvut") == 0
    assert plain_path.with_name("cache.db-wal").stat().st_size == 0


def test_a_case_leaving_the_view_is_deleted_at_once_without_traces(
    plain_engine: Engine, plain_path: Path
) -> None:
    cache = fill(plain_engine, retention_days=None)
    assert occurrences(plain_path, CANARY_TEXT) > 0
    applied = cache.apply_page(page(change("case_removed", {"id": 1}), cursor="101"))
    assert applied.removed_case_ids == {1}
    assert case_ids(plain_engine) == [2, 3]
    # The sync deleted the rows; the purge's checkpoint then removes their old page images.
    RetentionPurge(plain_engine, clock=lambda: float(UPDATED)).purge()
    assert occurrences(plain_path, CANARY_TEXT) == 0
    assert occurrences(plain_path, CANARY_NAME) == 0
    assert occurrences(plain_path, CANARY_TOKEN) == 0


def test_without_secure_delete_the_check_would_find_the_canary(
    plain_engine: Engine, plain_path: Path
) -> None:
    """Proves that the byte search can fail: the same purge with ``secure_delete`` off
    leaves the deleted text in the file's free pages."""
    fill(plain_engine)
    with plain_engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA secure_delete = OFF")
        with connection.begin():
            connection.exec_driver_sql("DELETE FROM cases WHERE id = 1")
            connection.exec_driver_sql("DELETE FROM case_fts WHERE rowid = 1")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("PRAGMA secure_delete = ON")
    assert occurrences(plain_path, CANARY_TEXT) > 0


def test_search_terms_of_removed_cases_are_merged_out_at_least_daily(
    plain_engine: Engine, plain_path: Path
) -> None:
    cache = fill(plain_engine, retention_days=None)
    cache.apply_page(page(change("case_removed", {"id": 3}), cursor="101"))
    RetentionPurge(plain_engine, clock=lambda: float(UPDATED)).purge()  # merges at once
    cache.apply_page(page(change("case_removed", {"id": 1}), cursor="102"))
    later = UPDATED + 3600
    RetentionPurge(plain_engine, clock=lambda: float(later)).purge()
    # Rows, free pages and the WAL are clean at once; only the index term waits a day.
    assert occurrences(plain_path, CANARY_TEXT) == 0
    assert occurrences(plain_path, CANARY_TOKEN) > 0
    next_day = UPDATED + MERGE_INTERVAL_SECONDS
    RetentionPurge(plain_engine, clock=lambda: float(next_day)).purge()
    assert occurrences(plain_path, CANARY_TOKEN) == 0
