"""Asking where to save an export, without a nested event loop."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from workstation.ui.async_dialog import run_dialog

# (parent, caption, suggested file name, name filter) -> the chosen path or None.
SavePathChooser = Callable[[QWidget, str, str, str], Awaitable[Path | None]]


async def ask_save_path(
    parent: QWidget, caption: str, file_name: str, name_filter: str
) -> Path | None:
    dialog = QFileDialog(parent, caption)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(Path(file_name).suffix.lstrip("."))
    dialog.selectFile(file_name)
    if await run_dialog(dialog) != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return Path(chosen[0]) if chosen else None
