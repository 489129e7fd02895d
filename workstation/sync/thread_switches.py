"""Prompter switches of the interpreter lock while a sync runs.

During a first sync three threads want the interpreter lock: the event loop, the
``DbWorker`` (decoding pages) and the thread that writes the search index beside the
cache. A thread that waits for the lock asks the holder to drop it only after the
switch interval, 5 ms by default, and with three contenders the event loop can lose that
race several times in a row. At 1 ms the event loop's longest stall during a 100k first
sync went from 39–49 ms to 31–33 ms, for about 1 % of the sync's rate
(docs/performance.md).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

SYNC_SWITCH_INTERVAL_S: Final = 0.001


@contextmanager
def prompt_thread_switches(interval_s: float = SYNC_SWITCH_INTERVAL_S) -> Iterator[None]:
    """Shorten the interpreter's switch interval for the ``with`` block (never lengthen
    it), and restore the previous one afterwards."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, interval_s))
    try:
        yield
    finally:
        sys.setswitchinterval(previous)
