"""Translated names of the rating's words shown in several widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("RatingTitles", text)


def change_title(change: str) -> str:
    return {
        "new": _tr("New"), "dropped": _tr("Dropped"), "up": _tr("Up"), "down": _tr("Down"),
        "same": _tr("Same"),
    }.get(change, change)


def decision_title(decision: str) -> str:
    return {"accepted": _tr("Accepted"), "overridden": _tr("Overridden")}.get(decision, "")


def status_title(status: str) -> str:
    return {"draft": _tr("Draft"), "final": _tr("Final"),
            "superseded": _tr("Superseded")}.get(status, status)


def layer_title(layer: str) -> str:
    return {"important": _tr("Important (top 1 %)"), "major": _tr("Major (next 19 %)"),
            "ordinary": _tr("Ordinary (next 30 %)"),
            "small": _tr("Small (bottom 50 %)")}.get(layer, layer)
