"""The "Check database" report: SQLite's integrity and foreign-key checks in words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam.store.check import CheckReport


class CheckDialog(QDialog):
    """Shows a :class:`CheckReport`; with problems it points to the backups."""

    def __init__(self, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.setWindowTitle(self.tr("Check database"))
        self.resize(620, 320)
        layout = QVBoxLayout(self)
        if report.ok:
            verdict = self.tr("The database is in good order.")
        else:
            verdict = self.tr(
                "The database has problems. Stop entering data, and restore the newest "
                "good backup (File → Restore a backup…)."
            )
        self.verdict = QLabel(verdict)
        self.verdict.setObjectName("checkVerdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        details = QPlainTextEdit("\n".join(report.lines()))
        details.setObjectName("checkDetails")
        details.setReadOnly(True)
        layout.addWidget(details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
