"""The table view every list uses: whole-row selection, no row header, fixed row height
(which keeps 10,000 rows cheap to lay out), Enter and double-click to open; a sortable
list's column titles always have room for the sort arrow."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)


class ListHeader(QHeaderView):
    """A horizontal header whose sections, while the sort indicator is shown, are never
    narrower than their title plus the arrow: a width set in code (a frozen rank column)
    or dragged by hand stops there, instead of the arrow painting over the title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as QTableView's own header
        self.sectionResized.connect(self._keep_room)

    def room(self, logical: int) -> int:
        """The width the section's title and the sort indicator need."""
        return self.sectionSizeFromContents(logical).width()

    def sectionSizeFromContents(self, logical: int) -> QSize:
        # Qt widens a sortable section by its height for the arrow. The app's style sheet
        # already pads the right of a sortable header for it (app.qss): where the style
        # keeps the title clear of the arrow, that padding is the room, not both.
        size = super().sectionSizeFromContents(logical)
        model = self.model()
        if not self.isSortIndicatorShown() or model is None:
            return size
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.section = logical
        option.text = str(model.headerData(logical, self.orientation()) or "")
        style = self.style()
        bare = style.sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), self)
        option.rect = QRect(0, 0, bare.width(), max(bare.height(), self.height()))
        plain = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self)
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self)
        arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, self)
        if label.width() == plain.width() and label.right() < arrow.left():
            size.setWidth(bare.width())
        return size

    def _keep_room(self, logical: int, _old: int, new: int) -> None:
        if not self.isSortIndicatorShown() or self.model() is None:
            return
        if self.sectionResizeMode(logical) not in (
            QHeaderView.ResizeMode.Interactive,
            QHeaderView.ResizeMode.Fixed,
        ):
            return
        if self.stretchLastSection() and self.visualIndex(logical) == self._last_visible():
            return
        need = self.room(logical)
        if 0 < new < need:
            self.resizeSection(logical, need)

    def _last_visible(self) -> int:
        for visual in range(self.count() - 1, -1, -1):
            if not self.isSectionHidden(self.logicalIndex(visual)):
                return visual
        return -1


class ListTable(QTableView):
    """A read-only list.

    Signals:
        activated_row(int): a row was opened (double-click or Enter); the view row.
        delete_pressed(): the Delete key was pressed on a selection.
    """

    activated_row = Signal(int)
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(ListHeader(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(30)
        self.horizontalHeader().setHighlightSections(False)
        # Fitting columns to their content looks at this many rows, not all of them: a
        # list of thousands would otherwise stall the GUI for a moment on every reload.
        self.horizontalHeader().setResizeContentsPrecision(60)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.doubleClicked.connect(self._open)

    def setSortingEnabled(self, enable: bool) -> None:
        super().setSortingEnabled(enable)
        # The style sheet pads a sortable header for its arrow (its selector reads
        # showSortIndicator), and a style sheet reads properties when it polishes.
        header = self.horizontalHeader()
        header.style().unpolish(header)
        header.style().polish(header)

    def fit_columns(self, max_width: int = 280) -> None:
        """Sizes columns to their content (for short lists), none wider than ``max_width``."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(header.count()):
            width = header.sectionSize(column)
            header.resizeSection(column, min(max(width + 16, 64), max_width))

    def current_row(self) -> int:
        """The selected view row, or -1."""
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].row() if rows else -1

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated_row.emit(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_row() >= 0:
            self.activated_row.emit(self.current_row())
            return
        if event.key() == Qt.Key.Key_Delete and self.current_row() >= 0:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)
