"""The review meeting's decision on one account: accept the computed grade, or override
it with a reason and who decided."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kam.rating.scheme import GRADES
from kam.rating.service import ResultRow
from ui.widgets.field_errors import FieldErrors


class DecisionPanel(QWidget):
    """Signals:
    decision_requested(int, str, str, str): result id, override grade ("" to
        accept), reason, decided by.
    clear_requested(int): take the decision on a result back.
    """

    decision_requested = Signal(int, str, str, str)
    clear_requested = Signal(int)

    def __init__(self, decided_by: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row: ResultRow | None = None
        self.errors = FieldErrors()
        self.accept_radio = QRadioButton(
            QCoreApplication.translate("DecisionPanel", "Accept the computed grade")
        )
        self.accept_radio.setObjectName("decisionAccept")
        self.override_radio = QRadioButton(
            QCoreApplication.translate("DecisionPanel", "Override the grade")
        )
        self.override_radio.setObjectName("decisionOverride")
        group = QButtonGroup(self)
        group.addButton(self.accept_radio)
        group.addButton(self.override_radio)
        self.accept_radio.setChecked(True)
        self.grade = QComboBox()
        self.grade.setObjectName("decisionGrade")
        self.grade.addItems(list(GRADES))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("decisionReason")
        self.reason.setPlaceholderText(
            QCoreApplication.translate("DecisionPanel", "Why the meeting sets another grade")
        )
        self.reason.setMaximumHeight(70)
        self.decided_by = QLineEdit(decided_by)
        self.decided_by.setObjectName("decisionBy")
        self.save_button = QPushButton(
            QCoreApplication.translate("DecisionPanel", "Record decision")
        )
        self.save_button.setObjectName("decisionSave")
        self.clear_button = QPushButton(QCoreApplication.translate("DecisionPanel", "Take back"))
        self.clear_button.setObjectName("decisionClear")
        self.status = QLabel()
        self.status.setObjectName("decisionStatus")
        self.status.setWordWrap(True)

        form = QFormLayout()
        radios = QHBoxLayout()
        radios.addWidget(self.accept_radio)
        radios.addWidget(self.override_radio)
        radios.addStretch(1)
        form.addRow(radios)
        self.errors.add_row(
            form, QCoreApplication.translate("DecisionPanel", "Grade"), "override_grade", self.grade
        )
        self.errors.add_row(
            form, QCoreApplication.translate("DecisionPanel", "Reason"), "reason", self.reason
        )
        self.errors.add_row(
            form,
            QCoreApplication.translate("DecisionPanel", "Decided by"),
            "decided_by",
            self.decided_by,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.override_radio.toggled.connect(self._sync)
        self.save_button.clicked.connect(self._save)
        self.clear_button.clicked.connect(self._clear)
        self.set_result(None, editable=False)

    def set_result(self, row: ResultRow | None, *, editable: bool) -> None:
        self._row = row
        self.errors.clear()
        overridden = row is not None and row.decision == "overridden"
        self.override_radio.setChecked(overridden)
        self.accept_radio.setChecked(not overridden)
        self.grade.setCurrentText(row.grade if row else "A")
        self.reason.setPlainText(row.reason if row else "")
        if row is not None and row.decided_by:
            self.decided_by.setText(row.decided_by)
        for widget in (
            self.accept_radio,
            self.override_radio,
            self.reason,
            self.decided_by,
            self.save_button,
        ):
            widget.setEnabled(row is not None and editable)
        self.clear_button.setEnabled(row is not None and editable and bool(row.decision))
        if row is None:
            self.status.setText("")
        elif not editable:
            self.status.setText(
                QCoreApplication.translate(
                    "DecisionPanel", "This rating is finalised: decisions are frozen."
                )
            )
        else:
            self.status.setText("")
        self._sync()

    def show_errors(self, errors: dict[str, str]) -> None:
        rest = self.errors.show(errors)
        self.status.setText("\n".join(rest.values()))

    def _sync(self) -> None:
        self.grade.setEnabled(self.override_radio.isChecked() and self.save_button.isEnabled())

    def _save(self) -> None:
        if self._row is None:
            return
        grade = self.grade.currentText() if self.override_radio.isChecked() else ""
        self.decision_requested.emit(
            self._row.id, grade, self.reason.toPlainText(), self.decided_by.text()
        )

    def _clear(self) -> None:
        if self._row is not None:
            self.clear_requested.emit(self._row.id)
