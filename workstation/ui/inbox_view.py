"""The inbox table view: keyboard-first, one case at a time, selection kept across refreshes."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from workstation.ui.inbox_model import CASE_ID_ROLE, InboxColumn, InboxModel

AnyIndex = QModelIndex | QPersistentModelIndex

_COLUMN_WIDTHS = {
    InboxColumn.CHANNEL: 36,
    InboxColumn.CLIENT: 130,
    InboxColumn.CUSTOMER: 130,
    InboxColumn.STATUS: 100,
    InboxColumn.SLA_DUE: 100,
}


class InboxView(QTableView):
    caseActivated = Signal(int)
    # Once, when the first page of cases is on screen.
    firstPainted = Signal()

    def __init__(self, model: InboxModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inbox = model
        self._painted = False
        self._remembered: tuple[int, int] | None = None
        self._restoring = False
        self.setModel(model)
        self.setAccessibleName(QCoreApplication.translate("InboxView", "Cases"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setCornerButtonEnabled(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        rows = self.verticalHeader()
        rows.hide()
        # Fixed heights spare Qt from measuring rows, which a lazy model must avoid.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 14)

        columns = self.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setMinimumSectionSize(36)
        for column, width in _COLUMN_WIDTHS.items():
            self.setColumnWidth(column, width)
        columns.setSectionResizeMode(InboxColumn.CHANNEL, QHeaderView.ResizeMode.Fixed)
        columns.setSectionResizeMode(InboxColumn.SUBJECT, QHeaderView.ResizeMode.Stretch)
        columns.setSortIndicator(model.sort_column(), model.sort_order())
        self.setSortingEnabled(True)
        columns.sortIndicatorChanged.connect(self._show_effective_sort)

        model.modelAboutToBeReset.connect(self._remember_current_case)
        model.modelReset.connect(self._restore_current_case)
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            # The first page is on screen: now the model may take the time to count a
            # large inbox exactly.
            self._painted = True
            QTimer.singleShot(0, self, self._inbox.complete_count)
            self.firstPainted.emit()

    @property
    def painted(self) -> bool:
        return self._painted

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(QCoreApplication.translate("InboxView", "Cases"))
        super().changeEvent(event)

    def show_client_column(self, shown: bool) -> None:
        """An expert serving a single client needs no column repeating its name."""
        self.setColumnHidden(InboxColumn.CLIENT, not shown)

    def current_case_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        case_id = index.data(CASE_ID_ROLE)
        return case_id if isinstance(case_id, int) else None

    def select_row(self, row: int) -> None:
        index = self._inbox.index(row, InboxColumn.SUBJECT)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def _on_current_row_changed(self, current: AnyIndex, _previous: AnyIndex) -> None:
        # Finding the same case again after a refresh is no request to open it: the case
        # pane may show another one the expert opened from elsewhere (the outbox, say).
        if not current.isValid() or self._restoring:
            return
        case_id = current.data(CASE_ID_ROLE)
        if isinstance(case_id, int):
            self.caseActivated.emit(case_id)

    def _remember_current_case(self) -> None:
        index = self.currentIndex()
        case_id = self.current_case_id()
        self._remembered = (case_id, index.row()) if case_id is not None else None

    def _restore_current_case(self) -> None:
        remembered, self._remembered = self._remembered, None
        if remembered is None:
            return
        case_id, old_row = remembered
        row = self._inbox.find_row(case_id, old_row)
        if row is not None:
            self._restoring = True
            try:
                self.select_row(row)
            finally:
                self._restoring = False

    def _show_effective_sort(self, _column: int, _order: Qt.SortOrder) -> None:
        """Puts the sort indicator back where the model sorts when it cannot sort a column."""
        column, order = self._inbox.sort_column(), self._inbox.sort_order()
        header = self.horizontalHeader()
        if header.sortIndicatorSection() != column or header.sortIndicatorOrder() != order:
            blocked = header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(blocked)
