"""Where the workstation keeps its files: one directory per hub and user."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Final
from urllib.parse import urlsplit

import platformdirs

DATA_DIR_ENV: Final = "EXPERT_WORKSTATION_DATA"
APP_NAME: Final = "ExpertWorkstation"

_UNSAFE_CHARS: Final = re.compile(r"[^a-z0-9._-]+")
# Names Windows refuses for files and directories whatever their extension.
_RESERVED_NAMES: Final = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{digit}" for digit in range(10)}
    | {f"lpt{digit}" for digit in range(10)}
)
_MAX_SLUG_CHARS: Final = 64


def data_root(override: Path | None = None) -> Path:
    """The workstation's data directory: ``override`` (``--data-dir``), else the
    environment variable, else the platform's per-user data directory."""
    if override is not None:
        return override
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def account_dir(root: Path, hub_url: str, username: str) -> Path:
    """``<root>/<hub host_port>/<username>``, both parts safe on every file system."""
    return root / hub_slug(hub_url) / filesystem_slug(username)


def hub_slug(hub_url: str) -> str:
    """Host and port of a hub URL; the scheme and path do not make a different hub."""
    parts = urlsplit(hub_url if "//" in hub_url else f"//{hub_url}")
    host = parts.hostname or "hub"
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is None:
        port = 80 if parts.scheme == "http" else 443
    return filesystem_slug(f"{host}_{port}")


def filesystem_slug(name: str) -> str:
    """A lower-case directory name made of ``[a-z0-9._-]``.

    When the slug is not exactly the original name (case, unsafe characters, length), a
    short hash of the original is appended so that two names never share a directory,
    even on case-insensitive file systems.
    """
    slug = _UNSAFE_CHARS.sub("_", name.lower()).strip("._")[:_MAX_SLUG_CHARS]
    if slug and slug == name and slug.split(".")[0] not in _RESERVED_NAMES:
        return slug
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    if slug.split(".")[0] in _RESERVED_NAMES:
        slug = f"_{slug}"
    return f"{slug or 'x'}-{digest}"
