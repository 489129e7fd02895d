"""Scenario 3 ("on the train") at the core level: three replies written offline, one case
reassigned meanwhile; on reconnect two go out exactly once and the third is held as a
conflict with its text intact, for the expert to decide."""

from __future__ import annotations

import asyncio

from hub import admin
from tests.reliability.faults import Fault, FaultyTransport
from tests.support.hub_server import RunningHub
from tests.sync.helpers import hub_messages_with_body, outbox_rig
from tests.sync.replies import my_open_cases, reply_to, unique_text
from workstation.domain.drafts import DraftKind
from workstation.domain.models import OutboxState
from workstation.domain.outbox import HeldAction
from workstation.store.drafts import DraftStore
from workstation.sync.client import HubUnreachable


def test_replies_written_offline_go_out_once_and_the_reassigned_one_is_held(
    hub_server: RunningHub,
) -> None:
    network = FaultyTransport()

    async def scenario() -> None:
        rig = await outbox_rig(hub_server.url, transport=network)
        try:
            cases = my_open_cases(rig.cache, 3)
            texts = [unique_text(f"Antwort {index}") for index in range(3)]

            network.plan([Fault.DROP_REQUEST] * 1000)  # the train enters the tunnel
            items = [
                await rig.outbox.enqueue(reply_to(case, text, now=rig.clock()))
                for case, text in zip(cases, texts, strict=True)
            ]
            offline = await rig.outbox.send_now()
            assert isinstance(offline.error, HubUnreachable)
            assert [item.state for item in await rig.outbox.outbox_items()] == [
                OutboxState.QUEUED
            ] * 3
            assert all(hub_messages_with_body(hub_server.engine, text) == 0 for text in texts)

            admin.reassign_case(hub_server.engine, cases[2].id, "jonas")

            network.heal()  # back online
            await rig.outbox.retry_now()
            online = await rig.outbox.send_now()

            assert online.sent == [items[0].id, items[1].id]
            assert online.held == [items[2].id]
            assert [hub_messages_with_body(hub_server.engine, text) for text in texts] == [1, 1, 0]
            (held,) = await rig.outbox.held_items()
            assert (held.id, held.held_reason, held.is_conflict) == (
                items[2].id,
                "not_assignee",
                True,
            )
            assert held.held_message
            assert held.payload["body" if "body" in held.payload else "call_log"]
            # The case left the expert's view with the sync after sending.
            assert rig.cache.case_summary(cases[2].id) is None

            # The expert keeps the text as a draft.
            resolved = await rig.outbox.resolve_held(held.id, HeldAction.COPY_TO_DRAFT)
            assert resolved.draft is not None
            draft = await rig.rig.worker.run(
                DraftStore(rig.rig.engine).load, cases[2].id, DraftKind.REPLY
            )
            assert draft is not None
            kept = draft.content.call_log.notes if draft.content.call_log else draft.content.body
            assert kept == texts[2]
            assert await rig.outbox.held_items() == []
        finally:
            await rig.close()

    asyncio.run(scenario())
