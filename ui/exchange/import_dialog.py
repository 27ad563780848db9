"""Importing a workbook: a dry run first shows what would be added and updated and every
problem; only then can the user import, all or nothing."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam.exchange import ImportReport, import_workbook
from kam.exchange.progress import Cancelled, Progress
from ui.context import AppContext, Topic
from ui.exchange.worker import Worker
from ui.widgets import ask


class ImportDialog(QDialog):
    """Dry run → report → import.

    Signals:
        report_ready(object): a dry run or an import finished with this ImportReport.
    """

    report_ready = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import workbook"))
        self.ctx = ctx
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self._worker: Worker | None = None
        self.file_label = QLabel(
            self.tr("Choose a workbook (.xlsx, .xls or .ods) or a folder of CSV files.")
        )
        self.file_label.setWordWrap(True)
        self.file_button = QPushButton(self.tr("Workbook…"))
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button = QPushButton(self.tr("CSV folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.stage = QLabel()
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setObjectName("importDetails")
        self.details.setReadOnly(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self._cancel = threading.Event()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.file_button)
        top.addWidget(self.folder_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addLayout(bottom)
        self.resize(760, 520)

    def choose_file(self) -> None:
        name = ask.choose_file_open(
            self,
            self.tr("Import workbook"),
            "",
            self.tr(
                "Workbooks (*.xlsx *.xls *.ods);;Excel workbooks (*.xlsx *.xls);;"
                "OpenDocument spreadsheets (*.ods);;CSV files (*.csv)"
            ),
        )
        if name:
            self.set_path(Path(name))

    def choose_folder(self) -> None:
        name = ask.choose_folder(self, self.tr("Folder of CSV files"))
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        """Shows ``path`` and starts its dry run."""
        self.path = path
        self.file_label.setText(str(path))
        self._run(dry_run=True)

    def run_import(self) -> None:
        if self.report is not None and self.report.ok:
            self._run(dry_run=False)

    def _run(self, *, dry_run: bool) -> None:
        assert self.path is not None
        path, db = self.path, self.ctx.db
        self.import_button.setEnabled(False)
        for button in (self.file_button, self.folder_button):
            button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stage.setText(self.tr("Checking the file…") if dry_run else self.tr("Importing…"))
        self.details.clear()
        self.summary.clear()
        self._cancel.clear()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        cancel = self._cancel

        def job(progress: Progress) -> ImportReport:
            def watched(stage: str, done: int, total: int) -> None:
                if cancel.is_set():
                    raise Cancelled
                progress(stage, done, total)

            return import_workbook(db, path, dry_run=dry_run, progress=watched)

        worker = Worker(job)
        worker.progressed.connect(self._progressed)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        self._worker = worker
        worker.start()

    def cancel(self) -> None:
        """Stops the running check or import at its next progress step; the import's
        one transaction is rolled back, so nothing is written."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.stage.setText(self.tr("Cancelling…"))

    def _progressed(self, stage: str, done: int, total: int) -> None:
        self.stage.setText(
            self.tr("%1: %2 of %3 rows")
            .replace("%1", stage)
            .replace("%2", f"{done:,}")
            .replace("%3", f"{total:,}")
        )
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _done(self) -> None:
        if self._worker is not None:
            self._worker.wait()
        self.progress.hide()
        self.cancel_button.hide()
        for button in (self.file_button, self.folder_button):
            button.setEnabled(True)

    def _finished(self, report: ImportReport) -> None:
        self._done()
        self.report = report
        lines = report.problem_lines() + report.warning_lines() + report.summary_lines()
        self.details.setPlainText("\n".join(lines))
        changes = sum(report.added.values()) + sum(report.updated.values())
        if not report.ok:
            self.stage.setText(self.tr("Nothing can be imported until these problems are fixed."))
            self.summary.setText(
                self.tr("Problems found: %1").replace("%1", f"{report.problem_count:,}")
            )
        elif report.written:
            self.stage.setText(self.tr("Imported."))
            self.summary.setText(self.tr("Rows added or updated: %1").replace("%1", f"{changes:,}"))
            self.ctx.data_changed.emit(Topic.ACCOUNTS)
            self.ctx.data_changed.emit(Topic.RECORDS)
        else:
            self.stage.setText(self.tr("The file is fine. Nothing has been written yet."))
            self.summary.setText(self.tr("Rows to add or update: %1").replace("%1", f"{changes:,}"))
            self.import_button.setEnabled(changes > 0)
        self.report_ready.emit(report)

    def _failed(self, message: str) -> None:
        self._done()
        self.stage.setText(message)

    def reject(self) -> None:
        if self._worker is not None and self._worker.thread_.isRunning():
            return  # an import is half-way: its transaction decides, not the close button
        super().reject()
