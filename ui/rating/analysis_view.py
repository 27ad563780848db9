"""The analysis of a run as charts: the value pyramid, the Pareto curves, the grade
distribution against last year and the movement between grades."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam.rating import service as rating
from kam.rating.analysis_queries import RunAnalysis, analyse_run
from kam.rating.scheme import GRADES
from ui.context import AppContext
from ui.rating.titles import layer_title
from ui.widgets.ops import run_op
from ui.widgets.table_model import Column, RowTableModel

VOLUME = QColor("#1F4E79")
REVENUE = QColor("#E07B39")
PREVIOUS = QColor("#9DB4CC")


@dataclass(frozen=True)
class MovementRow:
    was: str  # last year's grade, "" when not rated
    now: dict[str, int]  # accounts by this year's grade


def _now_column(grade: str) -> Column[MovementRow]:
    return Column(
        lambda: QCoreApplication.translate("AnalysisView", "now {grade}").format(
            grade=grade or "—"
        ),
        lambda r: str(r.now.get(grade, 0) or ""),
        align=Qt.AlignmentFlag.AlignCenter,
    )


class MovementModel(RowTableModel[MovementRow]):
    """Accounts per (last year's grade → this year's grade); "—" is not rated."""

    KEYS = (*GRADES, "")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [_now_column(grade) for grade in self.KEYS],
            parent,
            row_title=lambda r: QCoreApplication.translate("AnalysisView", "was {grade}").format(
                grade=r.was or "—"
            ),
        )
        self.set_counts({})

    def set_counts(self, counts: dict[tuple[str, str], int]) -> None:
        self.set_rows(
            [
                MovementRow(was, {now: n for (before, now), n in counts.items() if before == was})
                for was in self.KEYS
            ]
        )


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return chart, view


class AnalysisView(QWidget):
    """Four charts and a summary line for the shown run."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.analysis: RunAnalysis | None = None
        self.summary = QLabel()
        self.summary.setObjectName("analysisSummary")
        self.summary.setWordWrap(True)
        self.pyramid_chart, pyramid_view = _chart(
            QCoreApplication.translate("AnalysisView", "Value pyramid (by revenue)")
        )
        self.pareto_chart, pareto_view = _chart(
            QCoreApplication.translate("AnalysisView", "Pareto curve")
        )
        self.grade_chart, grade_view = _chart(
            QCoreApplication.translate("AnalysisView", "Grade distribution")
        )
        self.movement = MovementModel(self)
        movement_view = QTableView()
        movement_view.setObjectName("movementTable")
        movement_view.setModel(self.movement)
        movement_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        movement_box = QWidget()
        box_layout = QVBoxLayout(movement_box)
        box_layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "AnalysisView", "Movement between grades against last year's final rating"
                )
            )
        )
        box_layout.addWidget(movement_view)
        grid = QGridLayout()
        grid.addWidget(pyramid_view, 0, 0)
        grid.addWidget(pareto_view, 0, 1)
        grid.addWidget(grade_view, 1, 0)
        grid.addWidget(movement_box, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)

    def set_run(self, run: rating.RunInfo | None) -> None:
        if run is None:
            self.analysis = None
            self.summary.setText(
                QCoreApplication.translate("AnalysisView", "No rating for this year yet.")
            )
            for chart in (self.pyramid_chart, self.pareto_chart, self.grade_chart):
                _clear(chart)
            self.movement.set_counts({})
            return
        analysis = run_op(self, lambda: analyse_run(self.ctx.db, run.id))
        if analysis is None:
            return
        self.analysis = a = analysis
        self.summary.setText(
            QCoreApplication.translate(
                "AnalysisView",
                "{buyers} of {n} accounts bought in {year}. The top 20 % of them gave {v:.1f} % of "
                "the volume and {r:.1f} % of the revenue; {k} accounts give 80 % of the volume.",
            ).format(
                buyers=a.buying_accounts,
                n=a.accounts,
                year=a.year,
                v=a.top20_volume_share,
                r=a.top20_revenue_share,
                k=a.accounts_for_80pct_volume,
            )
        )
        self._pyramid(a)
        self._pareto(a)
        self._grades(a)
        self.movement.set_counts(a.movement)

    def _pyramid(self, a: RunAnalysis) -> None:
        chart = self.pyramid_chart
        _clear(chart)
        revenue = QBarSet(QCoreApplication.translate("AnalysisView", "Share of revenue %"))
        revenue.setColor(REVENUE)
        volume = QBarSet(QCoreApplication.translate("AnalysisView", "Share of volume %"))
        volume.setColor(VOLUME)
        categories = []
        for layer in reversed(a.pyramid):  # the top layer drawn at the top
            revenue.append(round(layer.revenue_share, 1))
            volume.append(round(layer.volume_share, 1))
            categories.append(f"{layer_title(layer.layer)} · {layer.accounts}")
        series = QHorizontalBarSeries()
        series.append(revenue)
        series.append(volume)
        series.setLabelsVisible(True)
        # Beside the bar, not inside it: a 1 % layer's bar is too short for "7.2".
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value %")
        chart.addSeries(series)
        y_axis = QBarCategoryAxis()
        y_axis.append(categories)
        x_axis = QValueAxis()
        widest = max(
            (max(layer.revenue_share, layer.volume_share) for layer in a.pyramid), default=0.0
        )
        x_axis.setRange(0, 100 if widest < 85 else 125)
        x_axis.setLabelFormat("%d %%")
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y_axis)
        series.attachAxis(x_axis)

    def _pareto(self, a: RunAnalysis) -> None:
        chart = self.pareto_chart
        _clear(chart)
        x_axis, y_axis = QValueAxis(), QValueAxis()
        for axis in (x_axis, y_axis):
            axis.setRange(0, 100)
            axis.setLabelFormat("%d %%")
            axis.setTickCount(6)
        x_axis.setTitleText(QCoreApplication.translate("AnalysisView", "Top N % of accounts"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for name, points, color in (
            (
                QCoreApplication.translate("AnalysisView", "Share of volume"),
                a.pareto_volume,
                VOLUME,
            ),
            (
                QCoreApplication.translate("AnalysisView", "Share of revenue"),
                a.pareto_revenue,
                REVENUE,
            ),
        ):
            series = QLineSeries()
            series.setName(name)
            for p in points:
                series.append(p.accounts_pct, p.share_pct)
            series.setPen(QPen(color, 2))
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        even = QLineSeries()
        even.setName(QCoreApplication.translate("AnalysisView", "Even spread"))
        even.append(0, 0)
        even.append(100, 100)
        pen = QPen(QColor("#AAAAAA"), 1, Qt.PenStyle.DashLine)
        even.setPen(pen)
        chart.addSeries(even)
        even.attachAxis(x_axis)
        even.attachAxis(y_axis)

    def _grades(self, a: RunAnalysis) -> None:
        chart = self.grade_chart
        _clear(chart)
        series = QBarSeries()
        if a.previous_year is not None:
            previous = QBarSet(str(a.previous_year))
            previous.setColor(PREVIOUS)
            previous.append([float(a.previous_grades[g]) for g in GRADES])
            series.append(previous)
        current = QBarSet(str(a.year))
        current.setColor(VOLUME)
        current.append([float(a.grades[g]) for g in GRADES])
        series.append(current)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(list(GRADES))
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%d")
        top = max([*a.grades.values(), *a.previous_grades.values(), 1])
        y_axis.setRange(0, top * 1.15)
        y_axis.applyNiceNumbers()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)


def _clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
