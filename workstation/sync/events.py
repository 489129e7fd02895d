"""``EventListener``: the hub's ``GET /events`` stream, turned into prompt incremental syncs.

Events are hints; ``/sync/changes`` stays the single source of truth. The listener keeps
one long-lived HTTP client and one streaming response open, remembers the id of the last
sequence event it handed on, and resumes with ``Last-Event-ID`` after a cut so the hub
replays exactly what was missed. Events that arrive within ``debounce_s`` of each other go
to ``on_events`` as one batch (one sync for a burst of fifty offers). Where the hub has no
event stream (404, 405, or an answer that is not ``text/event-stream``) the listener polls
instead and tries the stream again now and then. Its state drives the online indicator.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import random
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Final

import httpx
import orjson

from workstation.sync.backoff import Backoff
from workstation.sync.client import (
    CursorRejected,
    HubError,
    HubUnreachable,
    RateLimited,
    ServerError,
    SessionExpired,
    TokenRejected,
)
from workstation.sync.session import Session

logger = logging.getLogger(__name__)

EVENTS_PATH: Final = "/events"
# Hints whose id is the hub sequence number: strictly increasing, resumable.
SEQUENCE_EVENT_TYPES: Final = frozenset({"new_offer", "case_updated", "case_removed"})
# The hub sends a heartbeat every 15 s; three missed ones mean the connection is dead.
DEFAULT_READ_TIMEOUT_S: Final = 45.0
DEFAULT_DEBOUNCE_S: Final = 0.05
DEFAULT_POLL_INTERVAL_S: Final = 30.0
# While polling, how often to find out whether the hub gained an event stream.
DEFAULT_STREAM_RETRY_S: Final = 600.0
_REMEMBERED_TIMED_EVENTS: Final = 512
RECONNECT_BACKOFF: Final = Backoff(base_s=1.0, factor=2.0, max_s=60.0)


class ListenerState(enum.Enum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    """The event stream is open: changes arrive within a second."""
    POLLING = "polling"
    """The hub has no event stream, but it answers polls."""
    DISCONNECTED = "disconnected"
    """The hub cannot be reached; the listener keeps retrying."""
    SESSION_EXPIRED = "session_expired"
    """The hub refuses the session; the listener stopped. Log in again."""

    @property
    def online(self) -> bool:
        return self in (ListenerState.CONNECTED, ListenerState.POLLING)


@dataclass(frozen=True, slots=True)
class HubEvent:
    """One hint from the hub. ``due`` is set on timed events (ISO 8601 UTC)."""

    id: int
    type: str
    case_id: int | None
    channel: str | None
    client_id: int | None
    due: str | None = None

    @property
    def is_sequence_event(self) -> bool:
        return self.type in SEQUENCE_EVENT_TYPES


OnEvents = Callable[[Sequence[HubEvent]], Awaitable[None]]
"""The incremental sync; an empty batch asks for a catch-up sync."""
OnState = Callable[[ListenerState], None]
Poll = Callable[[], Awaitable[None]]


class StreamUnavailable(Exception):
    """The hub does not offer an event stream."""


@dataclass(frozen=True, slots=True)
class _RawEvent:
    id: str | None
    type: str
    data: str


class EventListener:
    def __init__(
        self,
        session: Session,
        on_events: OnEvents,
        on_state: OnState,
        *,
        poll: Poll | None = None,
        poll_interval_s: float = DEFAULT_POLL_INTERVAL_S,
        stream_retry_s: float = DEFAULT_STREAM_RETRY_S,
        debounce_s: float = DEFAULT_DEBOUNCE_S,
        read_timeout_s: float = DEFAULT_READ_TIMEOUT_S,
        backoff: Backoff = RECONNECT_BACKOFF,
        transport: httpx.AsyncBaseTransport | None = None,
        verify: bool = True,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._session = session
        self._on_events = on_events
        self._on_state = on_state
        self._poll = poll or (lambda: on_events(()))
        self._poll_interval_s = poll_interval_s
        self._stream_retry_s = stream_retry_s
        self._debounce_s = debounce_s
        self._backoff = backoff
        self._jitter = jitter
        self._http = httpx.AsyncClient(
            base_url=session.client.base_url,
            transport=transport,
            verify=verify,
            timeout=httpx.Timeout(20.0, read=read_timeout_s),
            headers={"Accept": "text/event-stream", "Cache-Control": "no-cache"},
            follow_redirects=False,
        )
        self._last_event_id: int | None = None
        self._announced_timed: OrderedDict[tuple[str, int | None, str | None], None] = OrderedDict()
        self._pending: list[HubEvent] = []
        self._arrived = asyncio.Event()
        self._state: ListenerState | None = None
        self._tasks: list[asyncio.Task[None]] = []

    @property
    def state(self) -> ListenerState | None:
        return self._state

    @property
    def last_event_id(self) -> int | None:
        return self._last_event_id

    def start(self) -> None:
        if self._tasks:
            raise RuntimeError("the event listener is already running")
        self._tasks = [
            asyncio.create_task(self._connect_forever(), name="event-stream"),
            asyncio.create_task(self._dispatch_forever(), name="event-dispatch"),
        ]

    async def aclose(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        await self._http.aclose()

    # -- connection ------------------------------------------------------------------

    async def _connect_forever(self) -> None:
        failures = 0
        while True:
            if self._state is None:
                self._set_state(ListenerState.CONNECTING)
            try:
                try:
                    await self._stream_once()
                    failures = 0  # the hub ended a healthy stream; reconnect at once
                    continue
                except StreamUnavailable:
                    logger.info("The hub offers no event stream; polling instead")
                await self._poll_for(self._stream_retry_s)
                failures = 0
                continue
            except SessionExpired:
                self._set_state(ListenerState.SESSION_EXPIRED)
                return
            except CursorRejected:
                # The hub no longer knows our position (its database was reset): start
                # from now and let a full sync pick up the rest.
                self._last_event_id = None
                self._announced_timed.clear()
                failures = 0
                continue
            except RateLimited as error:
                failures += 1
                delay = max(error.retry_after or 0.0, self._delay(failures))
            except (HubError, httpx.HTTPError) as error:
                failures += 1
                delay = self._delay(failures)
                logger.info(
                    "Event stream lost (%s); retrying in %.1f s", type(error).__name__, delay
                )
            self._set_state(ListenerState.DISCONNECTED)
            await asyncio.sleep(delay)

    def _delay(self, failures: int) -> float:
        return self._backoff.delay(failures, self._jitter)

    async def _stream_once(self) -> None:
        response = await self._session.call(self._open_stream)
        try:
            resumed = self._last_event_id is not None
            self._set_state(ListenerState.CONNECTED)
            if not resumed:
                # The hub starts a fresh stream at its present; what happened between the
                # last sync and now comes from one catch-up sync.
                self._enqueue(())
            async for raw in _server_sent_events(response):
                self._accept(raw)
        except httpx.TimeoutException as error:
            raise HubUnreachable("timeout", "The event stream fell silent.") from error
        except httpx.TransportError as error:
            raise HubUnreachable("connection_lost", "The event stream broke off.") from error
        finally:
            await response.aclose()

    async def _open_stream(self, access_token: str) -> httpx.Response:
        headers = {"Authorization": f"Bearer {access_token}"}
        if self._last_event_id is not None:
            headers["Last-Event-ID"] = str(self._last_event_id)
        request = self._http.build_request("GET", EVENTS_PATH, headers=headers)
        try:
            response = await self._http.send(request, stream=True)
        except httpx.TimeoutException as error:
            raise HubUnreachable("timeout", "The hub did not answer in time.") from error
        except httpx.TransportError as error:
            raise HubUnreachable("unreachable", "The hub cannot be reached.") from error
        if response.status_code == 200 and _is_event_stream(response):
            return response
        try:
            body = await response.aread()
        finally:
            await response.aclose()
        raise _error_for(response.status_code, body, response.headers)

    def _accept(self, raw: _RawEvent) -> None:
        event = _decode(raw)
        if event is None:
            return
        if event.is_sequence_event:
            if self._last_event_id is not None and event.id <= self._last_event_id:
                return  # a replay of something already handed on
            self._last_event_id = event.id
        else:
            identity = (event.type, event.case_id, event.due)
            if identity in self._announced_timed:
                return
            self._announced_timed[identity] = None
            if len(self._announced_timed) > _REMEMBERED_TIMED_EVENTS:
                self._announced_timed.popitem(last=False)
        self._enqueue((event,))

    # -- polling fallback ------------------------------------------------------------

    async def _poll_for(self, duration_s: float) -> None:
        loop = asyncio.get_running_loop()
        until = loop.time() + duration_s
        failures = 0
        while loop.time() < until:
            try:
                await self._poll()
            except SessionExpired:
                raise
            except HubError as error:
                failures += 1
                self._set_state(ListenerState.DISCONNECTED)
                delay = min(self._delay(failures), self._poll_interval_s)
                logger.info("Polling the hub failed (%s)", type(error).__name__)
                await asyncio.sleep(delay)
                continue
            failures = 0
            self._set_state(ListenerState.POLLING)
            await asyncio.sleep(self._poll_interval_s)

    # -- dispatch --------------------------------------------------------------------

    def _enqueue(self, events: Sequence[HubEvent]) -> None:
        self._pending.extend(events)
        self._arrived.set()

    async def _dispatch_forever(self) -> None:
        failures = 0
        while True:
            await self._arrived.wait()
            # Let the rest of a burst arrive, so that it costs one sync.
            await asyncio.sleep(self._debounce_s)
            self._arrived.clear()
            batch, self._pending = self._pending, []
            try:
                await self._on_events(batch)
            except SessionExpired:
                self._set_state(ListenerState.SESSION_EXPIRED)
                return
            except HubError as error:
                # Keep the batch: it is retried, merged with whatever arrives meanwhile.
                self._pending = batch + self._pending
                failures += 1
                delay = self._delay(failures)
                logger.info("Sync after an event failed (%s)", type(error).__name__)
                await asyncio.sleep(delay)
                self._arrived.set()
                continue
            failures = 0

    def _set_state(self, state: ListenerState) -> None:
        if state is self._state:
            return
        self._state = state
        self._on_state(state)


def _is_event_stream(response: httpx.Response) -> bool:
    content_type = response.headers.get("Content-Type", "")
    return content_type.split(";")[0].strip().lower() == "text/event-stream"


def _error_for(status: int, body: bytes, headers: httpx.Headers) -> Exception:
    code = _error_code(body)
    if status in (404, 405, 200):
        return StreamUnavailable(status)
    if status == 401:
        return TokenRejected(code or "invalid_token", "The hub refused the token.", status=status)
    if code in ("invalid_cursor", "cursor_expired"):
        return CursorRejected(code, "The hub does not know the last event id.", status=status)
    if status == 429:
        retry_after = headers.get("Retry-After", "")
        return RateLimited(
            code or "rate_limited",
            "The hub asks to slow down.",
            status=status,
            retry_after=float(retry_after) if retry_after.isdigit() else None,
        )
    if status >= 500:
        return ServerError(code or "internal", f"The hub failed ({status}).", status=status)
    return HubError(code or f"http_{status}", f"The hub refused the event stream ({status}).")


def _error_code(body: bytes) -> str | None:
    try:
        payload = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    code = payload.get("error") if isinstance(payload, dict) else None
    return code if isinstance(code, str) and code else None


def _decode(raw: _RawEvent) -> HubEvent | None:
    """The event, or None for one this client does not understand (a newer hub's)."""
    try:
        payload = orjson.loads(raw.data)
        event_id = int(raw.id or "")
    except (orjson.JSONDecodeError, ValueError):
        logger.warning("Ignoring a malformed event of type %r", raw.type[:40])
        return None
    if not isinstance(payload, dict):
        return None

    def optional(key: str, kind: type) -> object | None:
        value = payload.get(key)
        return value if isinstance(value, kind) and not isinstance(value, bool) else None

    case_id, client_id = optional("case_id", int), optional("client_id", int)
    channel, due = optional("channel", str), optional("due", str)
    return HubEvent(
        id=event_id,
        type=raw.type,
        case_id=case_id if isinstance(case_id, int) else None,
        channel=channel if isinstance(channel, str) else None,
        client_id=client_id if isinstance(client_id, int) else None,
        due=due if isinstance(due, str) else None,
    )


async def _server_sent_events(response: httpx.Response) -> AsyncIterator[_RawEvent]:
    """Events of a ``text/event-stream`` body (the WHATWG format; comments are skipped)."""
    event_id: str | None = None
    event_type = ""
    data: list[str] = []
    async for line in response.aiter_lines():
        if line == "":
            if data:
                yield _RawEvent(id=event_id, type=event_type or "message", data="\n".join(data))
            event_type, data = "", []
            continue
        if line.startswith(":"):
            continue
        name, _colon, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            data.append(value)
        elif name == "event":
            event_type = value
        elif name == "id" and "\0" not in value:
            event_id = value
