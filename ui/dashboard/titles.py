"""The home screen's title in the navigation (translated with this area)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def page_title() -> str:
    return QCoreApplication.translate("DashboardTitles", "Today")
