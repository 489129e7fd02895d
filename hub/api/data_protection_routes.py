"""``GET /policy``, ``POST /auth/verify-password``, ``GET /attachments/{id}`` and
``POST /audit/events``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field
from sqlalchemy import select
from starlette.responses import Response

from hub.api.dependencies import Context, ExpertId
from hub.api.models import ErrorBody
from hub.attachments import attachment_for_expert
from hub.audit import MAX_EVENTS_PER_UPLOAD, IncomingAuditEvent, store_events
from hub.auth.passwords import check_login
from hub.db import read_transaction
from hub.errors import ApiError
from hub.policies import workstation_policy
from hub.schema import AUDIT_ACTIONS, experts

router = APIRouter(tags=["data protection"])

_ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": ErrorBody}, 401: {"model": ErrorBody}}


class PolicyOut(BaseModel):
    auto_lock_minutes: int
    max_attachment_bytes: int


class PasswordCheck(BaseModel):
    password: str = Field(min_length=1, max_length=1024)


class AuditEventIn(BaseModel):
    id: str = Field(min_length=1, max_length=64)
    action: str = Field(min_length=1, max_length=32)
    case_id: int | None = Field(default=None, ge=1)
    occurred_at: datetime
    detail: str | None = Field(default=None, max_length=200)


class AuditUpload(BaseModel):
    device_id: str = Field(min_length=1, max_length=100)
    events: list[AuditEventIn] = Field(max_length=MAX_EVENTS_PER_UPLOAD)


class AuditUploadResult(BaseModel):
    stored: int
    duplicates: int
    conflicting_ids: list[str]


@router.get("/policy", response_model=PolicyOut, responses=_ERRORS)
def policy(context: Context, _expert_id: ExpertId) -> PolicyOut:
    with read_transaction(context.engine) as conn:
        return PolicyOut(**workstation_policy(conn).as_json())


@router.post(
    "/auth/verify-password",
    status_code=204,
    response_class=Response,
    responses={401: {"model": ErrorBody}},
)
def verify_password(body: PasswordCheck, context: Context, expert_id: ExpertId) -> Response:
    """Unlocking a locked workstation: is this the password of the token's expert?"""
    with read_transaction(context.engine) as conn:
        stored = conn.execute(
            select(experts.c.password_hash).where(experts.c.id == expert_id)
        ).scalar()
    if not check_login(body.password, stored):
        raise ApiError(401, "invalid_credentials", "Wrong password.")
    return Response(status_code=204)


@router.get(
    "/attachments/{attachment_id}",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}, 404: {"model": ErrorBody}},
)
def attachment(
    context: Context, expert_id: ExpertId, attachment_id: Annotated[int, Path(ge=1)]
) -> Response:
    with read_transaction(context.engine) as conn:
        found = attachment_for_expert(conn, expert_id, attachment_id)
    if found is None:
        raise ApiError(404, "not_found", "No such attachment.")
    # Always a download of opaque bytes: the declared type is data, not an instruction.
    return Response(
        content=found.content,
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(found.name)}",
            "X-Content-Type-Options": "nosniff",
        },
    )


@router.post(
    "/audit/events",
    response_model=AuditUploadResult,
    responses=_ERRORS,
)
def audit_events(body: AuditUpload, context: Context, expert_id: ExpertId) -> AuditUploadResult:
    unknown = [event.action for event in body.events if event.action not in AUDIT_ACTIONS]
    if unknown:
        raise ApiError(400, "bad_request", "An audit event has an unknown action.")
    outcome = store_events(
        context.engine,
        expert_id,
        body.device_id,
        [
            IncomingAuditEvent(
                id=event.id,
                action=event.action,
                case_id=event.case_id,
                occurred_at=_naive_utc(event.occurred_at),
                detail=event.detail,
            )
            for event in body.events
        ],
        now=context.clock.now(),
    )
    return AuditUploadResult(
        stored=outcome.stored,
        duplicates=outcome.duplicates,
        conflicting_ids=list(outcome.conflicting_ids),
    )


def _naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)
