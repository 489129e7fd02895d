"""One kind of customer concern, written once and rendered for every channel."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Concern:
    topic: str
    subject: str
    body: str
    short: str
    followup: str
    reply: str
