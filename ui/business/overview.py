"""The business tab's overview: five years of figures (table and chart), the arrears
with their ageing and promises, open quality records and complaints, and this year's
manual scores."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam.business.arrears import BUCKETS, Arrear
from kam.business.issues import ComplaintData, QualityData
from kam.business.queries import BusinessOverview
from kam.i18n import label
from kam.rating.manual_scores import ScoreRow, save_scores
from ui.business.figures import FiguresChart, FiguresModel
from ui.business.kinds import money
from ui.context import AppContext
from ui.widgets.ops import run_op
from ui.widgets.parsing import format_date
from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.table_view import ListTable

translate = QCoreApplication.translate


def arrear_columns() -> list[Column[Arrear]]:
    return [
        Column(lambda: translate("BusinessOverview", "Contract no."), lambda a: a.contract_no),
        Column(lambda: translate("BusinessOverview", "Signed"), lambda a: format_date(a.signed_on)),
        Column(
            lambda: translate("BusinessOverview", "Amount (10k CNY)"),
            lambda a: money(a.amount),
            True,
        ),
        Column(
            lambda: translate("BusinessOverview", "Paid (10k CNY)"), lambda a: money(a.paid), True
        ),
        Column(
            lambda: translate("BusinessOverview", "Open (10k CNY)"),
            lambda a: money(a.open_amount),
            True,
        ),
        Column(lambda: translate("BusinessOverview", "Days"), lambda a: a.age_days, True),
        Column(lambda: translate("BusinessOverview", "Ageing"), lambda a: a.bucket),
        Column(
            lambda: translate("BusinessOverview", "Payment expected"),
            lambda a: format_date(a.expected_payment_on),
        ),
        Column(lambda: translate("BusinessOverview", "Promise"), lambda a: a.promise_notes),
    ]


def _open_quality_columns() -> list[Column[QualityData]]:
    return [
        Column(
            lambda: translate("BusinessOverview", "Reported"), lambda q: format_date(q.reported_on)
        ),
        Column(
            lambda: translate("BusinessOverview", "Loss (10k CNY)"),
            lambda q: money(q.loss_amount),
            True,
        ),
        Column(lambda: translate("BusinessOverview", "Quality issue"), lambda q: q.description),
    ]


def _open_complaint_columns() -> list[Column[ComplaintData]]:
    return [
        Column(
            lambda: translate("BusinessOverview", "Received"), lambda c: format_date(c.received_on)
        ),
        Column(lambda: translate("BusinessOverview", "Cause"), lambda c: label(c.cause)),
        Column(lambda: translate("BusinessOverview", "Complaint"), lambda c: c.description),
    ]


class ScoresBox(QGroupBox):
    """The manual 1–5 scores of one year (industry influence, business reputation).

    Signals:
        saved(): the scores were stored.
    """

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("BusinessOverview", "Manual scores"), parent)
        self.ctx = ctx
        self.overview: BusinessOverview | None = None
        self.year = QSpinBox()
        self.year.setObjectName("scoreYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self._show_year)
        self.influence = self._combo("industryInfluence")
        self.reputation = self._combo("reputation")
        self.save_button = QPushButton(translate("BusinessOverview", "Save scores"))
        self.save_button.setObjectName("saveScores")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        row = QHBoxLayout(self)
        for text, widget in (
            (translate("BusinessOverview", "Year"), self.year),
            (translate("BusinessOverview", "Industry influence"), self.influence),
            (translate("BusinessOverview", "Business reputation"), self.reputation),
        ):
            row.addWidget(QLabel(text))
            row.addWidget(widget)
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)

    @staticmethod
    def _combo(name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem("—", None)
        for n in range(1, 6):
            combo.addItem(str(n), n)
        return combo

    def set_overview(self, overview: BusinessOverview | None) -> None:
        self.overview = overview
        self.setEnabled(overview is not None)
        self._show_year()

    def _show_year(self) -> None:
        scores = self.overview.scores if self.overview else {}
        influence, reputation = scores.get(self.year.value(), (None, None))
        self.influence.setCurrentIndex(max(self.influence.findData(influence), 0))
        self.reputation.setCurrentIndex(max(self.reputation.findData(reputation), 0))
        self.message.clear()

    def save(self) -> None:
        if self.overview is None:
            return
        o = self.overview
        row = ScoreRow(
            o.account_id,
            o.code,
            o.name,
            self.influence.currentData(),
            self.reputation.currentData(),
        )
        run_op(
            self,
            lambda: save_scores(self.ctx.db, self.year.value(), [row]),
            invalid=lambda exc: self.message.setText("; ".join(exc.errors.values())),
            success=lambda _: self._saved(),
        )

    def _saved(self) -> None:
        self.saved.emit()  # reloads the overview, which clears the message
        self.message.setText(translate("BusinessOverview", "Saved."))


class OverviewPanel(QWidget):
    """Read-only figures, arrears and open issues of one account, plus the scores editor."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures = FiguresModel(self)
        self.figures_view = QTableView()
        self.figures_view.setObjectName("figuresTable")
        self.figures_view.setModel(self.figures)
        self.figures_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.figures_view.setMinimumHeight(300)
        self.chart = FiguresChart()
        top = QHBoxLayout()
        top.addWidget(self.figures_view, 1)
        top.addWidget(self.chart, 1)

        self.arrears = RowTableModel(arrear_columns(), self)
        self.arrears_view = ListTable()
        self.arrears_view.setObjectName("arrearsTable")
        self.arrears_view.setModel(self.arrears)
        # Room for a handful of arrears: the tab scrolls, a one-row slit does not help.
        self.arrears_view.setMinimumHeight(160)
        self.ageing = QLabel()
        self.ageing.setObjectName("ageingSummary")
        arrears_box = QGroupBox(translate("BusinessOverview", "Arrears"))
        box = QVBoxLayout(arrears_box)
        box.addWidget(self.ageing)
        box.addWidget(self.arrears_view)

        self.open_quality = RowTableModel(_open_quality_columns(), self)
        self.open_complaints = RowTableModel(_open_complaint_columns(), self)
        issues = QHBoxLayout()
        for title, model, name in (
            (
                translate("BusinessOverview", "Open quality records"),
                self.open_quality,
                "openQuality",
            ),
            (
                translate("BusinessOverview", "Open complaints"),
                self.open_complaints,
                "openComplaints",
            ),
        ):
            group = QGroupBox(title)
            view = ListTable()
            view.setObjectName(name)
            view.setModel(model)
            view.setMinimumHeight(120)
            QVBoxLayout(group).addWidget(view)
            issues.addWidget(group)

        self.scores = ScoresBox(ctx)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top, 3)
        layout.addWidget(arrears_box, 2)
        layout.addLayout(issues, 1)
        layout.addWidget(self.scores)

    def show_overview(
        self,
        overview: BusinessOverview | None,
        open_quality: list[QualityData],
        open_complaints: list[ComplaintData],
    ) -> None:
        years = overview.years if overview else []
        as_of = overview.as_of if overview else None
        self.figures.set_years(years, as_of)
        self.chart.set_years(years, as_of)
        self.arrears.set_rows(overview.arrears if overview else [])
        # Whole headers even with no arrears ("Amount (10k C" at 1280 wide).
        self.arrears_view.fit_columns()
        if overview is None:
            self.ageing.clear()
        else:
            days = translate("BusinessOverview", "days")
            parts = [f"{bucket} {days}: {money(overview.ageing[bucket])}" for bucket in BUCKETS]
            self.ageing.setText(
                translate("BusinessOverview", "Open: %1 (10k CNY)").replace(
                    "%1", money(overview.total_arrears)
                )
                + "    "
                + "    ".join(parts)
            )
        self.open_quality.set_rows(open_quality)
        self.open_complaints.set_rows(open_complaints)
        self.scores.set_overview(overview)
