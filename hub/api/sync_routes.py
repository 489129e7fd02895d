"""``GET /sync/changes`` and ``POST /sync/mutations``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from starlette.responses import Response

from hub.api.dependencies import Context, ExpertId, unknown_expert
from hub.api.models import ChangesPage, ErrorBody, MutationBatch, MutationResults
from hub.changes import DEFAULT_LIMIT, MAX_LIMIT, InvalidCursor, parse_cursor, read_changes
from hub.db import read_transaction
from hub.errors import ApiError
from hub.mutations.runner import MAX_BATCH, IncomingMutation
from hub.visibility import ExpertProfile, load_profile

router = APIRouter(prefix="/sync", tags=["sync"])

_ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": ErrorBody}, 401: {"model": ErrorBody}}


def _invalid_cursor() -> ApiError:
    return ApiError(400, "invalid_cursor", "The cursor was not issued by this hub.")


@router.get(
    "/changes",
    response_class=Response,
    responses={200: {"model": ChangesPage}, **_ERRORS},
)
def changes(
    context: Context,
    expert_id: ExpertId,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Response:
    try:
        after = parse_cursor(cursor)
    except InvalidCursor:
        raise _invalid_cursor() from None
    context.leases.expire_due()
    with read_transaction(context.engine) as conn:
        profile = load_profile(conn, expert_id)
        if profile is None:
            raise unknown_expert()
        try:
            body = read_changes(conn, profile, after=after, limit=limit, now=context.clock.now())
        except InvalidCursor:
            raise _invalid_cursor() from None
    return Response(content=body, media_type="application/json")


@router.post(
    "/mutations",
    response_model=MutationResults,
    response_model_exclude_none=True,
    responses={413: {"model": ErrorBody}, **_ERRORS},
)
def mutations(body: MutationBatch, context: Context, expert_id: ExpertId) -> MutationResults:
    if len(body.mutations) > MAX_BATCH:
        raise ApiError(
            413, "too_large", f"At most {MAX_BATCH} mutations per request; split the batch."
        )
    profile = _profile(context, expert_id)
    context.leases.expire_due()
    results = context.mutations.apply_batch(
        profile,
        [
            IncomingMutation(id=item.id, type=item.type, payload=item.payload)
            for item in body.mutations
        ],
    )
    return MutationResults.model_validate({"results": results})


def _profile(context: Context, expert_id: int) -> ExpertProfile:
    with read_transaction(context.engine) as conn:
        profile = load_profile(conn, expert_id)
    if profile is None:
        raise unknown_expert()
    return profile
