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
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from kam.reports.fonts import register_fonts

# Dark to light, so that series stay apart when printed in black and white too.
PALETTE = [
    colors.HexColor(c)
    for c in (
        "#1F4E79",
        "#E07B39",
        "#5B9F4A",
        "#A23B72",
        "#8C8C8C",
        "#3FA7C9",
        "#C9A227",
        "#6C4F9E",
    )
]
# Grey levels for the bars of a multi-series chart: told apart on a mono printer.
BAR_FILLS = [colors.HexColor(c) for c in ("#1F4E79", "#9DB7D5", "#E07B39", "#F3C9A8")]
# Line series differ by dash and marker as well as colour (black-and-white printing).
DASHES: list[list[float] | None] = [None, [4, 2], [1, 2], [6, 2, 1, 2]]
MARKERS = ["FilledCircle", "FilledSquare", "FilledTriangle", "FilledDiamond"]
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
        drawing.add(
            String(
                width / 2,
                height - 11,
                title,
                fontName=register_fonts(),
                fontSize=9,
                textAnchor="middle",
                fillColor=AXIS,
            )
        )


def _unit(drawing: Drawing, unit: str, x: float, y: float) -> None:
    """The value axis's unit above its top end (万元, %, 吨)."""
    if unit:
        drawing.add(
            String(
                x, y, unit, fontName=register_fonts(), fontSize=7, textAnchor="end", fillColor=AXIS
            )
        )


def _no_data(drawing: Drawing, text: str, width: float, height: float) -> Drawing:
    drawing.add(
        Rect(
            2,
            2,
            width - 4,
            height - 18,
            fillColor=None,
            strokeColor=colors.HexColor("#DDDDDD"),
            strokeWidth=0.5,
        )
    )
    drawing.add(
        String(
            width / 2,
            height / 2 - 8,
            text,
            fontName=register_fonts(),
            fontSize=8,
            textAnchor="middle",
            fillColor=AXIS,
        )
    )
    return drawing


def _has_values(categories: Sequence[str], series: Sequence[Series]) -> bool:
    return bool(categories) and any(v is not None for _name, vs in series for v in vs)


