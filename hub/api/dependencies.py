"""Bearer authentication for every endpoint except login and refresh."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from hub.api.context import HubContext, hub_context
from hub.auth.access_tokens import ExpiredAccessToken, InvalidAccessToken
from hub.errors import ApiError

_bearer = HTTPBearer(auto_error=False, description="Access token from /auth/login")
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def authenticated_expert_id(
    context: Annotated[HubContext, Depends(hub_context)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> int:
    if credentials is None:
        raise ApiError(401, "invalid_token", "A bearer access token is required.", _CHALLENGE)
    try:
        return context.access_tokens.verify(credentials.credentials, context.clock.now())
    except ExpiredAccessToken:
        raise ApiError(401, "token_expired", "The access token has expired.", _CHALLENGE) from None
    except InvalidAccessToken:
        raise ApiError(401, "invalid_token", "The access token is not valid.", _CHALLENGE) from None


ExpertId = Annotated[int, Depends(authenticated_expert_id)]
Context = Annotated[HubContext, Depends(hub_context)]


def unknown_expert() -> ApiError:
    """The token is genuine but its expert no longer exists."""
    return ApiError(401, "invalid_token", "The access token is not valid.", _CHALLENGE)
