"""The tray icon's picture: the app icon, a state dot, and the unread count as a badge."""

from __future__ import annotations

import enum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

ICON_SIZE = 64
_BADGE_COLOR = QColor("#b3261e")
_ON_SHIFT_COLOR = QColor("#2e7d4f")
_OFF_SHIFT_COLOR = QColor("#9aa1a9")
# More than this is shown as "99+": the badge has room for two digits.
MAX_BADGE_NUMBER = 99


class TrayState(enum.Enum):
    OFF_SHIFT = "off_shift"
    ON_SHIFT = "on_shift"
    OFFLINE = "offline"


def badge_text(unread: int) -> str:
    if unread <= 0:
        return ""
    return str(unread) if unread <= MAX_BADGE_NUMBER else f"{MAX_BADGE_NUMBER}+"


def tray_pixmap(app_icon: QIcon, state: TrayState, unread: int) -> QPixmap:
    """Offline greys the whole icon out; on and off shift differ by the dot's colour."""
    mode = QIcon.Mode.Disabled if state is TrayState.OFFLINE else QIcon.Mode.Normal
    pixmap = app_icon.pixmap(ICON_SIZE, ICON_SIZE, mode).copy()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        if state is not TrayState.OFFLINE:
            dot = _ON_SHIFT_COLOR if state is TrayState.ON_SHIFT else _OFF_SHIFT_COLOR
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(dot)
            painter.drawEllipse(QRectF(2, ICON_SIZE - 22, 20, 20))
        text = badge_text(unread)
        if text:
            width = 30 if len(text) == 1 else 44
            badge = QRectF(ICON_SIZE - width, 0, width, 30)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_BADGE_COLOR)
            painter.drawRoundedRect(badge, 15, 15)
            font = QFont()
            font.setBold(True)
            font.setPixelSize(20 if len(text) <= 2 else 16)
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    finally:
        painter.end()
    return pixmap
