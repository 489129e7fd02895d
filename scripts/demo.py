"""`make demo`: a freshly seeded hub on a free loopback port, and the workstation pointed at it.

Everything lives in a temporary directory that is removed when the workstation exits, so
every demo starts from the same deterministic data.

`scripts/demo.py --totp` demonstrates the second factor: petra gets a TOTP enrolment with
a fixed demo secret, and this script prints her current code every 30 seconds (as her
phone would show it). Without the flag petra has no second factor, so `make demo` logs in
with the password alone.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
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


def enrol_second_factor(db_url: str) -> str:
    """Petra's TOTP enrolment with the published demo secret; returns the secret."""
    from hub.db import make_engine
    from hub.demo.seed import DEMO_TOTP_SECRET, enrol_demo_second_factor

    engine = make_engine(db_url)
    try:
        enrol_demo_second_factor(engine, DEMO_USER)
    finally:
        engine.dispose()
    return DEMO_TOTP_SECRET


def print_codes(secret: str, stop: threading.Event) -> None:
    """What petra's authenticator app would show, once per 30-second step."""
    import pyotp

    codes = pyotp.TOTP(secret)
    last = ""
    while not stop.wait(1.0):
        code = codes.now()
        if code != last:
            print(f"demo: {DEMO_USER}'s authenticator code now: {code}", flush=True)
            last = code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--totp", action="store_true", help="petra logs in with a TOTP code")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="expert-workstation-demo-") as tmp:
        workdir = Path(tmp)
        db_url = f"sqlite:///{workdir / 'hub.db'}"
        hub, hub_url = start_hub(db_url, workdir)
        stop_codes = threading.Event()
        if args.totp:
            secret = enrol_second_factor(db_url)
            print(f"demo: {DEMO_USER} uses two-factor sign-in (demo secret {secret})", flush=True)
            threading.Thread(target=print_codes, args=(secret, stop_codes), daemon=True).start()
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
            stop_codes.set()
            stop_children()
            for child in children:
                child.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
