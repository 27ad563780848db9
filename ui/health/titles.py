"""Titles of the health screens where the shell shows them (navigation, dossier tabs),
kept here so that this area's translation file carries them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def warnings_page_title() -> str:
    return QCoreApplication.translate("HealthTitles", "Warnings")


def relationship_tab_title() -> str:
    return QCoreApplication.translate("HealthTitles", "Relationship")
