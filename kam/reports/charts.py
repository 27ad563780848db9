"""Small ReportLab charts for the PDFs: bars, lines and a pie, in the CJK font.

Each helper returns a :class:`~reportlab.graphics.shapes.Drawing` that goes straight
into a platypus story. Labels are plain text (any language); values are formatted by
the caller's ``value_format`` so money, tonnes and percentages read naturally.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from kam.reports.fonts import register_fonts

PALETTE = [
    colors.HexColor(c) for c in (
        "#1F4E79", "#E07B39", "#5B9F4A", "#A23B72", "#8C8C8C", "#3FA7C9", "#C9A227", "#6C4F9E",
    )
]
AXIS = colors.HexColor("#666666")
Series = tuple[str, Sequence[float | None]]


def new_drawing(width: float, height: float) -> Drawing:
    """A drawing whose default font is the CJK one, so no unembedded Helvetica (the
    renderer's default) ends up in the PDF."""
    drawing = Drawing(width, height)
    drawing.initialFontName = register_fonts()
    return drawing


def color(index: int) -> colors.Color:
    return PALETTE[index % len(PALETTE)]


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.1f}"


def _title(drawing: Drawing, title: str, width: float, height: float) -> None:
    if title:
        drawing.add(String(width / 2, height - 11, title, fontName=register_fonts(),
                           fontSize=9, textAnchor="middle", fillColor=AXIS))


def _legend(drawing: Drawing, names: Sequence[str], x: float, y: float,
            *, columns: int = 4) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = register_fonts()
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = max(1, -(-len(names) // columns))
    legend.deltax = 10  # a minimum: columns are spaced by their longest name
    legend.dx = legend.dy = 6
    legend.colorNamePairs = [(color(i), name) for i, name in enumerate(names)]
    drawing.add(legend)


def _value_axis_bounds(series: Sequence[Series]) -> tuple[float, float]:
    values = [v for _name, vs in series for v in vs if v is not None]
    low = min([0.0, *values])
    high = max([0.0, *values])
    return low, high if high > low else low + 1.0


def bar_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    width: float,
    height: float,
    title: str = "",
    value_format: Callable[[float], str] = _number,
) -> Drawing:
    """Grouped vertical bars, one group per category and one colour per series.

    A None value draws no bar (a year with no data is not the same as zero).
    """
    font = register_fonts()
    drawing = new_drawing(width, height)
    _title(drawing, title, width, height)
    chart = VerticalBarChart()
    legend_room = 16 if len(series) > 1 else 0
    chart.x, chart.y = 42, 22 + legend_room
    chart.width, chart.height = width - 52, height - 40 - legend_room - (14 if title else 0)
    chart.data = [[v for v in values] for _name, values in series]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "n"
    low, high = _value_axis_bounds(series)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = low, high * 1.12
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = value_format
    chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = AXIS
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E5E5E5")
    chart.barSpacing = 1
    chart.groupSpacing = 8
    for i in range(len(series)):
        chart.bars[i].fillColor = color(i)
        chart.bars[i].strokeColor = None
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    chart.barLabelFormat = value_format
    drawing.add(chart)
    if len(series) > 1:
        _legend(drawing, [name for name, _v in series], chart.x, 14)
    return drawing


def line_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    width: float,
    height: float,
    title: str = "",
    value_format: Callable[[float], str] = _number,
) -> Drawing:
    """One line per series over the categories; None leaves a gap in the line."""
    font = register_fonts()
    drawing = new_drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalLineChart()
    legend_room = 16
    chart.x, chart.y = 42, 22 + legend_room
    chart.width, chart.height = width - 52, height - 40 - legend_room - (14 if title else 0)
    chart.data = [[v for v in values] for _name, values in series]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    low, high = _value_axis_bounds(series)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = low, high * 1.12
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = value_format
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E5E5E5")
    chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = AXIS
    chart.joinedLines = True
    for i in range(len(series)):
        chart.lines[i].strokeColor = color(i)
        chart.lines[i].strokeWidth = 1.6
        chart.lines[i].symbol = _marker(i)
    drawing.add(chart)
    _legend(drawing, [name for name, _v in series], chart.x, 14)
    return drawing


def _marker(index: int):  # type: ignore[no-untyped-def]
    from reportlab.graphics.widgets.markers import makeMarker

    marker = makeMarker("FilledCircle")
    marker.size = 3.5
    marker.fillColor = color(index)
    marker.strokeColor = None
    return marker


def pie_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    width: float,
    height: float,
    title: str = "",
    value_format: Callable[[float], str] = _number,
    highlight: int | None = None,
) -> Drawing:
    """A pie with a legend on its right; ``highlight`` pops one slice out (e.g. us)."""
    drawing = new_drawing(width, height)
    _title(drawing, title, width, height)
    size = min(height - 30 - (14 if title else 0), width * 0.45)
    pie = Pie()
    pie.x, pie.y = 12, (height - (14 if title else 0) - size) / 2
    pie.width = pie.height = size
    pie.data = list(values)
    pie.labels = None
    pie.sideLabels = False
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for i in range(len(values)):
        pie.slices[i].fillColor = color(i)
    if highlight is not None and 0 <= highlight < len(values):
        pie.slices[highlight].popout = 5
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = pie.x + size + 24, pie.y + size
    legend.boxAnchor = "nw"
    legend.fontName = register_fonts()
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 12
    legend.dx = legend.dy = 7
    legend.deltay = 12
    legend.colorNamePairs = [
        (color(i), f"{label}  {value_format(value)}")
        for i, (label, value) in enumerate(zip(labels, values, strict=True))
    ]
    drawing.add(legend)
    return drawing
