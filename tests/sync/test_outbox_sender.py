"""``OutboxSender`` and ``Outbox`` against the real hub: exactly once through lost answers,
retries with back-off, holds with the hub's reasons, and the hub's truth replacing the
local echo."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import httpx
import pytest

from hub import admin
from tests.reliability.faults import MUTATIONS_PATH, Fault, FaultyTransport
from tests.support.hub_server import RunningHub
from tests.sync.helpers import (
    OutboxRig,
    applied_mutation_ids,
    hub_messages_with_body,
    outbox_rig,
)
from tests.sync.replies import my_open_cases, reply_to, unique_text
from workstation.domain import mutations
from workstation.domain.models import OutboxState
from workstation.domain.outbox import HeldAction
from workstation.store.queries import CaseView, InboxQuery
from workstation.sync.client import HubUnreachable, SessionExpired
from workstation.sync.outbox_sender import OutboxEvent


class Passthrough(httpx.AsyncBaseTransport):
    """Forwards to the hub; subclasses answer some requests themselves."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def run(
    hub: RunningHub,
    scenario: Callable[[OutboxRig], Awaitable[None]],
    transport: httpx.AsyncBaseTransport | None = None,
) -> None:
    async def main() -> None:
        rig = await outbox_rig(hub.url, transport=transport)
        try:
            await scenario(rig)
        finally:
            await rig.close()

    asyncio.run(main())


def test_a_reply_goes_out_once_and_the_hubs_message_replaces_the_echo(
    hub_server: RunningHub,
) -> None:
    async def scenario(rig: OutboxRig) -> None:
        (case,) = my_open_cases(rig.cache, 1)
        text = unique_text()
        events: list[OutboxEvent] = []
        rig.outbox.add_listener(events.append)

        item = await rig.outbox.enqueue(reply_to(case, text, now=rig.clock()))
        assert rig.cache.thread(case.id)[-1].outbox_id == item.id
        report = await rig.outbox.send_now()

        assert report.sent == [item.id] and report.error is None
        sent = await rig.outbox.item(item.id)
        assert sent is not None and sent.state is OutboxState.SENT
        assert sent.result is not None and type(sent.result["message_id"]) is int
        assert hub_messages_with_body(hub_server.engine, text) == 1
        last = rig.cache.thread(case.id)[-1]
        assert (last.id, last.outbox_id, last.body_text) == (sent.result["message_id"], None, text)
        assert not rig.cache.case_summary(case.id).pending_changes  # type: ignore[union-attr]
        assert report.sync_result is not None and case.id in report.sync_result.changed_case_ids
        assert any(event.sync_result is not None for event in events)
        assert any(item.id in event.item_ids for event in events)

    run(hub_server, scenario)


def test_a_lost_answer_is_resent_with_the_same_id_and_applied_once(
    hub_server: RunningHub,
) -> None:
    network = FaultyTransport(paths=frozenset({MUTATIONS_PATH}))

    async def scenario(rig: OutboxRig) -> None:
        (case,) = my_open_cases(rig.cache, 1)
        text = unique_text()
        item = await rig.outbox.enqueue(reply_to(case, text, now=rig.clock()))
        network.plan([Fault.DROP_RESPONSE])

        first = await rig.outbox.send_now()

        assert isinstance(first.error, HubUnreachable)
        waiting = await rig.outbox.item(item.id)
        assert waiting is not None
        assert (waiting.state, waiting.attempts, waiting.last_error) == (
            OutboxState.QUEUED,
            1,
            "connection_lost",
        )
        assert waiting.next_attempt_at > rig.clock()
        assert hub_messages_with_body(hub_server.engine, text) == 1  # applied, answer lost
        assert (await rig.outbox.send_now()).sent == []  # not due yet

        rig.clock.advance(waiting.next_attempt_at - rig.clock())
        second = await rig.outbox.send_now()

        assert second.sent == [item.id]
        assert hub_messages_with_body(hub_server.engine, text) == 1
        assert item.id in applied_mutation_ids(hub_server.engine)

    run(hub_server, scenario, network)


