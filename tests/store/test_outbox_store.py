"""``OutboxStore``: written first with the local effect, sent in order, held with reasons,
rebased on hub data, and resolved by the expert without losing anything."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.domain.documents import case_document, change, message_document
from tests.store.builders import NOW, FakeClock, page
from workstation.domain import mutations
from workstation.domain.drafts import Draft, DraftKind
from workstation.domain.models import CaseStatus, Channel, OutboxState
from workstation.domain.mutations import NewMutation
from workstation.domain.outbox import HeldAction, Resolution
from workstation.domain.replies import ReplyContent
from workstation.store.cache import CaseCache
from workstation.store.drafts import DraftStore
from workstation.store.outbox import ActionNotAvailable, DraftExists, OutboxStore
from workstation.store.queries import CaseView, InboxQuery

OFFER = 1
MINE = 2


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(engine: Engine, clock: FakeClock) -> OutboxStore:
    return OutboxStore(engine, clock=clock)


@pytest.fixture
def cache(engine: Engine, clock: FakeClock) -> CaseCache:
    cache = CaseCache(engine, clock=clock)
    cache.set_meta("expert_name", "Petra Schneider")
    cache.apply_page(
        page(
            change("case", _offer(version=3)),
            change("case", case_document(MINE, channel="chat", status="open", version=5)),
        )
    )
    return cache


def _offer(**fields: Any) -> dict[str, Any]:
    return case_document(OFFER, status="offered", assigned_expert_id=None, **fields)


def _ids() -> Any:
    numbers = itertools.count(1)
    return lambda: f"m-{next(numbers)}"


def chat_reply(body: str = "Hallo", version: int = 5, **kwargs: Any) -> NewMutation:
    return mutations.reply(
        MINE,
        channel=Channel.CHAT,
        based_on_version=version,
        content=ReplyContent(body=body),
        now=NOW,
        **kwargs,
    )


def view_ids(cache: CaseCache, view: CaseView) -> list[int]:
    return [summary.id for summary in cache.case_window(InboxQuery.for_view(view), 0, 50)]


def applied(item_id: str, case_version: int) -> dict[str, Any]:
    return {"id": item_id, "status": "applied", "result": {"case_version": case_version}}


def rejected(item_id: str, reason: str) -> dict[str, Any]:
    return {"id": item_id, "status": "rejected", "reason": reason, "message": "Nope."}


def test_a_claim_is_queued_and_shows_at_once(cache: CaseCache, store: OutboxStore) -> None:
    item = store.enqueue(mutations.claim(OFFER, now=NOW))

    assert (item.state, item.attempts, item.seq) == (OutboxState.QUEUED, 0, 1)
    assert view_ids(cache, CaseView.OFFERS) == []
    assert view_ids(cache, CaseView.MY_CASES) == [OFFER, MINE]
    summary = cache.case_summary(OFFER)
    assert summary is not None and summary.pending_changes


def test_a_reply_shows_in_the_thread_as_a_pending_echo(
    cache: CaseCache, store: OutboxStore
) -> None:
    item = store.enqueue(chat_reply("Gern geschehen!"))

    thread = cache.thread(MINE)

    assert [message.id for message in thread] == [MINE * 10, -1]
    echo = thread[-1]
    assert (echo.body_text, echo.author, echo.outbox_id, echo.outbox_state) == (
        "Gern geschehen!",
        "Petra Schneider",
        item.id,
        OutboxState.QUEUED,
    )
    assert cache.thread(MINE, include_pending=False)[-1].id == MINE * 10


def test_enqueueing_the_reply_a_draft_became_deletes_the_draft_with_it(
    cache: CaseCache, store: OutboxStore, engine: Engine
) -> None:
    drafts = DraftStore(engine)
    drafts.save(Draft(MINE, DraftKind.REPLY, ReplyContent(body="Gern geschehen!")))

    store.enqueue(chat_reply("Gern geschehen!"), clear_draft=DraftKind.REPLY)

    assert drafts.load(MINE) is None


def test_batches_keep_the_order_and_wait_for_the_back_off_of_their_head(
    cache: CaseCache, store: OutboxStore, clock: FakeClock
) -> None:
    first = store.enqueue(mutations.claim(OFFER, now=NOW))
    second = store.enqueue(chat_reply())

    batch = store.take_batch(100)
    assert [item.id for item in batch] == [first.id, second.id]
    assert [(item.state, item.attempts) for item in batch] == [(OutboxState.SENDING, 1)] * 2
    assert store.take_batch(100) == []

    store.reschedule([first.id, second.id], next_attempt_at=NOW + 30, error="unreachable")
    third = store.enqueue(mutations.note(MINE, "intern", now=NOW))

    # The third is due, but must not overtake the two before it.
    assert store.take_batch(100) == []
    assert store.next_due_at() == NOW + 30
    clock.advance(30)
    assert [item.id for item in store.take_batch(2)] == [first.id, second.id]
    assert [item.id for item in store.take_batch(2)] == [third.id]
    assert store.item(first.id).last_error == "unreachable"  # type: ignore[union-attr]


def test_answers_make_items_sent_or_held_and_a_refusal_withdraws_the_effect(
    cache: CaseCache, store: OutboxStore
) -> None:
    claim = store.enqueue(mutations.claim(OFFER, now=NOW))
    reply = store.enqueue(chat_reply("Text bleibt"))
    store.take_batch(100)

    answered = store.record_answers(
        [claim.id, reply.id], {claim.id: rejected(claim.id, "already_claimed"),
                               reply.id: applied(reply.id, 6)}
    )  # fmt: skip

    assert (answered.sent, answered.held, answered.unanswered) == ((reply.id,), (claim.id,), ())
    held = store.item(claim.id)
    assert held is not None
    assert (held.state, held.held_reason, held.held_message) == (
        OutboxState.HELD,
        "already_claimed",
        "Nope.",
    )
    assert held.actions == (HeldAction.DISCARD, HeldAction.RETRY)
    assert held.is_conflict
    assert view_ids(cache, CaseView.OFFERS) == [OFFER]
    offer = cache.case_summary(OFFER)
    assert offer is not None and not offer.pending_changes
    sent = store.item(reply.id)
    assert sent is not None
    assert (sent.state, sent.result, sent.sent_at) == (OutboxState.SENT, {"case_version": 6}, NOW)


def test_an_unanswered_item_stays_sending_for_the_sender_to_reschedule(
    cache: CaseCache, store: OutboxStore
) -> None:
    item = store.enqueue(chat_reply())
    store.take_batch(100)

    answered = store.record_answers([item.id], {})

    assert answered.unanswered == (item.id,)
    assert store.item(item.id).state is OutboxState.SENDING  # type: ignore[union-attr]


def test_hub_data_arriving_before_the_send_keeps_the_local_effect(
    cache: CaseCache, store: OutboxStore
) -> None:
    store.enqueue(mutations.claim(OFFER, now=NOW))

    cache.apply_page(page(change("case", _offer(version=4, subject="Neuer Betreff"))))

    summary = cache.case_summary(OFFER)
    assert summary is not None
    assert (summary.subject, summary.status, summary.assigned_to_me) == (
        "Neuer Betreff",
        CaseStatus.OPEN,
        True,
    )


def test_the_hubs_data_with_the_effect_confirms_the_sent_item_and_ends_the_echo(
    cache: CaseCache, store: OutboxStore
) -> None:
    reply = store.enqueue(chat_reply("Gern geschehen!"))
    store.take_batch(100)
    store.record_answers([reply.id], {reply.id: applied(reply.id, 6)})
    assert cache.thread(MINE)[-1].outbox_state is OutboxState.SENT

    hub_version = case_document(
        MINE,
        channel="chat",
        status="open",
        version=6,
        messages=[
            message_document(MINE * 10),
            message_document(99, direction="out", body_text="Gern geschehen!"),
        ],
    )
    cache.apply_page(page(change("case", hub_version)))

    assert [message.id for message in cache.thread(MINE)] == [MINE * 10, 99]
    summary = cache.case_summary(MINE)
    assert summary is not None and not summary.pending_changes


def test_a_sent_item_is_confirmed_by_a_complete_sync_even_without_news(
    cache: CaseCache, store: OutboxStore
) -> None:
    renew = store.enqueue(mutations.renew_claim(MINE, now=NOW))
    store.take_batch(100)
    store.record_answers([renew.id], {renew.id: applied(renew.id, 6)})

    assert store.confirm_sent(store.last_seq()) == {MINE}
    assert store.confirm_sent() == frozenset()


def test_renewals_waiting_in_the_queue_are_not_repeated(
    cache: CaseCache, store: OutboxStore
) -> None:
    first = store.enqueue(mutations.renew_claim(MINE, now=NOW))
    again = store.enqueue(mutations.renew_claim(MINE, now=NOW + 60))
    other_case = store.enqueue(mutations.renew_claim(OFFER, now=NOW + 60))
    store.take_batch(100)
    after_sending = store.enqueue(mutations.renew_claim(MINE, now=NOW + 120))

    assert again.id == first.id
    assert len({first.id, other_case.id, after_sending.id}) == 3


def test_items_a_crash_left_sending_go_back_to_the_queue_with_their_id(
    cache: CaseCache, store: OutboxStore
) -> None:
    item = store.enqueue(chat_reply())
    store.take_batch(100)

    assert store.recover_interrupted() == [item.id]
    recovered = store.item(item.id)
    assert recovered is not None
    assert (recovered.state, recovered.attempts) == (OutboxState.QUEUED, 1)


def _held_reply(store: OutboxStore, body: str = "Mein Text") -> str:
    item = store.enqueue(chat_reply(body, version=4))
    store.take_batch(100)
    store.record_answers([item.id], {item.id: rejected(item.id, "stale")})
    return item.id


def test_a_held_reply_keeps_its_text_in_the_thread(cache: CaseCache, store: OutboxStore) -> None:
    held_id = _held_reply(store)

    echo = cache.thread(MINE)[-1]

    assert (echo.body_text, echo.outbox_id, echo.outbox_state) == (
        "Mein Text",
        held_id,
        OutboxState.HELD,
    )


def test_discarding_a_held_item_keeps_it_as_resolved(cache: CaseCache, store: OutboxStore) -> None:
    held_id = _held_reply(store)

    resolved = store.resolve_held(held_id, HeldAction.DISCARD)

    assert (resolved.item.state, resolved.item.resolution) == (
        OutboxState.RESOLVED,
        Resolution.DISCARDED,
    )
    assert cache.thread(MINE)[-1].outbox_id is None
    assert store.items([OutboxState.HELD]) == []


def test_copying_a_held_reply_into_a_draft_asks_before_overwriting_one(
    cache: CaseCache, store: OutboxStore, engine: Engine
) -> None:
    held_id = _held_reply(store, "Gehaltener Text")
    drafts = DraftStore(engine)
    drafts.save(Draft(MINE, DraftKind.REPLY, ReplyContent(body="Angefangen")))

    with pytest.raises(DraftExists):
        store.resolve_held(held_id, HeldAction.COPY_TO_DRAFT)
    assert store.item(held_id).state is OutboxState.HELD  # type: ignore[union-attr]

    resolved = store.resolve_held(held_id, HeldAction.COPY_TO_DRAFT, replace_draft=True)

    assert resolved.item.resolution is Resolution.COPIED_TO_DRAFT
    draft = drafts.load(MINE)
    assert draft is not None and draft.content.body == "Gehaltener Text"


def test_retrying_a_held_reply_sends_it_under_a_new_id_against_the_reviewed_version(
    cache: CaseCache, store: OutboxStore
) -> None:
    held_id = _held_reply(store)

    resolved = store.resolve_held(held_id, HeldAction.RETRY, new_id=lambda: "retry-1")

    assert resolved.new_item is not None
    assert (resolved.new_item.id, resolved.new_item.state) == ("retry-1", OutboxState.QUEUED)
    assert resolved.new_item.payload["based_on_version"] == 5  # the cached case version
    assert resolved.new_item.payload["body"] == "Mein Text"
    assert (resolved.item.resolution, resolved.item.superseded_by) == (
        Resolution.SUPERSEDED,
        "retry-1",
    )
    assert [message.outbox_id for message in cache.thread(MINE)] == [None, "retry-1"]


def test_only_held_items_can_be_resolved(cache: CaseCache, store: OutboxStore) -> None:
    item = store.enqueue(mutations.claim(OFFER, now=NOW))

    with pytest.raises(ActionNotAvailable):
        store.resolve_held(item.id, HeldAction.DISCARD)
    held_claim = _held_reply(store)
    store.resolve_held(held_claim, HeldAction.DISCARD)
    with pytest.raises(ActionNotAvailable):
        store.resolve_held(held_claim, HeldAction.RETRY)


def test_a_held_claim_cannot_become_a_draft(cache: CaseCache, store: OutboxStore) -> None:
    item = store.enqueue(mutations.claim(OFFER, now=NOW))
    store.take_batch(100)
    store.record_answers([item.id], {item.id: rejected(item.id, "already_claimed")})

    with pytest.raises(ActionNotAvailable):
        store.resolve_held(item.id, HeldAction.COPY_TO_DRAFT)


def test_a_new_account_holds_what_the_previous_one_left_unsent(
    cache: CaseCache, store: OutboxStore
) -> None:
    item = store.enqueue(chat_reply())

    cache.reset_for_new_account()

    held = store.item(item.id)
    assert held is not None
    assert (held.state, held.held_reason) == (OutboxState.HELD, "account_changed")


def test_finished_items_are_pruned_after_a_while(
    cache: CaseCache, store: OutboxStore, clock: FakeClock
) -> None:
    sent = store.enqueue(chat_reply())
    queued = store.enqueue(mutations.note(MINE, "intern", now=NOW))
    store.take_batch(1)
    store.record_answers([sent.id], {sent.id: applied(sent.id, 6)})
    store.confirm_sent()
    clock.advance(100)

    assert store.prune(before=NOW + 50) == 1
    assert [item.id for item in store.items()] == [queued.id]


def test_listing_by_state_case_and_recency(cache: CaseCache, store: OutboxStore) -> None:
    sent = store.enqueue(chat_reply())
    store.take_batch(1)
    store.record_answers([sent.id], {sent.id: applied(sent.id, 6)})
    claim = store.enqueue(mutations.claim(OFFER, now=NOW))

    assert [item.id for item in store.items([OutboxState.QUEUED])] == [claim.id]
    assert [item.id for item in store.items(case_id=MINE)] == [sent.id]
    assert [item.id for item in store.items(sent_since=NOW + 1)] == [claim.id]
    assert store.retry_all_now() == 1


def test_a_closed_case_moves_to_recently_closed_at_once(
    cache: CaseCache, store: OutboxStore
) -> None:
    store.enqueue(mutations.close(MINE, mutations.CaseOutcome.SOLVED, now=NOW + 5))

    assert view_ids(cache, CaseView.RECENTLY_CLOSED) == [MINE]
    detail = cache.case_detail(MINE)
    assert detail is not None
    assert (detail.status, detail.outcome, detail.updated_at) == (
        CaseStatus.CLOSED,
        "solved",
        NOW + 5,
    )


def test_durable_writes_run_with_synchronous_full(engine: Engine) -> None:
    from workstation.store.durable import durable_transaction

    with durable_transaction(engine) as connection:
        inside = connection.exec_driver_sql("PRAGMA synchronous").scalar_one()
    with engine.connect() as connection:
        after = connection.exec_driver_sql("PRAGMA synchronous").scalar_one()

    assert (inside, after) == (2, 1)
