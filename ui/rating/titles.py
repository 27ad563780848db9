"""Translated names of the rating's words shown in several widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def change_title(change: str) -> str:
    return {
        "new": QCoreApplication.translate("RatingTitles", "New"),
        "dropped": QCoreApplication.translate("RatingTitles", "Dropped"),
        "up": QCoreApplication.translate("RatingTitles", "Up"),
        "down": QCoreApplication.translate("RatingTitles", "Down"),
        "same": QCoreApplication.translate("RatingTitles", "Same"),
    }.get(change, change)


def decision_title(decision: str) -> str:
    return {
        "accepted": QCoreApplication.translate("RatingTitles", "Accepted"),
        "overridden": QCoreApplication.translate("RatingTitles", "Overridden"),
    }.get(decision, "")


def status_title(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("RatingTitles", "Draft"),
        "final": QCoreApplication.translate("RatingTitles", "Final"),
        "superseded": QCoreApplication.translate("RatingTitles", "Superseded"),
    }.get(status, status)


def layer_title(layer: str) -> str:
    return {
        "important": QCoreApplication.translate("RatingTitles", "Important (top 1 %)"),
        "major": QCoreApplication.translate("RatingTitles", "Major (next 19 %)"),
        "ordinary": QCoreApplication.translate("RatingTitles", "Ordinary (next 30 %)"),
        "small": QCoreApplication.translate("RatingTitles", "Small (bottom 50 %)"),
    }.get(layer, layer)
