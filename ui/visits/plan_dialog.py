"""The annual visit plan: propose the visits the year still needs on each layer, let the
user drop, move or reassign any of them, then create the kept ones as planned visits."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam.domain.enums import Layer
from kam.i18n import label
from kam.visits.plan import accept_plan, plan_people, propose_annual_plan
from ui.context import AppContext, Topic
from ui.visits.plan_model import PEOPLE_ROLE, PERSON, PlanModel
from ui.widgets.ask import inform, warn
from ui.widgets.ops import run_op


class PersonDelegate(QStyledItemDelegate):
    """Edits the person column with a combo of the colleagues on the item's layer."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("—", None)
        for staff_id, name in index.data(PEOPLE_ROLE) or []:
            combo.addItem(name, staff_id)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PlanDialog(QDialog):
    """Generates, adjusts and accepts the plan of a year."""

    def __init__(
        self, ctx: AppContext, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.setWindowTitle(self.tr("Annual visit plan"))
        self.ctx = ctx
        self.today = today or date.today()
        self.created = 0
        self.year = QSpinBox()
        self.year.setObjectName("planYear")
        self.year.setRange(self.today.year, self.today.year + 5)
        # Late in the year the plan worth making is next year's.
        self.year.setValue(self.today.year + (1 if self.today.month >= 10 else 0))
        self.layer_boxes: dict[str, QCheckBox] = {}
        self.generate_button = QPushButton(self.tr("&Propose visits"))
        self.generate_button.setObjectName("planGenerate")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        for layer in Layer:
            box = QCheckBox(label(layer))
            box.setObjectName(f"planLayer_{layer.value}")
            box.setChecked(True)
            self.layer_boxes[layer.value] = box
            top.addWidget(box)
        top.addStretch(1)
        top.addWidget(self.generate_button)

        self.model = PlanModel(self)
        self.table = QTableView()
        self.table.setObjectName("planTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PERSON, PersonDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self.tr("Choose the year and press “Propose visits”."))
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        keep_all = QPushButton(self.tr("Keep all"))
        keep_all.clicked.connect(lambda: self.model.set_all(True))
        drop_all = QPushButton(self.tr("Keep none"))
        drop_all.clicked.connect(lambda: self.model.set_all(False))
        self.accept_button = QPushButton(self.tr("&Create the kept visits"))
        self.accept_button.setObjectName("planAccept")
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.accept_kept)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(keep_all)
        bottom.addWidget(drop_all)
        bottom.addStretch(1)
        bottom.addWidget(self.accept_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(860, 600)

    def generate(self) -> None:
        year = self.year.value()
        layers = [k for k, box in self.layer_boxes.items() if box.isChecked()]
        loaded = run_op(
            self,
            lambda: (
                propose_annual_plan(self.ctx.db, year, today=self.today, layers=layers),
                plan_people(self.ctx.db),
            ),
        )
        if loaded is None:
            return
        items, people = loaded
        self.model.set_plan(items, people, year)
        self.table.resizeColumnsToContents()
        self.accept_button.setEnabled(bool(items))
        if not items:
            self.summary.setText(
                self.tr("Every account already has the visits its targets ask for in %1.").replace(
                    "%1", str(year)
                )
            )
            return
        per_layer = Counter(i.layer for i in items)
        unassigned = sum(1 for i in items if i.staff_id is None)
        text = (
            self.tr("%1 visits proposed for %2: %3.")
            .replace("%1", str(len(items)))
            .replace("%2", str(year))
            .replace("%3", ", ".join(f"{label(k)} {v}" for k, v in per_layer.items()))
        )
        if unassigned:
            text += " " + self.tr("%1 have nobody free: choose a person or drop them.").replace(
                "%1", str(unassigned)
            )
        text += " " + self.tr("Double-click a date or a person to change it.")
        self.summary.setText(text)

    def accept_kept(self) -> None:
        created = run_op(
            self,
            lambda: accept_plan(self.ctx.db, self.model.items),
            ctx=self.ctx,
            topics=Topic.VISITS,
            invalid=lambda exc: warn(self, self.windowTitle(), "\n".join(exc.errors.values())),
        )
        if created is None:
            return
        self.created = created
        inform(
            self,
            self.windowTitle(),
            self.tr("%1 planned visits were created.").replace("%1", str(self.created)),
        )
        self.accept()
