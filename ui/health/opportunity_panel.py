"""The opportunities part of the Relationship tab: what was noted, and the stage's
tactics beside it (an opportunity is used the way the stage asks)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kam.accounts.identity import my_name
from kam.health.opportunities import (
    OpportunityData,
    delete_opportunity,
    list_opportunities,
)
from kam.health.opportunity_catalogue import kind_label, status_label
from kam.health.service import relationship
from kam.store import Database
from ui.health.opportunity_dialog import OpportunityDialog
from ui.widgets.confirm import confirm_delete
from ui.widgets.errors import RECOVERABLE, show_store_error
from ui.widgets.ops import run_op
from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.table_view import ListTable


class OpportunityPanel(QWidget):
    def __init__(
        self, db: Database, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.today = db, today
        self.account_id: int | None = None
        columns: list[Column[OpportunityData]] = [
            Column(
                lambda: self.tr("Noted on"), lambda o: o.noted_on.isoformat() if o.noted_on else ""
            ),
            Column(lambda: self.tr("Opportunity"), lambda o: kind_label(o.kind)),
            Column(lambda: self.tr("Status"), lambda o: status_label(o.status)),
            Column(lambda: self.tr("Due"), lambda o: o.due_on.isoformat() if o.due_on else ""),
            Column(lambda: self.tr("Followed up by"), lambda o: o.owner),
            Column(lambda: self.tr("What"), lambda o: o.description),
            Column(lambda: self.tr("Next step"), lambda o: o.next_step),
        ]
        self.model: RowTableModel[OpportunityData] = RowTableModel(columns, self)
        self.table = ListTable()
        self.table.setObjectName("opportunities")
        self.table.setModel(self.model)
        self.table.activated_row.connect(lambda row: self.edit(self.model.row_at(row)))
        self.table.delete_pressed.connect(self.delete_current)
        self.new_button = QPushButton(self.tr("New opportunity…"))
        self.new_button.setObjectName("newOpportunity")
        self.new_button.clicked.connect(self.new)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteOpportunity")
        self.delete_button.clicked.connect(self.delete_current)
        self.tactics = QLabel()
        self.tactics.setObjectName("opportunityTactics")
        self.tactics.setWordWrap(True)
        self.tactics.setStyleSheet("QLabel { background: #f4f6f8; padding: 10px; }")
        self.tactics.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left = QVBoxLayout()
        left.addLayout(buttons)
        left.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.tactics, 1)

    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        rows: list[OpportunityData] = []
        tactics = ""
        if self.account_id is not None:
            try:
                rows = list_opportunities(self.db, self.account_id)
                g = relationship(self.db, self.account_id, self.today).guide
                items = "".join(f"<li>{escape(t)}</li>" for t in g.tactics)
                title = self.tr("Use them as the stage asks")
                tactics = f"<b>{escape(title)}</b><p>{escape(g.aim)}</p><ol>{items}</ol>"
            except LookupError:
                rows = []
            except RECOVERABLE as exc:
                show_store_error(self, exc)
        self.model.set_rows(rows)
        self.table.fit_columns()
        self.tactics.setText(tactics)
        self.setEnabled(self.account_id is not None)

    def new(self) -> None:
        if self.account_id is not None:
            self.edit(OpportunityData(self.account_id, owner=my_name(self.db)))

    def edit(self, data: OpportunityData) -> None:
        dialog = OpportunityDialog(self.db, data, self, self.today)
        if dialog.exec():
            self.reload()

    def delete_current(self) -> None:
        row = self.table.current_row()
        if row < 0:
            return
        data = self.model.row_at(row)
        if not confirm_delete(self, kind_label(data.kind)):
            return
        run_op(self, lambda: delete_opportunity(self.db, data.id or 0))
        self.reload()
