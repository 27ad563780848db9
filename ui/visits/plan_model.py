"""The editable table of the annual plan: keep or drop each proposed visit, move its
date, give it to someone else."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from kam.i18n import label
from kam.visits.plan import PlanItem, PlanPerson
from ui.widgets.table_model import Column, Index, RowTableModel

KEEP, DATE, ACCOUNT, GRADE, LAYER, PERSON, NOTE = range(7)
PEOPLE_ROLE = Qt.ItemDataRole.UserRole + 10


class PlanModel(RowTableModel[PlanItem]):
    """Proposals of the plan generator; the check, date and person columns are editable.
    (Its own class: a date must fall in the plan's year, a person be one of the team.)

    The person column's ``EditRole`` is the staff id; ``PEOPLE_ROLE`` gives the
    ``(id, name)`` choices for the item's layer (the delegate builds its combo from it).
    """

    def __init__(self, parent: Any = None) -> None:
        # The texts keep the plan dialog's translation context, where they were first.
        translate = QCoreApplication.translate
        super().__init__(
            [
                Column(
                    lambda: translate("PlanDialog", "Keep"),
                    lambda i: "",
                    checked=lambda i: i.accepted,
                    set_value=_keep,
                ),
                Column(
                    lambda: translate("PlanDialog", "Date"),
                    lambda i: i.planned_on.isoformat(),
                    set_value=self._move,
                ),
                Column(lambda: translate("PlanDialog", "Account"), lambda i: i.account_name),
                Column(lambda: translate("PlanDialog", "Grade"), lambda i: i.grade or "—"),
                Column(lambda: translate("PlanDialog", "Layer"), lambda i: label(i.layer)),
                Column(
                    lambda: translate("PlanDialog", "Person"),
                    lambda i: i.staff_name or "—",
                    edit_value=lambda i: i.staff_id,
                    set_value=self._give,
                ),
                Column(
                    lambda: translate("PlanDialog", "Note"),
                    lambda i: (
                        translate("PlanDialog", "catch-up: missed earlier this year")
                        if i.catch_up
                        else ""
                    ),
                ),
            ],
            parent,
        )
        self.people: list[PlanPerson] = []
        self.year = date.today().year

    @property
    def items(self) -> list[PlanItem]:
        return self._rows

    def set_plan(self, items: Sequence[PlanItem], people: Sequence[PlanPerson], year: int) -> None:
        self.people = list(people)
        self.year = year
        self.set_rows(items)

    def set_all(self, keep: bool) -> None:
        for item in self._rows:
            item.accepted = keep
        if self._rows:
            self.dataChanged.emit(self.index(0, KEEP), self.index(len(self._rows) - 1, KEEP))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == PEOPLE_ROLE
            and index.isValid()
            and index.column() == PERSON
            and 0 <= index.row() < len(self._rows)
        ):
            layer = self._rows[index.row()].layer
            return [(p.staff_id, p.name) for p in self.people if p.layer == layer]
        return super().data(index, role)

    def _move(self, item: PlanItem, value: Any) -> PlanItem:
        try:
            day = date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValueError("") from None  # the editor keeps the old date
        if day.year != self.year:
            raise ValueError("")
        item.planned_on = day
        return item

    def _give(self, item: PlanItem, value: Any) -> PlanItem:
        names = {p.staff_id: p.name for p in self.people}
        if value is not None and value not in names:
            raise ValueError("")
        item.staff_id = value
        item.staff_name = names.get(value, "") if value is not None else ""
        return item


def _keep(item: PlanItem, keep: bool) -> PlanItem:
    item.accepted = keep
    return item
