"""Domain values for widget tests that need no hub: a case, its messages, its details."""

from __future__ import annotations

from dataclasses import replace

from workstation.domain.drafts import Draft
from workstation.domain.models import (
    CaseDetail,
    CaseStatus,
    Channel,
    Direction,
    Message,
    Priority,
    Template,
)
from workstation.domain.templates import TemplateContext
from workstation.ui.case_details import CaseDetails

NOW = 1_800_000_000

_CASE = CaseDetail(
    id=7,
    client_id=1,
    client_name="Buchhalter Software AG",
    channel=Channel.EMAIL,
    subject="Rechnung <b>doppelt</b> gebucht",
    customer_name="Jürgen Weber",
    customer_contact="j.weber@example.de",
    language="de",
    topic="billing",
    status=CaseStatus.OPEN,
    priority=Priority.HIGH,
    sla_due=NOW + 25 * 60,
    assigned_to_me=True,
    claim_expires_at=NOW + 15 * 60,
    version=3,
    created_at=NOW - 7200,
    updated_at=NOW - 3600,
    last_message_at=NOW - 3600,
    tags=(),
    outcome=None,
    pending_changes=False,
)


def detail(**changes: object) -> CaseDetail:
    return replace(_CASE, **changes)  # type: ignore[arg-type]


def message(
    message_id: int,
    direction: Direction,
    text: str,
    html: str | None = None,
    created_at: int = NOW - 3600,
    **changes: object,
) -> Message:
    base = Message(
        id=message_id,
        case_id=7,
        direction=direction,
        author={
            Direction.IN: "Jürgen Weber",
            Direction.OUT: "Petra Schneider",
            Direction.NOTE: "Petra Schneider",
        }[direction],
        body_text=text,
        body_html=html,
        created_at=created_at,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def details(
    case: CaseDetail | None = None,
    messages: list[Message] | None = None,
    *,
    templates: list[Template] | None = None,
    reply_draft: Draft | None = None,
    note_draft: Draft | None = None,
) -> CaseDetails:
    shown = case or detail()
    return CaseDetails(
        detail=shown,
        messages=messages if messages is not None else [message(1, Direction.IN, "Hallo")],
        templates=templates or [],
        template_context=TemplateContext(
            customer_name=shown.customer_name,
            expert_name="Petra Schneider",
            client_name=shown.client_name,
            case_subject=shown.subject,
        ),
        reply_draft=reply_draft,
        note_draft=note_draft,
    )
