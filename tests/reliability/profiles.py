"""Hypothesis settings for the reliability tests: a small ``ci`` run by default (part of
``make test``), a long campaign with ``HYPOTHESIS_PROFILE=soak`` (``make soak``)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    "derandomize": False,
}

CI = settings(max_examples=20, stateful_step_count=40, **_COMMON)  # type: ignore[arg-type]
SOAK = settings(max_examples=300, stateful_step_count=60, **_COMMON)  # type: ignore[arg-type]


def reliability_settings() -> settings:
    return SOAK if os.environ.get("HYPOTHESIS_PROFILE") == "soak" else CI
