"""Remembers which hub and user logged in last, to prefill the login and resume the session.

Only the hub address and the expert's own user name are kept here, in plain JSON next to
the per-account folders: no token, no password and nothing about customers.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

LAST_ACCOUNT_FILE = "last-account.json"


@dataclass(frozen=True, slots=True)
class Account:
    hub_url: str
    username: str


def load_last_account(data_root: Path) -> Account | None:
    try:
        payload = json.loads((data_root / LAST_ACCOUNT_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        logger.warning("The remembered account could not be read; it is ignored")
        return None
    if not isinstance(payload, dict):
        return None
    hub_url, username = payload.get("hub_url"), payload.get("username")
    if isinstance(hub_url, str) and isinstance(username, str) and hub_url and username:
        return Account(hub_url=hub_url, username=username)
    return None


def save_last_account(data_root: Path, account: Account) -> None:
    path = data_root / LAST_ACCOUNT_FILE
    temporary = path.with_name(f"{path.name}.tmp")
    try:
        data_root.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary.write_text(
            json.dumps({"hub_url": account.hub_url, "username": account.username}),
            encoding="utf-8",
        )
        os.replace(temporary, path)
    except OSError as error:
        # Losing this only means typing the hub address again next time.
        logger.warning("Could not remember the account: %s", type(error).__name__)
