"""The app's own start-up until its main window shows the first page of the cached inbox.

``python -m bench.entries.app CACHE_FILE KEY_FILE``. It starts the app as ``python -m
workstation`` does (``workstation.__main__.main``: the single-instance claim, the desktop
services, the keyring, the session, the cache, the main window), over a data directory
whose account cache is the generated one (a symbolic link). The keyring is one held in
this process (``bench.entries.process_keyring``) with the cache key and a stored session;
the hub's address refuses connections, which the app only learns after its first paint.
It prints ``time.monotonic()`` after the first paint of the inbox with rows in it, then
quits the app the normal way.

Not in the figure: an OS keyring's D-Bus round trips (a few milliseconds).
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
import time
from pathlib import Path

from bench.entries.process_keyring import ProcessKeyring
from workstation.__main__ import import_store_before_qt

# As ``python -m workstation`` does it, before Qt (see ``import_store_before_qt``).
import_store_before_qt()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402

_USER = "bench"


class _FirstInboxPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and _is_inbox_with_rows(watched.parent()):
            # After this paint has finished, not when it starts.
            QTimer.singleShot(0, _report)
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        return False


def _is_inbox_with_rows(widget: QObject | None) -> bool:
    if not isinstance(widget, QAbstractItemView) or widget.objectName() != "inbox":
        return False
    model = widget.model()
    return model is not None and model.rowCount() > 0


def _report() -> None:
    print(time.monotonic(), flush=True)
    QApplication.quit()


def _refused_address() -> str:
    # A port that was free a moment ago: nothing listens there, so connections are refused.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def main(cache_path: Path, key_path: Path) -> int:
    from workstation.__main__ import main as workstation_main
    from workstation.store.paths import account_dir
    from workstation.store.secrets import CACHE_KEY, REFRESH_TOKEN, SecretStore, account_name
    from workstation.ui.cache_opening import CACHE_FILE_NAME

    with tempfile.TemporaryDirectory(prefix="bench-start-") as scratch:
        root = Path(scratch)
        # The app's settings and desktop files go to the scratch directory.
        os.environ["XDG_CONFIG_HOME"] = str(root / "config")
        os.environ["PYTHON_KEYRING_BACKEND"] = (
            f"{ProcessKeyring.__module__}.{ProcessKeyring.__qualname__}"
        )
        hub_url = _refused_address()
        data_dir = root / "data"
        cache_dir = account_dir(data_dir, hub_url, _USER)
        cache_dir.mkdir(parents=True)
        (cache_dir / CACHE_FILE_NAME).symlink_to(cache_path.resolve())
        account = account_name(_USER, hub_url)
        secrets = SecretStore(backend=ProcessKeyring())
        secrets.set(account, CACHE_KEY, key_path.read_text().strip())
        secrets.set(account, REFRESH_TOKEN, "a-stored-session")

        app = QApplication(sys.argv[:1])
        first_paint = _FirstInboxPaint()
        app.installEventFilter(first_paint)
        return workstation_main(["--hub", hub_url, "--user", _USER, "--data-dir", str(data_dir)])


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
