"""The dossier's Visits tab: where the account stands on each layer (target, last and
next visit, due date, overdue) and its visit timeline, newest first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam.i18n import label
from kam.visits.cadence import account_cadence
from kam.visits.pdf_brief import write_visit_briefs
from kam.visits.queries import VisitRow, account_timeline
from kam.visits.rules import LayerCadence
from ui.context import AppContext, Topic
from ui.visits.colors import STATE_COLORS, layer_color
from ui.visits.editor import VisitDialog
from ui.visits.lists import ACCOUNT_COLUMN, visit_columns
from ui.widgets.ask import choose_file_save
from ui.widgets.ops import run_op
from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.table_view import ListTable


class VisitsTab(QWidget):
    """The shown account's cadence per layer and its visits."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitsTab")
        self.ctx = ctx
        self.today = today or date.today()
        self.account_id: int | None = None
        self.layer_labels: dict[str, QLabel] = {}
        boxes = QHBoxLayout()
        for layer in ("leader", "technical", "business"):
            box = QLabel()
            box.setObjectName(f"cadence_{layer}")
            box.setWordWrap(True)
            box.setStyleSheet(
                f"QLabel {{ border-left: 5px solid {layer_color(layer).name()};"
                " padding: 4px 8px; }"
            )
            self.layer_labels[layer] = box
            boxes.addWidget(box, 1)
        # The timeline drops the account column (it is this account) and adds whom we
        # met and what came of it.
        columns = [c for n, c in enumerate(visit_columns()) if n != ACCOUNT_COLUMN]
        columns.insert(5, Column(lambda: self.tr("Customer's people"), lambda r: r.their_side))
        columns.append(
            Column(
                lambda: self.tr("Outcome"),
                lambda r: (
                    self.tr("(incomplete: no outcome)")
                    if r.incomplete
                    else r.outcome or r.cancel_reason
                ),
            )
        )
        self.model: RowTableModel[VisitRow] = RowTableModel(columns, self)
        self.table = ListTable()
        self.table.setObjectName("visitTimeline")
        self.table.setModel(self.model)
        self.table.activated_row.connect(lambda row: self.edit(self.model.row_at(row).id))
        self.new_button = QPushButton(self.tr("New visit…"))
        self.new_button.setObjectName("tabNewVisit")
        self.new_button.clicked.connect(lambda: self._open(quick=False))
        self.record_button = QPushButton(self.tr("Record a visit…"))
        self.record_button.setObjectName("tabRecordVisit")
        self.record_button.clicked.connect(lambda: self._open(quick=True))
        self.brief_button = QPushButton(self.tr("Print brief…"))
        self.brief_button.setObjectName("tabPrintBrief")
        # clicked(bool) would pass False as the target file.
        self.brief_button.clicked.connect(lambda: self.print_brief())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.new_button, self.record_button, self.brief_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(boxes)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        ctx.data_changed.connect(lambda what: self.reload() if what == Topic.VISITS else None)
        self.set_account(None)

    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        for button in (self.new_button, self.record_button, self.brief_button):
            button.setEnabled(account_id is not None)
        self.reload()

    def reload(self) -> None:
        if self.account_id is None:
            self.model.set_rows([])
            for box in self.layer_labels.values():
                box.clear()
            return
        account_id = self.account_id
        loaded = run_op(
            self,
            lambda: (
                account_timeline(self.ctx.db, account_id),
                account_cadence(self.ctx.db, account_id, self.today),
            ),
        )
        if loaded is None:
            return
        rows, cadence = loaded
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for lc in cadence.layers:
            self.layer_labels[lc.layer].setText(self._describe(lc))

    def _describe(self, lc: LayerCadence) -> str:
        state = {
            "not_required": self.tr("no target"),
            "ok": self.tr("on track"),
            "scheduled": self.tr("scheduled"),
            "due": self.tr("due"),
            "overdue": self.tr("overdue by %1 days").replace("%1", str(lc.days_overdue)),
        }[lc.state.value]
        color = STATE_COLORS[lc.state.value].name()
        lines = [
            f"<b>{label(lc.layer)}</b> · "
            + self.tr("%1 a year").replace("%1", str(lc.target))
            + f" · <span style='color:{color}'><b>{state}</b></span>",
            self.tr("Last: %1").replace(
                "%1", lc.last_done.isoformat() if lc.last_done else self.tr("never")
            ),
            self.tr("Next planned: %1").replace(
                "%1", lc.next_planned.isoformat() if lc.next_planned else "—"
            ),
        ]
        if lc.due_on:
            lines.append(self.tr("Due by: %1").replace("%1", lc.due_on.isoformat()))
        lines.append(self.tr("Done this year: %1").replace("%1", str(lc.done_this_year)))
        return "<br>".join(lines)

    def _open(self, *, quick: bool) -> None:
        VisitDialog(
            self.ctx, account_id=self.account_id, quick=quick, on=self.today, parent=self
        ).exec()

    def edit(self, visit_id: int) -> None:
        VisitDialog(self.ctx, visit_id=visit_id, parent=self).exec()

    def selected_visit(self) -> VisitRow | None:
        row = self.table.current_row()
        return self.model.row_at(row) if row >= 0 else None

    def print_brief(self, target: str | None = None) -> Path | None:
        """Prints the brief of the selected visit (or the next planned one)."""
        visit = self.selected_visit() or next(
            (
                r
                for r in reversed(self.model.rows())
                if r.status in ("planned", "postponed") and r.planned_on >= self.today
            ),
            None,
        )
        if visit is None:
            return None
        if target is None:
            target = choose_file_save(
                self,
                self.tr("Print brief"),
                str(Path.home() / f"brief-{visit.account_name}-{visit.planned_on}.pdf"),
                self.tr("PDF (*.pdf)"),
            )
            if not target:
                return None
        chosen = target

        def write() -> Path:
            write_visit_briefs(self.ctx.db, chosen, [visit.id], today=self.today)
            return Path(chosen)

        return run_op(self, write)
