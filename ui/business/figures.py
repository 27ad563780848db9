"""Five years of an account's figures: a table (measures down, years across) and a chart
of revenue with the collection rate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from kam.rating.measures import YearFigures
from kam.reports.units import year_label
from ui.widgets.table_model import Column, RowTableModel

translate = QCoreApplication.translate


def _fmt(value: float | None, digits: int = 1, suffix: str = "") -> str:
    return "—" if value is None else f"{value:,.{digits}f}{suffix}"


@dataclass(frozen=True)
class FigureLine:
    """A measure, read across the years."""

    title: Callable[[], str]
    text: Callable[[YearFigures], str]


# In display order; money in 万元 as salespeople say it.
ROWS: tuple[FigureLine, ...] = (
    FigureLine(lambda: translate("BusinessFigures", "Volume (t)"), lambda f: _fmt(f.volume)),
    FigureLine(
        lambda: translate("BusinessFigures", "Revenue (10k CNY)"),
        lambda f: _fmt(f.revenue / 10_000, 1),
    ),
    FigureLine(
        lambda: translate("BusinessFigures", "Unit price (CNY/t)"),
        lambda f: _fmt(f.measure("unit_price"), 0),
    ),
    FigureLine(
        lambda: translate("BusinessFigures", "Collected (10k CNY)"),
        lambda f: _fmt(f.paid / 10_000, 1),
    ),
    FigureLine(
        lambda: translate("BusinessFigures", "Collection rate"),
        lambda f: _fmt(f.measure("collection_rate"), 1, " %"),
    ),
    FigureLine(
        lambda: translate("BusinessFigures", "Margin"),
        lambda f: _fmt(f.measure("profit_margin"), 1, " %"),
    ),
    FigureLine(
        lambda: translate("BusinessFigures", "Quality loss (10k CNY)"),
        lambda f: _fmt(f.quality_loss / 10_000, 1),
    ),
    FigureLine(
        lambda: translate("BusinessFigures", "Quality loss rate"),
        lambda f: _fmt(f.measure("quality_loss_rate"), 2, " %"),
    ),
    FigureLine(lambda: translate("BusinessFigures", "Contracts"), lambda f: str(f.contracts)),
)


def _year_column(figures: YearFigures, as_of: date | None) -> Column[FigureLine]:
    """A year's column; the year ``as_of`` falls in, not over yet, says so in its title."""
    # Two lines: "2026" over "截至 12-02", so the column stays as narrow as a full year's.
    title = year_label(figures.year, as_of, sep="\n") if as_of else str(figures.year)
    return Column(lambda: title, lambda line: line.text(figures), True)


class FiguresModel(RowTableModel[FigureLine]):
    """Measures as rows, years as columns (oldest on the left). (Its own class: the
    columns are the years loaded.)"""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent, row_title=lambda line: line.title())

    def set_years(self, years: list[YearFigures], as_of: date | None = None) -> None:
        """``as_of``: the day the figures run to."""
        self.set_columns([_year_column(f, as_of) for f in years], ROWS if years else [])


def _category(year: int, as_of: date | None) -> str:
    """A year under its bars. A part year says "至 12-02" on a second line in smaller type
    (the table beside it and the chart's tooltip say 截至 12-02 in full): the chart elides
    a label wider than a sixth of its plot less 10 px, some 48 px in the dossier at
    1280 × 800, and "截至 12-02" was cut to "截至 12…"."""
    if as_of is None or year_label(year, as_of) == str(year):
        return str(year)
    to = translate("BusinessFigures", "to {date}").format(date=as_of.strftime("%m-%d"))
    return f"{year}<br><small>{to}</small>"


class FiguresChart(QChartView):
    """Revenue per year as bars (left axis, 万元) and the collection rate as a line (right, %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("businessChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.setChart(QChart())

    def set_years(self, years: list[YearFigures], as_of: date | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        revenue = QBarSet(translate("BusinessFigures", "Revenue (10k CNY)"))
        volume = QBarSet(translate("BusinessFigures", "Volume (t)"))
        rate = QLineSeries()
        rate.setName(translate("BusinessFigures", "Collection rate (%)"))
        rate.setPen(QPen(QColor("#d9822b"), 2.5))
        rate.setPointsVisible(True)
        for n, figures in enumerate(years):
            revenue.append(figures.revenue / 10_000)
            volume.append(figures.volume)
            collected = figures.measure("collection_rate")
            if collected is not None:
                rate.append(n, collected)
        bars = QBarSeries()
        bars.append(revenue)
        bars.append(volume)
        chart.addSeries(bars)
        chart.addSeries(rate)
        categories = QBarCategoryAxis()
        categories.append([_category(f.year, as_of) for f in years])
        labels = [year_label(f.year, as_of) for f in years] if as_of is not None else []
        self.setToolTip(next((label for label in labels if not label.isdigit()), ""))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        left = QValueAxis()
        left.setLabelFormat("%.0f")
        top = max([f.revenue / 10_000 for f in years] + [f.volume for f in years] + [1.0])
        left.setRange(0, top * 1.1)
        chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
        right = QValueAxis()
        right.setRange(0, 100)
        right.setLabelFormat("%.0f %%")
        chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(categories)
        bars.attachAxis(left)
        rate.attachAxis(categories)
        rate.attachAxis(right)
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()

    def series_names(self) -> list[str]:
        """What the legend shows: the bar sets, then the line."""
        names: list[str] = []
        for series in self.chart().series():
            if isinstance(series, QBarSeries):
                names += [bar_set.label() for bar_set in series.barSets()]
            else:
                names.append(series.name())
        return names
