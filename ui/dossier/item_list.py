"""A dossier tab listing one kind of detail (lines, products, plans, shares) with
add / edit / delete through a record dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kam.services.dossier import delete_item, list_items, save_item
from ui.context import AppContext
from ui.dossier.item_specs import ItemKind
from ui.widgets.confirm import confirm_delete
from ui.widgets.errors import RECOVERABLE, show_store_error
from ui.widgets.record_dialog import RecordDialog
from ui.widgets.table_model import RowTableModel
from ui.widgets.table_view import ListTable


class ItemListTab(QWidget):
    """The items of one kind for the shown account.

    Signals:
        changed(): an item was added, edited or deleted.
    """

    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        kind: ItemKind,
        *,
        new_item: Callable[[int], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self._new_item = new_item or (lambda account_id: kind.data_type(account_id=account_id))
        self.account_id: int | None = None
        self.model: RowTableModel[Any] = RowTableModel(kind.columns(), self)
        self.table = ListTable()
        self.table.setModel(self.model)
        self.table.activated_row.connect(self._edit_row)
        self.table.delete_pressed.connect(self.delete_selected)

        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("addItem")
        self.add_button.clicked.connect(self.add_item)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editItem")
        self.edit_button.clicked.connect(lambda: self._edit_row(self.table.current_row()))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteItem")
        self.delete_button.setProperty("danger", True)
        self.delete_button.clicked.connect(self.delete_selected)
        self.summary = QLabel()
        self.summary.setObjectName("tabSummary")
        self.summary.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.summary)
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 12, 12, 12)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        rows: list[Any] = []
        if self.account_id is not None:
            try:
                rows = list_items(self.ctx.db, self.kind.data_type, self.account_id)
            except RECOVERABLE as exc:
                show_store_error(self, exc)
        self.model.set_rows(rows)
        self.table.fit_columns()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_account = self.account_id is not None
        selected = self.table.current_row() >= 0
        self.add_button.setEnabled(has_account)
        self.edit_button.setEnabled(has_account and selected)
        self.delete_button.setEnabled(has_account and selected)

    def add_item(self) -> None:
        if self.account_id is None:
            return
        title = self.tr("New %1").replace("%1", self.kind.noun())
        self._run_dialog(title, self._new_item(self.account_id))

    def _edit_row(self, row: int) -> None:
        if row < 0:
            return
        title = self.tr("Edit %1").replace("%1", self.kind.noun())
        self._run_dialog(title, self.model.row_at(row))

    def _run_dialog(self, title: str, data: Any) -> None:
        dialog = RecordDialog(self, title, self.kind.specs(), data,
                              lambda d: save_item(self.ctx.db, d))
        if dialog.exec():
            self._after_change()

    def delete_selected(self) -> None:
        row = self.table.current_row()
        if row < 0:
            return
        item = self.model.row_at(row)
        if not confirm_delete(self, f"{self.kind.noun()} {self.kind.describe(item)}"):
            return
        try:
            delete_item(self.ctx.db, self.kind.data_type, item.id)
        except RECOVERABLE as exc:
            show_store_error(self, exc)
        self._after_change()

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()
        self.ctx.data_changed.emit("dossier")
