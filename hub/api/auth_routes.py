"""``POST /auth/login`` and ``POST /auth/refresh``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import select

from hub.api.context import HubContext
from hub.api.dependencies import Context
from hub.api.models import ErrorBody, ExpertOut, LoginRequest, RefreshRequest, TokenResponse
from hub.auth import refresh_tokens
from hub.auth.passwords import check_login
from hub.db import begin_write, read_transaction
from hub.errors import ApiError
from hub.schema import experts

router = APIRouter(prefix="/auth", tags=["auth"])

_ERRORS: dict[int | str, dict[str, Any]] = {401: {"model": ErrorBody}, 400: {"model": ErrorBody}}


def _token_response(context: HubContext, expert_id: int, refresh_token: str) -> TokenResponse:
    with read_transaction(context.engine) as conn:
        row = conn.execute(
            select(experts.c.id, experts.c.username, experts.c.display_name).where(
                experts.c.id == expert_id
            )
        ).one()
    return TokenResponse(
        access_token=context.access_tokens.issue(expert_id, context.clock.now()),
        refresh_token=refresh_token,
        expires_in=context.access_tokens.lifetime_s,
        expert=ExpertOut(id=row.id, username=row.username, display_name=row.display_name),
    )


@router.post("/login", response_model=TokenResponse, responses=_ERRORS)
def login(body: LoginRequest, context: Context) -> TokenResponse:
    with read_transaction(context.engine) as conn:
        row = conn.execute(
            select(experts.c.id, experts.c.password_hash).where(experts.c.username == body.username)
        ).first()
    # The scrypt check runs outside any transaction and also for unknown users.
    if not check_login(body.password, row.password_hash if row else None):
        raise ApiError(401, "invalid_credentials", "Wrong user name or password.")
    assert row is not None
    with begin_write(context.engine) as conn:
        token = refresh_tokens.start_family(
            conn, expert_id=row.id, device_name=body.device_name, now=context.clock.now()
        )
    return _token_response(context, row.id, token)


@router.post("/refresh", response_model=TokenResponse, responses=_ERRORS)
def refresh(body: RefreshRequest, context: Context) -> TokenResponse:
    with begin_write(context.engine) as conn:
        issued = refresh_tokens.rotate(
            conn, secret=context.secret, token=body.refresh_token, now=context.clock.now()
        )
    # Raised after the commit so that a family revoked for reuse stays revoked.
    if issued is None:
        raise ApiError(401, "refresh_invalid", "The refresh token is no longer valid.")
    return _token_response(context, issued.expert_id, issued.token)
