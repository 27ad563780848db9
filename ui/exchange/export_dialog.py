"""Exporting every record to a workbook, with progress, from the File menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam.exchange.exporter import ExportResult, export_workbook, today_name
from ui.context import AppContext
from ui.exchange.worker import Worker
from ui.widgets.ask import choose_file_save


def ask_export_path(parent: QWidget | None) -> Path | None:
    name = choose_file_save(
        parent,
        QCoreApplication.translate("ExportDialog", "Export workbook"),
        today_name(),
        QCoreApplication.translate("ExportDialog", "Excel workbooks (*.xlsx)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


class ExportDialog(QDialog):
    """Writes the workbook at ``path`` and says how it went.

    Signals:
        exported(object): the ExportResult of a finished export.
    """

    exported = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        path: Path,
        *,
        chinese_headers: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export workbook"))
        self.message = QLabel(self.tr("Writing %1…").replace("%1", str(path)))
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addLayout(row)
        self.resize(520, 160)
        db = ctx.db
        self.worker = Worker(
            lambda progress: export_workbook(
                db, path, chinese_headers=chinese_headers, progress=progress
            )
        )
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _progressed(self, stage: str, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finished(self, result: ExportResult) -> None:
        self.worker.wait()
        self.progress.hide()
        text = self.tr("Exported %1 rows to:").replace("%1", f"{sum(result.rows.values()):,}")
        lines = [text, str(result.path), *result.warnings]
        self.message.setText("\n".join(lines))
        self.close_button.setEnabled(True)
        self.exported.emit(result)

    def _failed(self, message: str) -> None:
        self.worker.wait()
        self.progress.hide()
        self.message.setText(self.tr("The export failed: %1").replace("%1", message))
        self.close_button.setEnabled(True)

    def reject(self) -> None:
        if self.close_button.isEnabled():
            super().reject()
