"""A list of one kind of record of the shown account, with add / edit / delete through
a record dialog (the same validation as the import)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.records.kinds import RecordKind
from ui.widgets.confirm import confirm_delete
from ui.widgets.errors import RECOVERABLE, show_store_error
from ui.widgets.record_dialog import RecordDialog
from ui.widgets.table_model import RowTableModel
from ui.widgets.table_view import ListTable


class RecordList(QWidget):
    """The records of ``kind`` for one account.

    Signals:
        changed(): a record was added, edited or deleted.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, kind: RecordKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind.key}List")
        self.ctx = ctx
        self.kind = kind
        self.account_id: int | None = None
        self.model: RowTableModel[Any] = RowTableModel(kind.columns(), self)
        self.table = ListTable()
        self.table.setModel(self.model)
        self.table.activated_row.connect(self._edit_row)
        self.table.delete_pressed.connect(self.delete_selected)
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("addRecord")
        self.add_button.clicked.connect(self.add_record)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editRecord")
        self.edit_button.clicked.connect(lambda: self._edit_row(self.table.current_row()))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteRecord")
        self.delete_button.setProperty("danger", True)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        rows: list[Any] = []
        if self.account_id is not None:
            try:
                rows = list(self.kind.list(self.ctx.db, self.account_id))
            except RECOVERABLE as exc:
                show_store_error(self, exc)
        self.model.set_rows(rows)
        self.count.setText(self.tr("Records: %1").replace("%1", str(len(rows))))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_account = self.account_id is not None
        selected = self.table.current_row() >= 0
        self.add_button.setEnabled(has_account)
        self.edit_button.setEnabled(has_account and selected)
        self.delete_button.setEnabled(has_account and selected)

    def add_record(self) -> None:
        if self.account_id is not None:
            self._run(self.tr("New %1").replace("%1", self.kind.noun()),
                      self.kind.new(self.account_id))

    def _edit_row(self, row: int) -> None:
        if row >= 0 and self.account_id is not None:
            self._run(self.tr("Edit %1").replace("%1", self.kind.noun()), self.model.row_at(row))

    def dialog_for(self, title: str, data: Any) -> RecordDialog:
        assert self.account_id is not None
        return RecordDialog(self, title, self.kind.specs(self.ctx.db, self.account_id), data,
                            lambda d: self.kind.save(self.ctx.db, d))

    def _run(self, title: str, data: Any) -> None:
        if self.dialog_for(title, data).exec():
            self._after_change()

    def delete_selected(self) -> None:
        row = self.table.current_row()
        if row < 0:
            return
        record = self.model.row_at(row)
        if not confirm_delete(self, f"{self.kind.noun()} {self.kind.describe(record)}"):
            return
        try:
            self.kind.delete(self.ctx.db, record.id)
        except RECOVERABLE as exc:
            show_store_error(self, exc)
        self._after_change()

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()
        self.ctx.data_changed.emit("records")
