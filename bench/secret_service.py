"""A private Secret Service for the start-up benchmark: its own D-Bus session bus with an
unlocked gnome-keyring, so that the app's start looks up its cache key and session in a
real OS keyring (backend detection, D-Bus round trips and all), as on an expert's desktop.

Where ``dbus-daemon`` or ``gnome-keyring-daemon`` is missing, ``private_secret_service``
yields None and the benchmark falls back to a keyring held in the app's process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

_PASSWORD: Final = "bench-keyring"
# The refresh token the benchmark stores; the app presents it only after its first paint.
STORED_SESSION: Final = "a-stored-session"
_READY_TIMEOUT_S: Final = 10.0

# Stores secrets through the app's own SecretStore on the keyring the environment names.
_STORE_SECRETS: Final = """
import sys
from workstation.store.secrets import SecretStore
store = SecretStore()
store.check_available()
for account, name, value in zip(*[iter(sys.argv[1:])] * 3):
    store.set(account, name, value)
"""


@contextmanager
def private_secret_service() -> Iterator[dict[str, str] | None]:
    """Environment variables that point a child process at the private Secret Service."""
    if shutil.which("dbus-daemon") is None or shutil.which("gnome-keyring-daemon") is None:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="bench-keyring-") as scratch:
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        keyring: subprocess.Popen[str] | None = None
        try:
            assert bus.stdout is not None
            address = bus.stdout.readline().strip()
            env = {
                **os.environ,
                "DBUS_SESSION_BUS_ADDRESS": address,
                "XDG_DATA_HOME": str(Path(scratch) / "data"),
                "XDG_RUNTIME_DIR": scratch,
            }
            env.pop("PYTHON_KEYRING_BACKEND", None)
            keyring = subprocess.Popen(
                ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
                text=True,
            )
            assert keyring.stdin is not None
            keyring.stdin.write(_PASSWORD)
            keyring.stdin.close()
            if not _answers(env):
                yield None
                return
            yield env
        finally:
            for process in (keyring, bus):
                if process is not None:
                    process.terminate()
                    process.wait(timeout=10)


def store_secrets(env: dict[str, str], secrets: list[tuple[str, str, str]]) -> None:
    """Write (account, name, value) entries into the keyring ``env`` points at."""
    flat = [part for entry in secrets for part in entry]
    subprocess.run(
        [sys.executable, "-c", _STORE_SECRETS, *flat],
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )


def _answers(env: dict[str, str]) -> bool:
    deadline = time.monotonic() + _READY_TIMEOUT_S
    probe = "from workstation.store.secrets import SecretStore; SecretStore().check_available()"
    while time.monotonic() < deadline:
        finished = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, timeout=60, check=False
        )
        if finished.returncode == 0:
            return True
        time.sleep(0.2)
    return False
