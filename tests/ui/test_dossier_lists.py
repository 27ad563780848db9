"""The dossier's detail lists and people: add, edit, delete through the dialogs, with
the bad cases (shares over 100 %, reporting cycles, impossible dates) at their field."""

from __future__ import annotations

from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit, QPlainTextEdit

from kam.accounts.dossier import (
    CompetitorShareData,
    ProductionLineData,
    list_items,
    save_item,
    share_of_wallet,
)
from kam.accounts.dossier_fields import BY_KEY
from kam.accounts.people import list_contacts
from kam.domain.fields import BOOL, ENUM, FLOAT, LONG_TEXT, TEXT, YEAR
from kam.store import Database
from tests.ui.answers import ScriptedAnswers
from tests.ui.helpers import double_click, in_next_dialog, type_text
from ui.accounts.page import AccountsPage
from ui.context import AppContext
from ui.dossier.decision_map import FILL
from ui.dossier.item_specs import LINES, PLANS, PRODUCTS, SHARES
from ui.widgets.editable_list import ListKind
from ui.widgets.enum_combo import EnumCombo
from ui.widgets.record_dialog import RecordDialog
from ui.widgets.record_form import RecordForm
from ui.widgets.table_model import RowTableModel

DATE_MESSAGE = "is not a date: write 2025-03-05, 2025/3/5 or 2025年3月5日"


def open_dossier(qtbot: QtBot, ctx: AppContext, account_id: int, tab: int) -> AccountsPage:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.open_account(account_id)
    page.dossier.tabs.setCurrentIndex(tab)
    return page


def fill(qtbot: QtBot, dialog: QDialog, values: dict[str, str | bool]) -> None:
    assert isinstance(dialog, RecordDialog)
    for name, value in values.items():
        editor = dialog.editor(name)
        if isinstance(editor, QCheckBox):
            if editor.isChecked() != value:
                qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findText(str(value)))
        else:
            assert isinstance(editor, QLineEdit)
            editor.clear()
            type_text(qtbot, editor, str(value))


def ok(qtbot: QtBot, dialog: QDialog) -> None:
    assert isinstance(dialog, RecordDialog)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("kind", [LINES, PRODUCTS, PLANS, SHARES], ids=lambda k: k.key)
def test_each_list_edits_every_declared_field_by_its_kind(qtbot: QtBot, kind: ListKind) -> None:
    # The lists' editors do not depend on the database, the account or the record.
    form = RecordForm(kind.specs(cast(Database, None), 0, None))
    for editor in form.editors.values():
        qtbot.addWidget(editor)
    declared = BY_KEY[kind.key]
    assert set(form.editors) == set(declared)
    for spec in form.specs:
        f = declared[spec.name]
        editor = form.editors[spec.name]
        if f.kind == ENUM:
            assert isinstance(editor, EnumCombo) and spec.enum is f.enum, f.key
        elif f.kind == BOOL:
            assert isinstance(editor, QCheckBox), f.key
        elif f.kind == TEXT and f.max_len >= LONG_TEXT:
            assert isinstance(editor, QPlainTextEdit), f.key
        else:
            assert isinstance(editor, QLineEdit), f.key
            expected = {YEAR: "int", FLOAT: "float", TEXT: "text"}[f.kind]
            assert spec.kind == expected and spec.required == f.required, f.key


def test_add_a_production_line(
    qtbot: QtBot, ctx: AppContext, db: Database, steel: dict[str, int]
) -> None:
    page = open_dossier(qtbot, ctx, steel["hbgt"], 2)
    tab = page.dossier.lines

    def act(dialog: QDialog) -> None:
        fill(
            qtbot,
            dialog,
            {"name": "1780热连轧", "capacity": "400万吨/年", "status": "Under construction"},
        )
        ok(qtbot, dialog)

    in_next_dialog(qtbot, act)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    lines = list_items(db, ProductionLineData, steel["hbgt"])
    assert [(ln.name, ln.capacity, ln.status) for ln in lines] == [
        ("1780热连轧", "400万吨/年", "building")
    ]
    assert tab.model.rowCount() == 1


def test_required_name_keeps_the_dialog_open(
    qtbot: QtBot, ctx: AppContext, db: Database, steel: dict[str, int]
) -> None:
    page = open_dossier(qtbot, ctx, steel["hbgt"], 2)
    messages: list[str] = []

    def act(dialog: QDialog) -> None:
        ok(qtbot, dialog)  # nothing typed
        assert isinstance(dialog, RecordDialog)
        messages.append(dialog.form.errors.message("name"))
        assert dialog.isVisible()
        dialog.reject()

    in_next_dialog(qtbot, act)
    qtbot.mouseClick(page.dossier.lines.add_button, Qt.MouseButton.LeftButton)
    assert messages == ["is required"]
    assert list_items(db, ProductionLineData, steel["hbgt"]) == []


