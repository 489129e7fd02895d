"""The attachments of a case: listed by name, type and size; saved only on request.

Nothing here opens or runs an attachment. "Save as…" asks the controller, which fetches
the bytes, checks them and writes them where the expert chooses.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.attachments import Attachment
from workstation.ui.theme import Spacing

translate = QCoreApplication.translate

_ID_ROLE = Qt.ItemDataRole.UserRole


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class AttachmentList(QWidget):
    saveRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachment_list")
        self.title = QLabel()
        self.items = QListWidget()
        self.items.setMaximumHeight(88)
        self.items.itemActivated.connect(lambda _item: self._request_save())
        self.items.currentItemChanged.connect(lambda *_: self._update_button())
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._request_save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(self.items, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Spacing.LARGE, Spacing.SMALL, Spacing.LARGE, Spacing.SMALL)
        layout.setSpacing(Spacing.TIGHT)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._attachments: list[Attachment] = []
        self.setVisible(False)
        self._retranslate()
        self._update_button()

    @property
    def attachments(self) -> list[Attachment]:
        return list(self._attachments)

    def show_attachments(self, attachments: Sequence[Attachment]) -> None:
        current = self.current_id()
        self._attachments = list(attachments)
        self.items.clear()
        for attachment in attachments:
            item = QListWidgetItem(
                f"{attachment.name}  ·  {attachment.media_type}  ·  {size_text(attachment.size)}"
            )
            item.setData(_ID_ROLE, attachment.id)
            item.setToolTip(attachment.name)
            self.items.addItem(item)
            if attachment.id == current:
                self.items.setCurrentItem(item)
        if self.items.currentItem() is None and self.items.count():
            self.items.setCurrentRow(0)
        self.status.clear()
        self.setVisible(bool(attachments))
        self._update_button()

    def current_id(self) -> int | None:
        item = self.items.currentItem()
        return int(item.data(_ID_ROLE)) if item is not None else None

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _request_save(self) -> None:
        attachment_id = self.current_id()
        if attachment_id is not None:
            self.saveRequested.emit(attachment_id)

    def _update_button(self) -> None:
        self.save_button.setEnabled(self.current_id() is not None)

    def _retranslate(self) -> None:
        self.title.setText(translate("AttachmentList", "Attachments"))
        self.items.setAccessibleName(translate("AttachmentList", "Attachments"))
        self.save_button.setText(translate("AttachmentList", "Save as…"))
        self.save_button.setToolTip(
            translate(
                "AttachmentList",
                "Save the selected attachment to a file. Attachments are never opened "
                "automatically.",
            )
        )
