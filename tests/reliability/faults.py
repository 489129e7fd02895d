"""A fault-injecting httpx transport between the workstation and the real hub.

Each request to a faulty path takes the next fault from a script (an empty script lets
everything through), so a test or a Hypothesis rule decides exactly what the network
does: lose the request, lose the answer after the hub applied it, send the request twice,
deliver it late (after a later request), answer 5xx before or after the hub applied it,
or time out.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

import httpx

MUTATIONS_PATH = "/sync/mutations"
CHANGES_PATH = "/sync/changes"


class Fault(StrEnum):
    PASS = "pass"
    DROP_REQUEST = "drop_request"  # the connection fails before the hub sees anything
    DROP_RESPONSE = "drop_response"  # the hub applied it; the answer is lost
    DUPLICATE = "duplicate"  # the hub receives the request twice
    DELAY = "delay"  # the request arrives late, after the next one; the client times out
    SERVER_ERROR = "server_error"  # a 503 from a proxy; the hub saw nothing
    SERVER_ERROR_AFTER = "server_error_after"  # a 502 after the hub applied it
    TIMEOUT = "timeout"  # no answer in time; the hub saw nothing


@dataclass
class FaultyTransport(httpx.AsyncBaseTransport):
    paths: frozenset[str] = frozenset({MUTATIONS_PATH, CHANGES_PATH})
    script: deque[Fault] = field(default_factory=deque)
    log: list[tuple[str, Fault]] = field(default_factory=list)
    delayed: list[httpx.Request] = field(default_factory=list)
    inner: httpx.AsyncHTTPTransport = field(default_factory=httpx.AsyncHTTPTransport)

    def plan(self, faults: Iterable[Fault]) -> None:
        self.script = deque(faults)

    def heal(self) -> None:
        self.script.clear()

    async def deliver_delayed(self) -> None:
        """Let the requests held back arrive now (their answers go nowhere)."""
        delayed, self.delayed = self.delayed, []
        for request in delayed:
            response = await self.inner.handle_async_request(request)
            await response.aread()
            await response.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        fault = self.script.popleft() if path in self.paths and self.script else Fault.PASS
        self.log.append((path, fault))
        await request.aread()
        if fault in (Fault.DROP_REQUEST, Fault.TIMEOUT):
            error = httpx.ConnectError if fault is Fault.DROP_REQUEST else httpx.ReadTimeout
            raise error(f"injected {fault.value}", request=request)
        if fault is Fault.SERVER_ERROR:
            return _error_response(503)
        if fault is Fault.DELAY:
            self.delayed.append(_copy(request))
            raise httpx.ReadTimeout("injected delay", request=request)
        if fault is Fault.DUPLICATE:
            await self._forward_and_drop(_copy(request))
        response = await self.inner.handle_async_request(request)
        if self.delayed:
            await self.deliver_delayed()
        if fault is Fault.DROP_RESPONSE:
            await response.aread()
            await response.aclose()
            raise httpx.RemoteProtocolError("injected lost answer", request=request)
        if fault is Fault.SERVER_ERROR_AFTER:
            await response.aread()
            await response.aclose()
            return _error_response(502)
        return response

    async def _forward_and_drop(self, request: httpx.Request) -> None:
        response = await self.inner.handle_async_request(request)
        await response.aread()
        await response.aclose()

    async def aclose(self) -> None:
        await self.inner.aclose()


def _copy(request: httpx.Request) -> httpx.Request:
    return httpx.Request(
        request.method, request.url, headers=request.headers, content=request.content
    )


def _error_response(status: int) -> httpx.Response:
    return httpx.Response(
        status,
        headers={"Content-Type": "application/json"},
        content=b'{"error": "internal", "message": "injected"}',
    )
