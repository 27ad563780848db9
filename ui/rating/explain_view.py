"""One account's total explained on one screen: every criterion's value, the rule that
gave its points, the weight, and the arithmetic to the total and grade."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from kam.rating.format import points_text, value_text
from kam.rating.service import ExplainLine, Explanation
from ui.rating.titles import change_title
from ui.widgets.table_model import Column, RowTableModel


def explain_columns() -> list[Column[ExplainLine]]:
    return [
        Column(
            lambda: QCoreApplication.translate("ExplainView", "Criterion"), lambda line: line.label
        ),
        Column(
            lambda: QCoreApplication.translate("ExplainView", "Value"),
            lambda line: value_text(line.measure, line.value),
            True,
        ),
        Column(lambda: QCoreApplication.translate("ExplainView", "Rule"), lambda line: line.rule),
        Column(
            lambda: QCoreApplication.translate("ExplainView", "Points"),
            lambda line: points_text(float(line.points)),
            True,
        ),
        Column(
            lambda: QCoreApplication.translate("ExplainView", "Weight"),
            lambda line: points_text(line.weight),
            True,
        ),
        Column(
            lambda: QCoreApplication.translate("ExplainView", "Weight × points"),
            lambda line: points_text(float(line.points) * line.weight),
            True,
        ),
    ]


class ExplainView(QWidget):
    """Shows an :class:`Explanation` (or nothing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("explainHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.model: RowTableModel[ExplainLine] = RowTableModel(explain_columns(), self)
        self.table = QTableView()
        self.table.setObjectName("explainTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.arithmetic = QLabel()
        self.arithmetic.setObjectName("explainArithmetic")
        self.arithmetic.setWordWrap(True)
        self.arithmetic.setTextFormat(Qt.TextFormat.PlainText)
        self.decision = QLabel()
        self.decision.setObjectName("explainDecision")
        self.decision.setWordWrap(True)
        self.decision.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.arithmetic)
        layout.addWidget(self.decision)
        self.show_explanation(None)

    def show_explanation(self, explanation: Explanation | None) -> None:
        if explanation is None:
            self.heading.setText(
                QCoreApplication.translate(
                    "ExplainView", "Select an account to see how its total came about."
                )
            )
            self.model.set_rows([])
            self.arithmetic.clear()
            self.decision.clear()
            return
        row = explanation.row
        self.heading.setText(
            QCoreApplication.translate(
                "ExplainView", "{code} {name}: total {total}, grade {grade}, rank {rank}"
            ).format(
                code=row.code,
                name=row.name,
                total=f"{row.total:.1f}",
                grade=row.grade,
                rank=row.rank,
            )
        )
        self.model.set_rows(list(explanation.lines))
        missing = [line.label for line in explanation.lines if line.missing]
        text = QCoreApplication.translate(
            "ExplainView",
            "Σ(weight × points) = {sum} ÷ Σ weight {weights} = {total} (rounded half-up)"
            " → grade {grade}",
        ).format(
            sum=points_text(float(explanation.weighted_sum)),
            weights=points_text(float(explanation.weight_sum)),
            total=str(explanation.total),
            grade=row.computed_grade,
        )
        if missing:
            text += "\n" + QCoreApplication.translate(
                "ExplainView", "No data (0 points): {names}"
            ).format(names="、".join(missing))
        self.arithmetic.setText(text)
        lines = [
            QCoreApplication.translate(
                "ExplainView", "Last year: {grade} · change: {change}"
            ).format(grade=row.previous_grade or "—", change=change_title(row.change))
        ]
        if row.decision == "overridden":
            lines.append(
                QCoreApplication.translate(
                    "ExplainView",
                    "Meeting set grade {grade} (computed {computed}): {reason} — {who}",
                ).format(
                    grade=row.grade,
                    computed=row.computed_grade,
                    reason=row.reason,
                    who=row.decided_by,
                )
            )
        elif row.decision == "accepted":
            lines.append(
                QCoreApplication.translate("ExplainView", "Accepted by {who}").format(
                    who=row.decided_by
                )
            )
        self.decision.setText("\n".join(lines))
