"""Back-off: exponential, capped, jittered within the upper half."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from workstation.sync.backoff import Backoff


def test_the_delay_doubles_up_to_the_cap() -> None:
    backoff = Backoff(base_s=2.0, factor=2.0, max_s=60.0)

    assert [backoff.delay(attempts, lambda: 1.0) for attempts in range(1, 8)] == [
        2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0,
    ]  # fmt: skip
    assert backoff.delay(0, lambda: 1.0) == 2.0
    assert backoff.delay(10_000, lambda: 0.0) == 30.0


@given(st.integers(min_value=0, max_value=10_000), st.floats(min_value=0.0, max_value=1.0))
def test_jitter_stays_in_the_upper_half_of_the_nominal_delay(attempts: int, draw: float) -> None:
    backoff = Backoff()
    nominal = backoff.delay(attempts, lambda: 1.0)

    assert nominal / 2 <= backoff.delay(attempts, lambda: draw) <= nominal <= backoff.max_s
