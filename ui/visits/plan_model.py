"""The editable table of the annual plan: keep or drop each proposed visit, move its
date, give it to someone else."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kam.i18n import label
from kam.visits.plan import PlanItem, PlanPerson

Index = QModelIndex | QPersistentModelIndex
KEEP, DATE, ACCOUNT, GRADE, LAYER, PERSON, NOTE = range(7)
PEOPLE_ROLE = Qt.ItemDataRole.UserRole + 10


class PlanModel(QAbstractTableModel):
    """Proposals of the plan generator; the check, date and person columns are editable.

    The person column's ``EditRole`` is the staff id; ``PEOPLE_ROLE`` gives the
    ``(id, name)`` choices for the item's layer (the delegate builds its combo from it).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[PlanItem] = []
        self.people: list[PlanPerson] = []
        self.year = date.today().year
        self.headers = ["", "", "", "", "", "", ""]

    def set_plan(self, items: Sequence[PlanItem], people: Sequence[PlanPerson],
                 year: int) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.people = list(people)
        self.year = year
        self.endResetModel()

    def set_all(self, keep: bool) -> None:
        for item in self.items:
            item.accepted = keep
        if self.items:
            self.dataChanged.emit(self.index(0, KEEP), self.index(len(self.items) - 1, KEEP))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == KEEP:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (DATE, PERSON):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        col = index.column()
        if col == KEEP and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.accepted else Qt.CheckState.Unchecked
        if role == PEOPLE_ROLE and col == PERSON:
            return [(p.staff_id, p.name) for p in self.people if p.layer == item.layer]
        if role == Qt.ItemDataRole.EditRole:
            if col == DATE:
                return item.planned_on.isoformat()
            if col == PERSON:
                return item.staff_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            KEEP: "",
            DATE: item.planned_on.isoformat(),
            ACCOUNT: item.account_name,
            GRADE: item.grade or "—",
            LAYER: label(item.layer),
            PERSON: item.staff_name or "—",
            NOTE: self.catch_up_text if item.catch_up else "",
        }[col]

    catch_up_text = "catch-up"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        item = self.items[index.row()]
        col = index.column()
        if col == KEEP and role == Qt.ItemDataRole.CheckStateRole:
            item.accepted = Qt.CheckState(value) == Qt.CheckState.Checked
        elif col == DATE and role == Qt.ItemDataRole.EditRole:
            try:
                day = date.fromisoformat(str(value).strip())
            except ValueError:
                return False
            if day.year != self.year:
                return False
            item.planned_on = day
        elif col == PERSON and role == Qt.ItemDataRole.EditRole:
            names = {p.staff_id: p.name for p in self.people}
            if value is not None and value not in names:
                return False
            item.staff_id = value
            item.staff_name = names.get(value, "") if value is not None else ""
        else:
            return False
        self.dataChanged.emit(index, index)
        return True
