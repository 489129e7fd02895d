"""Building validated pages and a fixed clock for the store tests."""

from __future__ import annotations

from typing import Any

from tests.domain.documents import numbered, page_document
from workstation.domain.changes import ChangePage, parse_change_page

NOW = 1_800_000_000


def page(*changes: dict[str, Any], cursor: str = "100", expert_id: int = 1) -> ChangePage:
    return parse_change_page(
        page_document(numbered(list(changes)), cursor=cursor), expert_id=expert_id
    )


def iso(epoch: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class FakeClock:
    """A wall clock the test moves (epoch seconds)."""

    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
