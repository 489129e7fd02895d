"""httpx transports that sit between the client and the real hub: they record what went
over the wire, rewrite the hub's answers, or lose them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

import httpx

Rewrite = Callable[[httpx.Response, bytes], httpx.Response]


@dataclass
class Exchange:
    method: str
    path: str
    status: int


@dataclass
class HubTap(httpx.AsyncBaseTransport):
    """Forwards every request to the hub. ``rewrite`` may replace the answers to one path;
    ``lose_answers`` drops that many answers to ``lose_path`` after the hub handled them,
    as a connection that breaks on the way back would."""

    rewrite_path: str | None = None
    rewrite: Rewrite | None = None
    lose_path: str | None = None
    lose_answers: int = 0
    exchanges: list[Exchange] = field(default_factory=list)
    inner: httpx.AsyncHTTPTransport = field(default_factory=httpx.AsyncHTTPTransport)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        path = request.url.path
        self.exchanges.append(Exchange(request.method, path, response.status_code))
        if path == self.lose_path and self.lose_answers > 0:
            self.lose_answers -= 1
            await response.aclose()
            raise httpx.ReadTimeout("the answer was lost on the way back", request=request)
        if path == self.rewrite_path and self.rewrite is not None:
            body = await response.aread()
            await response.aclose()
            return self.rewrite(response, body)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()

    def statuses(self, path: str) -> list[int]:
        return [exchange.status for exchange in self.exchanges if exchange.path == path]


def replace_body(
    body: bytes,
    *,
    status: int = 200,
    content_type: str = "application/json",
    content_encoding: str | None = None,
) -> Rewrite:
    headers = {"Content-Type": content_type}
    if content_encoding is not None:
        headers["Content-Encoding"] = content_encoding

    def rewrite(_response: httpx.Response, _original: bytes) -> httpx.Response:
        return httpx.Response(status, headers=headers, content=body)

    return rewrite


def edit_body(edit: Callable[[bytes], bytes]) -> Rewrite:
    def rewrite(response: httpx.Response, original: bytes) -> httpx.Response:
        return httpx.Response(
            response.status_code,
            headers={"Content-Type": "application/json"},
            content=edit(original),
        )

    return rewrite


def cut_off_answer(number: int) -> Rewrite:
    """The ``number``-th rewritten answer cut off after 10 bytes, the others unchanged."""
    seen = 0

    def edit(body: bytes) -> bytes:
        nonlocal seen
        seen += 1
        return body[:10] if seen == number else body

    return edit_body(edit)


def streamed_without_length(extra_bytes: int) -> Rewrite:
    """The hub's answer padded with whitespace and sent chunked, so only the byte count
    while streaming can notice its size."""

    def rewrite(response: httpx.Response, original: bytes) -> httpx.Response:
        async def chunks() -> AsyncIterator[bytes]:
            yield original
            for _ in range(extra_bytes // 65536 + 1):
                yield b" " * 65536

        return httpx.Response(
            response.status_code, headers={"Content-Type": "application/json"}, content=chunks()
        )

    return rewrite
