"""The selected window in words, with Book and Cancel booking."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.windows import ShiftWindow
from workstation.ui.formatting import full_timestamp_text
from workstation.ui.schedule.texts import (
    money_text,
    seats_text,
    skills_text,
    state_text,
    time_range_text,
)


class WindowDetails(QWidget):
    bookRequested = Signal(object)  # ShiftWindow
    cancelRequested = Signal(object)  # ShiftWindow

    def __init__(self, *, clock: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_window_details")
        self._clock = clock
        self._window: ShiftWindow | None = None
        self._pending = False
        self.title = QLabel()
        self.title.setObjectName("schedule_details_title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.state_label = QLabel()
        self.time_label = QLabel()
        self.rate_label = QLabel()
        self.pay_label = QLabel()
        self.skills_label = QLabel()
        self.seats_label = QLabel()
        self.cutoff_label = QLabel()
        for label in (
            self.state_label,
            self.time_label,
            self.rate_label,
            self.pay_label,
            self.skills_label,
            self.seats_label,
            self.cutoff_label,
        ):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._form = QFormLayout()
        self._form_labels = [QLabel() for _ in range(7)]
        for caption, value in zip(
            self._form_labels,
            (
                self.state_label,
                self.time_label,
                self.rate_label,
                self.pay_label,
                self.skills_label,
                self.seats_label,
                self.cutoff_label,
            ),
            strict=True,
        ):
            caption.setBuddy(value)
            self._form.addRow(caption, value)
        self.book_button = QPushButton()
        self.book_button.setObjectName("schedule_book")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("schedule_cancel_booking")
        self.book_button.clicked.connect(self._book)
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.answer_label = QLabel()
        self.answer_label.setObjectName("schedule_answer")
        self.answer_label.setWordWrap(True)
        self.answer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.title)
        layout.addLayout(self._form)
        layout.addLayout(buttons)
        layout.addWidget(self.answer_label)
        layout.addStretch(1)
        self.retranslate()
        self.show_window(None, {})

    def retranslate(self) -> None:
        captions = (
            self.tr("Status:"),
            self.tr("Time:"),
            self.tr("Hourly rate:"),
            self.tr("Pay for the window:"),
            self.tr("Required skills:"),
            self.tr("Seats:"),
            self.tr("Booking closes:"),
        )
        for label, caption in zip(self._form_labels, captions, strict=True):
            label.setText(caption)
        self.book_button.setText(self.tr("&Book"))
        self.cancel_button.setText(self.tr("Cancel &booking"))
        self.empty_label.setText(
            self.tr(
                "Select a window in the week to see its details. Arrow keys move between windows."
            )
        )

    @property
    def shown_window(self) -> ShiftWindow | None:
        return self._window

    def show_window(
        self, window: ShiftWindow | None, clients: Mapping[int, str], *, pending: bool = False
    ) -> None:
        changed = window is None or self._window is None or window.id != self._window.id
        self._window = window
        self._pending = pending
        if changed:
            self.answer_label.clear()
        has_window = window is not None
        self.empty_label.setVisible(not has_window)
        self.title.setVisible(has_window)
        for index in range(self._form.rowCount()):
            self._form.setRowVisible(index, has_window)
        if window is None:
            self._update_buttons()
            return
        now = self._clock()
        self.title.setText(
            clients.get(window.client_id, self.tr("Client #{id}").format(id=window.client_id))
        )
        state = state_text(window, now)
        if pending:
            state = self.tr("{state} – waiting for the hub").format(state=state)
        self.state_label.setText(state)
        self.time_label.setText(time_range_text(window))
        self.rate_label.setText(
            self.tr("{amount} per hour").format(amount=money_text(window.hourly_rate_cents))
        )
        self.pay_label.setText(money_text(window.pay_cents))
        self.skills_label.setText(skills_text(window))
        self.seats_label.setText(seats_text(window))
        self.cutoff_label.setText(full_timestamp_text(window.booking_closes_at))
        self._update_buttons()

    def show_answer(self, window_id: int, refused: bool, sentence: str) -> None:
        if self._window is None or self._window.id != window_id:
            return
        self.answer_label.setProperty("refused", refused)
        self.answer_label.setStyleSheet("color: #b3261e;" if refused else "")
        self.answer_label.setText(sentence)

    def _update_buttons(self) -> None:
        window = self._window
        now = self._clock()
        can_change = window is not None and window.is_open_for_changes(now) and not self._pending
        # Both stay enabled when the hub has the last word (e.g. a full window: the seat may
        # just have come free); only a closed or pending window disables them.
        self.book_button.setVisible(window is None or not window.booked)
        self.cancel_button.setVisible(window is not None and window.booked)
        self.book_button.setEnabled(can_change)
        self.cancel_button.setEnabled(can_change)

    def _book(self) -> None:
        if self._window is not None:
            self.answer_label.clear()
            self.bookRequested.emit(self._window)

    def _cancel(self) -> None:
        if self._window is not None:
            self.answer_label.clear()
            self.cancelRequested.emit(self._window)
