"""The About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kam import __version__


def show_about(parent: QWidget | None, database: str) -> None:
    title = QCoreApplication.translate("About", "About KAM Desk")
    what = QCoreApplication.translate(
        "About", "Key-account management for B2B field sales: the account dossier, visits on "
                 "three layers, the annual rating and early warnings.")
    offline = QCoreApplication.translate(
        "About", "Works offline; your data stays in one file on this computer.")
    where = QCoreApplication.translate("About", "Database: %1").replace("%1", database)
    QMessageBox.about(
        parent, title,
        f"<h3>KAM Desk {__version__}</h3><p>{what}</p><p>{offline}</p><p><small>{where}</small></p>",
    )
