"""``TrackerStore`` on the encrypted cache: heartbeats and recovery, exactly-once hand-over
to the outbox, corrections with their history, the hub's answers, and the timesheet."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from sqlalchemy import Engine

from workstation.domain.changes import parse_change_page
from workstation.domain.mutations import MutationType
from workstation.domain.tracking import EntryKind, FinishedEntry, Location, RunningEntry
from workstation.store.cache import CaseCache
from workstation.store.database import new_cache_key, open_cache
from workstation.store.outbox import OutboxStore
from workstation.store.tracker import (
    CorrectionRefused,
    TrackerStore,
    day_totals,
    timesheet_csv,
)

NOW = 1_795_000_000


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    opened = open_cache(tmp_path / "cache.db", new_cache_key())
    yield opened
    opened.dispose()


@pytest.fixture
def outbox(engine: Engine) -> OutboxStore:
    return OutboxStore(engine, clock=lambda: NOW)


@pytest.fixture
def store(engine: Engine, outbox: OutboxStore) -> TrackerStore:
    ids = (f"mutation-{number}" for number in itertools.count(1))
    return TrackerStore(engine, outbox, clock=lambda: NOW, new_id=lambda: next(ids))


def work(
    entry_id: str, start: int, seconds: int, cases: tuple[tuple[int, int], ...] = ()
) -> FinishedEntry:
    return FinishedEntry(entry_id, EntryKind.WORK, Location.REMOTE, start, start + seconds, cases)


def running(entry_id: str = "open", elapsed: float = 42.4) -> RunningEntry:
    return RunningEntry(entry_id, EntryKind.WORK, Location.ON_SITE, NOW + 0.3, elapsed, ((7, 40),))


def time_entry_items(outbox: OutboxStore) -> list[dict[str, object]]:
    return [dict(item.payload) for item in outbox.items() if item.type is MutationType.TIME_ENTRY]


def test_a_running_stretch_is_recovered_ending_at_its_last_heartbeat(store: TrackerStore) -> None:
    store.heartbeat(running(elapsed=10.0))
    store.heartbeat(running(elapsed=42.4))
    assert store.running() == running(elapsed=42.4)

    recovered = store.recover()

    assert recovered is not None and recovered.entry is not None
    assert (recovered.started_at, recovered.elapsed) == (NOW + 0.3, 42.4)
    entry = recovered.entry
    assert (entry.starts_at, entry.ends_at, entry.cases) == (NOW, NOW + 43, ((7, 40),))
    assert entry.needs_confirmation and entry.location is Location.ON_SITE
    assert store.running() is None and store.recover() is None
    assert store.unconfirmed() == [entry]


def test_a_recovered_entry_is_sent_only_once_confirmed(
    store: TrackerStore, outbox: OutboxStore
) -> None:
    store.heartbeat(running("crashed"))
    store.recover()
    assert time_entry_items(outbox) == []

    store.confirm("crashed")

    (payload,) = time_entry_items(outbox)
    assert payload["entry_id"] == "crashed"
    assert store.unconfirmed() == []


def test_a_discarded_recovered_entry_is_gone(store: TrackerStore, outbox: OutboxStore) -> None:
    store.heartbeat(running("crashed"))
    store.recover()
    store.discard_unconfirmed("crashed")
    assert store.entry("crashed") is None
    assert time_entry_items(outbox) == []


def test_finished_entries_reach_the_outbox_exactly_once(
    store: TrackerStore, outbox: OutboxStore
) -> None:
    stored = store.finish([work("a", NOW, 600, ((3, 500),))], running("b"))

    assert [entry.id for entry in stored] == ["a"]
    assert store.running() == running("b")
    (item,) = [item for item in outbox.items() if item.type is MutationType.TIME_ENTRY]
    assert item.id == "mutation-1" and item.case_id == 0
    assert item.payload["cases"] == [{"case_id": 3, "seconds": 500}]
    assert item.payload["starts_at"].endswith("Z")
    assert store.queue_pending() == 0
    assert len(time_entry_items(outbox)) == 1


def test_a_crash_between_recording_and_queueing_is_repaired_without_a_duplicate(
    engine: Engine, store: TrackerStore, outbox: OutboxStore
) -> None:
    store.finish([work("a", NOW, 600)], None)
    # As if the app died after the outbox commit but before the entry was marked queued.
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE time_entries SET unqueued_mutation_id = 'mutation-1' WHERE id = 'a'"
        )
    assert store.queue_pending() == 1
    # And as if it died before the outbox commit.
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE time_entries SET unqueued_mutation_id = 'mutation-x' WHERE id = 'a'"
        )
    assert store.queue_pending() == 1

    assert sorted(item.id for item in outbox.items()) == ["mutation-1", "mutation-x"]


def test_a_correction_needs_a_reason_and_is_kept_and_sent(
    store: TrackerStore, outbox: OutboxStore
) -> None:
    store.finish([work("a", NOW, 600, ((3, 500),))], None)
    with pytest.raises(CorrectionRefused):
        store.correct(
            "a",
            starts_at=NOW,
            ends_at=NOW + 300,
            kind=EntryKind.WORK,
            location=Location.REMOTE,
            cases=(),
            reason="  ",
        )

    corrected = store.correct(
        "a",
        starts_at=NOW,
        ends_at=NOW + 300,
        kind=EntryKind.BREAK,
        location=Location.ON_SITE,
        cases=(),
        reason="Lunch, not work.",
    )

    assert (corrected.version, corrected.kind, corrected.seconds) == (2, EntryKind.BREAK, 300)
    (history,) = store.corrections("a")
    assert history.reason == "Lunch, not work."
    assert history.previous == {
        "starts_at": NOW,
        "ends_at": NOW + 600,
        "kind": "work",
        "location": "remote",
        "cases": [[3, 500]],
    }
    first, second = time_entry_items(outbox)
    assert "correction" not in first
    assert second["correction"] == {"reason": "Lunch, not work."}


def hub_change(entry_id: str, version: int, status: str, unpaid: int) -> bytes:
    return orjson.dumps(
        {
            "cursor": "5",
            "has_more": False,
            "changes": [
                {
                    "seq": 5,
                    "type": "time_entry",
                    "data": {
                        "id": entry_id,
                        "starts_at": "2026-11-18T20:26:40Z",
                        "ends_at": "2026-11-18T20:36:40Z",
                        "kind": "work",
                        "location": "remote",
                        "status": status,
                        "unpaid": unpaid > 0,
                        "unpaid_seconds": unpaid,
                        "version": version,
                        "cases": [{"case_id": 3, "seconds": 500}],
                        "corrections": [],
                    },
                }
            ],
        }
    )


def test_the_hubs_answers_update_status_and_unpaid_time(
    engine: Engine, store: TrackerStore
) -> None:
    cache = CaseCache(engine)
    store.finish([work("a", NOW, 600, ((3, 500),))], None)
    assert store.entry("a").unpaid_seconds is None  # type: ignore[union-attr]

    applied = cache.apply_page(parse_change_page(orjson.loads(hub_change("a", 1, "recorded", 120))))

    assert applied.time_entries_changed
    entry = store.entry("a")
    assert entry is not None and (entry.unpaid_seconds, entry.synced) == (120, True)
    cache.apply_page(parse_change_page(orjson.loads(hub_change("a", 1, "approved", 120))))
    assert store.entry("a").approved  # type: ignore[union-attr]
    with pytest.raises(CorrectionRefused):
        store.correct(
            "a",
            starts_at=NOW,
            ends_at=NOW + 60,
            kind=EntryKind.WORK,
            location=Location.REMOTE,
            cases=(),
            reason="late",
        )


def test_an_older_hub_version_does_not_undo_a_pending_correction(
    engine: Engine, store: TrackerStore
) -> None:
    store.finish([work("a", NOW, 600)], None)
    store.correct(
        "a",
        starts_at=NOW,
        ends_at=NOW + 300,
        kind=EntryKind.WORK,
        location=Location.REMOTE,
        cases=(),
        reason="shorter",
    )
    CaseCache(engine).apply_page(parse_change_page(orjson.loads(hub_change("a", 1, "recorded", 0))))
    entry = store.entry("a")
    assert entry is not None
    assert (entry.seconds, entry.version, entry.synced, entry.unpaid_seconds) == (
        300,
        2,
        False,
        None,
    )


def test_entries_from_another_device_arrive_by_sync(engine: Engine, store: TrackerStore) -> None:
    CaseCache(engine).apply_page(
        parse_change_page(orjson.loads(hub_change("elsewhere", 3, "recorded", 0)))
    )
    entry = store.entry("elsewhere")
    assert entry is not None and entry.version == 3 and not entry.needs_confirmation


def test_timesheet_days_totals_case_time_and_csv(store: TrackerStore) -> None:
    day = 86400
    store.finish(
        [
            work("a", NOW, 3600, ((3, 3000),)),
            FinishedEntry("b", EntryKind.BREAK, Location.REMOTE, NOW + 3600, NOW + 4500, ()),
            work("c", NOW + 4500, 1800, ((3, 600), (9, 1200))),
            work("d", NOW + day, 7200, ((9, 7000),)),
        ],
        None,
    )

    week = store.entries_between(NOW, NOW + 7 * day)
    totals = day_totals(week, [NOW, NOW + day, NOW + 2 * day])
    csv_text = timesheet_csv(
        week,
        format_time=lambda moment: str(moment - NOW),
        header=("Start", "End", "Hours", "Kind", "Place", "Status", "Unpaid", "Cases"),
    )

    assert [entry.id for entry in week] == ["a", "b", "c", "d"]
    assert [(t.work_seconds, t.break_seconds) for t in totals] == [(5400, 900), (7200, 0)]
    assert totals[0].case_seconds == ((3, 3600), (9, 1200))
    assert store.case_seconds(9) == 8200
    lines = csv_text.split("\r\n")
    assert lines[0] == "Start,End,Hours,Kind,Place,Status,Unpaid,Cases"
    assert lines[3] == "4500,6300,0.50,work,remote,recorded,,3:600 9:1200"
    assert lines[-1] == ""