def test_failures_back_off_exponentially_and_the_queue_drains_after(
    hub_server: RunningHub,
) -> None:
    network = FaultyTransport(paths=frozenset({MUTATIONS_PATH}))

    async def scenario(rig: OutboxRig) -> None:
        (case,) = my_open_cases(rig.cache, 1)
        item = await rig.outbox.enqueue(mutations.note(case.id, unique_text(), now=rig.clock()))
        delays: list[float] = []
        for fault in (Fault.SERVER_ERROR, Fault.TIMEOUT, Fault.SERVER_ERROR_AFTER):
            network.plan([fault])
            await rig.outbox.send_now()
            waiting = await rig.outbox.item(item.id)
            assert waiting is not None and waiting.state is OutboxState.QUEUED
            delays.append(waiting.next_attempt_at - rig.clock())
            rig.clock.advance(delays[-1])

        # Random 0.5 in the upper half of 2 s, 4 s, 8 s.
        assert delays == [1.5, 3.0, 6.0]
        assert (await rig.outbox.send_now()).sent == [item.id]
        assert await rig.outbox.held_items() == []

    run(hub_server, scenario, network)


def test_a_refusal_holds_the_item_with_the_hubs_reason_and_keeps_the_text(
    hub_server: RunningHub,
) -> None:
    async def scenario(rig: OutboxRig) -> None:
        (case,) = my_open_cases(rig.cache, 1)
        text = unique_text()
        admin.add_customer_message(hub_server.engine, case.id, "Noch eine Frage!")
        item = await rig.outbox.enqueue(reply_to(case, text, now=rig.clock()))

        report = await rig.outbox.send_now()

        assert report.held == [item.id]
        (held,) = await rig.outbox.held_items()
        assert (held.id, held.held_reason) == (item.id, "stale")
        assert held.held_message
        assert hub_messages_with_body(hub_server.engine, text) == 0
        echo = rig.cache.thread(case.id)[-1]
        assert (echo.body_text, echo.outbox_state) == (text, OutboxState.HELD)

        # After reading the new message, the expert retries: a new id, the new version.
        resolved = await rig.outbox.resolve_held(item.id, HeldAction.RETRY)
        assert resolved.new_item is not None and resolved.new_item.id != item.id
        assert (await rig.outbox.send_now()).sent == [resolved.new_item.id]
        assert hub_messages_with_body(hub_server.engine, text) == 1

    run(hub_server, scenario)


def test_a_claim_lost_to_another_expert_is_held_and_its_effect_withdrawn(
    hub_server: RunningHub,
) -> None:
    async def scenario(rig: OutboxRig) -> None:
        offers = rig.cache.case_window(InboxQuery.for_view(CaseView.OFFERS), 0, 1)
        offer = offers[0].id
        await rig.outbox.enqueue(mutations.claim(offer, now=rig.clock()))
        assert rig.cache.case_summary(offer).assigned_to_me  # type: ignore[union-attr]
        admin.reassign_case(hub_server.engine, offer, "jonas")

        report = await rig.outbox.send_now()

        (held,) = await rig.outbox.held_items()
        assert held.held_reason in ("already_claimed", "not_found")
        assert report.held == [held.id]
        # The hub's truth arrived with the sync after sending: the case left the view.
        assert rig.cache.case_summary(offer) is None

    run(hub_server, scenario)


def test_a_request_the_hub_refuses_as_a_whole_is_held_not_retried(
    hub_server: RunningHub,
) -> None:
    class BadRequest(Passthrough):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == MUTATIONS_PATH:
                return httpx.Response(
                    400, json={"error": "bad_request", "message": "The body is malformed."}
                )
            return await super().handle_async_request(request)

    async def scenario(rig: OutboxRig) -> None:
        (case,) = my_open_cases(rig.cache, 1)
        item = await rig.outbox.enqueue(mutations.note(case.id, "intern", now=rig.clock()))

        report = await rig.outbox.send_now()

        held = await rig.outbox.item(item.id)
        assert held is not None
        assert (held.state, held.held_reason, held.held_message) == (
            OutboxState.HELD,
            "bad_request",
            "The body is malformed.",
        )
        assert report.held == [item.id]

    run(hub_server, scenario, BadRequest())


