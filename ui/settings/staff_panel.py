"""Our people (staff): account managers, engineers and leaders, by visit layer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kam.accounts.staff import StaffData, list_staff, save_staff
from kam.domain.enums import Layer
from kam.i18n import label
from ui.context import AppContext, Topic
from ui.widgets.ops import run_op
from ui.widgets.record_dialog import RecordDialog
from ui.widgets.record_form import FieldSpec
from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.table_view import ListTable


def staff_columns() -> list[Column[StaffData]]:
    return [
        Column(lambda: QCoreApplication.translate("StaffPanel", "Name"), lambda s: s.name),
        Column(lambda: QCoreApplication.translate("StaffPanel", "Layer"), lambda s: label(s.layer)),
        Column(lambda: QCoreApplication.translate("StaffPanel", "Title"), lambda s: s.title),
        Column(
            lambda: QCoreApplication.translate("StaffPanel", "Department"), lambda s: s.department
        ),
        Column(lambda: QCoreApplication.translate("StaffPanel", "Phone"), lambda s: s.phone),
        Column(
            lambda: QCoreApplication.translate("StaffPanel", "Active"),
            lambda s: (
                QCoreApplication.translate("StaffPanel", "yes")
                if s.active
                else QCoreApplication.translate("StaffPanel", "no")
            ),
        ),
    ]


def staff_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name", QCoreApplication.translate("StaffPanel", "Name *")),
        FieldSpec(
            "layer",
            QCoreApplication.translate("StaffPanel", "Visit layer"),
            kind="enum",
            enum=Layer,
        ),
        FieldSpec("title", QCoreApplication.translate("StaffPanel", "Title")),
        FieldSpec("department", QCoreApplication.translate("StaffPanel", "Department")),
        FieldSpec("phone", QCoreApplication.translate("StaffPanel", "Phone")),
        FieldSpec("email", QCoreApplication.translate("StaffPanel", "Email")),
        FieldSpec("active", QCoreApplication.translate("StaffPanel", "Active"), kind="bool"),
        FieldSpec("notes", QCoreApplication.translate("StaffPanel", "Notes"), kind="multiline"),
    ]


class StaffPanel(QWidget):
    """The staff list with add and edit (people leave by being marked inactive, so the
    accounts and visits they owned keep their history)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.model: RowTableModel[StaffData] = RowTableModel(staff_columns(), self)
        self.table = ListTable()
        self.table.setObjectName("staffTable")
        self.table.setModel(self.model)
        self.table.activated_row.connect(self._edit_row)
        self.add_button = QPushButton(self.tr("Add person…"))
        self.add_button.setObjectName("addStaff")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editStaff")
        self.edit_button.clicked.connect(lambda: self._edit_row(self.table.current_row()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        rows = run_op(self, lambda: list_staff(self.ctx.db))
        if rows is not None:
            self.model.set_rows(rows)
            self.table.fit_columns(220)

    def add(self) -> None:
        self._run(self.tr("New staff member"), StaffData())

    def _edit_row(self, row: int) -> None:
        if row >= 0:
            staff = self.model.row_at(row)
            self._run(self.tr("Edit %1").replace("%1", staff.name), staff)

    def _run(self, title: str, data: StaffData) -> None:
        dialog = RecordDialog(
            self, title, staff_specs(), data, lambda d: save_staff(self.ctx.db, d)
        )
        if dialog.exec():
            self.changed = True
            self.reload()
            self.ctx.data_changed.emit(Topic.STAFF)
