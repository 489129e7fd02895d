"""Row-to-domain conversions shared by the cache's readers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import orjson

from workstation.domain.models import (
    CallOutcome,
    CaseDetail,
    CaseOutcome,
    CaseStatus,
    CaseSummary,
    Channel,
    Direction,
    Message,
    Priority,
    Template,
    Visibility,
)

# Select lists for the table aliases ``c`` (cases) and ``cl`` (clients).
SUMMARY_COLUMNS: Final = (
    "c.id, c.client_id, coalesce(cl.name, ''), c.channel, c.subject, c.customer_name, "
    "c.status, c.priority, c.sla_due, c.assigned_to_me, c.hub_values IS NOT NULL"
)
DETAIL_COLUMNS: Final = (
    "c.id, c.client_id, coalesce(cl.name, ''), c.channel, c.subject, c.customer_name, "
    "c.customer_contact, c.language, c.topic, c.status, c.priority, c.sla_due, "
    "c.assigned_to_me, c.claim_expires_at, c.version, c.created_at, c.updated_at, "
    "c.last_message_at, c.tags, c.outcome, c.hub_values IS NOT NULL"
)
MESSAGE_COLUMNS: Final = (
    "id, case_id, direction, author, body_text, body_html, created_at, subject, visibility, "
    "call_outcome, call_duration_seconds"
)
TEMPLATE_COLUMNS: Final = "id, client_id, channel, language, title, body, updated_at"


def summary(row: Sequence[Any]) -> CaseSummary:
    return CaseSummary(
        id=row[0],
        client_id=row[1],
        client_name=row[2],
        channel=Channel(row[3]),
        subject=row[4],
        customer_name=row[5],
        status=CaseStatus(row[6]),
        priority=Priority(row[7]),
        sla_due=row[8],
        assigned_to_me=bool(row[9]),
        pending_changes=bool(row[10]),
    )


def detail(row: Sequence[Any]) -> CaseDetail:
    return CaseDetail(
        id=row[0],
        client_id=row[1],
        client_name=row[2],
        channel=Channel(row[3]),
        subject=row[4],
        customer_name=row[5],
        customer_contact=row[6],
        language=row[7],
        topic=row[8],
        status=CaseStatus(row[9]),
        priority=Priority(row[10]),
        sla_due=row[11],
        assigned_to_me=bool(row[12]),
        claim_expires_at=row[13],
        version=row[14],
        created_at=row[15],
        updated_at=row[16],
        last_message_at=row[17],
        tags=tuple(orjson.loads(row[18])),
        outcome=CaseOutcome(row[19]) if row[19] is not None else None,
        pending_changes=bool(row[20]),
    )


def message(row: Sequence[Any]) -> Message:
    return Message(
        id=row[0],
        case_id=row[1],
        direction=Direction(row[2]),
        author=row[3],
        body_text=row[4],
        body_html=row[5],
        created_at=row[6],
        subject=row[7],
        visibility=Visibility(row[8]) if row[8] is not None else None,
        call_outcome=CallOutcome(row[9]) if row[9] is not None else None,
        call_duration_seconds=row[10],
    )


def template(row: Sequence[Any]) -> Template:
    return Template(
        id=row[0],
        client_id=row[1],
        channel=Channel(row[2]) if row[2] is not None else None,
        language=row[3],
        title=row[4],
        body=row[5],
        updated_at=row[6],
    )
