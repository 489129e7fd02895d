"""The baseline: a PySide6 window with an empty ``QTableView`` and nothing else imported.

Prints ``time.monotonic()`` once the table's viewport has been painted and quits.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTableView


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # After this paint has finished, not when it starts.
            QTimer.singleShot(0, _report)
            watched.removeEventFilter(self)
        return False


def _report() -> None:
    print(time.monotonic(), flush=True)
    QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv)
    view = QTableView()
    first_paint = _FirstPaint()
    view.viewport().installEventFilter(first_paint)
    view.resize(1000, 700)
    view.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
