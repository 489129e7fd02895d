"""The app's own start as the start-up benchmark runs it (``bench.entries.app``), which
prints, at the first paint of the inbox, the heavy libraries already loaded.

``python -m tests.ui.first_paint_probe DATA_DIR HUB_URL USER KEY_FILE``
"""

from __future__ import annotations

import sys
from pathlib import Path

import bench.entries.app as entry

# Loaded after the first paint, or only when used.
WATCHED = ("alembic", "cryptography", "fpdf", "httpx", "sqlalchemy")


def _report() -> None:
    loaded = [name for name in WATCHED if name in sys.modules]
    print("loaded at the first paint:", ",".join(loaded) or "-", flush=True)
    reported()


reported = entry._report
entry._report = _report

if __name__ == "__main__":
    data_dir, hub_url, user, key_file = sys.argv[1:5]
    sys.exit(entry.main(Path(data_dir), hub_url, user, Path(key_file)))
