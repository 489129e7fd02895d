"""Bearer authentication for every endpoint except login and refresh."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Connection

from hub.api.context import HubContext, hub_context
from hub.auth import totp
from hub.auth.access_tokens import AccessClaims, ExpiredAccessToken, InvalidAccessToken
from hub.auth.devices import refusal_for_access
from hub.db import read_transaction
from hub.errors import ApiError

_bearer = HTTPBearer(auto_error=False, description="Access token from /auth/login")
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def _verified_claims(
    context: HubContext,
    credentials: HTTPAuthorizationCredentials | None,
    *,
    require_enrolment: bool,
) -> AccessClaims:
    if credentials is None:
        raise ApiError(401, "invalid_token", "A bearer access token is required.", _CHALLENGE)
    try:
        claims = context.access_tokens.verify_claims(credentials.credentials, context.clock.now())
    except ExpiredAccessToken:
        raise ApiError(401, "token_expired", "The access token has expired.", _CHALLENGE) from None
    except InvalidAccessToken:
        raise ApiError(401, "invalid_token", "The access token is not valid.", _CHALLENGE) from None
    # Revocation and offboarding take effect on the very next request, not when the
    # stateless access token expires.
    with read_transaction(context.engine) as conn:
        refusal = standing_refusal(conn, claims.expert_id, claims.device_id)
        state = totp.state_of(conn, claims.expert_id) if require_enrolment else None
    if refusal is not None:
        raise refusal
    if state is not None and state.required and not state.enrolled:
        raise ApiError(
            403,
            "second_factor_enrolment_required",
            "Set up the second factor (authenticator app) before working.",
        )
    return claims


def authenticated_expert_id(
    context: Annotated[HubContext, Depends(hub_context)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> int:
    return _verified_claims(context, credentials, require_enrolment=True).expert_id


def enrolling_claims(
    context: Annotated[HubContext, Depends(hub_context)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> AccessClaims:
    """For the account endpoints: also allowed while an enrolment is still required."""
    return _verified_claims(context, credentials, require_enrolment=False)


ExpertId = Annotated[int, Depends(authenticated_expert_id)]
EnrollingClaims = Annotated[AccessClaims, Depends(enrolling_claims)]
Context = Annotated[HubContext, Depends(hub_context)]


def unknown_expert() -> ApiError:
    """The token is genuine but its expert no longer exists."""
    return ApiError(401, "invalid_token", "The access token is not valid.", _CHALLENGE)


def withdrawn_error(code: str) -> ApiError:
    """The machine-readable answer that tells a workstation to wipe itself."""
    if code == "expert_offboarded":
        return ApiError(401, code, "This account has been closed; the device must be wiped.")
    if code == "device_revoked":
        return ApiError(401, code, "This device has been revoked; it must be wiped.")
    return ApiError(401, code, "The device signature is not valid; log in again.")


def standing_refusal(conn: Connection, expert_id: int, device_id: int | None) -> ApiError | None:
    refusal = refusal_for_access(conn, expert_id, device_id)
    return None if refusal is None else withdrawn_error(refusal)
