"""The manual scores sheet: industry influence and business reputation (1–5) for every
account of a year, typed like a spreadsheet — a digit, Enter, the next row.

Ctrl+V pastes a column (or two) copied from a spreadsheet, starting at the current cell.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam.rating.manual_scores import ScoreRow, save_scores, score_sheet
from ui.context import AppContext, Topic
from ui.widgets.ops import run_op

Index = QModelIndex | QPersistentModelIndex
SCORE_COLUMNS = {3: "industry_influence", 4: "reputation"}


class ScoresModel(QAbstractTableModel):
    """Signals:
        rejected(str): a typed value was refused, with the reason.
        dirty_changed(bool): whether there are unsaved scores.
    """

    rejected = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ScoreRow] = []
        self._dirty: set[int] = set()

    def set_rows(self, rows: list[ScoreRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._dirty.clear()
        self.endResetModel()
        self.dirty_changed.emit(False)

    def changed_rows(self) -> list[ScoreRow]:
        return [r for n, r in enumerate(self._rows) if n in self._dirty]

    def is_dirty(self) -> bool:
        return bool(self._dirty)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (QCoreApplication.translate("ScoresSheet", "Code"), QCoreApplication.translate("ScoresSheet", "Name"), QCoreApplication.translate("ScoresSheet", "Grade"), QCoreApplication.translate("ScoresSheet", "Industry influence (1–5)"),
                  QCoreApplication.translate("ScoresSheet", "Business reputation (1–5)"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in SCORE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column in SCORE_COLUMNS:
                value = getattr(row, SCORE_COLUMNS[column])
                return "" if value is None else str(value)
            return (row.code, row.name, row.grade)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in SCORE_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column in SCORE_COLUMNS \
                and index.row() in self._dirty:
            return QGuiApplication.palette().highlight().color().lighter(180)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() \
                or index.column() not in SCORE_COLUMNS:
            return False
        text = str(value if value is not None else "").strip()
        row = self._rows[index.row()]
        if text and (not text.isdigit() or not 1 <= int(text) <= 5):
            self.rejected.emit(QCoreApplication.translate("ScoresSheet", "{code}: a score is a whole number from 1 to 5, not “{text}”")
                               .format(code=row.code, text=text))
            return False
        score = int(text) if text else None
        self._rows[index.row()] = replace(row, **{SCORE_COLUMNS[index.column()]: score})
        self._dirty.add(index.row())
        self.dataChanged.emit(index, index)
        self.dirty_changed.emit(True)
        return True


class ScoresTable(QTableView):
    """Enter moves down after a score; Ctrl+V pastes from a spreadsheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setStretchLastSection(True)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._move_down()

    def _move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(self.model().index(current.row() + 1, current.column()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.state() != QAbstractItemView.State.EditingState:
            self._move_down()
            return
        super().keyPressEvent(event)

    def paste(self, text: str) -> int:
        """Fills cells from tab/newline separated text; returns how many were taken."""
        start = self.currentIndex()
        if not start.isValid():
            return 0
        taken = 0
        model = self.model()
        for r, line in enumerate(text.splitlines()):
            for c, cell in enumerate(line.split("\t")):
                index = model.index(start.row() + r, start.column() + c)
                if index.isValid() and index.column() in SCORE_COLUMNS \
                        and model.setData(index, cell):
                    taken += 1
        return taken


class ScoresSheet(QWidget):
    """The sheet for one year, with save and revert."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = 0
        self.model = ScoresModel(self)
        self.table = ScoresTable()
        self.table.setObjectName("scoresTable")
        self.table.setModel(self.model)
        self.heading = QLabel()
        self.heading.setObjectName("scoresHeading")
        self.message = QLabel()
        self.message.setObjectName("scoresMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(QCoreApplication.translate("ScoresSheet", "Save scores"))
        self.save_button.setObjectName("scoresSave")
        self.revert_button = QPushButton(QCoreApplication.translate("ScoresSheet", "Revert"))
        self.revert_button.setObjectName("scoresRevert")
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.model.rejected.connect(self.message.setText)
        self.model.dirty_changed.connect(self._dirty)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        self._dirty(False)

    def set_year(self, year: int) -> None:
        if year != self.year or not self.model.is_dirty():
            self.year = year
            self.reload()

    def reload(self) -> None:
        rows = run_op(self, lambda: score_sheet(self.ctx.db, self.year))
        if rows is None:
            return
        self.model.set_rows(rows)
        missing = sum(1 for r in rows if r.industry_influence is None or r.reputation is None)
        self.heading.setText(QCoreApplication.translate("ScoresSheet", "{year}: {n} accounts, {missing} still without both scores. "
                                 "Type a digit and Enter; Ctrl+V pastes a column.").format(
            year=self.year, n=len(rows), missing=missing))
        self.message.clear()

    def save(self) -> bool:
        count = run_op(self, lambda: save_scores(self.ctx.db, self.year, self.model.changed_rows()),
                       invalid=lambda exc: self.message.setText("\n".join(exc.errors.values())))
        if count is None:
            return False
        self.reload()
        self.message.setText(QCoreApplication.translate("ScoresSheet", "Saved the scores of {n} accounts. Run the year again to use "
                                 "them.").format(n=count))
        self.ctx.data_changed.emit(Topic.RECORDS)
        return True

    def _dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
