"""Small editors of the visit dialog: a checkable list of people or records, and the
follow-up rows (what, who, by when, done), all usable from the keyboard."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam.visits.service import FollowUpData
from ui.widgets.date_edit import DateEdit

BLANK_DATE = QDate(2000, 1, 1)


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else BLANK_DATE


def from_qdate(value: QDate) -> date | None:
    return None if value == BLANK_DATE else date(value.year(), value.month(), value.day())


def date_edit(blank: str = "") -> DateEdit:
    """A date field with a calendar popup that reads typed 2025/3/5 or 3/5;
    ``blank`` is shown for "no date"."""
    edit = DateEdit()
    edit.setMinimumDate(BLANK_DATE)
    if blank:
        edit.setSpecialValueText(blank)
    return edit


class CheckList(QListWidget):
    """Items with check boxes (Space toggles); holds ids in the UserRole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Tall enough to read six people without scrolling (110 px showed three).
        self.setMinimumHeight(150)
        self.setMaximumHeight(190)

    def set_items(self, items: Sequence[tuple[int, str]], checked: Sequence[int] = ()) -> None:
        self.clear()
        for item_id, text in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked
            )

    def checked_ids(self) -> list[int]:
        return [
            self.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.count())
            if self.item(n).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, ids: Sequence[int]) -> None:
        for n in range(self.count()):
            item = self.item(n)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in ids
                else Qt.CheckState.Unchecked
            )


class FollowUpRow(QWidget):
    """One follow-up: description, owner, due date, done (with its date), remove.

    Signals:
        remove_requested(): the row's remove button was pressed.
    """

    remove_requested = Signal()

    def __init__(
        self, staff: Sequence[tuple[int, str]], data: FollowUpData, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.follow_up_id = data.id
        self.notes = data.notes
        self.description = QLineEdit(data.description)
        self.description.setObjectName("followUpDescription")
        self.description.setPlaceholderText(self.tr("What is to be done"))
        self.owner = QComboBox()
        self.owner.setObjectName("followUpOwner")
        self.owner.addItem(self.tr("— owner —"), None)
        for staff_id, name in staff:
            self.owner.addItem(name, staff_id)
        self.owner.setCurrentIndex(
            max(0, self.owner.findData(data.owner_id)) if data.owner_id is not None else 0
        )
        self.due = date_edit(self.tr("no due date"))
        self.due.setObjectName("followUpDue")
        self.due.setDate(to_qdate(data.due_on))
        self.done = QCheckBox(self.tr("Done"))
        self.done.setObjectName("followUpDone")
        self.done_on = date_edit()
        self.done_on.setDate(to_qdate(data.done_on or date.today()))
        self.done.setChecked(data.done_on is not None)
        self.done_on.setEnabled(self.done.isChecked())
        self.done.toggled.connect(self.done_on.setEnabled)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("followUpRemove")
        remove.clicked.connect(self.remove_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.description, 3)
        layout.addWidget(self.owner, 1)
        layout.addWidget(self.due)
        layout.addWidget(self.done)
        layout.addWidget(self.done_on)
        layout.addWidget(remove)

    def value(self) -> FollowUpData:
        return FollowUpData(
            description=self.description.text(),
            owner_id=self.owner.currentData(),
            due_on=from_qdate(self.due.date()),
            done_on=from_qdate(self.done_on.date()) if self.done.isChecked() else None,
            notes=self.notes,
            id=self.follow_up_id,
        )

    def mark(self, field: str, message: str) -> None:
        editor = {
            "description": self.description,
            "owner": self.owner,
            "due_on": self.due,
            "done_on": self.done_on,
        }.get(field, self.description)
        editor.setProperty("error", True)
        editor.setToolTip(message)
        editor.style().unpolish(editor)
        editor.style().polish(editor)


class FollowUpList(QWidget):
    """The follow-up rows of a visit with an "Add follow-up" button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff: list[tuple[int, str]] = []
        self.default_due: date = date.today()
        self.default_owner: int | None = None
        self.rows: list[FollowUpRow] = []
        self._box = QVBoxLayout()
        self._box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add follow-up"))
        self.add_button.setObjectName("addFollowUp")
        self.add_button.clicked.connect(lambda: self.add(focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_follow_ups(self, items: Sequence[FollowUpData]) -> None:
        for row in list(self.rows):
            self._remove(row)
        for item in items:
            self.add(item)

    def add(self, data: FollowUpData | None = None, *, focus: bool = False) -> FollowUpRow:
        data = data or FollowUpData(owner_id=self.default_owner, due_on=self.default_due)
        row = FollowUpRow(self.staff, data)
        row.remove_requested.connect(lambda r=row: self._remove(r))
        self.rows.append(row)
        self._box.addWidget(row)
        if focus:
            row.description.setFocus()
        return row

    def _remove(self, row: FollowUpRow) -> None:
        self.rows.remove(row)
        self._box.removeWidget(row)
        row.deleteLater()
        self.add_button.setFocus()

    def values(self) -> list[FollowUpData]:
        return [row.value() for row in self.rows]

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "follow_ups" and parts[1].isdigit():
                n = int(parts[1]) - 1
                if 0 <= n < len(self.rows):
                    self.rows[n].mark(parts[2], message)
