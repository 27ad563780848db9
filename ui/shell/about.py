"""The About box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kam import __version__
from kam.logs import log_folder


def show_about(parent: QWidget | None, database: str) -> None:
    title = QCoreApplication.translate("About", "About KAM Desk")
    what = QCoreApplication.translate(
        "About",
        "Key-account management for B2B field sales: the account dossier, visits on "
        "three layers, the annual rating and early warnings.",
    )
    offline = QCoreApplication.translate(
        "About", "Works offline; your data stays in one file on this computer."
    )
    where = QCoreApplication.translate("About", "Database: %1").replace("%1", database)
    folder = QCoreApplication.translate("About", "Data folder: %1").replace(
        "%1", str(Path(database).parent) if database else ""
    )
    log = QCoreApplication.translate("About", "Log folder: %1").replace("%1", str(log_folder()))
    version = QCoreApplication.translate("About", "Version %1").replace("%1", __version__)
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(title)
    box.setIconPixmap(QApplication.windowIcon().pixmap(64, 64))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setText(
        f"<h3>KAM Desk</h3><p>{version}</p><p>{what}</p><p>{offline}</p>"
        f"<p><small>{where}<br>{folder}<br>{log}</small></p>"
    )
    box.exec()
