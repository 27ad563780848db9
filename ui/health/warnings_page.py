"""The Warnings screen: every open early warning, filtered by severity, account manager
or text, or grouped by account in rank order; acknowledge with a note; plan a visit;
the thresholds; double-click opens the dossier."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam.accounts.staff import list_staff
from kam.health.attention import group
from kam.health.rules import Severity, severity_label
from kam.health.warnings import WarningRow, open_warnings
from ui.context import AppContext, Topic
from ui.health.thresholds_dialog import ThresholdsDialog
from ui.health.warnings_panel import WarningsPanel
from ui.widgets.ops import run_op


class WarningsPage(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("warningsPage")
        self.ctx = ctx
        self.today = today
        self.rows: list[WarningRow] = []
        self.severity = QComboBox()
        self.severity.setObjectName("severityFilter")
        self.severity.addItem(self.tr("All severities"), "")
        for s in Severity:
            self.severity.addItem(severity_label(s.value), s.value)
        self.owner = QComboBox()
        self.owner.setObjectName("ownerFilter")
        self.search = QLineEdit()
        self.search.setObjectName("warningSearch")
        self.search.setPlaceholderText(self.tr("Account, warning or reason"))
        self.search.setClearButtonEnabled(True)
        self.show_acked = QCheckBox(self.tr("Show acknowledged"))
        self.show_acked.setObjectName("showAcknowledged")
        self.by_account = QCheckBox(self.tr("By account"))
        self.by_account.setObjectName("groupByAccount")
        self.by_account.setToolTip(
            self.tr("Each account's warnings together, the accounts that need attention most first")
        )
        self.count = QLabel()
        self.count.setObjectName("warningCount")
        thresholds = QPushButton(self.tr("Thresholds…"))
        thresholds.setObjectName("editThresholds")
        thresholds.clicked.connect(self.edit_thresholds)
        self.panel = WarningsPanel(ctx.db, None, self, today, ctx=ctx)
        self.panel.account_opened.connect(ctx.open_account_requested)
        self.panel.acknowledged.connect(self._acknowledged)
        filters = QHBoxLayout()
        filters.addWidget(self.severity)
        filters.addWidget(self.owner)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.by_account)
        filters.addWidget(self.show_acked)
        filters.addWidget(thresholds)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.panel, 1)
        self.severity.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.owner.activated.connect(self.refresh)
        self.show_acked.toggled.connect(self.refresh)
        self.by_account.toggled.connect(self._show_rows)
        ctx.data_changed.connect(self._data_changed)
        self._load_owners()
        self.refresh()

    def _load_owners(self) -> None:
        self.owner.clear()
        self.owner.addItem(self.tr("All account managers"), "")
        for staff in run_op(self, lambda: list_staff(self.ctx.db, active_only=True)) or []:
            self.owner.addItem(staff.name, staff.name)

    def confirm_leave(self) -> bool:  # ui.pages.Page
        return True  # acknowledgements save at once

    def open_account_id(self) -> int | None:  # ui.pages.Page
        return None  # no dossier here

    def refresh(self) -> None:
        day = self.today or date.today()
        owner, acked = self.owner.currentData() or None, self.show_acked.isChecked()
        self.rows = (
            run_op(
                self,
                lambda: open_warnings(
                    self.ctx.db,
                    day,
                    owner=owner,
                    include_acknowledged=acked,
                    expire_acks=day == date.today(),
                ),
            )
            or []
        )
        self._show_rows()

    def _show_rows(self) -> None:
        rows = self.rows
        if self.by_account.isChecked():
            rows = [w for g in group(self.rows) for w in g.warnings]  # type: ignore[misc]
            # The grouped order is the point: drop a column sort the user had picked.
            self.panel.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.panel.proxy.sort(-1)
        self.panel.set_rows(rows)
        self._filter()

    def _filter(self) -> None:
        self.panel.proxy.set_filter(self.severity.currentData() or "", self.search.text())
        shown = self.panel.proxy.rowCount()
        self.count.setText(
            self.tr("%1 of %2 warnings")
            .replace("%1", str(shown))
            .replace("%2", str(len(self.rows)))
        )

    def open_account(self, account_id: int) -> None:
        self.search.setText(next((r.code for r in self.rows if r.account_id == account_id), ""))

    def edit_thresholds(self) -> None:
        if ThresholdsDialog(self.ctx.db, self).exec():
            self.refresh()
            self.ctx.data_changed.emit(Topic.WARNINGS)

    def _acknowledged(self) -> None:
        self.refresh()
        self.ctx.data_changed.emit(Topic.WARNINGS)

    def _data_changed(self, what: Topic) -> None:
        if what == Topic.STAFF:
            self._load_owners()
        elif what != Topic.WARNINGS and self.isVisible():
            self.refresh()
