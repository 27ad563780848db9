"""The contact editor as a salesperson fills it: dates as typed (a birthday without its
year), 微信, department suggestions, the boss shown with the department, me as our
owner; a person who changed post is not offered for a new visit."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit, QPlainTextEdit

from kam.accounts import identity
from kam.accounts.people import ContactData, list_contacts, save_contact
from kam.accounts.people_fields import BY_ID, CONTACT_FIELDS, NOT_IN_EDITOR
from kam.accounts.staff import list_staff
from kam.domain.fields import BOOL, ENUM, LONG_TEXT, TEXT
from kam.text.dates import YEARLESS
from tests.ui.helpers import in_next_dialog, type_text
from ui.context import AppContext
from ui.dossier.contact_specs import contact_specs
from ui.dossier.people_tab import PeopleTab
from ui.visits.editor import VisitDialog
from ui.widgets.enum_combo import EnumCombo
from ui.widgets.record_dialog import RecordDialog
from ui.widgets.record_form import RecordForm


@pytest.fixture(autouse=True)
def _no_env_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KAM_USER", raising=False)


def _type(qtbot: QtBot, dialog: RecordDialog, name: str, text: str) -> None:
    editor = dialog.editor(name)
    assert isinstance(editor, QLineEdit)
    editor.clear()
    type_text(qtbot, editor, text)


def test_the_editor_edits_every_declared_field_by_its_kind(qtbot: QtBot) -> None:
    form = RecordForm(contact_specs(lambda: [("", None)], lambda: [("", "")]))
    for editor in form.editors.values():
        qtbot.addWidget(editor)
    declared = [f for f in CONTACT_FIELDS if f.key not in NOT_IN_EDITOR]
    assert set(form.editors) == {BY_ID.get(f.key, f.key) for f in declared}
    for f in declared:
        editor = form.editors[BY_ID.get(f.key, f.key)]
        if f.kind == ENUM:
            assert isinstance(editor, EnumCombo), f.key
            assert (editor.itemData(0) == "") == f.allow_blank, f.key
        elif f.kind == BOOL:
            assert isinstance(editor, QCheckBox), f.key
        elif f.kind == TEXT and f.max_len >= LONG_TEXT:
            assert isinstance(editor, QPlainTextEdit), f.key
        elif f.key in ("reports_to", "owner"):
            assert isinstance(editor, QComboBox), f.key
        else:
            assert isinstance(editor, QLineEdit), f.key


def test_a_new_person_as_typed(qtbot: QtBot, ctx: AppContext, steel: dict[str, int]) -> None:
    identity.set_me(ctx.db, next(s.id for s in list_staff(ctx.db) if s.name == "李强"))
    tab = PeopleTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(steel["hbgt"])
    seen: dict[str, object] = {}

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        bosses = dialog.editor("reports_to_id")
        assert isinstance(bosses, QComboBox)
        seen["bosses"] = [bosses.itemText(i) for i in range(bosses.count())]
        owner = dialog.editor("owner")
        assert isinstance(owner, QComboBox)
        seen["owner"] = owner.currentText()
        department = dialog.editor("department")
        assert isinstance(department, QLineEdit) and department.completer() is not None
        seen["departments"] = department.completer().model().stringList()  # type: ignore[attr-defined]
        _type(qtbot, dialog, "name", "陈工")
        _type(qtbot, dialog, "wechat", "chen_gong88")
        _type(qtbot, dialog, "birthday", "3月32日")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        seen["error"] = dialog.form.errors.message("birthday")
        _type(qtbot, dialog, "birthday", "3月8日")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    in_next_dialog(qtbot, act)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert "刘采购 · 采购部 · 部长" in seen["bosses"]  # type: ignore[operator]
    assert seen["owner"] == "李强" and seen["departments"] == ["采购部"]
    assert "is not a date" in str(seen["error"])
    chen = next(c for c in list_contacts(ctx.db, steel["hbgt"]) if c.name == "陈工")
    assert chen.birthday == date(YEARLESS, 3, 8) and chen.wechat == "chen_gong88"
    assert chen.owner == "李强"

    def reopen(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        birthday = dialog.editor("birthday")
        assert isinstance(birthday, QLineEdit)
        seen["shown"] = birthday.text()
        _type(qtbot, dialog, "birthday", "1975/3/8")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    in_next_dialog(qtbot, reopen)
    tab.edit_person(chen.id)
    assert seen["shown"] == "03-08"
    assert next(
        c for c in list_contacts(ctx.db, steel["hbgt"]) if c.name == "陈工"
    ).birthday == date(1975, 3, 8)


def test_a_transferred_person_is_not_offered_for_a_new_visit(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    save_contact(
        ctx.db, ContactData(account_id=steel["hbgt"], name="赵调岗", status="changed_post")
    )
    dialog = VisitDialog(ctx, account_id=steel["hbgt"])
    qtbot.addWidget(dialog)
    names = [dialog.contacts.item(i).text() for i in range(dialog.contacts.count())]
    assert names and not any("赵调岗" in n for n in names)
