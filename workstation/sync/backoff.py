"""Exponential back-off with jitter for retrying deliveries to the hub."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Backoff:
    """The delay before attempt ``n + 1`` after ``n`` failed ones grows by ``factor`` from
    ``base_s`` up to ``max_s``, with "equal jitter": a random point in the upper half of
    that delay, so that many workstations coming back online at once spread out while
    each still waits at least half the nominal time."""

    base_s: float = 2.0
    factor: float = 2.0
    max_s: float = 300.0

    def delay(self, failed_attempts: int, random: Callable[[], float]) -> float:
        exponent = max(0, failed_attempts - 1)
        # Capped before the power can overflow for a very long offline stretch.
        nominal = (
            self.max_s if exponent >= 64 else min(self.max_s, self.base_s * self.factor**exponent)
        )
        return nominal / 2 + random() * nominal / 2
