"""One colour per visit layer, used by the calendar, the legends and the dossier tab."""

from __future__ import annotations

from PySide6.QtGui import QColor

LAYER_COLORS = {
    "leader": QColor("#8E44AD"),  # purple: the leaders' layer
    "technical": QColor("#1F77B4"),  # blue: engineers
    "business": QColor("#2E8B57"),  # green: salespeople
}
STATE_COLORS = {
    "overdue": QColor("#C0392B"),
    "due": QColor("#D68910"),
    "scheduled": QColor("#1F77B4"),
    "ok": QColor("#2E8B57"),
    "not_required": QColor("#888888"),
}
INCOMPLETE = QColor("#E67E22")


def layer_color(layer: str) -> QColor:
    return LAYER_COLORS.get(layer, QColor("#666666"))


def chip_colors(layer: str, status: str) -> tuple[QColor, QColor]:
    """(background, text) of a visit chip: done visits paler, cancelled grey."""
    base = layer_color(layer)
    if status == "cancelled":
        return QColor("#E0E0E0"), QColor("#777777")
    if status == "done":
        return base.lighter(175), base.darker(150)
    return base, QColor("white")
