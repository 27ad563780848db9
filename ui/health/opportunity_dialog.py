"""Recording an opportunity: which of the eight, when, what, who follows it up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam.accounts.staff import list_staff
from kam.health.opportunities import OpportunityData, save_opportunity
from kam.health.opportunity_catalogue import OpportunityStatus, kinds, status_label
from kam.store import Database
from kam.validation import ValidationError
from ui.widgets.date_edit import DateEdit
from ui.widgets.discard_guard import DiscardGuard
from ui.widgets.field_errors import FieldErrors
from ui.widgets.ops import run_op


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class OpportunityDialog(DiscardGuard, QDialog):
    """Creates or edits one opportunity; saves on OK and stays open on a problem."""

    def __init__(
        self,
        db: Database,
        data: OpportunityData,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("opportunityDialog")
        self.setWindowTitle(self.tr("Opportunity") if data.id else self.tr("New opportunity"))
        self.db, self.data = db, data
        self.today = today or date.today()
        self.saved_id: int | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("oppKind")
        for info in kinds():
            self.kind.addItem(info.label, info.kind)
            self.kind.setItemData(self.kind.count() - 1, info.hint, 3)  # ToolTipRole
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.hint = QLabel()
        self.hint.setObjectName("oppHint")
        self.hint.setWordWrap(True)
        self.kind.currentIndexChanged.connect(self._show_hint)
        self.noted_on = DateEdit(_qdate(data.noted_on or self.today))
        self.noted_on.setObjectName("oppNotedOn")
        self.description = QPlainTextEdit(data.description)
        self.description.setObjectName("oppDescription")
        self.description.setPlaceholderText(self.tr("What happened, and what it opens up"))
        self.next_step = QPlainTextEdit(data.next_step)
        self.next_step.setObjectName("oppNextStep")
        self.next_step.setMaximumHeight(70)
        self.status = QComboBox()
        self.status.setObjectName("oppStatus")
        for status in OpportunityStatus:
            self.status.addItem(status_label(status.value), status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.owner = QComboBox()
        self.owner.setObjectName("oppOwner")
        self.owner.addItem(self.tr("(nobody)"), "")
        for staff in run_op(self, lambda: list_staff(db, active_only=True)) or []:
            self.owner.addItem(staff.name, staff.name)
        self.owner.setCurrentIndex(max(0, self.owner.findData(data.owner)))
        self.has_due = QCheckBox(self.tr("Due by"))
        self.has_due.setObjectName("oppHasDue")
        self.due_on = DateEdit(_qdate(data.due_on or self.today))
        self.due_on.setObjectName("oppDueOn")
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat("yyyy-MM-dd")
        self.has_due.setChecked(data.due_on is not None)
        self.due_on.setEnabled(data.due_on is not None)
        self.has_due.toggled.connect(self.due_on.setEnabled)
        due_row = QWidget()
        row = QHBoxLayout(due_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_due)
        row.addWidget(self.due_on, 1)
        self.closed = QCheckBox(self.tr("Closed on"))
        self.closed.setObjectName("oppClosed")
        self.closed_on = DateEdit(_qdate(data.closed_on or self.today))
        self.closed_on.setObjectName("oppClosedOn")
        self.closed.setChecked(data.closed_on is not None)
        self.closed_on.setEnabled(data.closed_on is not None)
        self.closed.toggled.connect(self.closed_on.setEnabled)
        closed_row = QWidget()
        row = QHBoxLayout(closed_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.closed)
        row.addWidget(self.closed_on, 1)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Opportunity"), "kind", self.kind)
        form.addRow("", self.hint)
        self.errors.add_row(form, self.tr("Noted on"), "noted_on", self.noted_on)
        self.errors.add_row(form, self.tr("What"), "description", self.description)
        self.errors.add_row(form, self.tr("Next step"), "next_step", self.next_step)
        self.errors.add_row(form, "", "due_on", due_row)
        self.errors.add_row(form, self.tr("Followed up by"), "owner", self.owner)
        self.errors.add_row(form, self.tr("Status"), "status", self.status)
        self.errors.add_row(form, "", "closed_on", closed_row)
        self.general = QLabel()
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("oppOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self._show_hint()
        self.resize(520, 520)
        self.mark_clean()

    def _show_hint(self) -> None:
        self.hint.setText(str(self.kind.currentData(3) or ""))

    def value(self) -> OpportunityData:
        return replace(
            self.data,
            kind=str(self.kind.currentData()),
            noted_on=_pydate(self.noted_on.date()),
            description=self.description.toPlainText(),
            next_step=self.next_step.toPlainText(),
            status=str(self.status.currentData()),
            owner=str(self.owner.currentData() or ""),
            closed_on=_pydate(self.closed_on.date()) if self.closed.isChecked() else None,
            due_on=_pydate(self.due_on.date()) if self.has_due.isChecked() else None,
        )

    def edit_state(self) -> OpportunityData:
        return self.value()

    def accept(self) -> None:
        saved_id = run_op(
            self,
            lambda: save_opportunity(self.db, self.value(), today=self.today),
            invalid=self._show_invalid,
        )
        if saved_id is None:
            return
        self.saved_id = saved_id
        super().accept()

    def _show_invalid(self, exc: ValidationError) -> None:
        rest = self.errors.show(exc.errors)
        self.general.setText("; ".join(rest.values()))
        self.general.setVisible(bool(rest))
