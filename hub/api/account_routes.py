"""``/account/totp``: the expert enrols the TOTP second factor from the app.

Reachable with an access token even while the hub's policy still requires an enrolment
(every other endpoint then answers ``second_factor_enrolment_required``).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import select

from hub.api.dependencies import Context, EnrollingClaims
from hub.api.models import ErrorBody, RecoveryCodesOut, TotpConfirmation, TotpEnrolmentOut
from hub.auth import totp
from hub.db import begin_write
from hub.errors import ApiError
from hub.schema import experts

router = APIRouter(prefix="/account", tags=["account"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody},
    401: {"model": ErrorBody},
    409: {"model": ErrorBody},
}


def _already_enrolled() -> ApiError:
    return ApiError(
        409,
        "totp_already_enrolled",
        "A second factor is already set up; ask operations to reset it.",
    )


@router.post("/totp", response_model=TotpEnrolmentOut, responses=_ERRORS)
def start_enrolment(context: Context, claims: EnrollingClaims) -> TotpEnrolmentOut:
    with begin_write(context.engine) as conn:
        username = conn.execute(
            select(experts.c.username).where(experts.c.id == claims.expert_id)
        ).scalar_one()
        try:
            secret = totp.begin_enrolment(conn, claims.expert_id)
        except totp.AlreadyEnrolled:
            raise _already_enrolled() from None
    return TotpEnrolmentOut(secret=secret, otpauth_uri=totp.provisioning_uri(secret, username))


@router.post("/totp/confirm", response_model=RecoveryCodesOut, responses=_ERRORS)
def confirm_enrolment(
    body: TotpConfirmation, context: Context, claims: EnrollingClaims
) -> RecoveryCodesOut:
    with begin_write(context.engine) as conn:
        try:
            codes = totp.confirm_enrolment(conn, claims.expert_id, body.code, context.clock.now())
        except totp.AlreadyEnrolled:
            raise _already_enrolled() from None
        except totp.NoPendingEnrolment:
            raise ApiError(
                400, "totp_not_started", "Start the set-up again to get a new code."
            ) from None
    if codes is None:
        raise ApiError(400, "second_factor_invalid", "The code is wrong or has expired.")
    return RecoveryCodesOut(recovery_codes=codes)
