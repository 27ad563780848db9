"""The dossier's Relationship tab: stage and tactics, coverage of the customer's
departments, opportunities, and the account's warnings."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kam.health.warnings import open_warnings
from ui.context import AppContext, Topic
from ui.health.coverage_panel import CoveragePanel
from ui.health.opportunity_panel import OpportunityPanel
from ui.health.stage_panel import StagePanel
from ui.health.warnings_panel import WarningsPanel
from ui.widgets.ops import run_op


class RelationshipTab(QWidget):
    """Shows one account's relationship health; ``set_account`` loads it."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipTab")
        self.ctx, self.today = ctx, today
        self.account_id: int | None = None
        self.stage = StagePanel(ctx.db, self, today)
        self.stage.changed.connect(lambda: ctx.data_changed.emit(Topic.ACCOUNTS))
        self.coverage = CoveragePanel(ctx.db, self)
        self.opportunities = OpportunityPanel(ctx.db, self, today)
        self.warnings = WarningsPanel(
            ctx.db, ("severity", "kind", "since", "reason", "ack"), self, today, ctx=ctx
        )
        self.warnings.acknowledged.connect(self._warnings_changed)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("relationshipSections")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.stage, self.tr("Stage and tactics"))
        self.tabs.addTab(self.coverage, self.tr("Coverage"))
        self.tabs.addTab(self.opportunities, self.tr("Opportunities"))
        self.tabs.addTab(self.warnings, self.tr("Warnings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        ctx.data_changed.connect(self._data_changed)

    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        for panel in (self.stage, self.coverage, self.opportunities):
            panel.set_account(account_id)
        self.load_warnings()

    def load_warnings(self) -> None:
        rows = []
        if self.account_id is not None:
            account_id = self.account_id
            rows = (
                run_op(
                    self,
                    lambda: open_warnings(
                        self.ctx.db, self.today, account_ids=[account_id], include_acknowledged=True
                    ),
                )
                or []
            )
        self.warnings.set_rows(rows)
        open_count = sum(1 for r in rows if not r.acknowledged)
        title = self.tr("Warnings")
        self.tabs.setTabText(3, f"{title} ({open_count})" if open_count else title)

    def _warnings_changed(self) -> None:
        self.load_warnings()
        self.ctx.data_changed.emit(Topic.WARNINGS)

    def _data_changed(self, what: Topic) -> None:
        # Another screen saved something this account's health is computed from.
        if (
            self.account_id is not None
            and what not in (Topic.WARNINGS, Topic.ACCOUNTS)
            and self.isVisible()
        ):
            self.set_account(self.account_id)
