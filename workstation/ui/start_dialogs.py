"""The start's own questions and messages: a cache that cannot be opened, a start that
failed. Their texts keep the "Workstation" translation context of the start-up."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from workstation.store.cache_file import CacheOpenError
from workstation.ui.async_dialog import run_dialog
from workstation.ui.icons import IconLibrary

translate = QCoreApplication.translate


class CacheChoice(Enum):
    RETRY = "retry"
    START_FRESH = "start_fresh"
    QUIT = "quit"


async def ask_about_cache_problem(error: CacheOpenError, icons: IconLibrary) -> CacheChoice:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Workstation", "Saved cases cannot be opened"))
    box.setWindowIcon(icons.app())
    box.setText(translate("Workstation", "The cases saved on this computer cannot be opened."))
    box.setInformativeText(cache_problem_text(error.reason))
    fresh = box.addButton(
        translate("Workstation", "Download cases again"), QMessageBox.ButtonRole.AcceptRole
    )
    retry = box.addButton(translate("Workstation", "Try again"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("Workstation", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry if error.reason in ("disk_full", "io_error") else fresh)
    await run_dialog(box)
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is fresh:
        return CacheChoice.START_FRESH
    if clicked is retry:
        return CacheChoice.RETRY
    return CacheChoice.QUIT


async def tell_start_up_failed() -> None:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Workstation", "Expert Workstation"))
    box.setText(translate("Workstation", "Expert Workstation could not start."))
    box.setInformativeText(
        translate(
            "Workstation",
            "An unexpected problem stopped the start. Please try again; if it keeps "
            "happening, tell your operations team.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    await run_dialog(box)
    box.deleteLater()


def cache_problem_text(reason: str) -> str:
    match reason:
        case "disk_full":
            return translate(
                "Workstation", "The disk is full. Free some space and choose “Try again”."
            )
        case "io_error":
            return translate(
                "Workstation",
                "The file could not be read or written. Check the disk and choose “Try "
                "again”, or download your cases again from the hub.",
            )
        case "newer_version":
            return translate(
                "Workstation",
                "They were saved by a newer version of Expert Workstation. Update the app, "
                "or download your cases again from the hub.",
            )
        case "migration_failed":
            return translate(
                "Workstation",
                "Updating them for this version failed; they were left unchanged. You can "
                "download your cases again from the hub.",
            )
        case _:
            return translate(
                "Workstation",
                "They cannot be decrypted with the key in your keyring. You can download "
                "your cases again from the hub.",
            )
