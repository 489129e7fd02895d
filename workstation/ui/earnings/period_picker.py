"""Chooses the period of the earnings view: this week, this month, last month, this year
or a custom range of days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from workstation.domain.earnings import Period, PeriodKind, custom_period, period_of
from workstation.ui.earnings.money import first_weekday

translate = QCoreApplication.translate


def _kind_titles() -> dict[PeriodKind, str]:
    return {
        PeriodKind.THIS_WEEK: translate("PeriodPicker", "This week"),
        PeriodKind.THIS_MONTH: translate("PeriodPicker", "This month"),
        PeriodKind.LAST_MONTH: translate("PeriodPicker", "Last month"),
        PeriodKind.THIS_YEAR: translate("PeriodPicker", "This year"),
        PeriodKind.CUSTOM: translate("PeriodPicker", "Custom range"),
    }


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodPicker(QWidget):
    periodChanged = Signal(object)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.kind_box = QComboBox()
        for kind in PeriodKind:
            self.kind_box.addItem("", kind)
        self.kind_box.setCurrentIndex(list(PeriodKind).index(PeriodKind.THIS_MONTH))
        self.first_edit = QDateEdit()
        self.last_edit = QDateEdit()
        self.until_label = QLabel()
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDate(_qdate(today()))
            edit.dateChanged.connect(self._on_dates_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setBuddy(self.kind_box)
        layout.addWidget(self.label)
        layout.addWidget(self.kind_box)
        layout.addWidget(self.first_edit)
        layout.addWidget(self.until_label)
        layout.addWidget(self.last_edit)
        layout.addStretch(1)
        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.retranslate()
        self._show_custom(False)

    @property
    def kind(self) -> PeriodKind:
        return PeriodKind(self.kind_box.currentData())

    def period(self) -> Period:
        if self.kind is PeriodKind.CUSTOM:
            first, last = _pydate(self.first_edit.date()), _pydate(self.last_edit.date())
            return custom_period(min(first, last), max(first, last))
        return period_of(self.kind, self._today(), first_weekday=first_weekday())

    def choose(self, kind: PeriodKind) -> None:
        self.kind_box.setCurrentIndex(list(PeriodKind).index(kind))

    def set_custom(self, first: date, last: date) -> None:
        self.choose(PeriodKind.CUSTOM)
        self.first_edit.setDate(_qdate(first))
        self.last_edit.setDate(_qdate(last))

    def retranslate(self) -> None:
        self.label.setText(translate("PeriodPicker", "&Period:"))
        self.until_label.setText(translate("PeriodPicker", "to"))
        for index, title in enumerate(_kind_titles().values()):
            self.kind_box.setItemText(index, title)
        self.first_edit.setAccessibleName(translate("PeriodPicker", "First day"))
        self.last_edit.setAccessibleName(translate("PeriodPicker", "Last day"))

    def _show_custom(self, visible: bool) -> None:
        for widget in (self.first_edit, self.until_label, self.last_edit):
            widget.setVisible(visible)

    def _on_kind_changed(self) -> None:
        custom = self.kind is PeriodKind.CUSTOM
        if custom:
            current = period_of(PeriodKind.THIS_MONTH, self._today())
            self.first_edit.blockSignals(True)
            self.first_edit.setDate(_qdate(current.first))
            self.first_edit.blockSignals(False)
        self._show_custom(custom)
        self.periodChanged.emit(self.period())

    def _on_dates_changed(self) -> None:
        if self.kind is PeriodKind.CUSTOM:
            self.periodChanged.emit(self.period())
