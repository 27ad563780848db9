"""The results of a run: filters, the ranking table, and beside it the selected
account's explanation and the meeting's decision on it.

Rank, code and name stay in view while the rest scrolls sideways (a second view of the
same model on the left, sharing the selection): at 1280 or 1366 wide a criterion or two
fit beside the totals, and the name must not scroll away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kam.rating import service as rating
from kam.rating.scheme import GRADES, Scheme
from kam.rating.service import ResultRow
from ui.context import AppContext
from ui.rating.decision_panel import DecisionPanel
from ui.rating.explain_view import ExplainView
from ui.rating.results_model import FROZEN, ResultsFilter, ResultsModel
from ui.rating.titles import change_title
from ui.widgets.ops import run_op
from ui.widgets.table_view import ListTable

CHANGES = ("new", "dropped", "up", "down", "same")


class FilterBar(QWidget):
    """Search, grade boxes, key accounts only, movement.

    Signals:
        filter_changed(object): the new :class:`ResultsFilter`.
    """

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("resultsSearch")
        self.search.setPlaceholderText(
            QCoreApplication.translate("ResultsPanel", "Search code, name or pinyin")
        )
        self.search.setClearButtonEnabled(True)
        self.grade_boxes = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        for grade in GRADES:
            box = QCheckBox(grade)
            box.setObjectName(f"gradeFilter{grade}")
            box.toggled.connect(self._emit)
            self.grade_boxes[grade] = box
            layout.addWidget(box)
        self.key_only = QCheckBox(QCoreApplication.translate("ResultsPanel", "Key accounts only"))
        self.key_only.setObjectName("keyOnly")
        self.key_only.toggled.connect(self._emit)
        layout.addWidget(self.key_only)
        self.change = QComboBox()
        self.change.setObjectName("changeFilter")
        self.change.addItem(QCoreApplication.translate("ResultsPanel", "Any movement"), "")
        self.change.addItem(
            QCoreApplication.translate("ResultsPanel", "Moved (new, dropped, up, down)"), "moved"
        )
        for change in CHANGES:
            self.change.addItem(change_title(change), change)
        self.change.currentIndexChanged.connect(self._emit)
        # May narrow to a dozen characters (its list still opens full width): at its
        # longest item it kept the meeting window wider than a 1280 projector.
        self.change.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.change.setMinimumContentsLength(12)
        layout.addWidget(self.change)
        # A short pause after typing, so 10,000 rows are filtered once per word.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())

    def current(self) -> ResultsFilter:
        change = self.change.currentData() or ""
        changes = (
            frozenset({"new", "dropped", "up", "down"})
            if change == "moved"
            else (frozenset({change}) if change else frozenset())
        )
        return ResultsFilter(
            text=self.search.text(),
            grades=frozenset(g for g, box in self.grade_boxes.items() if box.isChecked()),
            key_only=self.key_only.isChecked(),
            changes=changes,
        )

    def _emit(self) -> None:
        self.filter_changed.emit(self.current())


class ResultsPanel(QWidget):
    """Signals:
    result_changed(): a decision was recorded or taken back.
    """

    result_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run: rating.RunInfo | None = None
        self.model = ResultsModel(self)
        self.filters = FilterBar()
        self.table = ListTable()
        self.table.setObjectName("resultsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.frozen = ListTable()
        self.frozen.setObjectName("resultsFrozen")
        self.frozen.setModel(self.model)
        self.frozen.setSelectionModel(self.table.selectionModel())
        self.frozen.setSortingEnabled(True)
        self.frozen.horizontalHeader().setStretchLastSection(False)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Both views keep a horizontal bar so their rows line up to the last one.
        for view in (self.frozen, self.table):
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.frozen.setFrameShape(QFrame.Shape.NoFrame)
        self.table.verticalScrollBar().valueChanged.connect(
            self.frozen.verticalScrollBar().setValue
        )
        self.frozen.verticalScrollBar().valueChanged.connect(
            self.table.verticalScrollBar().setValue
        )
        self.count = QLabel()
        self.count.setObjectName("resultsCount")
        self.explain = ExplainView()
        self.decision = DecisionPanel(ctx.db.user)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        both = QWidget()
        tables = QHBoxLayout(both)
        tables.setContentsMargins(0, 0, 0, 0)
        tables.setSpacing(0)
        tables.addWidget(self.frozen)
        tables.addWidget(self.table, 1)
        # A filter that keeps nothing says so, instead of showing an empty grid.
        self.empty = QLabel()
        self.empty.setObjectName("resultsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(both)
        self.stack.addWidget(self.empty)
        left_layout.addWidget(self.stack, 1)
        left_layout.addWidget(self.count)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.explain, 1)
        right_layout.addWidget(self.decision)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.filters.filter_changed.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.model.modelReset.connect(self._selected)
        self.decision.decision_requested.connect(self._decide)
        self.decision.clear_requested.connect(self._clear)

    def set_run(
        self, run: rating.RunInfo | None, scheme: Scheme | None, rows: list[ResultRow]
    ) -> None:
        self.run = run
        self.model.set_results(scheme, rows)
        self.model.set_filter(self.filters.current())
        for column in range(self.model.columnCount()):
            self.frozen.setColumnHidden(column, column >= FROZEN)
            self.table.setColumnHidden(column, column < FROZEN)
        self.set_widths()
        self.fit_columns()
        self.update_count()

    def fit_columns(self) -> None:
        """Columns as wide as their headers and values (a clipped 销售收 or 利润水
        helps nobody), and both headers as tall as the two-line criterion titles."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(FROZEN, self.model.columnCount()):
            # Long values are capped; a header never is (English titles run longer).
            header.resizeSection(
                column,
                max(min(header.sectionSize(column) + 12, 220), header.sectionSizeHint(column)),
            )
        self.align_headers()

    def align_headers(self) -> None:
        headers = [view.horizontalHeader() for view in (self.frozen, self.table)]
        for header in headers:
            header.ensurePolished()
            header.setMinimumHeight(0)
            header.setMaximumHeight(16777215)
        lines = headers[1].fontMetrics().lineSpacing() * 2 + 12
        height = max(lines, *(h.sizeHint().height() for h in headers))
        for header in headers:
            header.setFixedHeight(height)

    def set_widths(self, rank: int = 44, code: int = 60, name: int = 170) -> None:
        """The frozen columns' widths (meeting mode's larger type wants more); a title
        with its sort arrow may ask for more, which the header then takes."""
        header = self.frozen.horizontalHeader()
        for column, width in enumerate((rank, code, name)):
            header.resizeSection(column, width)
        self.frozen.setFixedWidth(sum(header.sectionSize(c) for c in range(FROZEN)) + 4)

    def set_row_height(self, height: int) -> None:
        for view in (self.frozen, self.table):
            view.verticalHeader().setDefaultSectionSize(height)

    def selected_row(self) -> ResultRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_code(self, code: str) -> bool:
        for n, row in enumerate(self.model.rows()):
            if row.code == code:
                self.table.selectRow(n)
                return True
        return False

    def _filter(self, wanted: ResultsFilter) -> None:
        self.model.set_filter(wanted)
        self.update_count()

    def update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.all_rows())
        if shown == 0:
            self.empty.setText(
                QCoreApplication.translate(
                    "ResultsPanel",
                    "No account matches this filter: change or clear it to see the {total} accounts.",
                ).format(total=total)
                if total
                else QCoreApplication.translate("ResultsPanel", "This year has not been rated yet.")
            )
        self.stack.setCurrentIndex(1 if shown == 0 else 0)
        key = sum(1 for r in self.model.all_rows() if r.key_account)
        self.count.setText(
            QCoreApplication.translate(
                "ResultsPanel", "{shown} of {total} accounts shown · {key} key accounts"
            ).format(shown=shown, total=total, key=key)
        )

    def _selected(self) -> None:
        row = self.selected_row()
        editable = self.run is not None and self.run.status == "draft"
        self.decision.set_result(row, editable=editable)
        if row is None or self.run is None:
            self.explain.show_explanation(None)
            return
        run_id = self.run.id
        explanation = run_op(self, lambda: rating.explain(self.ctx.db, run_id, row.id))
        if explanation is not None:
            self.explain.show_explanation(explanation)

    def _decide(self, result_id: int, grade: str, reason: str, decided_by: str) -> None:
        run_op(
            self,
            lambda: rating.decide(
                self.ctx.db, result_id, override_grade=grade, reason=reason, decided_by=decided_by
            ),
            invalid=lambda exc: self.decision.show_errors(exc.errors),
            success=self._replaced,
        )

    def _clear(self, result_id: int) -> None:
        run_op(
            self,
            lambda: rating.clear_decision(self.ctx.db, result_id),
            invalid=lambda exc: self.decision.show_errors(exc.errors),
            success=self._replaced,
        )

    def _replaced(self, row: ResultRow) -> None:
        self.model.replace_row(row)
        self.update_count()
        self._selected()
        self.result_changed.emit()
