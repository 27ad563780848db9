"""Colours of severities and coverage problems, shared by the dashboard and the tabs."""

from __future__ import annotations

from PySide6.QtGui import QColor

SEVERITY_COLORS = {
    "high": QColor("#f8d7d3"),
    "medium": QColor("#fcebc6"),
    "low": QColor("#e6eef8"),
}
PROBLEM = QColor("#f8d7d3")
THIN = QColor("#fcebc6")
