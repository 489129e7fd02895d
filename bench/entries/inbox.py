"""The app's start-up up to the inbox's first painted page, over an existing cache.

``python -m bench.entries.inbox CACHE_FILE KEY_FILE``. It imports the module the app's
start-up lives in (``workstation.ui.startup``, with everything it imports before the
main window shows), opens the cache with the store's ``open_cache``/``open_reader`` as
the start-up does, builds the real ``InboxModel`` over ``CaseCache`` and shows it in the
real ``InboxView``, and prints ``time.monotonic()`` after the view's first paint.

Left out, because they need a keyring, a hub or a login: reading the cache key from the
keyring (the key comes from a file), resuming the session, the outbox and the sync
controller, and the main window's other panes (sidebar, thread view, status bar).
"""

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

import workstation.ui.startup  # noqa: F401  (the app's start-up imports, timed)
from workstation.store.cache import CaseCache
from workstation.store.database import open_cache, open_reader
from workstation.ui.icons import IconLibrary
from workstation.ui.inbox_model import InboxModel
from workstation.ui.inbox_view import InboxView


class _FirstPaint(QObject):
    def __init__(self, model: InboxModel) -> None:
        super().__init__()
        self._model = model

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The first paint with rows in it; an empty first paint does not count.
        if event.type() == QEvent.Type.Paint and self._model.rowCount() > 0:
            QTimer.singleShot(0, _report)
            watched.removeEventFilter(self)
        return False


def _report() -> None:
    print(time.monotonic(), flush=True)
    QApplication.quit()


def main(cache_path: Path, key_path: Path) -> int:
    app = QApplication(sys.argv[:1])
    engine = open_cache(cache_path, bytes.fromhex(key_path.read_text().strip()))
    reader = open_reader(engine)
    model = InboxModel(CaseCache(reader), IconLibrary())
    view = InboxView(model)
    first_paint = _FirstPaint(model)
    view.viewport().installEventFilter(first_paint)
    view.resize(1000, 700)
    view.show()
    try:
        return app.exec()
    finally:
        reader.dispose()
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
