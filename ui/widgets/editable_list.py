"""One editable list of an account's records: a table with Add / Edit / Delete through a
record dialog (the same validation as the import).

What differs between the dossier's detail lists, the business tab's record lists and
the people table is data, not code: a :class:`ListKind` says what a row shows, how a
record is edited and which service functions load, save and delete it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kam.store import Database
from ui.context import AppContext, Topic
from ui.widgets.confirm import confirm_delete
from ui.widgets.ops import run_op
from ui.widgets.record_dialog import RecordDialog
from ui.widgets.record_form import FieldSpec
from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.table_view import ListTable


@dataclass(frozen=True, kw_only=True)
class ListKind:
    """One kind of editable record of an account.

    ``specs(db, account_id, record)`` gives the form's fields for ``record`` (choices
    may depend on the account or on the record itself, e.g. "reports to" lists
    everybody but the person edited).
    """

    key: str
    noun: Callable[[], str]  # "production line", for titles and confirmations
    describe: Callable[[Any], str]  # names one record in a delete confirmation
    columns: Callable[[], list[Column[Any]]]
    specs: Callable[[Database, int, Any], list[FieldSpec]]
    new: Callable[[int], Any]  # a blank record of the account
    load: Callable[[Database, int], Sequence[Any]]
    save: Callable[[Database, Any], int]
    delete: Callable[[Database, int], None]
    topic: Topic  # what ``data_changed`` announces after a change
    delete_detail: Callable[[], str] = lambda: ""
    two_columns: bool = False  # a long form (people) lays its fields out in two columns
    show_count: bool = False  # "Records: N" beside the buttons
    fit_width: int | None = None  # widest a column may grow when the rows are fitted


class EditableList(QWidget):
    """The records of ``kind`` for the shown account.

    Signals:
        changed(): a record was added, edited or deleted.
        reloaded(): the rows were read again (``rows()`` gives them).
    """

    changed = Signal()
    reloaded = Signal()

    def __init__(
        self,
        ctx: AppContext,
        kind: ListKind,
        *,
        header: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind.key}List")
        self.ctx = ctx
        self.kind = kind
        self.account_id: int | None = None
        self.model: RowTableModel[Any] = RowTableModel(kind.columns(), self)
        self.table = ListTable()
        self.table.setObjectName(f"{kind.key}Table")
        self.table.setModel(self.model)
        self.table.activated_row.connect(self._edit_row)
        self.table.delete_pressed.connect(self.delete_selected)

        self.count = QLabel()
        self.count.setObjectName("listCount")
        self.count.setVisible(kind.show_count)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("addRecord")
        self.add_button.clicked.connect(lambda: self.add_record())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editRecord")
        self.edit_button.clicked.connect(lambda: self._edit_row(self.table.current_row()))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteRecord")
        self.delete_button.setProperty("danger", True)
        self.delete_button.clicked.connect(lambda: self.delete_selected())

        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.count)
        if header is not None:
            self.buttons.addWidget(header, 1)
        else:
            self.buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(self.buttons)
        self.layout_.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def rows(self) -> list[Any]:
        return self.model.rows()

    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        rows: list[Any] = []
        if self.account_id is not None:
            account_id = self.account_id
            rows = run_op(self, lambda: list(self.kind.load(self.ctx.db, account_id))) or []
        self.model.set_rows(rows)
        self.table.fit_columns(*([self.kind.fit_width] if self.kind.fit_width else []))
        self.count.setText(self.tr("Records: %1").replace("%1", str(len(rows))))
        self._update_buttons()
        self.reloaded.emit()

    def _update_buttons(self) -> None:
        has_account = self.account_id is not None
        selected = self.table.current_row() >= 0
        self.add_button.setEnabled(has_account)
        self.edit_button.setEnabled(has_account and selected)
        self.delete_button.setEnabled(has_account and selected)

    def add_record(self) -> None:
        if self.account_id is not None:
            self._run(
                self.tr("New %1").replace("%1", self.kind.noun()), self.kind.new(self.account_id)
            )

    def edit_record(self, record: Any) -> None:
        """Opens the editor on ``record`` (one of ``rows()``)."""
        if self.account_id is not None:
            title = self.tr("Edit %1").replace("%1", self.kind.describe(record) or self.kind.noun())
            self._run(title, record)

    def _edit_row(self, row: int) -> None:
        if row >= 0:
            self.edit_record(self.model.row_at(row))

    def dialog_for(self, title: str, data: Any) -> RecordDialog:
        assert self.account_id is not None
        return RecordDialog(
            self,
            title,
            self.kind.specs(self.ctx.db, self.account_id, data),
            data,
            lambda d: self.kind.save(self.ctx.db, d),
            two_columns=self.kind.two_columns,
        )

    def _run(self, title: str, data: Any) -> None:
        if self.dialog_for(title, data).exec():
            self._after_change()

    def delete_selected(self) -> None:
        row = self.table.current_row()
        if row < 0:
            return
        record = self.model.row_at(row)
        what = f"{self.kind.noun()} {self.kind.describe(record)}"
        if not confirm_delete(self, what, self.kind.delete_detail()):
            return
        run_op(self, lambda: self.kind.delete(self.ctx.db, record.id))
        self._after_change()

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()
        self.ctx.data_changed.emit(self.kind.topic)
