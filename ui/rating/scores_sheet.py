"""The manual scores sheet: industry influence and business reputation (1–5) for every
account of a year, typed like a spreadsheet — a digit, Enter, the next row.

Ctrl+V pastes a column (or two) copied from a spreadsheet, starting at the current cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QKeySequence
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
from ui.widgets.table_model import Column, RowTableModel

SCORE_COLUMNS = {3: "industry_influence", 4: "reputation"}


def _score(row: ScoreRow, field: str, value: Any) -> ScoreRow:
    text = str(value if value is not None else "").strip()
    if text and (not text.isdigit() or not 1 <= int(text) <= 5):
        raise ValueError(
            QCoreApplication.translate(
                "ScoresSheet", "{code}: a score is a whole number from 1 to 5, not “{text}”"
            ).format(code=row.code, text=text)
        )
    score: Any = int(text) if text else None
    return replace(row, **{field: score})


class ScoresModel(RowTableModel[ScoreRow]):
    """Code, name and grade, then the two scores (editable); edited rows are marked
    until saved (its own class for that).

    Signals:
        dirty_changed(bool): whether there are unsaved scores.
    """

    dirty_changed = Signal(bool)

    def __init__(self, parent: Any = None) -> None:
        self._dirty: set[int] = set()  # account ids
        titles = {
            "industry_influence": lambda: QCoreApplication.translate(
                "ScoresSheet", "Industry influence (1–5)"
            ),
            "reputation": lambda: QCoreApplication.translate(
                "ScoresSheet", "Business reputation (1–5)"
            ),
        }
        super().__init__(
            [
                Column(lambda: QCoreApplication.translate("ScoresSheet", "Code"), lambda r: r.code),
                Column(lambda: QCoreApplication.translate("ScoresSheet", "Name"), lambda r: r.name),
                Column(
                    lambda: QCoreApplication.translate("ScoresSheet", "Grade"), lambda r: r.grade
                ),
                *(self._score_column(titles[field], field) for field in SCORE_COLUMNS.values()),
            ],
            parent,
        )
        self.row_edited.connect(self._edited)

    def _score_column(self, title: Callable[[], str], field: str) -> Column[ScoreRow]:
        return Column(
            title,
            lambda r: getattr(r, field),
            key=field,
            align=Qt.AlignmentFlag.AlignCenter,
            background=self._edited_color,
            set_value=lambda r, v: _score(r, field, v),
        )

    def _edited_color(self, row: ScoreRow) -> QColor | None:
        return (
            QGuiApplication.palette().highlight().color().lighter(180)
            if row.account_id in self._dirty
            else None
        )

    def set_rows(self, rows: Sequence[ScoreRow]) -> None:
        self._dirty.clear()
        super().set_rows(rows)
        self.dirty_changed.emit(False)

    def changed_rows(self) -> list[ScoreRow]:
        return [r for r in self._rows if r.account_id in self._dirty]

    def is_dirty(self) -> bool:
        return bool(self._dirty)

    def _edited(self, row: int) -> None:
        self._dirty.add(self._rows[row].account_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.dirty_changed.emit(True)


class ScoresTable(QTableView):
    """Enter moves down after a score; Ctrl+V pastes from a spreadsheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
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
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
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
                if (
                    index.isValid()
                    and index.column() in SCORE_COLUMNS
                    and model.setData(index, cell)
                ):
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
        # Whole names and whole headers (行业影响力（1–5） was clipped at 1280 wide).
        self.table.resizeColumnsToContents()
        missing = sum(1 for r in rows if r.industry_influence is None or r.reputation is None)
        self.heading.setText(
            QCoreApplication.translate(
                "ScoresSheet",
                "{year}: {n} accounts, {missing} still without both scores. "
                "Type a digit and Enter; Ctrl+V pastes a column.",
            ).format(year=self.year, n=len(rows), missing=missing)
        )
        self.message.clear()

    def save(self) -> bool:
        count = run_op(
            self,
            lambda: save_scores(self.ctx.db, self.year, self.model.changed_rows()),
            invalid=lambda exc: self.message.setText("\n".join(exc.errors.values())),
        )
        if count is None:
            return False
        self.reload()
        self.message.setText(
            QCoreApplication.translate(
                "ScoresSheet", "Saved the scores of {n} accounts. Run the year again to use them."
            ).format(n=count)
        )
        self.ctx.data_changed.emit(Topic.RECORDS)
        return True

    def _dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
