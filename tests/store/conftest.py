from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from workstation.store.cache import CaseCache
from workstation.store.database import new_cache_key, open_cache


@pytest.fixture
def cache_key() -> bytes:
    return new_cache_key()


@pytest.fixture
def cache_path(tmp_path: Path) -> Path:
    return tmp_path / "hub_8000" / "petra" / "cache.db"


@pytest.fixture
def file_engine(cache_path: Path, cache_key: bytes) -> Iterator[Engine]:
    engine = open_cache(cache_path, cache_key)
    yield engine
    engine.dispose()


@pytest.fixture(params=["file", "memory"])
def engine(request: pytest.FixtureRequest, cache_path: Path, cache_key: bytes) -> Iterator[Engine]:
    """The same behaviour is expected from the encrypted file and the memory cache."""
    opened = open_cache(cache_path if request.param == "file" else None, cache_key)
    yield opened
    opened.dispose()


@pytest.fixture
def cache(engine: Engine) -> CaseCache:
    return CaseCache(engine, clock=lambda: 1_800_000_000.0)
