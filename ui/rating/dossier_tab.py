"""The dossier's "Rating & policy" tab: the account's rating in every year and the
sales policy its grade gets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from kam.accounts.service import AccountData, get_account
from kam.rating.policy import PolicyData, policy_for
from kam.rating.service import HistoryRow, rating_history
from ui.context import AppContext, Topic
from ui.rating.policy_editor import FIELDS, field_titles, format_value, grade_title
from ui.rating.titles import change_title, status_title
from ui.widgets.ops import run_op
from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.table_view import ListTable


def tab_title() -> str:
    return QCoreApplication.translate("RatingTab", "Rating & policy")


def history_columns() -> list[Column[HistoryRow]]:
    return [
        Column(lambda: QCoreApplication.translate("RatingTab", "Year"), lambda h: h.year, True),
        Column(
            lambda: QCoreApplication.translate("RatingTab", "Status"),
            lambda h: status_title(h.status),
        ),
        Column(
            lambda: QCoreApplication.translate("RatingTab", "Total"),
            lambda h: f"{h.total:.1f}",
            True,
        ),
        Column(
            lambda: QCoreApplication.translate("RatingTab", "Grade"),
            lambda h: h.grade + ("*" if h.grade != h.computed_grade else ""),
        ),
        Column(
            lambda: QCoreApplication.translate("RatingTab", "Rank"), lambda h: f"{h.rank} / {h.of}"
        ),
        Column(
            lambda: QCoreApplication.translate("RatingTab", "Key account"),
            lambda h: QCoreApplication.translate("RatingTab", "yes") if h.key_account else "",
        ),
        Column(
            lambda: QCoreApplication.translate("RatingTab", "Change"),
            lambda h: change_title(h.change),
        ),
        Column(
            lambda: QCoreApplication.translate("RatingTab", "Meeting's reason"), lambda h: h.reason
        ),
    ]


class RatingTab(QWidget):
    """``set_account(id)`` loads the history and the policy of the account's grade."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.summary = QLabel()
        self.summary.setObjectName("ratingTabSummary")
        self.summary.setWordWrap(True)
        self.model: RowTableModel[HistoryRow] = RowTableModel(history_columns(), self)
        self.table = ListTable()
        self.table.setObjectName("ratingHistory")
        self.table.setModel(self.model)
        self.policy_box = QGroupBox()
        self.policy_form = QFormLayout(self.policy_box)
        self.policy_labels: dict[str, QLabel] = {}
        for name, title in field_titles().items():
            label = QLabel()
            label.setObjectName(f"policy_{name}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.policy_labels[name] = label
            self.policy_form.addRow(title, label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.policy_box)
        ctx.data_changed.connect(self._data_changed)

    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        if account_id is None:
            self.model.set_rows([])
            self.summary.clear()
            self.policy_box.setTitle("")
            for label in self.policy_labels.values():
                label.clear()
            return

        def load() -> tuple[AccountData, list[HistoryRow], PolicyData]:
            account = get_account(self.ctx.db, account_id)
            return (
                account,
                rating_history(self.ctx.db, account_id),
                policy_for(self.ctx.db, account.grade),
            )

        loaded = run_op(self, load)
        if loaded is None:
            return
        account, history, policy = loaded
        self.model.set_rows(history)
        if account.grade:
            text = QCoreApplication.translate(
                "RatingTab", "Grade {grade}{key} (from the last finalised rating)."
            ).format(
                grade=account.grade,
                key=QCoreApplication.translate("RatingTab", ", key account")
                if account.key_account
                else "",
            )
        else:
            text = QCoreApplication.translate("RatingTab", "Not rated yet.")
        if history and history[0].status == "draft":
            draft = QCoreApplication.translate(
                "RatingTab", "The {year} draft puts it at {grade}."
            ).format(year=history[0].year, grade=history[0].grade)
            # Two sentences: a space between them in English, none in Chinese.
            text = QCoreApplication.translate("RatingTab", "{first} {second}").format(
                first=text, second=draft
            )
        self.summary.setText(text)
        self.policy_box.setTitle(
            QCoreApplication.translate("RatingTab", "Sales policy for grade {grade}").format(
                grade=grade_title(policy.grade)
            )
        )
        for name in FIELDS:
            self.policy_labels[name].setText(format_value(name, getattr(policy, name)))

    def _data_changed(self, what: Topic) -> None:
        if what in (Topic.RATING, Topic.POLICY, Topic.ACCOUNTS) and self.account_id is not None:
            self.set_account(self.account_id)
