"""The sync engine against a real hub: first sync, incremental sync, tombstones."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

from sqlalchemy import Engine

from hub import admin
from tests.support.hub_server import RunningHub
from tests.sync.helpers import (
    cached_versions,
    integrity_problems,
    rig,
    served_client_ids,
    snapshot,
    visible_case_ids,
)
from workstation.domain.models import CaseStatus
from workstation.store.queries import InboxQuery
from workstation.sync.engine import SyncProgress, SyncResult


def test_first_sync_brings_exactly_the_experts_cases_and_offers(
    hub_server: RunningHub, tmp_path: Path
) -> None:
    async def scenario() -> None:
        petra = await rig(hub_server.url, cache_path=tmp_path / "cache.db", page_limit=40)
        progress: list[SyncProgress] = []
        try:
            result = await petra.sync.sync(progress.append)

            expected = visible_case_ids(hub_server.engine, "petra")
            assert cached_versions(petra.engine) == expected
            assert result.first_sync
            assert result.changed_case_ids == set(expected)
            assert result.removed_case_ids == frozenset()
            assert {client.id for client in petra.cache.clients()} == served_client_ids(
                hub_server.engine, "petra"
            )
            assert petra.cache.count_cases(InboxQuery()) == len(expected)
            # Own cases and offers both arrive, and the flag tells them apart.
            window = petra.cache.case_window(InboxQuery(), 0, 200)
            offers = {s.id for s in window if s.status is CaseStatus.OFFERED}
            own = {s.id for s in window if s.assigned_to_me}
            assert offers and own and not offers & own
            assert offers | own == set(expected)
            # Progress: one report per page, counting up to everything with nothing left.
            assert len(progress) == result.pages > 1
            assert [p.received for p in progress] == sorted(p.received for p in progress)
            assert progress[-1].remaining == 0
            assert progress[0].remaining is not None
            assert progress[0].received + progress[0].remaining == progress[-1].received
            assert petra.cache.last_sync_at() is not None
            assert integrity_problems(petra.engine) == []
        finally:
            await petra.close()

    asyncio.run(scenario())


def test_another_expert_sees_another_set(hub_server: RunningHub) -> None:
    async def scenario() -> None:
        jonas = await rig(hub_server.url, "jonas")
        try:
            await jonas.sync.sync()
            assert cached_versions(jonas.engine) == visible_case_ids(hub_server.engine, "jonas")
            assert set(cached_versions(jonas.engine)) != set(
                visible_case_ids(hub_server.engine, "petra")
            )
        finally:
            await jonas.close()

    asyncio.run(scenario())


def test_incremental_sync_brings_only_what_changed(hub_server: RunningHub) -> None:
    async def scenario() -> None:
        petra = await rig(hub_server.url)
        try:
            await petra.sync.sync()
            own_case = next(
                s.id for s in petra.cache.case_window(InboxQuery(), 0, 200) if s.assigned_to_me
            )
            offer = next(
                s
                for s in petra.cache.case_window(InboxQuery(), 0, 200)
                if s.status is CaseStatus.OFFERED
            )
            message_id = admin.add_customer_message(
                hub_server.engine, own_case, "Nachtrag: die Rechnung ist noch offen."
            )
            new_own = admin.create_case(
                hub_server.engine,
                client_id=offer.client_id,
                channel="email",
                subject="Neuer Fall für Petra",
                customer_name="Hanna Schulz",
                customer_contact="hanna@example.de",
                body_text="Guten Abend, eine Frage zur Umsatzsteuer.",
                assigned_username="petra",
            )
            language, topic = _language_and_topic(hub_server, offer.id)
            new_offer = admin.create_case(
                hub_server.engine,
                client_id=offer.client_id,
                channel=offer.channel.value,
                subject="Ein neues Angebot",
                customer_name="Ole Jensen",
                customer_contact="ole@example.dk",
                language=language,
                topic=topic,
                body_text="Hallo, ich brauche Hilfe.",
            )

            result = await petra.sync.sync()

            assert not result.first_sync
            assert result.changed_case_ids == {own_case, new_own, new_offer}
            assert result.removed_case_ids == frozenset()
            assert message_id in [m.id for m in petra.cache.thread(own_case)]
            assert petra.cache.search_case_ids("Nachtrag") == [own_case]
            new_summary = petra.cache.case_summary(new_offer)
            assert new_summary is not None
            assert new_summary.status is CaseStatus.OFFERED
            assert not new_summary.assigned_to_me
            assert cached_versions(petra.engine) == visible_case_ids(hub_server.engine, "petra")

            again = await petra.sync.sync()
            assert (again.changed_case_ids, again.removed_case_ids, again.pages) == (
                frozenset(),
                frozenset(),
                1,
            )
        finally:
            await petra.close()

    asyncio.run(scenario())


def _language_and_topic(hub_server: RunningHub, case_id: int) -> tuple[str, str | None]:
    from sqlalchemy import select

    from hub.schema import cases

    with hub_server.engine.connect() as conn:
        row = conn.execute(
            select(cases.c.language, cases.c.topic).where(cases.c.id == case_id)
        ).one()
    return row.language, row.topic


def test_tombstones_remove_reassigned_cases_with_messages_and_search_entries(
    hub_server: RunningHub,
) -> None:
    async def scenario() -> None:
        petra = await rig(hub_server.url)
        try:
            await petra.sync.sync()
            own = [s for s in petra.cache.case_window(InboxQuery(), 0, 200) if s.assigned_to_me]
            taken, kept = own[0], own[1]
            subject_word = max(taken.subject.split(), key=len)
            admin.reassign_case(hub_server.engine, taken.id, "jonas")
            admin.add_customer_message(hub_server.engine, kept.id, "Noch eine Frage.")

            result = await petra.sync.sync()

            assert result.removed_case_ids == {taken.id}
            assert result.changed_case_ids == {kept.id}
            assert petra.cache.case_summary(taken.id) is None
            assert petra.cache.thread(taken.id) == []
            assert taken.id not in petra.cache.search_case_ids(subject_word)
            assert cached_versions(petra.engine) == visible_case_ids(hub_server.engine, "petra")
            with petra.engine.connect() as connection:
                orphans = connection.exec_driver_sql(
                    "SELECT count(*) FROM messages WHERE case_id = ?", (taken.id,)
                ).scalar_one()
            assert orphans == 0
            assert integrity_problems(petra.engine) == []

            # Given back to the pool, it may come back as an offer Petra qualifies for.
            admin.reassign_case(hub_server.engine, taken.id, "petra")
            back = await petra.sync.sync()
            assert back.changed_case_ids == {taken.id}
            assert petra.cache.case_summary(taken.id) is not None
        finally:
            await petra.close()

    asyncio.run(scenario())


def test_a_second_sync_call_joins_the_running_one(hub_server: RunningHub) -> None:
    async def scenario() -> None:
        petra = await rig(hub_server.url, page_limit=25)
        try:
            first, second = await asyncio.gather(petra.sync.sync(), petra.sync.sync())
            assert first is second
            assert first.first_sync
            assert not petra.sync.running
        finally:
            await petra.close()

    asyncio.run(scenario())


def test_a_call_after_the_running_sync_asked_the_hub_gets_a_sync_that_follows_it(
    hub_server: RunningHub,
) -> None:
    # "Sync now" while the outbox's sync after sending is under way: what the hub changed
    # after that sync asked must still arrive, by one more sync, never by two at once.
    async def scenario() -> None:
        petra = await rig(hub_server.url, page_limit=10)
        calls: list[asyncio.Future[SyncResult]] = []

        def on_first_page(_progress: SyncProgress) -> None:
            if not calls:  # the running sync has asked the hub and has more pages to go
                assert petra.sync.running
                calls.extend([asyncio.ensure_future(petra.sync.sync()) for _ in range(2)])

        try:
            first = await petra.sync.sync(on_first_page)
            assert calls and petra.sync.running  # the follow-up waited for the first
            second, third = await asyncio.gather(*calls)

            assert second is third and second is not first
            assert first.first_sync and not second.first_sync
            assert not petra.sync.running
            assert cached_versions(petra.engine) == visible_case_ids(hub_server.engine, "petra")
        finally:
            await petra.close()

    asyncio.run(scenario())


def test_a_cursor_the_hub_rejects_leads_to_a_clean_full_resync(hub_server: RunningHub) -> None:
    async def scenario() -> None:
        petra = await rig(hub_server.url)
        try:
            await petra.sync.sync()
            expected = snapshot(petra.engine)
            # A case the hub no longer shows would survive an incremental sync; a full
            # resync must drop it.
            with petra.engine.begin() as connection:
                connection.exec_driver_sql(
                    "INSERT INTO cases SELECT 999999, client_id, channel, subject, customer_name,"
                    " customer_contact, language, topic, status, priority, sla_due,"
                    " assigned_to_me, claim_expires_at, version, created_at, updated_at,"
                    " last_message_at, tags, outcome, hub_values FROM cases LIMIT 1"
                )
            petra.cache.set_meta("cursor", "not-a-cursor-of-this-hub")

            result = await petra.sync.sync()

            assert result.first_sync
            assert snapshot(petra.engine) == expected
        finally:
            await petra.close()

    asyncio.run(scenario())


def test_a_cache_of_another_expert_is_replaced(hub_server: RunningHub, tmp_path: Path) -> None:
    async def scenario() -> None:
        path = tmp_path / "cache.db"
        petra = await rig(hub_server.url, "petra", cache_path=path, key=b"k" * 32)
        await petra.sync.sync()
        await petra.close()
        jonas = await rig(hub_server.url, "jonas", cache_path=path, key=b"k" * 32)
        try:
            result = await jonas.sync.sync()
            assert result.first_sync
            assert cached_versions(jonas.engine) == visible_case_ids(hub_server.engine, "jonas")
        finally:
            await jonas.close()

    asyncio.run(scenario())


def test_cancelling_a_sync_keeps_the_pages_applied_so_far(hub_server: RunningHub) -> None:
    async def scenario() -> None:
        petra = await rig(hub_server.url, page_limit=5)
        try:
            first_page = asyncio.Event()
            task = asyncio.ensure_future(petra.sync.sync(lambda _progress: first_page.set()))
            await first_page.wait()
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

            assert task.cancelled()
            assert not petra.sync.running
            partial = cached_versions(petra.engine)
            assert partial
            assert petra.cache.cursor() != "0"
            assert integrity_problems(petra.engine) == []

            result = await petra.sync.sync()
            assert not result.first_sync
            assert cached_versions(petra.engine) == visible_case_ids(hub_server.engine, "petra")
        finally:
            await petra.close()

    asyncio.run(scenario())


def test_an_interrupted_first_sync_finishes_its_search_index_when_it_completes(
    hub_server: RunningHub,
) -> None:
    def indexed_ids(petra_engine: Engine) -> list[int]:
        with petra_engine.connect() as connection:
            return list(
                connection.exec_driver_sql("SELECT rowid FROM case_fts ORDER BY rowid").scalars()
            )

    async def scenario() -> None:
        petra = await rig(hub_server.url, page_limit=5)
        try:
            first_page = asyncio.Event()
            task = asyncio.ensure_future(petra.sync.sync(lambda _progress: first_page.set()))
            await first_page.wait()
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

            # The first pages were indexed but not merged, and the cache knows it.
            stored = sorted(cached_versions(petra.engine))
            assert stored
            assert petra.cache.index_pending()
            assert indexed_ids(petra.engine) == stored

            await petra.sync.sync()

            expected = visible_case_ids(hub_server.engine, "petra")
            assert not petra.cache.index_pending()
            assert indexed_ids(petra.engine) == sorted(expected)
            assert integrity_problems(petra.engine) == []
        finally:
            await petra.close()

    asyncio.run(scenario())
