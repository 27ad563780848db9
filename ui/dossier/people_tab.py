"""The people tab: the customer's contacts as a table and as the decision map."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from kam.accounts.identity import my_name
from kam.accounts.people import (
    ContactData,
    delete_contact,
    known_departments,
    list_contacts,
    save_contact,
)
from kam.accounts.staff import list_staff
from kam.domain.enums import Attitude, DecisionRole
from kam.i18n import label
from ui.context import AppContext, Topic
from ui.dossier.contact_specs import contact_specs, people_columns
from ui.dossier.decision_map import EDGE, DecisionMap, badge_text
from ui.widgets.editable_list import EditableList, ListKind
from ui.widgets.record_form import FieldSpec


class PeopleTab(QWidget):
    """Contacts of the shown account, editable from the table or the map.

    The table with its buttons is an :class:`EditableList`; the decision map below it
    draws the same rows.

    Signals:
        changed(): a person was added, edited or deleted.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = EditableList(ctx, self._kind(), header=self._legend())
        self.list.setObjectName("peopleList")
        self.list.table.setObjectName("peopleTable")
        self.list.add_button.setText(self.tr("Add person…"))
        self.list.add_button.setObjectName("addPerson")
        self.list.edit_button.setObjectName("editPerson")
        self.list.delete_button.setObjectName("deletePerson")
        self.list.reloaded.connect(self._show_map)
        self.list.changed.connect(self.changed)
        self.table, self.model = self.list.table, self.list.model
        self.add_button = self.list.add_button
        self.edit_button = self.list.edit_button
        self.delete_button = self.list.delete_button
        self.map = DecisionMap()
        self.map.person_activated.connect(self.edit_person)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("peopleSplit")
        split.addWidget(self.list)
        split.addWidget(self.map)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([240, 400])  # the map is the point of this tab: give it room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(split, 1)

    def _kind(self) -> ListKind:
        return ListKind(
            key="people",
            noun=lambda: self.tr("person"),
            describe=lambda p: p.name,
            columns=lambda: people_columns(
                lambda: {p.id: p.name for p in self.people if p.id is not None}
            ),
            specs=lambda _db, _account_id, person: self._specs_for(person.id),
            new=lambda account_id: ContactData(account_id=account_id, owner=my_name(self.ctx.db)),
            load=list_contacts,
            save=save_contact,
            delete=lambda db, person_id: delete_contact(db, person_id),
            topic=Topic.CONTACTS,
            delete_detail=lambda: self.tr(
                "People who report to them will keep their place without a boss."
            ),
            two_columns=True,
            fit_width=200,
        )

    @property
    def account_id(self) -> int | None:
        return self.list.account_id

    @property
    def people(self) -> list[ContactData]:
        return self.list.rows()

    def _legend(self) -> QLabel:
        parts = [f'<span style="color:{EDGE[a.value]}">■</span> {label(a)}' for a in Attitude]
        roles = [f"<b>{badge_text(r.value)}</b> {label(r)}" for r in DecisionRole]
        legend = QLabel(
            "&nbsp;&nbsp;".join(parts) + "&nbsp;&nbsp;│&nbsp;&nbsp;" + "&nbsp;&nbsp;".join(roles)
        )
        legend.setObjectName("legend")
        legend.setWordWrap(True)
        return legend

    def set_account(self, account_id: int | None) -> None:
        self.list.set_account(account_id)

    def reload(self) -> None:
        self.list.reload()

    def _show_map(self) -> None:
        self.map.set_people(self.people)

    def _specs_for(self, person_id: int | None) -> list[FieldSpec]:
        def bosses() -> list[tuple[str, int | None]]:
            others = [p for p in self.people if p.id != person_id]
            # The department tells apart two 部长 (three people read "部长" before).
            return [(self.tr("(nobody)"), None)] + [
                (" · ".join(part for part in (p.name, p.department, p.title) if part), p.id)
                for p in others
            ]

        def staff() -> list[tuple[str, str]]:
            return [("", "")] + [
                (s.name, s.name) for s in list_staff(self.ctx.db, active_only=True)
            ]

        def departments() -> list[str]:
            return known_departments(self.ctx.db)

        return contact_specs(bosses, staff, departments)

    def add_person(self) -> None:
        self.list.add_record()

    def edit_person(self, person_id: int | None) -> None:
        person = next((p for p in self.people if p.id == person_id), None)
        if person is not None:
            self.list.edit_record(person)

    def delete_selected(self) -> None:
        self.list.delete_selected()
