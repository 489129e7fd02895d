"""Attachments in the cache and audit events recorded with the action they describe."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine

from tests.domain.documents import case_document, change, message_document, numbered, page_document
from workstation.domain import mutations
from workstation.domain.audit import AuditAction, AuditEvent
from workstation.domain.changes import ChangePage, parse_change_page
from workstation.domain.models import CallOutcome, Channel
from workstation.domain.replies import CallLog, ReplyContent
from workstation.store.attachments import AttachmentSizeMismatch, AttachmentStore
from workstation.store.audit import AuditStore
from workstation.store.cache import CaseCache
from workstation.store.outbox import OutboxStore


def page(*changes: dict[str, Any], cursor: str = "100") -> ChangePage:
    return parse_change_page(page_document(numbered(list(changes)), cursor=cursor), expert_id=1)


def with_attachments(case_id: int, *items: tuple[int, str, int]) -> dict[str, Any]:
    return case_document(
        case_id,
        messages=[
            message_document(
                case_id * 10,
                attachments=[
                    {"id": i, "name": name, "media_type": "application/pdf", "size": size}
                    for i, name, size in items
                ],
            )
        ],
    )


def test_fetched_bytes_stay_while_the_attachment_stays(cache: CaseCache, engine: Engine) -> None:
    store = AttachmentStore(engine)
    cache.apply_page(page(change("case", with_attachments(1, (5, "a.pdf", 4), (6, "b.pdf", 3)))))
    assert [a.name for a in store.attachments_of_case(1)] == ["a.pdf", "b.pdf"]
    assert store.store_content(5, b"%PDF") is True
    with pytest.raises(AttachmentSizeMismatch):
        store.store_content(6, b"too long")

    # The case changes (a new message), attachment 5 stays, 6 is gone.
    cache.apply_page(page(change("case", with_attachments(1, (5, "a.pdf", 4))), cursor="101"))
    assert [(a.id, a.fetched) for a in store.attachments_of_case(1)] == [(5, True)]
    assert store.content(5) == b"%PDF"

    cache.apply_page(page(change("case_removed", {"id": 1}), cursor="102"))
    assert store.attachments_of_case(1) == [] and store.content(5) is None
    assert store.store_content(5, b"%PDF") is False


def test_a_reply_and_its_audit_event_commit_together(cache: CaseCache, engine: Engine) -> None:
    cache.apply_page(page(change("case", case_document(1)), change("case", case_document(2))))
    outbox, audit = OutboxStore(engine), AuditStore(engine)
    reply = mutations.reply(
        1,
        channel=Channel.EMAIL,
        based_on_version=7,
        content=ReplyContent(body="Guten Tag", subject="Re: Rechnung"),
        now=1_800_000_000,
    )
    outbox.enqueue(reply)
    call = mutations.reply(
        2,
        channel=Channel.PHONE,
        based_on_version=7,
        content=ReplyContent(
            call_log=CallLog(outcome=CallOutcome.REACHED, duration_seconds=60, notes="ok")
        ),
        now=1_800_000_001,
    )
    outbox.enqueue(call)
    outbox.enqueue(mutations.note(1, "intern", now=1_800_000_002))

    pending = audit.pending(10)
    assert [(e.action, e.case_id, e.occurred_at) for e in pending] == [
        (AuditAction.REPLY, 1, 1_800_000_000),
        (AuditAction.CALL, 2, 1_800_000_001),
    ]
    # Enqueueing the same mutation again (a retry) records nothing twice.
    with engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM outbox WHERE id = ?", (reply.id,))
    outbox.enqueue(reply)
    assert audit.pending_count() == 2

    audit.forget([pending[0].id])
    assert [e.id for e in audit.pending(10)] == [pending[1].id]


def test_recorded_events_wait_oldest_first(engine: Engine) -> None:
    audit = AuditStore(engine)
    audit.record(
        [
            AuditEvent.new(AuditAction.OPEN_CASE, 3, 20),
            AuditEvent.new(AuditAction.EXPORT, None, 10, "earnings statement 2026-11"),
        ]
    )
    assert [e.action for e in audit.pending(10)] == [AuditAction.EXPORT, AuditAction.OPEN_CASE]
    with pytest.raises(ValueError):
        AuditEvent.new(AuditAction.EXPORT, None, 0, "x" * 201)
