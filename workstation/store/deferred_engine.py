"""An engine that is created when it is first used, so that the start can paint first.

Importing SQLAlchemy takes about 0.14 s, a third of the start-up, and the first paint
needs none of it: the inbox's first page comes from a ``CacheReader``. The start hands
the stores a ``deferred_engine`` instead of an engine, and creates the real one on the
``DbWorker`` right after the paint (``create_now``). Whatever uses it earlier creates it
then, so nothing depends on that order; it only costs the wait.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from sqlalchemy import Engine


class DeferredEngine:
    """Stands in for an ``Engine``: every attribute is the real engine's, created by
    ``create`` on first access (from any thread, once)."""

    def __init__(self, create: Callable[[], Engine]) -> None:
        self._create = create
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    @property
    def created(self) -> bool:
        return self._engine is not None

    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                self._engine = self._create()
            return self._engine

    def dispose(self) -> None:
        # Disposing of an engine nobody used must not create it.
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine(), name)


def deferred_engine(create: Callable[[], Engine]) -> Engine:
    """A ``DeferredEngine`` typed as the engine it stands in for."""
    return cast("Engine", DeferredEngine(create))


def create_now(engine: Engine) -> None:
    """Create a deferred engine's real engine (a plain engine has nothing to do)."""
    if isinstance(engine, DeferredEngine):
        engine.engine()
