"""The workbook entries of the main window's File menu (import, export)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ui.context import AppContext
from ui.exchange.export_dialog import ExportDialog, ask_export_path
from ui.exchange.import_dialog import ImportDialog


def add_workbook_actions(menu: QMenu, window: QWidget, ctx: AppContext) -> list[QAction]:
    """Adds "Import workbook…" and "Export workbook…" to ``menu``."""
    import_action = menu.addAction(QCoreApplication.translate("RecordsMenu", "&Import workbook…"))
    import_action.setObjectName("importWorkbook")
    import_action.triggered.connect(lambda: ImportDialog(ctx, window).exec())
    export_action = menu.addAction(QCoreApplication.translate("RecordsMenu", "&Export workbook…"))
    export_action.setObjectName("exportWorkbook")

    def export() -> None:
        path = ask_export_path(window)
        if path is not None:
            ExportDialog(ctx, path, parent=window).exec()

    export_action.triggered.connect(export)
    return [import_action, export_action]
