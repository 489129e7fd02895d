"""The sidebar: the inbox's views with their case counts, and the channel and client filters.

Each view is a condition the cache answers with its own partial index (`store/queries.py`);
the sidebar only says which one is chosen. The counts are read on the database worker by
the window and handed in with `set_counts`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.models import Channel, Client
from workstation.store.queries import CaseView
from workstation.ui.formatting import channel_label, display_locale
from workstation.ui.icons import IconLibrary
from workstation.ui.theme import Spacing

translate = QCoreApplication.translate

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2

SIDEBAR_VIEWS: tuple[CaseView, ...] = (
    CaseView.ALL,
    CaseView.OFFERS,
    CaseView.MY_CASES,
    CaseView.WAITING,
    CaseView.DUE_SOON,
    CaseView.RECENTLY_CLOSED,
)


def view_title(view: CaseView) -> str:
    match view:
        case CaseView.ALL:
            return translate("ViewsSidebar", "All cases")
        case CaseView.OFFERS:
            return translate("ViewsSidebar", "Offers")
        case CaseView.MY_CASES:
            return translate("ViewsSidebar", "My cases")
        case CaseView.WAITING:
            return translate("ViewsSidebar", "Waiting for customer")
        case CaseView.DUE_SOON:
            return translate("ViewsSidebar", "Due soon")
        case CaseView.RECENTLY_CLOSED:
            return translate("ViewsSidebar", "Recently closed")


class _CountDelegate(QStyledItemDelegate):
    """The view's name on the left, its count right-aligned in a quieter colour."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if not isinstance(count, int):
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect: QRect = option.rect.adjusted(0, 0, -Spacing.MEDIUM, 0)  # type: ignore[attr-defined]
        painter.save()
        painter.setPen(option.palette.color(role))  # type: ignore[attr-defined]
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            display_locale().toString(count),
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 48, max(hint.height(), 28))


class ViewsSidebar(QWidget):
    """`filtersChanged` fires when the chosen view, channel or client changes."""

    filtersChanged = Signal()

    def __init__(self, icons: IconLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("views_sidebar")
        self._icons = icons
        self._counts: dict[CaseView, int] = {}

        self.views = QListWidget()
        self.views.setObjectName("views_list")
        self.views.setItemDelegate(_CountDelegate(self.views))
        self.views.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.views.setFrameShape(QListWidget.Shape.NoFrame)
        self.views.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for view in SIDEBAR_VIEWS:
            item = QListWidgetItem()
            item.setData(VIEW_ROLE, view.value)
            self.views.addItem(item)
        self.views.setCurrentRow(0)
        self.views.currentRowChanged.connect(lambda _row: self.filtersChanged.emit())

        self.channel_filter = QComboBox()
        self.channel_filter.setObjectName("channel_filter")
        self.channel_filter.addItem("", None)
        for channel in Channel:
            self.channel_filter.addItem(
                icons.channel(channel), channel_label(channel), channel.value
            )
        self.channel_filter.currentIndexChanged.connect(lambda _index: self.filtersChanged.emit())
        self.client_filter = QComboBox()
        self.client_filter.setObjectName("client_filter")
        self.client_filter.addItem("", None)
        self.client_filter.currentIndexChanged.connect(lambda _index: self.filtersChanged.emit())

        self.views_title = QLabel()
        self.views_title.setBuddy(self.views)
        self._channel_label = QLabel()
        self._channel_label.setBuddy(self.channel_filter)
        self._client_label = QLabel()
        self._client_label.setBuddy(self.client_filter)
        filters = QFormLayout()
        filters.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        filters.setVerticalSpacing(Spacing.TIGHT)
        filters.addRow(self._channel_label, self.channel_filter)
        filters.addRow(self._client_label, self.client_filter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(Spacing.SMALL, Spacing.MEDIUM, Spacing.SMALL, Spacing.MEDIUM)
        layout.setSpacing(Spacing.SMALL)
        layout.addWidget(self.views_title)
        layout.addWidget(self.views)
        layout.addSpacing(Spacing.SMALL)
        layout.addLayout(filters)
        layout.addStretch(1)
        self._retranslate()
        self.views.setFixedHeight(
            self.views.sizeHintForRow(0) * len(SIDEBAR_VIEWS) + 2 * self.views.frameWidth()
        )

    # Public API ----------------------------------------------------------------------------

    def current_view(self) -> CaseView:
        item = self.views.currentItem()
        return CaseView(item.data(VIEW_ROLE)) if item is not None else CaseView.ALL

    def select_view(self, view: CaseView) -> None:
        self.views.setCurrentRow(SIDEBAR_VIEWS.index(view))

    def channel(self) -> Channel | None:
        value = self.channel_filter.currentData()
        return Channel(value) if value else None

    def client_id(self) -> int | None:
        value = self.client_filter.currentData()
        return value if isinstance(value, int) else None

    def set_counts(self, counts: dict[CaseView, int]) -> None:
        self._counts = dict(counts)
        for row, view in enumerate(SIDEBAR_VIEWS):
            item = self.views.item(row)
            count = counts.get(view)
            item.setData(COUNT_ROLE, count)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._accessible_text(view, count))

    def count_of(self, view: CaseView) -> int | None:
        return self._counts.get(view)

    def set_clients(self, clients: list[Client]) -> None:
        """The client filter's choices; the chosen client stays chosen if it is still there."""
        chosen = self.client_id()
        blocked = self.client_filter.blockSignals(True)
        try:
            while self.client_filter.count() > 1:
                self.client_filter.removeItem(1)
            for client in clients:
                self.client_filter.addItem(client.name, client.id)
            index = self.client_filter.findData(chosen) if chosen is not None else 0
            self.client_filter.setCurrentIndex(max(index, 0))
        finally:
            self.client_filter.blockSignals(blocked)
        if chosen is not None and self.client_id() != chosen:
            self.filtersChanged.emit()

    # Language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.views_title.setText(translate("ViewsSidebar", "&Views"))
        self.views.setAccessibleName(translate("ViewsSidebar", "Views"))
        for row, view in enumerate(SIDEBAR_VIEWS):
            item = self.views.item(row)
            item.setText(view_title(view))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self._accessible_text(view, self._counts.get(view)),
            )
        self.channel_filter.setItemText(0, translate("ViewsSidebar", "All channels"))
        for index, channel in enumerate(Channel, start=1):
            self.channel_filter.setItemText(index, channel_label(channel))
        self.client_filter.setItemText(0, translate("ViewsSidebar", "All clients"))
        self._channel_label.setText(translate("ViewsSidebar", "Cha&nnel"))
        self._client_label.setText(translate("ViewsSidebar", "Cl&ient"))

    def _accessible_text(self, view: CaseView, count: int | None) -> str:
        if count is None:
            return view_title(view)
        return translate("ViewsSidebar", "{view}: {count} cases").format(
            view=view_title(view), count=display_locale().toString(count)
        )
