"""A stateful Hypothesis test of the outbox and sync against the real hub, through a
network that loses requests and answers, duplicates, reorders, fails with 5xx and times
out.

Invariants: at every step each reply or note text exists at the hub at most once, exactly
once when its item is sent, and not at all when it is held (with a reason); when the
network heals, the outbox drains.
"""

from __future__ import annotations

import asyncio
import shutil
import uuid
from contextlib import ExitStack
from functools import partial
from pathlib import Path
from typing import ClassVar

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import Engine

from hub import admin
from tests.reliability.faults import Fault, FaultyTransport
from tests.reliability.profiles import reliability_settings
from tests.support.hub_server import running_hub
from tests.sync.helpers import OutboxRig, hub_messages_with_body, outbox_rig
from tests.sync.replies import reply_to, unique_text
from workstation.domain import mutations
from workstation.domain.models import OutboxState
from workstation.domain.outbox import HeldAction, OutboxItem
from workstation.store.queries import CaseView, InboxQuery

MAX_DRAIN_PASSES = 30
faults = st.lists(st.sampled_from(list(Fault)), max_size=6)


# Picks "the n-th case" with the same draw whatever the number of cases, so that replaying
# an example draws exactly the same data.
picks = st.integers(min_value=0, max_value=1_000)


class OutboxUnderFaults(RuleBasedStateMachine):
    """Each example runs against a hub of its own, fresh from the seeded template, so
    that examples replay identically while Hypothesis shrinks a failure."""

    hub_template: ClassVar[Path]
    work_dir: ClassVar[Path]

    def __init__(self) -> None:
        super().__init__()
        self._resources = ExitStack()
        database = self.work_dir / f"hub-{uuid.uuid4().hex}.db"
        shutil.copyfile(self.hub_template, database)
        self._resources.callback(database.unlink)
        hub = self._resources.enter_context(running_hub(f"sqlite:///{database}", prepared=True))
        self.hub_engine: Engine = hub.engine
        self.loop = asyncio.new_event_loop()
        self.network = FaultyTransport()
        self.rig: OutboxRig = self.loop.run_until_complete(
            outbox_rig(hub.url, transport=self.network)
        )
        # Texts written, and the id of the item that currently carries each.
        self.texts: dict[str, str] = {}

    # -- the expert's actions ------------------------------------------------------------

    def _pick(self, pick: int, *views: CaseView) -> int | None:
        ids = self._cases(*views)
        return ids[pick % len(ids)] if ids else None

    def _cases(self, *views: CaseView) -> list[int]:
        ids: list[int] = []
        for view in views:
            query = InboxQuery.for_view(view, due_until=0 if view is CaseView.DUE_SOON else None)
            ids.extend(summary.id for summary in self.rig.cache.case_window(query, 0, 50))
        return sorted(ids)

    def _enqueue(self, mutation: mutations.NewMutation) -> OutboxItem:
        return self.loop.run_until_complete(self.rig.outbox.enqueue(mutation))

    @rule(pick=picks)
    def reply(self, pick: int) -> None:
        case_id = self._pick(pick, CaseView.MY_CASES, CaseView.WAITING)
        if case_id is None:
            return
        case = self.rig.cache.case_detail(case_id)
        assert case is not None
        text = unique_text()
        item = self._enqueue(reply_to(case, text, now=self.rig.clock()))
        self.texts[text] = item.id

    @rule(pick=picks)
    def note(self, pick: int) -> None:
        case_id = self._pick(pick, CaseView.MY_CASES, CaseView.WAITING, CaseView.RECENTLY_CLOSED)
        if case_id is None:
            return
        text = unique_text("Notiz")
        item = self._enqueue(mutations.note(case_id, text, now=self.rig.clock()))
        self.texts[text] = item.id

    @rule(pick=picks)
    def claim(self, pick: int) -> None:
        case_id = self._pick(pick, CaseView.OFFERS)
        if case_id is not None:
            self._enqueue(mutations.claim(case_id, now=self.rig.clock()))

    @rule(pick=picks)
    def release(self, pick: int) -> None:
        case_id = self._pick(pick, CaseView.MY_CASES)
        if case_id is not None:
            self._enqueue(mutations.release(case_id, now=self.rig.clock()))

    @rule(pick=picks, reply_too=st.booleans())
    def customer_writes(self, pick: int, reply_too: bool) -> None:
        """Makes replies written before the next sync stale; with ``reply_too`` the expert
        answers at once, against the version without the new message."""
        case_id = self._pick(pick, CaseView.MY_CASES, CaseView.WAITING)
        if case_id is None:
            return
        case = self.rig.cache.case_detail(case_id)
        assert case is not None
        admin.add_customer_message(self.hub_engine, case.id, "Noch eine Frage.")
        if reply_too:
            text = unique_text()
            self.texts[text] = self._enqueue(reply_to(case, text, now=self.rig.clock())).id

    @rule()
    def retry_a_held_item(self) -> None:
        held = self.loop.run_until_complete(self.rig.outbox.held_items())
        if not held:
            return
        resolved = self.loop.run_until_complete(
            self.rig.outbox.resolve_held(held[0].id, HeldAction.RETRY)
        )
        assert resolved.new_item is not None
        for text, item_id in self.texts.items():
            if item_id == held[0].id:
                self.texts[text] = resolved.new_item.id

    # -- the network ---------------------------------------------------------------------

    @rule(plan=faults)
    def send(self, plan: list[Fault]) -> None:
        self.network.plan(plan)
        self.rig.clock.advance(3600)  # past any back-off
        self.loop.run_until_complete(self.rig.outbox.send_now())

    @rule()
    def heal(self) -> None:
        self._drain()

    def _drain(self) -> None:
        self.network.heal()
        self.loop.run_until_complete(self.network.deliver_delayed())
        for _ in range(MAX_DRAIN_PASSES):
            self.rig.clock.advance(3600)
            self.loop.run_until_complete(self.rig.outbox.send_now())
            if not self._items(OutboxState.QUEUED, OutboxState.SENDING):
                return
        raise AssertionError("the outbox did not drain on a healthy network")

    # -- invariants ----------------------------------------------------------------------

    def _items(self, *states: OutboxState) -> list[OutboxItem]:
        return self.loop.run_until_complete(
            self.rig.rig.worker.run(partial(self.rig.store.items, states or None, limit=10_000))
        )

    @invariant()
    def every_text_is_at_the_hub_at_most_once_and_as_its_item_says(self) -> None:
        items = {item.id: item for item in self._items()}
        for text, item_id in self.texts.items():
            count = hub_messages_with_body(self.hub_engine, text)
            item = items[item_id]
            assert item.state is not OutboxState.SENDING
            if item.state is OutboxState.SENT:
                assert count == 1, (text, item)
            elif item.state is OutboxState.HELD:
                assert count == 0, (text, item)
                assert item.held_reason, item
            else:
                assert count <= 1, (text, item)

    def teardown(self) -> None:
        try:
            self._drain()
            self.every_text_is_at_the_hub_at_most_once_and_as_its_item_says()
            assert not self._items(OutboxState.QUEUED, OutboxState.SENDING)
        finally:
            self.loop.run_until_complete(self.rig.close())
            self.loop.close()
            self._resources.close()


def test_the_outbox_delivers_exactly_once_through_any_network_faults(
    hub_template_db: Path, tmp_path: Path
) -> None:
    OutboxUnderFaults.hub_template = hub_template_db
    OutboxUnderFaults.work_dir = tmp_path

    run_state_machine_as_test(OutboxUnderFaults, settings=reliability_settings())
