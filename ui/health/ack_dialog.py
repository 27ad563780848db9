"""Acknowledging a warning: what it says, and a note on what is being done about it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam.health.warnings import WarningRow, acknowledge
from kam.store import Database
from ui.widgets.discard_guard import DiscardGuard
from ui.widgets.field_errors import FieldErrors
from ui.widgets.ops import run_op


class AckDialog(DiscardGuard, QDialog):
    """Records the acknowledgement when accepted; it stays open on a bad note."""

    def __init__(
        self,
        db: Database,
        row: WarningRow,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ackDialog")
        self.setWindowTitle(self.tr("Acknowledge warning"))
        self.db, self.row, self.today = db, row, today
        what = QLabel(
            f"<b>{row.code} {row.account}</b> — {row.kind_label} "
            f"({row.severity_label})<br>{row.reason}"
        )
        what.setWordWrap(True)
        hint = QLabel(
            self.tr("The warning is hidden until it gets worse. Say what is being done about it.")
        )
        hint.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("ackNote")
        self.note.setPlaceholderText(
            self.tr("e.g. Met the purchasing manager on 12 May; payment promised by month end")
        )
        if row.ack is not None:
            self.note.setPlainText(row.ack.note)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Note"), "note", self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Acknowledge"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("ackOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 260)
        self.mark_clean()

    def edit_state(self) -> str:
        return self.note.toPlainText()

    def accept(self) -> None:
        r = self.row

        def write() -> bool:
            acknowledge(
                self.db,
                account_id=r.account_id,
                kind=r.kind,
                subject=r.subject,
                severity=r.severity,
                level=r.level,
                note=self.note.toPlainText(),
                today=self.today,
            )
            return True

        # Only the note is typed here; any other problem is about the warning itself.
        if run_op(
            self,
            write,
            invalid=lambda exc: self.errors.show({"note": "; ".join(exc.errors.values())}),
        ):
            super().accept()
