"""Editing the early warnings' thresholds (the sales director's settings)."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kam.health import thresholds as th
from kam.health.warnings import get_thresholds, save_thresholds
from kam.i18n import _
from kam.store import Database
from kam.text.money import TEN_THOUSAND, yuan
from ui.widgets.discard_guard import DiscardGuard
from ui.widgets.field_errors import FieldErrors
from ui.widgets.ops import run_op


class ThresholdsDialog(DiscardGuard, QDialog):
    """One spin box per threshold; Save stores the ones that differ from the defaults."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdsDialog")
        self.setWindowTitle(self.tr("Warning thresholds"))
        self.db = db
        self.editors: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.errors = FieldErrors()
        form = QFormLayout()
        current = th.as_dict(get_thresholds(db))
        for f in fields(th.Thresholds):
            text, lo, hi = th.LIMITS[f.name]
            editor: QSpinBox | QDoubleSpinBox
            if f.type in (int, "int"):
                editor = QSpinBox()
                editor.setRange(int(lo), int(min(hi, 2**31 - 1)))
            elif f.name in th.MONEY:
                editor = QDoubleSpinBox()
                editor.setDecimals(4)  # 0.5000 万元 = 5,000 元: no 元 lost on the way
                editor.setGroupSeparatorShown(True)
                editor.setRange(lo / TEN_THOUSAND, hi / TEN_THOUSAND)
                editor.setSuffix(self.tr(" 10k CNY"))
            else:
                editor = QDoubleSpinBox()
                editor.setDecimals(2)
                editor.setRange(lo, hi)
            editor.setObjectName(f"threshold_{f.name}")
            self.editors[f.name] = editor
            self._set(f.name, float(current[f.name]))
            # The labels live in the core catalogue (kam warnings shows them too).
            self.errors.add_row(form, _(text), f.name, editor)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        defaults = QPushButton(self.tr("Restore defaults"))
        defaults.setObjectName("thresholdDefaults")
        defaults.clicked.connect(self.restore_defaults)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(defaults, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(520, 560)
        self.mark_clean()

    def values(self) -> dict[str, float]:
        """Every threshold in the core's units (money in 元)."""
        return {
            name: yuan(editor.value()) if name in th.MONEY else float(editor.value())
            for name, editor in self.editors.items()
        }

    def _set(self, name: str, value: float) -> None:
        editor = self.editors[name]
        if isinstance(editor, QSpinBox):  # a whole number (Qt would drop a fraction too)
            editor.setValue(int(value))
        elif name in th.MONEY:
            editor.setValue(value / TEN_THOUSAND)
        else:
            editor.setValue(value)

    def edit_state(self) -> dict[str, float]:
        return self.values()

    def restore_defaults(self) -> None:
        for name, value in th.as_dict(th.defaults()).items():
            self._set(name, float(value))

    def accept(self) -> None:
        if (
            run_op(
                self,
                lambda: save_thresholds(self.db, self.values()),
                invalid=lambda exc: self.errors.show(exc.errors),
            )
            is not None
        ):
            super().accept()
