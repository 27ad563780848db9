"""The home screen's warning short list: the few accounts that need me this week, one
line each (worst warning first, how many more), ranked; 安排拜访 plans the visit that
deals with the line's worst warning, double-click opens the dossier, and the rest of
the warnings are one click away on the Warnings page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kam.health.attention import AccountWarnings, group, this_week
from kam.health.rules import severity_label
from kam.health.warnings import WarningRow
from kam.i18n import label
from ui.context import AppContext
from ui.health.colors import SEVERITY_COLORS
from ui.health.plan_visit import plan_visit
from ui.widgets.row_actions import RowActions
from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.table_view import ListTable

OWNER_COLUMN = 3


class ShortListModel(RowTableModel[AccountWarnings]):
    """One ranked account per row; the severity cell in the severity's colour."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.isValid()
            and index.column() == 1
            and 0 <= index.row() < self.rowCount()
        ):
            color = SEVERITY_COLORS.get(self.row_at(index.row()).severity)
            return QBrush(color) if color is not None else None
        return super().data(index, role)


class WarningShortList(QWidget):
    """Signals:
    show_all(): the user wants every warning (the Warnings page).
    """

    show_all = Signal()

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("warningShortList")
        self.ctx, self.today = ctx, today
        self.groups: list[AccountWarnings] = []
        self.model = ShortListModel(
            [
                Column(
                    lambda: self.tr("Account"),
                    lambda g: f"{g.code} {g.account}" + (" ★" if g.key_account else ""),
                ),
                Column(lambda: self.tr("Severity"), lambda g: severity_label(g.severity)),
                Column(lambda: self.tr("Visit"), lambda g: label(g.visit_layer)),
                Column(lambda: self.tr("Account manager"), lambda g: g.owner),
                # Last, so it takes the room that is left (the whole text is its tooltip).
                Column(lambda: self.tr("What needs doing"), self._what),
            ],
            self,
        )
        self.table = ListTable()
        self.table.setObjectName("shortListTable")
        self.table.setModel(self.model)
        self.table.activated_row.connect(
            lambda row: ctx.open_account_requested.emit(self.model.row_at(row).account_id)
        )
        self.summary = QLabel()
        self.summary.setObjectName("shortListSummary")
        self.summary.setWordWrap(True)
        self.row_actions = RowActions(self, self.table, "shortListMenu")
        self.row_actions.layout.addWidget(self.summary, 1)
        self.plan_button = self.row_actions.add(
            lambda: self.tr("Plan visit…"),
            self.plan_current,
            "shortListPlanVisit",
            tooltip=self.tr("Plan the visit that deals with the selected account's worst warning"),
        )
        self.row_actions.add_menu_only(lambda: self.tr("Open the dossier"), self._open_current)
        self.all_button = QPushButton(self.tr("All warnings…"))
        self.all_button.setObjectName("shortListAll")
        self.all_button.clicked.connect(self.show_all)
        self.row_actions.layout.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.row_actions.layout)
        layout.addWidget(self.table, 1)
        self.row_actions.update()

    def _what(self, g: AccountWarnings) -> str:
        top = g.top
        text = top.reason if isinstance(top, WarningRow) else str(top.kind)
        more = len(g.warnings) - 1
        return text + (self.tr(" (+%1 more)").replace("%1", str(more)) if more else "")

    def set_rows(self, rows: Sequence[WarningRow]) -> None:
        """Groups and ranks ``rows`` (the open warnings of the accounts shown)."""
        self.groups = group(rows)
        short = this_week(self.groups)
        self.model.set_rows(short)
        waiting = len(self.groups) - len(short)
        if not short:
            text = self.tr("Nothing needs you this week")
        else:
            text = self.tr("%1 accounts need you this week").replace("%1", str(len(short)))
        if waiting > 0:
            text += self.tr("; %1 more accounts with milder warnings").replace("%1", str(waiting))
        self.summary.setText(text + self.tr("."))
        # One account manager's list needs no column saying so.
        self.table.setColumnHidden(OWNER_COLUMN, len({g.owner for g in short}) <= 1)
        self.table.fit_columns(200)
        self.row_actions.update()

    def current(self) -> AccountWarnings | None:
        row = self.table.current_row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _open_current(self) -> None:
        g = self.current()
        if g is not None:
            self.ctx.open_account_requested.emit(g.account_id)

    def plan_current(self) -> None:
        g = self.current()
        if g is None or not isinstance(g.top, WarningRow):
            return
        top = g.top
        plan_visit(
            self.ctx,
            self,
            account_id=g.account_id,
            kind=top.kind,
            subject=top.subject,
            reason=top.reason,
            today=self.today,
        )
