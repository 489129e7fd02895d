"""The app's own start-up until its main window shows the first page of the cached inbox.

``python -m bench.entries.app DATA_DIR HUB_URL USER [KEY_FILE]``. It starts the app as
``python -m workstation`` does (``workstation.__main__.main``: the store before Qt, the
single-instance claim, the desktop services, the keyring, the session, the cache, the main
window) with ``--hub``, ``--user`` and ``--data-dir``. The benchmark has prepared the data
directory (the account's cache is the generated one) and, in the OS keyring the
environment names, the cache key and a stored session; the hub's address refuses
connections, which the app only learns after its first paint. With ``KEY_FILE`` the
keyring is instead one held in this process (``bench.entries.process_keyring``), filled
here, for machines without a Secret Service.

It prints ``time.monotonic()`` after the first paint of the inbox with rows in it, then
quits the app the normal way.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from workstation.__main__ import prepare_start

# As ``python -m workstation`` does it, before Qt (see ``prepare_start``).
prepare_start()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402

from bench.secret_service import STORED_SESSION  # noqa: E402


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


def _fill_process_keyring(hub_url: str, user: str, key_file: Path) -> None:
    # Imported only here: once loaded, keyring's detection would chain it with the real
    # keyring's backend.
    from bench.entries.process_keyring import ProcessKeyring
    from workstation.store.secrets import CACHE_KEY, REFRESH_TOKEN, SecretStore, account_name

    os.environ["PYTHON_KEYRING_BACKEND"] = (
        f"{ProcessKeyring.__module__}.{ProcessKeyring.__qualname__}"
    )
    account = account_name(user, hub_url)
    secrets = SecretStore(backend=ProcessKeyring())
    secrets.set(account, CACHE_KEY, key_file.read_text().strip())
    secrets.set(account, REFRESH_TOKEN, STORED_SESSION)


def main(data_dir: Path, hub_url: str, user: str, key_file: Path | None) -> int:
    from workstation.__main__ import main as workstation_main

    if key_file is not None:
        _fill_process_keyring(hub_url, user, key_file)
    app = QApplication(sys.argv[:1])
    first_paint = _FirstInboxPaint()
    app.installEventFilter(first_paint)
    return workstation_main(["--hub", hub_url, "--user", user, "--data-dir", str(data_dir)])


if __name__ == "__main__":
    arguments = sys.argv[1:]
    sys.exit(
        main(
            Path(arguments[0]),
            arguments[1],
            arguments[2],
            Path(arguments[3]) if len(arguments) > 3 else None,
        )
    )
