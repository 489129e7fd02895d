"""A calm, persistent notice: a pale yellow strip with an information icon."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget

_STRIP_BORDER = "border-bottom: 1px solid #e8d08a;"
_BOX_BORDER = "border: 1px solid #e8d08a; border-radius: 4px;"


class NoticeBar(QFrame):
    def __init__(self, text: str, *, framed: bool = False, parent: QWidget | None = None) -> None:
        """`framed`: a bordered box (inside a dialog) instead of a strip with a bottom
        border (across the top of a window)."""
        super().__init__(parent)
        self.setObjectName("noticeBar")
        border = _BOX_BORDER if framed else _STRIP_BORDER
        self.setStyleSheet(
            f"#noticeBar {{ background: #fff4d6; {border} }}#noticeBar QLabel {{ color: #4a3b00; }}"
        )
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(18, 18)
        )
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
