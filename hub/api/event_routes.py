"""``GET /events``: the expert's Server-Sent Events stream (see docs/sync-protocol.md)."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from sqlalchemy import Engine
from starlette.responses import StreamingResponse

from hub.api.context import HubContext
from hub.api.dependencies import Context, ExpertId, unknown_expert
from hub.api.models import ErrorBody
from hub.auth.access_tokens import InvalidAccessToken
from hub.changes import InvalidCursor, parse_cursor
from hub.db import read_transaction
from hub.errors import ApiError
from hub.event_stream import EventStream, EventStreamSettings
from hub.events import WindowSchedule
from hub.sequence import current_seq
from hub.sequence_watch import SequenceWatch
from hub.visibility import load_profile

router = APIRouter(tags=["events"])

_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/event-stream": {}}, "description": "The event stream."},
    400: {"model": ErrorBody},
    401: {"model": ErrorBody},
}
_STREAM_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


@router.get("/events", response_class=StreamingResponse, responses=_RESPONSES)
async def events(
    request: Request,
    context: Context,
    expert_id: ExpertId,
    last_event_id: Annotated[str | None, Header(max_length=40)] = None,
    after: Annotated[str | None, Query(max_length=40)] = None,
) -> StreamingResponse:
    """Hints for the expert: ``new_offer``, ``case_updated``, ``case_removed``,
    ``claim_expiring`` and ``window_starting``. The client pulls ``/sync/changes`` on them."""
    watch: SequenceWatch = request.app.state.sequence_watch
    settings: EventStreamSettings = request.app.state.event_settings
    windows: WindowSchedule | None = request.app.state.window_schedule
    raw_position = last_event_id if last_event_id is not None else after
    try:
        requested = None if raw_position is None else parse_cursor(raw_position)
    except InvalidCursor:
        raise _invalid_event_id() from None
    head = await asyncio.to_thread(_current_head, context.engine, expert_id)
    if requested is not None and requested > head:
        raise _invalid_event_id()
    stream = EventStream(
        engine=context.engine,
        watch=watch,
        now=context.clock.now,
        expert_id=expert_id,
        start_after=head if requested is None else requested,
        settings=settings,
        windows=windows,
        ends_at=_token_expiry(request, context),
    )
    return StreamingResponse(
        stream.frames(), media_type="text/event-stream", headers=_STREAM_HEADERS
    )


def _current_head(engine: Engine, expert_id: int) -> int:
    with read_transaction(engine) as conn:
        if load_profile(conn, expert_id) is None:
            raise unknown_expert()
        return current_seq(conn)


def _token_expiry(request: Request, context: HubContext) -> datetime:
    # The bearer token was verified by the ``ExpertId`` dependency; a stream must not
    # outlive it, or a revoked or expired session would keep receiving hints.
    token = request.headers.get("authorization", "").partition(" ")[2].strip()
    try:
        return context.access_tokens.expires_at(token)
    except InvalidAccessToken:
        raise unknown_expert() from None


def _invalid_event_id() -> ApiError:
    return ApiError(400, "invalid_cursor", "The event id was not issued by this hub.")