def _legend(
    drawing: Drawing,
    names: Sequence[str],
    x: float,
    y: float,
    *,
    columns: int = 4,
    fills: Sequence[colors.Color] | None = None,
) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = register_fonts()
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = max(1, -(-len(names) // columns))
    legend.deltax = 10  # a minimum: columns are spaced by their longest name
    legend.dx = legend.dy = 6
    fills = fills or PALETTE
    legend.colorNamePairs = [(fills[i % len(fills)], name) for i, name in enumerate(names)]
    drawing.add(legend)


def _line_legend(drawing: Drawing, names: Sequence[str], x: float, y: float) -> None:
    """Each series' line sample, with its dash and marker, then its name."""
    font = register_fonts()
    for i, name in enumerate(names):
        drawing.add(
            Line(
                x,
                y + 3,
                x + 16,
                y + 3,
                strokeColor=color(i),
                strokeWidth=1.4,
                strokeDashArray=DASHES[i % len(DASHES)],
            )
        )
        marker = _marker(i)
        marker.x, marker.y = x + 8, y + 3
        drawing.add(marker)
        drawing.add(String(x + 20, y, name, fontName=font, fontSize=7.5))
        x += 26 + stringWidth(name, font, 7.5)


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
    unit: str = "",
    empty: str = "—",
) -> Drawing:
    """Grouped vertical bars, one group per category and one shade per series.

    A None value draws no bar (a year with no data is not the same as zero). Without any
    value the chart is a frame saying ``empty``. ``unit`` labels the value axis.
    """
    font = register_fonts()
    drawing = new_drawing(width, height)
    _title(drawing, title, width, height)
    if not _has_values(categories, series):
        return _no_data(drawing, empty, width, height)
    chart = VerticalBarChart()
    legend_room = 16 if len(series) > 1 else 0
    chart.x, chart.y = 42, 22 + legend_room
    chart.width, chart.height = width - 52, height - 40 - legend_room - (14 if title else 0)
    chart.data = [list(values) for _name, values in series]
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
        chart.bars[i].fillColor = BAR_FILLS[i % len(BAR_FILLS)] if len(series) > 1 else color(0)
        chart.bars[i].strokeColor = colors.black if len(series) > 1 else None
        chart.bars[i].strokeWidth = 0.3
    # Every bar carries its value: readable whatever the printer does with colour.
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    chart.barLabelFormat = lambda v: "" if v is None else value_format(v)
    drawing.add(chart)
    _unit(drawing, unit, chart.x - 3, chart.y + chart.height + 4)
    if len(series) > 1:
        _legend(drawing, [name for name, _v in series], chart.x, 14, fills=BAR_FILLS)
    return drawing


def _runs(values: Sequence[float | None]) -> list[list[float | None]]:
    """The series split at its gaps: one row per unbroken run, None elsewhere, so a gap
    stays a gap and a lone point draws a marker without a line."""
    rows: list[list[float | None]] = []
    current: list[float | None] | None = None
    for i, v in enumerate(values):
        if v is None:
            current = None
            continue
        if current is None:
            current = [None] * len(values)
            rows.append(current)
        current[i] = v
    return rows


def line_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    width: float,
    height: float,
    title: str = "",
    value_format: Callable[[float], str] = _number,
    unit: str = "",
    empty: str = "—",
) -> Drawing:
    """One line per series over the categories; None leaves a gap in the line.

    Series differ by dash and marker as well as colour; ``unit`` labels the value axis.
    """
    font = register_fonts()
    drawing = new_drawing(width, height)
    _title(drawing, title, width, height)
    if not _has_values(categories, series):
        return _no_data(drawing, empty, width, height)
    chart = HorizontalLineChart()
    legend_room = 16
    chart.x, chart.y = 42, 22 + legend_room
    chart.width, chart.height = width - 52, height - 40 - legend_room - (14 if title else 0)
    rows: list[list[float | None]] = []
    owners: list[int] = []
    for i, (_name, values) in enumerate(series):
        for run in _runs(values):
            rows.append(run)
            owners.append(i)
    chart.data = rows
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
    # Lines are drawn per row below: a one-point polyline is an error in ReportLab.
    chart.joinedLines = 0
    for row, owner in enumerate(owners):
        style = chart.lines[row]
        style.strokeColor = color(owner)
        style.strokeWidth = 1.4
        style.strokeDashArray = DASHES[owner % len(DASHES)]
        style.symbol = _marker(owner)
        if sum(v is not None for v in rows[row]) >= 2:
            style.lineStyle = "joinedLine"
    drawing.add(chart)
    _unit(drawing, unit, chart.x - 3, chart.y + chart.height + 4)
    _line_legend(drawing, [name for name, _v in series], chart.x, 8)
    return drawing


def _marker(index: int):  # type: ignore[no-untyped-def]
    from reportlab.graphics.widgets.markers import makeMarker

    marker = makeMarker(MARKERS[index % len(MARKERS)])
    marker.size = 4
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
    empty: str = "—",
) -> Drawing:
    """A pie whose slices carry their names and values beside them (readable in black and
    white); ``highlight`` pops one slice out (e.g. us). Slices of 0 are left out."""
    drawing = new_drawing(width, height)
    _title(drawing, title, width, height)
    shown = [
        (i, label, value)
        for i, (label, value) in enumerate(zip(labels, values, strict=True))
        if value > 0
    ]
    if not shown:
        return _no_data(drawing, empty, width, height)
    size = min(height - 40 - (14 if title else 0), width * 0.4)
    pie = Pie()
    pie.x, pie.y = (width - size) / 2, (height - (14 if title else 0) - size) / 2
    pie.width = pie.height = size
    pie.data = [value for _i, _label, value in shown]
    pie.labels = [f"{label}  {value_format(value)}" for _i, label, value in shown]
    pie.sideLabels = True
    pie.simpleLabels = False
    pie.slices.fontName = register_fonts()
    pie.slices.fontSize = 8
    pie.slices.label_pointer_strokeColor = AXIS
    pie.slices.label_pointer_strokeWidth = 0.4
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    pie.startAngle = 90
    for n, (i, _label, _value) in enumerate(shown):
        pie.slices[n].fillColor = color(i)
        if i == highlight:
            pie.slices[n].popout = 5
    drawing.add(pie)
    return drawing
