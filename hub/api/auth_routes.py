"""``POST /auth/login``, ``POST /auth/refresh`` and ``POST /auth/wipe-report``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import Connection, select

from hub.api.context import HubContext
from hub.api.dependencies import Context, withdrawn_error
from hub.api.models import (
    Acknowledged,
    ErrorBody,
    ExpertOut,
    LoginRequest,
    RefreshRequest,
    TokenResponse,
    WipeReport,
)
from hub.auth import devices, refresh_tokens, totp
from hub.auth.passwords import check_login
from hub.db import begin_write, read_transaction
from hub.errors import ApiError
from hub.schema import experts

router = APIRouter(prefix="/auth", tags=["auth"])

_ERRORS: dict[int | str, dict[str, Any]] = {401: {"model": ErrorBody}, 400: {"model": ErrorBody}}


def _token_response(
    context: HubContext,
    expert_id: int,
    refresh_token: str,
    *,
    device_id: int | None,
    second_factor: str,
) -> TokenResponse:
    with read_transaction(context.engine) as conn:
        row = conn.execute(
            select(experts.c.id, experts.c.username, experts.c.display_name).where(
                experts.c.id == expert_id
            )
        ).one()
    return TokenResponse(
        access_token=context.access_tokens.issue(expert_id, context.clock.now(), device_id),
        refresh_token=refresh_token,
        expires_in=context.access_tokens.lifetime_s,
        expert=ExpertOut(id=row.id, username=row.username, display_name=row.display_name),
        device_id=device_id,
        second_factor=second_factor,  # type: ignore[arg-type]
    )


def _second_factor(
    conn: Connection, expert_id: int, body: LoginRequest, context: Context
) -> str | ApiError:
    """``none``, ``totp`` (checked now) or ``enrolment_required``; or the error to answer
    when the login needs a code it did not get or got a wrong one. Wrong codes are counted
    in this transaction, so the caller must commit before raising the error."""
    state = totp.state_of(conn, expert_id)
    if state.offboarded:
        raise withdrawn_error("expert_offboarded")
    if not state.enrolled:
        return "enrolment_required" if state.required else "none"
    now = context.clock.now()
    if body.totp_code is None and body.recovery_code is None:
        return ApiError(
            401, "second_factor_required", "Enter the code from your authenticator app."
        )
    if totp.locked(conn, expert_id, now):
        return ApiError(
            401,
            "second_factor_locked",
            "Too many wrong codes; try again in a few minutes.",
        )
    if body.totp_code is not None:
        accepted = totp.verify_code(conn, expert_id, body.totp_code, now)
    else:
        assert body.recovery_code is not None
        accepted = totp.use_recovery_code(conn, expert_id, body.recovery_code, now)
    totp.record_attempt(conn, expert_id, accepted=accepted, now=now)
    if not accepted:
        return ApiError(
            401,
            "second_factor_invalid",
            "The code is wrong, expired or was already used.",
        )
    return "totp"


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
    now = context.clock.now()
    with begin_write(context.engine) as conn:
        second_factor = _second_factor(conn, row.id, body, context)
    if isinstance(second_factor, ApiError):
        raise second_factor
    with begin_write(context.engine) as conn:
        device_id: int | None = None
        if body.device is not None:
            try:
                device_id = devices.register(
                    conn,
                    expert_id=row.id,
                    username=body.username,
                    proof=devices.DeviceProof(
                        public_key=body.device.public_key,
                        signed_at=body.device.signed_at,
                        signature=body.device.signature,
                    ),
                    name=body.device.name,
                    os_name=body.device.os,
                    now=now,
                )
            except devices.DeviceRefused as refused:
                raise withdrawn_error(refused.code) from None
        token = refresh_tokens.start_family(
            conn,
            expert_id=row.id,
            device_name=body.device.name if body.device else body.device_name,
            now=now,
            device_id=device_id,
        )
    return _token_response(context, row.id, token, device_id=device_id, second_factor=second_factor)


@router.post("/refresh", response_model=TokenResponse, responses=_ERRORS)
def refresh(body: RefreshRequest, context: Context) -> TokenResponse:
    now = context.clock.now()
    refusal: str | None = None
    issued: refresh_tokens.IssuedRefreshToken | None = None
    state: totp.SecondFactorState | None = None
    device_id: int | None = None
    with begin_write(context.engine) as conn:
        try:
            device_id = devices.check_refresh(
                conn,
                refresh_token=body.refresh_token,
                token_hash=refresh_tokens.token_hash(body.refresh_token),
                signed_at=body.signed_at,
                signature=body.signature,
                now=now,
            )
        except devices.DeviceRefused as refused:
            refusal = refused.code
        else:
            issued = refresh_tokens.rotate(
                conn, secret=context.secret, token=body.refresh_token, now=now
            )
            state = totp.state_of(conn, issued.expert_id) if issued else None
    # Raised after the commit so that a family revoked for reuse stays revoked.
    if refusal is not None:
        raise withdrawn_error(refusal)
    if issued is None or state is None:
        raise ApiError(401, "refresh_invalid", "The refresh token is no longer valid.")
    second_factor = "totp" if state.enrolled else "enrolment_required" if state.required else "none"
    return _token_response(
        context, issued.expert_id, issued.token, device_id=device_id, second_factor=second_factor
    )


@router.post("/wipe-report", response_model=Acknowledged, responses=_ERRORS)
def wipe_report(body: WipeReport, context: Context) -> Acknowledged:
    """A revoked device confirms it deleted its data; signed with the device key, which
    the device deleted right after signing, so no session is needed."""
    with begin_write(context.engine) as conn:
        recorded = devices.record_wipe(
            conn,
            public_key=body.public_key,
            wiped_at=body.wiped_at,
            signature=body.signature,
            now=context.clock.now(),
        )
    if not recorded:
        raise ApiError(400, "wipe_report_invalid", "The wipe report is not signed by a device.")
    return Acknowledged(acknowledged=True)
