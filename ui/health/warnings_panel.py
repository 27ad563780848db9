"""A list of warnings with Acknowledge (and, for acknowledged ones, Show again) and, given
the app's context, Plan visit (安排拜访, also on the right-click menu); used by the
Relationship tab for one account and by the Warnings page for all."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QVBoxLayout, QWidget

from kam.health.warnings import WarningRow, withdraw_acknowledgement
from kam.store import Database
from ui.context import AppContext
from ui.health.ack_dialog import AckDialog
from ui.health.plan_visit import plan_visit
from ui.health.warning_model import WarningFilter, WarningModel
from ui.widgets.ops import run_op
from ui.widgets.row_actions import RowActions
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

    def __init__(
        self,
        db: Database,
        keys: Sequence[str] | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
        extra_buttons: Callable[[QHBoxLayout], None] | None = None,
        ctx: AppContext | None = None,
    ) -> None:
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
            lambda row: self.account_opened.emit(self.proxy.row_at(row).account_id)
        )
        self.row_actions = RowActions(self, self.table, "warningMenu")
        if extra_buttons is not None:
            extra_buttons(self.row_actions.layout)
        self.row_actions.layout.addStretch(1)
        self.plan_button = self.row_actions.add(
            lambda: self.tr("Plan visit…"),
            self.plan_visit_current,
            "planVisit",
            tooltip=self.tr("Plan a visit that deals with this warning"),
            in_menu=ctx is not None,
            visible=ctx is not None,
        )
        self.ack_button = self.row_actions.add(
            lambda: self.tr("Acknowledge…"), self.acknowledge_current, "acknowledge"
        )
        self.unack_button = self.row_actions.add(
            lambda: self.tr("Show again"),
            self.withdraw_current,
            "withdrawAck",
            enabled=lambda: bool((row := self.current()) and row.acknowledged),
            in_menu=False,
        )
        self.row_actions.add_menu_only(lambda: self.tr("Open the dossier"), self._open_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.row_actions.layout)
        layout.addWidget(self.table, 1)
        self.row_actions.update()

    def set_rows(self, rows: Sequence[WarningRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.row_actions.update()

    def current(self) -> WarningRow | None:
        row = self.table.current_row()
        return self.proxy.row_at(row) if row >= 0 else None

    @property
    def menu(self) -> QMenu | None:
        """The last right-click menu shown (kept until it closes)."""
        return self.row_actions.menu

    def _open_current(self) -> None:
        row = self.current()
        if row is not None:
            self.account_opened.emit(row.account_id)

    def plan_visit_current(self) -> None:
        row = self.current()
        if row is None or self.ctx is None:
            return
        if plan_visit(
            self.ctx,
            self,
            account_id=row.account_id,
            kind=row.kind,
            subject=row.subject,
            reason=row.reason,
            today=self.today,
        ):
            self.visit_planned.emit()

    def acknowledge_current(self) -> None:
        row = self.current()
        if row is not None and AckDialog(self.db, row, self, self.today).exec():
            self.acknowledged.emit()

    def withdraw_current(self) -> None:
        row = self.current()
        if row is None or not row.acknowledged:
            return
        run_op(
            self,
            lambda: withdraw_acknowledgement(self.db, row.account_id, row.kind, row.subject),
            success=lambda _: self.acknowledged.emit(),
        )
