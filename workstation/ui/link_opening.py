"""Links in customer messages open only after the expert saw where they really lead.

A link's text can claim anything ("Ihre Bank"); the dialog shows the real target, with an
internationalized host in its ASCII form so that look-alike letters cannot hide it. Only
http, https and mailto links can be opened at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

translate = QCoreApplication.translate

OPENABLE_SCHEMES: Final = frozenset({"http", "https", "mailto"})


def real_target(url: QUrl) -> str:
    """The URL as the browser will use it: encoded, with the host in ASCII (punycode)."""
    return bytes(url.toEncoded().data()).decode("ascii", errors="replace")


class LinkConfirmation(QObject):
    """Attached to a browser that does not follow links itself (``setOpenLinks(False)``)."""

    def __init__(
        self,
        browser: QTextBrowser,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(browser)
        self._browser = browser
        self._open_url = open_url
        self.dialog: QMessageBox | None = None
        browser.anchorClicked.connect(self.ask)

    def ask(self, url: QUrl) -> None:
        if self.dialog is not None:
            self.dialog.close()
        parent: QWidget = self._browser.window()
        box = QMessageBox(parent)
        box.setObjectName("link_confirmation")
        box.setWindowTitle(translate("LinkConfirmation", "Open link"))
        target = real_target(url)
        if url.scheme().lower() not in OPENABLE_SCHEMES or not url.isValid():
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(translate("LinkConfirmation", "This link cannot be opened."))
            box.setInformativeText(target)
            box.setStandardButtons(QMessageBox.StandardButton.Close)
        else:
            box.setIcon(QMessageBox.Icon.Question)
            box.setText(
                translate(
                    "LinkConfirmation",
                    "The link leads to the address below. Open it in your browser only if "
                    "you trust it.",
                )
            )
            box.setInformativeText(target)
            box.setStandardButtons(
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.accepted.connect(lambda: self._open_url(QUrl.fromEncoded(url.toEncoded())))
        box.finished.connect(box.deleteLater)
        box.finished.connect(self._forget)
        self.dialog = box
        box.open()

    def _forget(self) -> None:
        self.dialog = None
