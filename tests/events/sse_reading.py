"""A minimal Server-Sent Events frame reader for tests that inspect the raw stream."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass
class Frame:
    id: str | None = None
    event: str | None = None
    data: str = ""
    comments: list[str] = field(default_factory=list)

    @property
    def payload(self) -> dict[str, Any]:
        decoded = json.loads(self.data)
        assert isinstance(decoded, dict)
        return decoded


def frames(response: httpx.Response) -> Iterator[Frame]:
    """Frames as they arrive; a comment-only frame (a heartbeat) is yielded too."""
    frame = Frame()
    for line in response.iter_lines():
        if line == "":
            if frame.id or frame.event or frame.data or frame.comments:
                yield frame
            frame = Frame()
            continue
        name, _colon, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "":
            frame.comments.append(value)
        elif name == "id":
            frame.id = value
        elif name == "event":
            frame.event = value
        elif name == "data":
            frame.data = value if not frame.data else f"{frame.data}\n{value}"
