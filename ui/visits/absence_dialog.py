"""Who is away when: the absences the annual plan respects, added and removed here."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam.accounts.staff import list_staff
from kam.i18n import label
from kam.visits.absences import AbsenceData, delete_absence, list_absences, save_absence
from ui.context import AppContext, Topic
from ui.visits.widgets import date_edit, from_qdate, to_qdate
from ui.widgets.field_errors import FieldErrors
from ui.widgets.ops import run_op
from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.table_view import ListTable


class AbsenceDialog(QDialog):
    """Lists the absences from today on; adds one from the form below; deletes one."""

    def __init__(
        self, ctx: AppContext, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("absenceDialog")
        self.setWindowTitle(self.tr("Who is away"))
        self.ctx = ctx
        self.today = today or date.today()
        self.errors = FieldErrors()
        self.model: RowTableModel[AbsenceData] = RowTableModel(
            [
                Column(lambda: self.tr("Person"), lambda a: a.staff_name),
                Column(
                    lambda: self.tr("From"),
                    lambda a: a.starts_on.isoformat() if a.starts_on else "",
                ),
                Column(lambda: self.tr("To"), lambda a: a.ends_on.isoformat() if a.ends_on else ""),
                Column(lambda: self.tr("Reason"), lambda a: a.reason),
            ],
            self,
        )
        self.table = ListTable()
        self.table.setObjectName("absenceTable")
        self.table.setModel(self.model)
        self.table.delete_pressed.connect(self.delete_selected)
        self.person = QComboBox()
        self.person.setObjectName("absencePerson")
        self.person.addItem("", None)
        for staff in list_staff(ctx.db, active_only=True):
            self.person.addItem(f"{staff.name}({label(staff.layer)})", staff.id)
        self.starts = date_edit()
        self.starts.setObjectName("absenceFrom")
        self.starts.setDate(to_qdate(self.today))
        self.ends = date_edit()
        self.ends.setObjectName("absenceTo")
        self.ends.setDate(to_qdate(self.today + timedelta(days=6)))
        self.reason = QLineEdit()
        self.reason.setObjectName("absenceReason")
        self.reason.setPlaceholderText(self.tr("leave, trade fair, training…"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Person"), "staff_id", self.person)
        self.errors.add_row(form, self.tr("From"), "starts_on", self.starts)
        self.errors.add_row(form, self.tr("To"), "ends_on", self.ends)
        self.errors.add_row(form, self.tr("Reason"), "reason", self.reason)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("absenceAdd")
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("Delete selected"))
        self.delete_button.setObjectName("absenceDelete")
        self.delete_button.clicked.connect(self.delete_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(560, 480)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(list_absences(self.ctx.db, since=self.today))
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        data = AbsenceData(
            self.person.currentData(),
            from_qdate(self.starts.date()),
            from_qdate(self.ends.date()),
            self.reason.text(),
        )
        if (
            run_op(
                self,
                lambda: save_absence(self.ctx.db, data),
                invalid=lambda exc: self.errors.show(exc.errors),
            )
            is None
        ):
            return
        self.errors.clear()
        self.reason.clear()
        self.reload()
        self.ctx.data_changed.emit(Topic.VISITS)

    def delete_selected(self) -> None:
        row = self.table.current_row()
        if row < 0:
            return
        absence = self.model.row_at(row)

        def delete() -> bool:
            if absence.id is not None:
                delete_absence(self.ctx.db, absence.id)
            return True

        if not run_op(self, delete):
            return
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
