"""What the command line hands to the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class LaunchOptions:
    hub_url: str = ""
    username: str = ""
    data_dir: Path | None = None
    # Only ever filled from the demo's environment variable; kept out of repr so that it
    # cannot end up in a log line or a traceback.
    password_prefill: str = field(default="", repr=False)
