"""Titles under which the main window and the dossier list this area's screens (kept
here so that this area's translation file carries them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def page_title() -> str:
    return QCoreApplication.translate("Pages", "Visits")


def tab_title() -> str:
    return QCoreApplication.translate("DossierTabs", "Visits")
