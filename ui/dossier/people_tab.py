"""The people tab: the customer's contacts as a table and as the decision map."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kam.domain.enums import Attitude, DecisionRole
from kam.i18n import label
from kam.services.contacts import (
    ContactData,
    delete_contact,
    known_departments,
    list_contacts,
    save_contact,
)
from kam.services.identity import my_name
from kam.services.staff import list_staff
from ui.context import AppContext
from ui.dossier.contact_specs import contact_specs, people_columns
from ui.dossier.decision_map import EDGE, DecisionMap, badge_text
from ui.widgets.confirm import confirm_delete
from ui.widgets.errors import RECOVERABLE, show_store_error
from ui.widgets.record_dialog import RecordDialog
from ui.widgets.table_model import RowTableModel
from ui.widgets.table_view import ListTable


class PeopleTab(QWidget):
    """Contacts of the shown account, editable from the table or the map.

    Signals:
        changed(): a person was added, edited or deleted.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.people: list[ContactData] = []
        self.model: RowTableModel[ContactData] = RowTableModel(
            people_columns(lambda: {p.id: p.name for p in self.people if p.id is not None}), self
        )
        self.table = ListTable()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.activated_row.connect(lambda row: self.edit_person(self.model.row_at(row).id))
        self.table.delete_pressed.connect(self.delete_selected)
        self.map = DecisionMap()
        self.map.person_activated.connect(self.edit_person)

        self.add_button = QPushButton(self.tr("Add person…"))
        self.add_button.setObjectName("addPerson")
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editPerson")
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deletePerson")
        self.delete_button.setProperty("danger", True)
        self.delete_button.clicked.connect(self.delete_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self._legend(), 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("peopleSplit")
        split.addWidget(self.table)
        split.addWidget(self.map)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([240, 400])  # the map is the point of this tab: give it room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _legend(self) -> QLabel:
        parts = [
            f'<span style="color:{EDGE[a.value]}">■</span> {label(a)}' for a in Attitude
        ]
        roles = [f"<b>{badge_text(r.value)}</b> {label(r)}" for r in DecisionRole]
        legend = QLabel("&nbsp;&nbsp;".join(parts) + "&nbsp;&nbsp;│&nbsp;&nbsp;" + "&nbsp;&nbsp;".join(roles))
        legend.setObjectName("legend")
        legend.setWordWrap(True)
        return legend

    def set_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        self.people = []
        if self.account_id is not None:
            try:
                self.people = list_contacts(self.ctx.db, self.account_id)
            except RECOVERABLE as exc:
                show_store_error(self, exc)
        self.model.set_rows(self.people)
        self.table.fit_columns(200)
        self.map.set_people(self.people)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.current_row() >= 0
        self.add_button.setEnabled(self.account_id is not None)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _specs_for(self, person_id: int | None) -> list:
        def bosses() -> list[tuple[str, int | None]]:
            others = [p for p in self.people if p.id != person_id]
            # The department tells apart two 部长 (three people read "部长" before).
            return [(self.tr("(nobody)"), None)] + [
                (" · ".join(part for part in (p.name, p.department, p.title) if part), p.id)
                for p in others
            ]

        def staff() -> list[tuple[str, str]]:
            return [("", "")] + [(s.name, s.name) for s in list_staff(self.ctx.db, active_only=True)]

        def departments() -> list[str]:
            return known_departments(self.ctx.db)

        return contact_specs(bosses, staff, departments)

    def add_person(self) -> None:
        if self.account_id is None:
            return
        self._run_dialog(self.tr("New person"), ContactData(account_id=self.account_id,
                                                             owner=my_name(self.ctx.db)))

    def edit_person(self, person_id: int | None) -> None:
        person = next((p for p in self.people if p.id == person_id), None)
        if person is not None:
            self._run_dialog(self.tr("Edit %1").replace("%1", person.name), person)

    def _edit_selected(self) -> None:
        row = self.table.current_row()
        if row >= 0:
            self.edit_person(self.model.row_at(row).id)

    def _run_dialog(self, title: str, person: ContactData) -> None:
        dialog = RecordDialog(self, title, self._specs_for(person.id), person,
                              lambda d: save_contact(self.ctx.db, d), two_columns=True)
        if dialog.exec():
            self._after_change()

    def delete_selected(self) -> None:
        row = self.table.current_row()
        if row < 0:
            return
        person = self.model.row_at(row)
        detail = self.tr("People who report to them will keep their place without a boss.")
        if not confirm_delete(self, person.name, detail):
            return
        try:
            assert person.id is not None
            delete_contact(self.ctx.db, person.id)
        except RECOVERABLE as exc:
            show_store_error(self, exc)
        self._after_change()

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()
        self.ctx.data_changed.emit("contacts")