def test_rate_limiting_waits_as_long_as_the_hub_asks(hub_server: RunningHub) -> None:
    class RateLimit(Passthrough):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == MUTATIONS_PATH:
                return httpx.Response(
                    429, headers={"Retry-After": "42"}, json={"error": "rate_limited"}
                )
            return await super().handle_async_request(request)

    async def scenario(rig: OutboxRig) -> None:
        (case,) = my_open_cases(rig.cache, 1)
        item = await rig.outbox.enqueue(mutations.note(case.id, "intern", now=rig.clock()))

        await rig.outbox.send_now()

        waiting = await rig.outbox.item(item.id)
        assert waiting is not None
        assert (waiting.state, waiting.last_error) == (OutboxState.QUEUED, "rate_limited")
        assert waiting.next_attempt_at == rig.clock() + 42

    run(hub_server, scenario, RateLimit())


def test_a_session_the_hub_no_longer_accepts_stops_sending_and_keeps_the_items(
    hub_server: RunningHub,
) -> None:
    class Unauthorized(Passthrough):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == MUTATIONS_PATH:
                return httpx.Response(401, json={"error": "invalid_token"})
            return await super().handle_async_request(request)

    async def scenario(rig: OutboxRig) -> None:
        (case,) = my_open_cases(rig.cache, 1)
        item = await rig.outbox.enqueue(mutations.note(case.id, "intern", now=rig.clock()))

        report = await rig.outbox.send_now()

        assert isinstance(report.error, SessionExpired) and report.session_expired
        waiting = await rig.outbox.item(item.id)
        assert waiting is not None and waiting.state is OutboxState.QUEUED

    run(hub_server, scenario, Unauthorized())


def test_the_outbox_sends_in_the_background_and_recovers_interrupted_items(
    hub_server: RunningHub,
) -> None:
    async def scenario(rig: OutboxRig) -> None:
        first, second = my_open_cases(rig.cache, 2)
        interrupted = reply_to(first, unique_text(), now=rig.clock())
        await rig.rig.worker.run(rig.store.enqueue, interrupted)
        await rig.rig.worker.run(rig.store.take_batch, 1)  # as if the app died while sending
        changed = asyncio.Event()
        rig.outbox.add_listener(lambda _event: changed.set())

        await rig.outbox.start()
        await rig.outbox.enqueue(reply_to(second, unique_text(), now=rig.clock()))

        async def all_sent() -> None:
            while True:
                await changed.wait()
                changed.clear()
                items = await rig.outbox.outbox_items()
                if [item.state for item in items] == [OutboxState.SENT] * 2:
                    return

        await asyncio.wait_for(all_sent(), timeout=20)
        sent = await rig.outbox.item(interrupted.id)
        assert sent is not None and sent.attempts == 2

    run(hub_server, scenario)


@pytest.mark.parametrize("batch_limit", [1, 100])
def test_many_items_go_out_in_order_in_batches(hub_server: RunningHub, batch_limit: int) -> None:
    async def scenario(rig: OutboxRig) -> None:
        cases = my_open_cases(rig.cache, 3)
        texts = [unique_text(f"Notiz {index}") for index in range(7)]
        for index, text in enumerate(texts):
            await rig.outbox.enqueue(mutations.note(cases[index % 3].id, text, now=rig.clock()))
        rig.sender._batch_size = batch_limit

        report = await rig.outbox.send_now()

        assert len(report.sent) == len(texts)
        assert all(hub_messages_with_body(hub_server.engine, text) == 1 for text in texts)
        notes = [message for message in rig.cache.thread(cases[0].id) if message.body_text in texts]
        assert [message.body_text for message in notes] == texts[0::3]

    run(hub_server, scenario)