def test_competitor_shares_over_100_percent(
    qtbot: QtBot, ctx: AppContext, db: Database, steel: dict[str, int]
) -> None:
    save_item(
        db,
        CompetitorShareData(
            account_id=steel["hbgt"], year=2025, supplier="我们", is_us=True, share_pct=60
        ),
    )
    page = open_dossier(qtbot, ctx, steel["hbgt"], 4)
    assert "2025: 60 %" in page.dossier.share_summary.text()
    messages: list[str] = []

    def act(dialog: QDialog) -> None:
        fill(qtbot, dialog, {"year": "2025", "supplier": "中钢邢机", "share_pct": "120"})
        ok(qtbot, dialog)
        assert isinstance(dialog, RecordDialog)
        messages.append(dialog.form.errors.message("share_pct"))
        fill(qtbot, dialog, {"share_pct": "50"})
        ok(qtbot, dialog)
        messages.append(dialog.form.errors.message("share_pct"))
        fill(qtbot, dialog, {"share_pct": "abc"})
        ok(qtbot, dialog)
        messages.append(dialog.form.errors.message("share_pct"))
        fill(qtbot, dialog, {"share_pct": "40"})
        ok(qtbot, dialog)

    in_next_dialog(qtbot, act)
    qtbot.mouseClick(page.dossier.shares.add_button, Qt.MouseButton.LeftButton)
    assert messages == [
        "must be between 0 and 100",
        "competitor shares for 2025 add up to 110.0 % (over 100 %)",
        "must be a number",
    ]
    assert sorted(s.share_pct for s in list_items(db, CompetitorShareData, steel["hbgt"])) == [
        40,
        60,
    ]
    assert share_of_wallet(db, steel["hbgt"]) == {2025: 60.0}


def test_edit_and_delete_an_item(
    qtbot: QtBot, ctx: AppContext, db: Database, steel: dict[str, int], answers: ScriptedAnswers
) -> None:
    save_item(db, ProductionLineData(account_id=steel["hbgt"], name="2250热连轧"))
    page = open_dossier(qtbot, ctx, steel["hbgt"], 2)
    tab = page.dossier.lines
    in_next_dialog(qtbot, lambda d: (fill(qtbot, d, {"capacity": "550万吨"}), ok(qtbot, d)))
    rect = tab.table.visualRect(tab.model.index(0, 0))
    double_click(qtbot, tab.table.viewport(), rect.center())
    assert list_items(db, ProductionLineData, steel["hbgt"])[0].capacity == "550万吨"
    tab.table.selectRow(0)
    answers.click("Delete")
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert list_items(db, ProductionLineData, steel["hbgt"]) == []


def test_people_and_the_decision_map(
    qtbot: QtBot, qtmodeltester, ctx: AppContext, db: Database, steel: dict[str, int]
) -> None:
    page = open_dossier(qtbot, ctx, steel["hbgt"], 5)
    people = page.dossier.people
    assert isinstance(people.model, RowTableModel)
    qtmodeltester.check(people.model)
    assert set(people.map.boxes) == {steel["boss"], steel["buyer"]}
    boss_box = people.map.boxes[steel["boss"]]
    buyer_box = people.map.boxes[steel["buyer"]]
    assert boss_box.brush().color().name() == FILL["supporter"]
    assert buyer_box.brush().color().name() == FILL["opponent"]
    assert buyer_box.y() > boss_box.y()  # reports to the boss: drawn below

    def act(dialog: QDialog) -> None:
        fill(
            qtbot,
            dialog,
            {
                "name": "陈工",
                "department": "技术部",
                "birthday": "2025-02-30",
                "decision_role": "Coach",
                "attitude": "Supporter",
                "reports_to_id": "刘采购 · 采购部 · 部长",
            },
        )
        ok(qtbot, dialog)
        assert isinstance(dialog, RecordDialog)
        assert dialog.form.errors.message("birthday") == DATE_MESSAGE
        fill(qtbot, dialog, {"birthday": "1980-02-29"})
        ok(qtbot, dialog)

    in_next_dialog(qtbot, act)
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    chen = next(c for c in list_contacts(db, steel["hbgt"]) if c.name == "陈工")
    assert chen.reports_to_id == steel["buyer"] and chen.decision_role == "coach"
    assert chen.birthday is not None and chen.birthday.isoformat() == "1980-02-29"
    assert chen.id in people.map.boxes


def test_reporting_cycle_is_refused(
    qtbot: QtBot, ctx: AppContext, db: Database, steel: dict[str, int], answers: ScriptedAnswers
) -> None:
    page = open_dossier(qtbot, ctx, steel["hbgt"], 5)
    people = page.dossier.people
    messages: list[str] = []

    def act(dialog: QDialog) -> None:
        fill(
            qtbot, dialog, {"reports_to_id": "刘采购 · 采购部 · 部长"}
        )  # the boss under their buyer
        ok(qtbot, dialog)
        assert isinstance(dialog, RecordDialog)
        messages.append(dialog.form.errors.message("reports_to_id"))
        answers.click("Discard")  # the typed change is thrown away on purpose
        dialog.reject()

    in_next_dialog(qtbot, act)
    box = people.map.boxes[steel["boss"]]
    centre = people.map.mapFromScene(box.sceneBoundingRect().center())
    double_click(qtbot, people.map.viewport(), centre)
    assert messages == ["reporting line would form a cycle"]
    boss = next(c for c in list_contacts(db, steel["hbgt"]) if c.id == steel["boss"])
    assert boss.reports_to_id is None
    # and a person is never offered as their own boss
    specs = people._specs_for(steel["boss"])
    bosses = next(s for s in specs if s.name == "reports_to_id").choices()
    assert steel["boss"] not in [value for _text, value in bosses]


def test_delete_a_person_asks_first(
    qtbot: QtBot, ctx: AppContext, db: Database, steel: dict[str, int], answers: ScriptedAnswers
) -> None:
    page = open_dossier(qtbot, ctx, steel["hbgt"], 5)
    people = page.dossier.people
    people.table.selectRow(
        people.model.rows().index(next(p for p in people.model.rows() if p.id == steel["boss"]))
    )
    answers.click("Delete")
    qtbot.mouseClick(people.delete_button, Qt.MouseButton.LeftButton)
    left = list_contacts(db, steel["hbgt"])
    assert [(c.name, c.reports_to_id) for c in left] == [("刘采购", None)]
    assert set(people.map.boxes) == {steel["buyer"]}
