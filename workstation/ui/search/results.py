"""Search results: the hits of the full-text search with the matched words highlighted.

The store returns the subject and an excerpt as HTML in which everything is escaped and
only the hits are wrapped in `<mark>`; QTextDocument does not know `<mark>`, so the
delegate swaps it for a highlighted span before it renders the two lines.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workstation.store.search import SearchHit
from workstation.ui.formatting import channel_label, status_label
from workstation.ui.icons import IconLibrary
from workstation.ui.theme import Spacing

translate = QCoreApplication.translate

AnyIndex = QModelIndex | QPersistentModelIndex

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2

HIGHLIGHT_STYLE = "background-color:#ffe08a; color:#1d2329;"
_ICON_SIZE = 18


def highlighted_html(marked: str) -> str:
    """`marked` (escaped text with `<mark>` hits) as HTML that QTextDocument renders."""
    return marked.replace("<mark>", f'<span style="{HIGHLIGHT_STYLE}">').replace(
        "</mark>", "</span>"
    )


def hit_html(hit: SearchHit, meta_color: str) -> str:
    meta = " · ".join(
        [
            channel_label(hit.summary.channel),
            hit.summary.client_name,
            status_label(hit.summary.status),
        ]
    )
    return (
        f"<div><b>{highlighted_html(hit.subject_html)}</b></div>"
        f'<div style="color:{meta_color};">{_escape(meta)}</div>'
        f"<div>{highlighted_html(hit.snippet_html)}</div>"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self.query = ""

    def set_hits(self, query: str, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.query = query
        self._hits = list(hits)
        self.endResetModel()

    def hit_at(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit_at(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == CASE_ID_ROLE:
            return hit.case_id
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit.summary.subject} – {hit.summary.customer_name}"
        return None


class HitDelegate(QStyledItemDelegate):
    """Three lines per hit: the subject, where it comes from, and the excerpt."""

    def __init__(self, icons: IconLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icons = icons

    def _document(
        self, option: QStyleOptionViewItem, hit: SearchHit, width: float
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        meta_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        document.setHtml(hit_html(hit, palette.color(meta_role).name()))
        document.setTextWidth(width)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""  # type: ignore[attr-defined]
        widget = style_option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        rect = option.rect  # type: ignore[attr-defined]
        left = rect.left() + Spacing.SMALL
        icon = self._icons.channel(hit.summary.channel)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        icon.paint(
            painter,
            left,
            rect.top() + Spacing.SMALL,
            _ICON_SIZE,
            _ICON_SIZE,
            Qt.AlignmentFlag.AlignCenter,
            icon.Mode.Selected if selected else icon.Mode.Normal,
        )
        text_left = left + _ICON_SIZE + Spacing.SMALL
        width = rect.right() - text_left - Spacing.SMALL
        document = self._document(option, hit, width)
        painter.save()
        painter.setClipRect(rect)
        painter.translate(text_left, rect.top() + Spacing.SMALL // 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(
            QPalette.ColorRole.Text,
            option.palette.color(text_role),  # type: ignore[attr-defined]
        )
        context.clip = QRectF(0, 0, width, rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        # A search returns a few dozen hits, so each is measured at the list's width.
        hit = index.data(HIT_ROLE)
        view = self.parent()
        available = view.viewport().width() if isinstance(view, QListView) else 400
        width = max(available - _ICON_SIZE - 3 * Spacing.SMALL, 120)
        if not isinstance(hit, SearchHit):
            return super().sizeHint(option, index)
        height = self._document(option, hit, width).size().height()
        return QSize(available, int(height) + Spacing.SMALL + Spacing.SMALL // 2)


class SearchResultsView(QListView):
    caseActivated = Signal(int)

    def __init__(
        self, model: SearchResultsModel, icons: IconLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("search_results")
        self.setModel(model)
        self.setItemDelegate(HitDelegate(icons, self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Hits differ in height (a long subject wraps); relayout when the width changes.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(translate("SearchResults", "Search results"))
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def current_case_id(self) -> int | None:
        value = self.currentIndex().data(CASE_ID_ROLE)
        return value if isinstance(value, int) else None

    def select_row(self, row: int) -> None:
        index = self.model().index(row, 0)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def _on_current_row_changed(self, current: AnyIndex, _previous: AnyIndex) -> None:
        case_id = current.data(CASE_ID_ROLE) if current.isValid() else None
        if isinstance(case_id, int):
            self.caseActivated.emit(case_id)
