"""Garbage collection relaxed while a sync runs, and restored after it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from workstation.sync.collection import relaxed_collection


@pytest.fixture
def default_thresholds() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    gc.set_threshold(2000, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*before)


def test_thresholds_are_raised_inside_and_restored_after(
    default_thresholds: tuple[int, int, int],
) -> None:
    with relaxed_collection((50_000, 50, 1_000)):
        assert gc.get_threshold() == (50_000, 50, 1_000)

    assert gc.get_threshold() == default_thresholds


def test_thresholds_are_restored_after_an_error_and_never_lowered(
    default_thresholds: tuple[int, int, int],
) -> None:
    with pytest.raises(RuntimeError), relaxed_collection((1_000, 50, 5)):
        assert gc.get_threshold() == (2000, 50, 10)
        raise RuntimeError("sync failed")

    assert gc.get_threshold() == default_thresholds
