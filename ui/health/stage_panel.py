"""The stage part of the Relationship tab: the stage now and year by year, the
relationship type, and the stage's aim and tactics beside it (docs/domain.md)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam.domain.enums import RelationshipType
from kam.health.service import (
    RelationshipView,
    apply_computed_stage,
    relationship,
    set_relationship_type,
)
from kam.health.stages import StageYear
from kam.i18n import label
from kam.store import Database
from kam.validation import ValidationError
from ui.widgets.enum_combo import EnumCombo
from ui.widgets.errors import RECOVERABLE, show_store_error
from ui.widgets.ops import run_op
from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.table_view import ListTable


class StagePanel(QWidget):
    """Signals:
    changed(): the account's stage or relationship type was saved.
    """

    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.today = db, today
        self.view: RelationshipView | None = None
        self.stage_label = QLabel()
        self.stage_label.setObjectName("stageNow")
        self.stage_label.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Use the computed stage"))
        self.apply_button.setObjectName("applyStage")
        self.apply_button.clicked.connect(self.apply_stage)
        self.type_combo = EnumCombo(RelationshipType)
        self.type_combo.setObjectName("relationshipType")
        self.type_combo.activated.connect(self.save_type)
        self.problems = QLabel()
        self.problems.setObjectName("shareProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a4262c;")
        columns: list[Column[StageYear]] = [
            Column(lambda: self.tr("Year"), lambda y: y.year, numeric=True),
            Column(
                lambda: self.tr("Our share"),
                lambda y: "" if y.share is None else f"{y.share:g} %",
                numeric=True,
            ),
            Column(
                lambda: self.tr("Stage"),
                lambda y: label(y.stage) if y.stage else self.tr("not judged"),
            ),
            Column(lambda: self.tr("Problem"), lambda y: y.problem),
        ]
        self.history_model: RowTableModel[StageYear] = RowTableModel(columns, self)
        self.history = ListTable()
        self.history.setObjectName("stageHistory")
        self.history.setModel(self.history_model)
        self.guide = QLabel()
        self.guide.setObjectName("stageGuide")
        self.guide.setWordWrap(True)
        self.guide.setStyleSheet("QLabel { background: #f4f6f8; padding: 10px; }")
        self.guide.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        top = QHBoxLayout()
        top.addWidget(self.stage_label, 1)
        top.addWidget(self.apply_button)
        form = QFormLayout()
        form.addRow(self.tr("Relationship type"), self.type_combo)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("Share of wallet and stage by year")))
        left.addWidget(self.history, 1)
        left.addWidget(self.problems)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.guide, 1)

    def set_account(self, account_id: int | None) -> None:
        self.view = None
        if account_id is not None:
            try:
                self.view = relationship(self.db, account_id, self.today)
            except (LookupError, *RECOVERABLE) as exc:
                if not isinstance(exc, LookupError):
                    show_store_error(self, exc)
        self._show()

    def _show(self) -> None:
        v = self.view
        self.setEnabled(v is not None)
        self.history_model.set_rows(v.history if v else [])
        self.history.fit_columns()
        if v is None:
            for widget in (self.stage_label, self.guide, self.problems):
                widget.clear()
            self.apply_button.hide()
            return
        self.type_combo.set_value(v.relationship_type)
        if v.current is not None:
            text = (
                self.tr("Stage by share of wallet: <b>%1</b> (%2: our share %3 %)")
                .replace("%1", label(v.current.stage))
                .replace("%2", str(v.current.year))
                .replace("%3", f"{v.current.share:g}")
            )
        else:
            text = self.tr(
                "No usable share-of-wallet entry yet; the recorded stage is <b>%1</b>."
            ).replace("%1", label(v.recorded_stage))
        if v.stage_differs:
            text += "<br>" + self.tr("Recorded on the account: %1").replace(
                "%1", label(v.recorded_stage)
            )
        self.stage_label.setText(text)
        self.apply_button.setVisible(v.stage_differs)
        self.problems.setText("\n".join(v.problems))
        self.problems.setVisible(bool(v.problems))
        g = v.guide
        tactics = "".join(f"<li>{escape(t)}</li>" for t in g.tactics)
        aim, how = self.tr("Aim"), self.tr("Tactics")
        self.guide.setText(
            f"<h3>{escape(label(g.stage))}</h3><p><i>{escape(g.share)}</i></p>"
            f"<p><b>{escape(aim)}:</b> {escape(g.aim)}</p>"
            f"<p><b>{escape(how)}:</b></p><ol>{tactics}</ol>"
        )

    def apply_stage(self) -> None:
        if self.view is None:
            return
        account_id = self.view.account_id
        run_op(
            self,
            lambda: apply_computed_stage(self.db, account_id, self.today),
            invalid=self._show_problems,
            success=lambda _: self._changed(account_id),
        )

    def save_type(self) -> None:
        if self.view is None or self.type_combo.value() == self.view.relationship_type:
            return
        account_id, chosen = self.view.account_id, self.type_combo.value()
        run_op(
            self,
            lambda: set_relationship_type(self.db, account_id, chosen),
            invalid=self._show_problems,
            success=lambda _: self._changed(account_id),
        )

    def _show_problems(self, exc: ValidationError) -> None:
        self.problems.setText("\n".join(exc.errors.values()))
        self.problems.show()

    def _changed(self, account_id: int) -> None:
        self.set_account(account_id)
        self.changed.emit()
