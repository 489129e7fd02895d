"""The ``hub`` command line: ``seed`` in-process through ``main``, ``serve`` as a real
process."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from hub.cli import main


def test_seed_refuses_to_overwrite_unless_reset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert main(["seed", "--demo", "--db", db_url]) == 0
    assert "petra" in capsys.readouterr().out
    assert main(["seed", "--demo", "--db", db_url]) == 1
    assert "--reset" in capsys.readouterr().err
    assert main(["seed", "--demo", "--reset", "--db", db_url]) == 0


@pytest.mark.parametrize("argv", [[], ["seed"], ["serve", "--port", "many"], ["simulate"]])
def test_usage_errors_exit_with_status_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2


def test_serve_on_port_zero_announces_its_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["seed", "--demo"]) == 0
    assert (tmp_path / "hub.db").exists()
    server = subprocess.Popen(
        [sys.executable, "-m", "hub.cli", "serve", "--port", "0", "--log-level", "warning"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline().strip()
        assert line.startswith("HUB_URL=http://127.0.0.1:")
        url = line.removeprefix("HUB_URL=")
        login = httpx.post(f"{url}/auth/login", json={"username": "petra", "password": "demo"})
        assert login.status_code == 200
    finally:
        server.send_signal(signal.SIGINT)
        _out, errors = server.communicate(timeout=30)
    assert server.returncode == 0, errors
