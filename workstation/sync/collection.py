"""Garbage collection tuned for a sync.

A sync decodes thousands of short-lived row tuples per page on the ``DbWorker``. With
Python's default thresholds they trigger a young collection every 2,000 allocations and,
now and then, a full one over every object of the process; a collection holds the
interpreter lock, so a full one on the worker freezes the Qt event loop too (55 ms
measured at 100k cases). The page objects are acyclic and freed by reference counting,
so collecting less often while a sync runs loses nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

SYNC_THRESHOLDS: Final = (50_000, 50, 1_000)


@contextmanager
def relaxed_collection(thresholds: tuple[int, int, int] = SYNC_THRESHOLDS) -> Iterator[None]:
    """Raise the collection thresholds for the ``with`` block (never lower them), and
    restore the previous ones afterwards."""
    previous = gc.get_threshold()
    gc.set_threshold(*(max(old, new) for old, new in zip(previous, thresholds, strict=True)))
    try:
        yield
    finally:
        gc.set_threshold(*previous)
