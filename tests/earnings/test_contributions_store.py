"""Contribution drafts survive in the cache, submission goes through the outbox in one
transaction, and the hub's decision arrives by sync."""

from __future__ import annotations

from dataclasses import replace

import orjson
import pytest
from sqlalchemy import Engine

from tests.store.builders import FakeClock, iso, page
from workstation.store.cache import CaseCache
from workstation.store.contributions import ContributionStore, NotEditable


def test_draft_submit_and_decision(cache: CaseCache, engine: Engine) -> None:
    clock = FakeClock()
    store = ContributionStore(engine, clock=clock)
    draft = store.new_draft(1, "article")
    store.save_draft(replace(draft, title="Belege scannen", body="# Belege\n\nÄrger?"))
    assert store.count() == 1 and store.page(0, 10)[0].status == "draft"

    mutation = store.submit(draft.id)
    assert mutation.payload["title"] == "Belege scannen"
    with engine.connect() as connection:
        (payload,) = connection.exec_driver_sql(
            "SELECT payload FROM outbox WHERE type = 'contribution_submit'"
        ).scalars()
    assert orjson.loads(payload)["contribution_id"] == draft.id
    listed = store.load(draft.id)
    assert listed is not None and listed.status == "submitted" and not listed.editable
    with pytest.raises(NotEditable):
        store.submit(draft.id)

    decided = {
        "id": draft.id,
        "client_id": 1,
        "kind": "article",
        "title": "Belege scannen",
        "body": "# Belege\n\nÄrger?",
        "status": "rejected",
        "feedback": "Bitte mit Screenshots.",
        "fee_cents": None,
        "submitted_at": iso(int(clock.now)),
        "decided_at": iso(int(clock.now) + 60),
    }
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE outbox SET state = 'sent'")
    cache.apply_page(page({"type": "contribution", "data": decided}))
    rejected = store.load(draft.id)
    assert rejected is not None and rejected.status == "rejected" and rejected.editable
    assert rejected.feedback == "Bitte mit Screenshots."

    rework = store.save_draft(replace(rejected, body="Neu"))
    assert rework.status == "draft" and store.count() == 1
    reloaded = store.load(draft.id)
    assert reloaded is not None and reloaded.feedback == "Bitte mit Screenshots."
