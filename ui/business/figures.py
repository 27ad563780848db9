"""Five years of an account's figures: a table (measures down, years across) and a chart
of revenue with the collection rate."""

from __future__ import annotations

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
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from kam.rating.measures import YearFigures
from kam.reports.units import year_label

Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def _fmt(value: float | None, digits: int = 1, suffix: str = "") -> str:
    return "—" if value is None else f"{value:,.{digits}f}{suffix}"


# (title, how a year's figures read) in display order; money in 万元 as salespeople say it.
ROWS: tuple[tuple[str, Any], ...] = (
    (QT_TRANSLATE_NOOP("BusinessFigures", "Volume (t)"), lambda f: _fmt(f.volume)),
    (QT_TRANSLATE_NOOP("BusinessFigures", "Revenue (10k CNY)"), lambda f: _fmt(f.revenue / 10_000, 1)),
    (QT_TRANSLATE_NOOP("BusinessFigures", "Unit price (CNY/t)"), lambda f: _fmt(f.measure("unit_price"), 0)),
    (QT_TRANSLATE_NOOP("BusinessFigures", "Collected (10k CNY)"), lambda f: _fmt(f.paid / 10_000, 1)),
    (QT_TRANSLATE_NOOP("BusinessFigures", "Collection rate"), lambda f: _fmt(f.measure("collection_rate"), 1, " %")),
    (QT_TRANSLATE_NOOP("BusinessFigures", "Margin"), lambda f: _fmt(f.measure("profit_margin"), 1, " %")),
    (QT_TRANSLATE_NOOP("BusinessFigures", "Quality loss (10k CNY)"), lambda f: _fmt(f.quality_loss / 10_000, 1)),
    (QT_TRANSLATE_NOOP("BusinessFigures", "Quality loss rate"), lambda f: _fmt(f.measure("quality_loss_rate"), 2, " %")),
    (QT_TRANSLATE_NOOP("BusinessFigures", "Contracts"), lambda f: str(f.contracts)),
)


class FiguresModel(QAbstractTableModel):
    """Measures as rows, years as columns (oldest on the left)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._years: list[YearFigures] = []
        self._as_of: date | None = None

    def set_years(self, years: list[YearFigures], as_of: date | None = None) -> None:
        """``as_of``: the day the figures run to; its year, not over yet, says so."""
        self.beginResetModel()
        self._years, self._as_of = list(years), as_of
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._years else len(ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._years)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ROWS[index.row()][1](self._years[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._years):
                return None
            year = self._years[section].year
            return year_label(year, self._as_of) if self._as_of else str(year)
        return translate("BusinessFigures", ROWS[section][0]) if 0 <= section < len(ROWS) else None


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
        categories.append([year_label(f.year, as_of, sep="\n") if as_of else str(f.year)
                           for f in years])
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
