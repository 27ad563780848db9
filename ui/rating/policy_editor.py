"""The sales policy by grade (docs/domain.md, Sales policy), edited as one small table: a row per grade
(A, B, C, D, never rated), a column per term. Its visit targets feed the visit cadence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam.rating.policy import DEFAULT_POLICY, PolicyData, list_policies, save_policies
from kam.text.money import wan, yuan
from kam.validation import ValidationError
from ui.context import AppContext, Topic
from ui.widgets.ops import run_op
from ui.widgets.table_model import Column, RowTableModel

FIELDS = (
    "price_allowance_pct",
    "credit_days",
    "leader_visits",
    "technical_visits",
    "business_visits",
    "expense_budget",
    "commission_rate_pct",
    "notes",
)
INTEGER_FIELDS = ("credit_days", "leader_visits", "technical_visits", "business_visits")


def field_titles() -> dict[str, str]:
    return {
        "price_allowance_pct": QCoreApplication.translate("PolicyEditor", "Price allowance %"),
        "credit_days": QCoreApplication.translate("PolicyEditor", "Credit days"),
        "leader_visits": QCoreApplication.translate("PolicyEditor", "Leader visits / year"),
        "technical_visits": QCoreApplication.translate("PolicyEditor", "Technical visits / year"),
        "business_visits": QCoreApplication.translate("PolicyEditor", "Business visits / year"),
        "expense_budget": QCoreApplication.translate(
            "PolicyEditor", "Expense budget (10k CNY / year)"
        ),
        "commission_rate_pct": QCoreApplication.translate("PolicyEditor", "Commission %"),
        "notes": QCoreApplication.translate("PolicyEditor", "Notes"),
    }


def grade_title(grade: str) -> str:
    return grade or QCoreApplication.translate("PolicyEditor", "Not rated")


def format_value(name: str, value: Any) -> str:
    if name == "notes":
        return str(value)
    if name in INTEGER_FIELDS:
        return str(int(value))
    if name == "expense_budget":
        return wan(value)  # stored in 元, read and typed in 万元 like every budget
    return f"{value:g}"


def _policy_column(name: str) -> Column[PolicyData]:
    def typed(row: PolicyData, value: Any) -> PolicyData:
        if name == "notes":
            return replace(row, notes=str(value))
        text = str(value).strip().replace(",", "")
        try:
            parsed: Any = int(text) if name in INTEGER_FIELDS else float(text)
            if name == "expense_budget":  # typed in 万元, stored in 元
                parsed = yuan(parsed)
        except ValueError:
            raise ValueError(
                QCoreApplication.translate(
                    "PolicyEditor", "{grade}, {field}: “{text}” is not a number"
                ).format(grade=grade_title(row.grade), field=field_titles()[name], text=text)
            ) from None
        return replace(row, **{name: parsed})

    return Column(
        lambda: field_titles()[name],
        lambda r: format_value(name, getattr(r, name)),
        name != "notes",
        key=name,
        set_value=typed,
        edit_value=lambda r: (
            str(r.notes)
            if name == "notes"
            else format_value(name, getattr(r, name)).replace(",", "")
        ),
    )


class PolicyModel(RowTableModel[PolicyData]):
    """A row per grade, a column per term, every cell editable; ``dirty`` until saved or
    reloaded. (Its own class only for the ``dirty`` flag.)"""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [_policy_column(name) for name in FIELDS],
            parent,
            row_title=lambda r: grade_title(r.grade),
        )
        self.dirty = False
        self.row_edited.connect(self._edited)

    def set_rows(self, rows: Sequence[PolicyData]) -> None:
        super().set_rows(rows)
        self.dirty = False

    def policies(self) -> list[PolicyData]:
        return self.rows()

    def _edited(self, _row: int) -> None:
        self.dirty = True


class PolicyEditor(QWidget):
    """The table with save, revert and reset-to-defaults."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = PolicyModel(self)
        self.table = QTableView()
        self.table.setObjectName("policyTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        intro = QLabel(
            QCoreApplication.translate(
                "PolicyEditor",
                "What each grade of account gets. The visit targets are the visit "
                "cadence of the Visits screen; an account's grade comes from the "
                "last finalised rating.",
            )
        )
        intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("policyMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(QCoreApplication.translate("PolicyEditor", "Save policy"))
        self.save_button.setObjectName("policySave")
        self.revert_button = QPushButton(QCoreApplication.translate("PolicyEditor", "Revert"))
        self.defaults_button = QPushButton(
            QCoreApplication.translate("PolicyEditor", "Start from the defaults")
        )
        self.defaults_button.setObjectName("policyDefaults")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.defaults_button, self.revert_button, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.model.rejected.connect(self.message.setText)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        self.defaults_button.clicked.connect(self.use_defaults)
        self.reload()

    def reload(self) -> None:
        policies = run_op(self, lambda: list_policies(self.ctx.db))
        if policies is None:
            return
        self.model.set_rows(policies)
        stored = any(p.stored for p in self.model.policies())
        self.message.setText(
            ""
            if stored
            else QCoreApplication.translate(
                "PolicyEditor", "Not saved yet: these are the defaults."
            )
        )

    def use_defaults(self) -> None:
        self.model.set_rows([DEFAULT_POLICY[p.grade] for p in self.model.policies()])
        self.model.dirty = True

    def save(self) -> bool:
        def write() -> bool:
            save_policies(self.ctx.db, self.model.policies())
            return True

        if not run_op(self, write, invalid=self._show_invalid):
            return False
        self.reload()
        self.message.setText(QCoreApplication.translate("PolicyEditor", "Saved."))
        self.ctx.data_changed.emit(Topic.POLICY)
        return True

    def _show_invalid(self, exc: ValidationError) -> None:
        titles = field_titles()
        lines = []
        for key, message in exc.errors.items():
            grade, _sep, name = key.partition(".")
            lines.append(
                f"{grade_title('' if grade == 'unrated' else grade)}, "
                f"{titles.get(name, name)}: {message}"
            )
        self.message.setText("\n".join(lines))
