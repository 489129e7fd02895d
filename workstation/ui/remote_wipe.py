"""Remote wipe after the hub withdrew this device's access (``device_revoked`` or
``expert_offboarded``): delete the account's files and keyring entries, report the wipe
(signed with the device key just before it is deleted), and tell the expert.

The caller must have closed the cache (worker stopped, engines disposed) beforehand.
A report the hub did not acknowledge stays in a small file without personal data and is
sent again on the next start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from workstation.store.paths import account_dir
from workstation.store.secrets import (
    CACHE_KEY,
    DEVICE_KEY,
    REFRESH_TOKEN,
    SecretStore,
    account_name,
)
from workstation.store.wipe import (
    WipeReport,
    clear_pending_report,
    delete_account_files,
    delete_secrets,
    load_pending_report,
    save_pending_report,
)
from workstation.sync.client import HubClient, HubError, ProtocolError
from workstation.sync.device_key import DeviceKey
from workstation.ui.async_dialog import run_dialog
from workstation.ui.blocking_calls import BlockingCalls
from workstation.ui.icons import IconLibrary
from workstation.ui.last_account import LAST_ACCOUNT_FILE, Account, load_last_account

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

SECRET_NAMES = (REFRESH_TOKEN, CACHE_KEY, DEVICE_KEY)


class RemoteWipe:
    def __init__(
        self,
        data_root: Path,
        secrets: SecretStore,
        keyring_calls: BlockingCalls,
        client_factory: Callable[[str], HubClient],
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._root = data_root
        self._secrets = secrets
        self._keyring_calls = keyring_calls
        self._client_factory = client_factory
        self._now = now

    async def wipe(self, account: Account, device_key: DeviceKey | None) -> list[str]:
        """Delete everything of ``account``; returns what could not be deleted."""
        if device_key is not None:
            wiped_at = self._now().strftime("%Y-%m-%dT%H:%M:%SZ")
            # Kept before anything is deleted, so that even a wipe cut short gets reported.
            save_pending_report(
                self._root,
                WipeReport(
                    hub_url=account.hub_url,
                    public_key=device_key.public_key,
                    wiped_at=wiped_at,
                    signature=device_key.sign_wipe(wiped_at),
                ),
            )
        remembered = load_last_account(self._root)
        extra = [self._root / LAST_ACCOUNT_FILE] if remembered in (None, account) else []
        failures = await self._keyring_calls.run(
            delete_account_files,
            account_dir(self._root, account.hub_url, account.username),
            extra,
        )
        name = account_name(account.username, account.hub_url)
        failures += await self._keyring_calls.run(delete_secrets, self._secrets, name, SECRET_NAMES)
        if failures:
            logger.warning("The wipe left %d items behind", len(failures))
        else:
            logger.info("The account's data was wiped from this computer")
        return failures

    async def send_pending_report(self) -> bool:
        """Send a report the hub has not acknowledged yet; ``True`` when none is left."""
        report = load_pending_report(self._root)
        if report is None:
            return True
        client = self._client_factory(report.hub_url)
        try:
            await client.report_wipe(report.public_key, report.wiped_at, report.signature)
        except HubError as error:
            if error.code == "wipe_report_invalid":
                # The hub will never accept this one (e.g. the device was deleted there).
                logger.warning("The hub refused the wipe report; it is dropped")
                clear_pending_report(self._root)
                return True
            logger.info("The wipe report could not be sent yet: %s", type(error).__name__)
            return False
        except ProtocolError:
            logger.info("The wipe report got a malformed answer; it is sent again later")
            return False
        finally:
            await client.aclose()
        clear_pending_report(self._root)
        logger.info("The hub acknowledged the wipe report")
        return True


async def tell_wiped(icons: IconLibrary, reason: str, failures: list[str], data_root: Path) -> None:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning if failures else QMessageBox.Icon.Information)
    box.setWindowTitle(translate("RemoteWipe", "Expert Workstation"))
    box.setWindowIcon(icons.app())
    if reason == "expert_offboarded":
        box.setText(translate("RemoteWipe", "Your account has been closed."))
    else:
        box.setText(
            translate("RemoteWipe", "Your operations team has withdrawn this computer's access.")
        )
    details = translate(
        "RemoteWipe",
        "For data protection, the cases, drafts, attachments and sign-in data of your "
        "account were deleted from this computer. If you did not expect this, contact your "
        "operations team.",
    )
    if failures:
        details += "\n\n" + translate(
            "RemoteWipe",
            "Some files could not be deleted. Please delete the folder {folder} by hand: {items}",
        ).format(folder=str(data_root), items=", ".join(failures[:10]))
    box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    await run_dialog(box)
    box.deleteLater()
