"""The table view every list uses: whole-row selection, no row header, fixed row height
(which keeps 10,000 rows cheap to lay out), Enter and double-click to open."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


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
