"""A Markdown preview that never loads anything: no remote images, no local files, and
links do not navigate (a contribution is text for the editors, not a browser)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget


class MarkdownPreview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.requested_resources: list[str] = []

    def loadResource(self, resource_type: int, name: QUrl | str) -> Any:
        self.requested_resources.append(name.toString() if isinstance(name, QUrl) else name)
        return None
