"""The meeting pack's two charts drawn with reportlab.graphics: the value pyramid and
the Pareto curves of volume and revenue."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Polygon, String
from reportlab.lib import colors

from kam.i18n import _
from kam.rating.analysis import ParetoPoint, PyramidLayer
from kam.reports.fonts import register_fonts

LAYER_COLORS = [colors.HexColor(c) for c in ("#1F4E79", "#3F7CB5", "#8FB4D9", "#D5E3F0")]
VOLUME = colors.HexColor("#1F4E79")
REVENUE = colors.HexColor("#E07B39")
AXIS = colors.HexColor("#666666")
REVENUE_DASH = [5, 2]

LAYER_LABELS = {
    "important": "Important (top 1 %)",
    "major": "Major (next 19 %)",
    "ordinary": "Ordinary (next 30 %)",
    "small": "Small (bottom 50 %)",
}


def layer_label(layer: str) -> str:
    return _(LAYER_LABELS.get(layer, layer))


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # Start in the CJK font so the renderer's default Helvetica is never embedded-less.
    drawing.initialFontName = register_fonts()
    return drawing


def _text(
    x: float,
    y: float,
    text: str,
    size: float = 8,
    anchor: str = "start",
    color: colors.Color = colors.black,
) -> String:
    return String(
        x, y, text, fontName=register_fonts(), fontSize=size, textAnchor=anchor, fillColor=color
    )


def pyramid_drawing(layers: Sequence[PyramidLayer], width: float, height: float = 190) -> Drawing:
    """Four stacked trapezoids, top layer at the apex, each labelled with its accounts
    and its share of revenue and volume."""
    drawing = _drawing(width, height)
    base = min(width * 0.5, 260.0)
    apex_x = base / 2 + 4
    band = (height - 10) / len(layers) if layers else height
    for number, layer in enumerate(layers):
        top_y = height - 5 - number * band
        bottom_y = top_y - band + 2
        top_half = base / 2 * (number / len(layers))
        bottom_half = base / 2 * ((number + 1) / len(layers))
        drawing.add(
            Polygon(
                [
                    apex_x - top_half,
                    top_y,
                    apex_x + top_half,
                    top_y,
                    apex_x + bottom_half,
                    bottom_y,
                    apex_x - bottom_half,
                    bottom_y,
                ],
                fillColor=LAYER_COLORS[number % len(LAYER_COLORS)],
                strokeColor=colors.white,
            )
        )
        text_x = base + 20
        mid = (top_y + bottom_y) / 2
        drawing.add(_text(text_x, mid + 4, layer_label(layer.layer), 9))
        drawing.add(
            _text(
                text_x,
                mid - 8,
                _("{n} accounts · revenue {r:.1f} % · volume {v:.1f} %").format(
                    n=layer.accounts, r=layer.revenue_share, v=layer.volume_share
                ),
                8,
                color=AXIS,
            )
        )
    return drawing


def pareto_drawing(
    volume: Sequence[ParetoPoint], revenue: Sequence[ParetoPoint], width: float, height: float = 200
) -> Drawing:
    """Cumulative share of volume and revenue against the top N % of accounts, with the
    diagonal of an even spread for comparison."""
    drawing = _drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 40, 35
    plot.width, plot.height = width - 60, height - 60
    plot.data = [
        [(p.accounts_pct, p.share_pct) for p in volume] or [(0, 0)],
        [(p.accounts_pct, p.share_pct) for p in revenue] or [(0, 0)],
    ]
    plot.lines[0].strokeColor = VOLUME
    plot.lines[1].strokeColor = REVENUE
    plot.lines[0].strokeWidth = plot.lines[1].strokeWidth = 1.6
    # Told apart by dash as well as colour, for black-and-white printing.
    plot.lines[1].strokeDashArray = REVENUE_DASH
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.valueMin, axis.valueMax, axis.valueStep = 0, 100, 20
        axis.labels.fontName = register_fonts()
        axis.labels.fontSize = 7.5
        axis.strokeColor = AXIS
    plot.xValueAxis.labelTextFormat = "%d %%"
    plot.yValueAxis.labelTextFormat = "%d %%"
    drawing.add(plot)
    drawing.add(
        Line(
            plot.x,
            plot.y,
            plot.x + plot.width,
            plot.y + plot.height,
            strokeColor=colors.HexColor("#BBBBBB"),
            strokeDashArray=[3, 3],
        )
    )
    drawing.add(_text(plot.x + plot.width / 2, 8, _("Top N % of accounts"), 8, "middle", AXIS))
    legend_y = height - 12
    for number, (label, color, dash) in enumerate(
        ((_("Share of volume"), VOLUME, None), (_("Share of revenue"), REVENUE, REVENUE_DASH))
    ):
        x = plot.x + number * 120
        drawing.add(
            Line(
                x,
                legend_y + 3,
                x + 16,
                legend_y + 3,
                strokeColor=color,
                strokeWidth=2,
                strokeDashArray=dash,
            )
        )
        drawing.add(_text(x + 20, legend_y, label, 8))
    return drawing
