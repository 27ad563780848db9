"""A list of warnings with Acknowledge (and, for acknowledged ones, Show again) and, given
the app's context, Plan visit (安排拜访, also on the right-click menu); used by the
Relationship tab for one account and by the Warnings page for all."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from kam.health.warnings import WarningRow, withdraw_acknowledgement
from kam.store import Database
from ui.context import AppContext
from ui.health.ack_dialog import AckDialog
from ui.health.plan_visit import plan_visit
from ui.health.warning_model import WarningFilter, WarningModel
from ui.widgets.ops import run_op
from ui.widgets.table_view import ListTable


class WarningsPanel(QWidget):
    """Signals:
        acknowledged(): an acknowledgement was saved or withdrawn.
        account_opened(int): a row was opened (double-click / Enter).
        visit_planned(): a visit was planned from a warning.
    """

    acknowledged = Signal()
    account_opened = Signal(int)
    visit_planned = Signal()

    def __init__(self, db: Database, keys: Sequence[str] | None = None,
                 parent: QWidget | None = None, today: date | None = None,
                 extra_buttons: Callable[[QHBoxLayout], None] | None = None,
                 ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.db, self.today, self.ctx = db, today, ctx
        self.model = WarningModel(keys, self)
        self.proxy = WarningFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = ListTable()
        self.table.setObjectName("warningTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Until the user picks a column, keep the service's order: most severe, oldest first.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.table.activated_row.connect(
            lambda row: self.account_opened.emit(self.proxy.row_at(row).account_id))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ack_button = QPushButton(self.tr("Acknowledge…"))
        self.ack_button.setObjectName("acknowledge")
        self.ack_button.clicked.connect(self.acknowledge_current)
        self.unack_button = QPushButton(self.tr("Show again"))
        self.unack_button.setObjectName("withdrawAck")
        self.unack_button.clicked.connect(self.withdraw_current)
        self.plan_button = QPushButton(self.tr("Plan visit…"))
        self.plan_button.setObjectName("planVisit")
        self.plan_button.setToolTip(self.tr("Plan a visit that deals with this warning"))
        self.plan_button.clicked.connect(self.plan_visit_current)
        self.plan_button.setVisible(ctx is not None)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        buttons = QHBoxLayout()
        if extra_buttons is not None:
            extra_buttons(buttons)
        buttons.addStretch(1)
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.unack_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def set_rows(self, rows: Sequence[WarningRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def current(self) -> WarningRow | None:
        row = self.table.current_row()
        return self.proxy.row_at(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        row = self.current()
        self.ack_button.setEnabled(row is not None)
        self.unack_button.setEnabled(row is not None and row.acknowledged)
        self.plan_button.setEnabled(row is not None)

    def _menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setObjectName("warningMenu")
        if self.ctx is not None:
            menu.addAction(self.tr("Plan visit…"), self.plan_visit_current)
        menu.addAction(self.tr("Acknowledge…"), self.acknowledge_current)
        menu.addAction(self.tr("Open the dossier"), lambda: self.account_opened.emit(
            self.proxy.row_at(index.row()).account_id))
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self.menu = menu  # kept for tests and until it closes

    def plan_visit_current(self) -> None:
        row = self.current()
        if row is None or self.ctx is None:
            return
        if plan_visit(self.ctx, self, account_id=row.account_id, kind=row.kind,
                      subject=row.subject, reason=row.reason, today=self.today):
            self.visit_planned.emit()

    def acknowledge_current(self) -> None:
        row = self.current()
        if row is not None and AckDialog(self.db, row, self, self.today).exec():
            self.acknowledged.emit()

    def withdraw_current(self) -> None:
        row = self.current()
        if row is None or not row.acknowledged:
            return
        run_op(self, lambda: withdraw_acknowledgement(self.db, row.account_id, row.kind, row.subject),
               success=lambda _: self.acknowledged.emit())
