"""Skip-or-fail policy for tests that need a real system service.

On a developer's laptop a missing service skips the test; under CI (env CI set) it fails,
because CI installs and starts every service the suite needs.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


def service_missing(reason: str) -> NoReturn:
    if in_ci():
        pytest.fail(f"CI must provide this service: {reason}", pytrace=False)
    pytest.skip(reason)
