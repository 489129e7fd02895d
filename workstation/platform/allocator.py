"""Keep buffers of a few megabytes in the C heap instead of fresh memory mappings (glibc).

A first sync moves hundreds of megabytes through buffers of a few MB each: a page's JSON,
the rows SQLite unpacks from it, FTS5's 16 MB hash. glibc serves an allocation above its
mmap threshold with a fresh mapping that the kernel zero-fills page by page and unmaps on
free, and it trims the heap's top again soon after. On a first sync of 100k cases, a tenth
of the database thread's time went to the kernel zeroing such pages. A fixed threshold of
32 MiB and a trim threshold of 64 MiB keep these buffers in the heap; memory freed beyond
that still goes back to the system.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Final

_M_TRIM_THRESHOLD: Final = -1
_M_MMAP_THRESHOLD: Final = -3
MMAP_THRESHOLD_BYTES: Final = 32 * 1024 * 1024
TRIM_THRESHOLD_BYTES: Final = 64 * 1024 * 1024


def keep_large_buffers_in_heap() -> bool:
    """Tune glibc's allocator as above; False where there is no glibc ``mallopt``."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # e.g. musl, which has no mallopt
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)) and bool(
        mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES)
    )
