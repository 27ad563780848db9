"""The coverage part of the Relationship tab (docs/domain.md, Coverage): the matrix, the decision
makers nobody on our side owns, and the rising stars (明日之星) with their owners."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kam.health.coverage import Coverage, DepartmentRow, Person, department_label, department_of
from kam.health.service import coverage
from kam.i18n import label
from kam.store import Database
from ui.health.coverage_model import coverage_columns
from ui.widgets.errors import RECOVERABLE, show_store_error
from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.table_view import ListTable


class CoveragePanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.coverage: Coverage | None = None
        self.summary = QLabel()
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        self.model: RowTableModel[DepartmentRow] = RowTableModel(coverage_columns(), self)
        self.matrix = ListTable()
        self.matrix.setObjectName("coverageMatrix")
        self.matrix.setModel(self.model)
        self.matrix.setWordWrap(True)
        self.unowned = QLabel()
        self.unowned.setObjectName("unownedDecisionMakers")
        self.unowned.setWordWrap(True)
        person_columns: list[Column[Person]] = [
            Column(lambda: self.tr("Name"), lambda p: p.name),
            Column(
                lambda: self.tr("Department"),
                lambda p: p.department or department_label(department_of(p.department)),
            ),
            Column(lambda: self.tr("Title"), lambda p: p.title),
            Column(lambda: self.tr("Attitude"), lambda p: label(p.attitude)),
            Column(
                lambda: self.tr("Owner on our side"),
                lambda p: p.owner or self.tr("nobody — name an owner"),
            ),
        ]
        self.stars_model: RowTableModel[Person] = RowTableModel(person_columns, self)
        self.stars = ListTable()
        self.stars.setObjectName("risingStars")
        self.stars.setModel(self.stars_model)
        stars_box = QVBoxLayout()
        stars_box.addWidget(QLabel(self.tr("Rising stars (明日之星)")))
        stars_box.addWidget(self.stars)
        bottom = QHBoxLayout()
        bottom.addWidget(self.unowned, 1)
        bottom.addLayout(stars_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.matrix, 3)
        layout.addLayout(bottom, 1)

    def set_account(self, account_id: int | None) -> None:
        self.coverage = None
        if account_id is not None:
            try:
                self.coverage = coverage(self.db, account_id)
            except LookupError:
                self.coverage = None
            except RECOVERABLE as exc:
                show_store_error(self, exc)
        self._show()

    def _show(self) -> None:
        c = self.coverage
        self.model.set_rows(c.rows if c else [])
        self.stars_model.set_rows(c.rising_stars if c else [])
        if c is None:
            self.summary.clear()
            self.unowned.clear()
            return
        self.matrix.resizeColumnsToContents()
        thin = sum(1 for r in c.rows if r.single_threaded)
        self.summary.setText(
            self.tr(
                "Key departments covered: %1 of %2 (★). Single-threaded departments: %3. "
                "Contacts who left or changed post: %4."
            )
            .replace("%1", str(c.key_covered))
            .replace("%2", str(c.key_total))
            .replace("%3", str(thin))
            .replace("%4", str(len(c.departed)))
        )
        if c.unowned_decision_makers:
            names = "<br>".join(
                f"• {p.name}（{p.department or department_label(department_of(p.department))}"
                f"{'，' + p.title if p.title else ''}）"
                for p in c.unowned_decision_makers
            )
            title = self.tr("Decision makers nobody on our side owns")
            self.unowned.setText(f"<b>{title}</b><br>{names}")
            self.unowned.setStyleSheet("QLabel { background: #f8d7d3; padding: 8px; }")
        else:
            self.unowned.setText(self.tr("Every decision maker has an owner on our side."))
            self.unowned.setStyleSheet("")
