"""`make demo`: a freshly seeded hub on a free loopback port, and the workstation pointed at it.

Everything lives in a temporary directory that is removed when the workstation exits, so
every demo starts from the same deterministic data.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

DEMO_USER = "petra"
DEMO_PASSWORD = "demo"


def start_hub(db_url: str, workdir: Path) -> tuple[subprocess.Popen[str], str]:
    subprocess.run([sys.executable, "-m", "hub", "seed", "--demo", "--db", db_url], check=True)
    serve = ["serve", "--host", "127.0.0.1", "--port", "0", "--db", db_url]
    hub = subprocess.Popen(
        [sys.executable, "-m", "hub", *serve],
        cwd=workdir,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert hub.stdout is not None
    for line in hub.stdout:
        if line.startswith("HUB_URL="):
            return hub, line.strip().split("=", 1)[1]
    raise SystemExit("demo: the hub exited before it was ready")


def start_simulator(db_url: str) -> subprocess.Popen[str] | None:
    """Calm live traffic for the demo, once the hub offers it."""
    probe = subprocess.run(
        [sys.executable, "-m", "hub", "simulate", "--help"], capture_output=True, text=True
    )
    if probe.returncode != 0:
        return None
    return subprocess.Popen(
        [sys.executable, "-m", "hub", "simulate", "--db", db_url, "--rate", "2"], text=True
    )


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="expert-workstation-demo-") as tmp:
        workdir = Path(tmp)
        db_url = f"sqlite:///{workdir / 'hub.db'}"
        hub, hub_url = start_hub(db_url, workdir)
        simulator = start_simulator(db_url)
        children = [p for p in (simulator, hub) if p is not None]

        def stop_children(*_: object) -> None:
            for child in children:
                if child.poll() is None:
                    child.terminate()

        signal.signal(signal.SIGTERM, lambda *a: (stop_children(), sys.exit(143)))
        print(f"demo: hub at {hub_url}; log in as {DEMO_USER} / {DEMO_PASSWORD}", flush=True)
        env = dict(os.environ, EXPERT_WORKSTATION_DEMO_PASSWORD=DEMO_PASSWORD)
        try:
            app = subprocess.run(
                [
                    sys.executable, "-m", "workstation",
                    "--hub", hub_url,
                    "--user", DEMO_USER,
                    "--data-dir", str(workdir / "workstation-data"),
                ],
                env=env,
            )
            return app.returncode
        finally:
            stop_children()
            for child in children:
                child.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
