"""The allocator tuning that keeps a sync's buffers in the heap."""

from __future__ import annotations

import platform
import sys

import pytest

from workstation.platform.allocator import keep_large_buffers_in_heap

_GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


@pytest.mark.skipif(not _GLIBC, reason="tuned only with glibc's mallopt")
def test_the_allocator_is_tuned_on_glibc() -> None:
    assert keep_large_buffers_in_heap()


@pytest.mark.skipif(sys.platform.startswith("linux"), reason="only where there is no mallopt")
def test_the_tuning_is_left_out_elsewhere() -> None:
    assert not keep_large_buffers_in_heap()
