"""Fixtures shared by the hub tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hub.helpers import Session, http_client, login
from tests.support.hub_server import RunningHub, running_hub


@pytest.fixture(scope="module")
def module_hub(
    hub_template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningHub]:
    """One demo hub for a whole module, for tests that each work on cases of their own."""
    path = tmp_path_factory.mktemp("module-hub") / "hub.db"
    shutil.copyfile(hub_template_db, path)
    with running_hub(f"sqlite:///{path}", prepared=True) as hub:
        yield hub


@pytest.fixture(scope="module")
def module_petra(module_hub: RunningHub) -> Iterator[Session]:
    """Petra, logged in to ``module_hub``."""
    with http_client(module_hub) as http:
        yield login(http, "petra")
