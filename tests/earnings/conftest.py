"""The store tests' cache fixtures, shared."""

from tests.store.conftest import cache, cache_key, cache_path, engine, file_engine

__all__ = ["cache", "cache_key", "cache_path", "engine", "file_engine"]
