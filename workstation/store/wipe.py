"""Remote wipe: delete everything one account left on this computer, and remember the
signed wipe report until the hub has acknowledged it.

The caller closes the cache first (engines disposed, worker stopped): SQLite keeps the
``-wal`` and ``-shm`` files open while a connection lives. The pending report holds only
the hub address, the device's public key, the wipe time and the signature, no personal
data, so it may outlive the wipe until the hub confirms it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Final

from workstation.store.secrets import KeyringUnavailable, SecretStore

logger = logging.getLogger(__name__)

PENDING_WIPE_REPORT_FILE: Final = "pending-wipe-report.json"


@dataclass(frozen=True, slots=True)
class WipeReport:
    hub_url: str
    public_key: str
    wiped_at: str
    signature: str


def delete_account_files(account_directory: Path, extra_files: Iterable[Path] = ()) -> list[str]:
    """Delete the account's directory (cache with -wal/-shm, drafts, attachments) and the
    extra files; returns what could not be deleted (empty when all is gone)."""
    failures: list[str] = []
    if account_directory.exists():
        # Bottom-up by hand rather than shutil.rmtree: one locked file must not keep the
        # others, and the caller learns which files survived.
        for folder, subfolders, files in os.walk(account_directory, topdown=False):
            for name in files:
                _remove(Path(folder) / name, failures)
            for name in subfolders:
                _remove_folder(Path(folder) / name, failures)
        _remove_folder(account_directory, failures)
    for path in extra_files:
        _remove(path, failures)
    # The per-hub folder's name is the hub address; drop it when no other account uses it.
    with contextlib.suppress(OSError):
        account_directory.parent.rmdir()
    return failures


def _remove(path: Path, failures: list[str]) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        failures.append(f"{path.name}: {type(error).__name__}")


def _remove_folder(path: Path, failures: list[str]) -> None:
    try:
        if path.is_symlink():
            path.unlink()
        else:
            path.rmdir()
    except FileNotFoundError:
        pass
    except OSError as error:
        failures.append(f"{path.name}/: {type(error).__name__}")


def delete_secrets(secrets: SecretStore, account: str, names: Iterable[str]) -> list[str]:
    """Remove the account's keyring entries; returns the names that could not be removed."""
    failures: list[str] = []
    for name in names:
        try:
            secrets.delete(account, name)
        except KeyringUnavailable as unavailable:
            logger.warning("Could not remove a keyring entry during the wipe: %s", unavailable)
            failures.append(name)
    return failures


def save_pending_report(data_root: Path, report: WipeReport) -> None:
    path = data_root / PENDING_WIPE_REPORT_FILE
    temporary = path.with_name(f"{path.name}.tmp")
    try:
        data_root.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary.write_text(json.dumps(asdict(report)), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        logger.warning("Could not keep the wipe report for later: %s", type(error).__name__)


def load_pending_report(data_root: Path) -> WipeReport | None:
    try:
        payload = json.loads((data_root / PENDING_WIPE_REPORT_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        logger.warning("The pending wipe report could not be read; it is dropped")
        clear_pending_report(data_root)
        return None
    fields = ("hub_url", "public_key", "wiped_at", "signature")
    if not isinstance(payload, dict) or not all(
        isinstance(payload.get(name), str) for name in fields
    ):
        clear_pending_report(data_root)
        return None
    return WipeReport(**{name: payload[name] for name in fields})


def clear_pending_report(data_root: Path) -> None:
    try:
        (data_root / PENDING_WIPE_REPORT_FILE).unlink(missing_ok=True)
    except OSError as error:
        logger.warning("Could not remove the sent wipe report: %s", type(error).__name__)
