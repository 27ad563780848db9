"""The dossier's company facts: create, edit, field-level messages, nothing
half-saved, and the guard against leaving unsaved changes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from kam.accounts.service import get_account, list_accounts
from kam.store import Database
from tests.ui.answers import ScriptedAnswers
from tests.ui.helpers import type_text
from ui.accounts.page import AccountsPage
from ui.context import AppContext


def open_page(qtbot: QtBot, ctx: AppContext) -> AccountsPage:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def line(page: AccountsPage, name: str) -> QLineEdit:
    editor = page.dossier.form.editors[name]
    assert isinstance(editor, QLineEdit)
    return editor


def save(qtbot: QtBot, page: AccountsPage) -> None:
    qtbot.mouseClick(page.dossier.save_button, Qt.MouseButton.LeftButton)


def test_create_an_account(
    qtbot: QtBot, ctx: AppContext, db: Database, steel: dict[str, int]
) -> None:
    page = open_page(qtbot, ctx)
    qtbot.mouseClick(page.list_panel.new_button, Qt.MouseButton.LeftButton)
    assert page.dossier.title.text() == "New account"
    assert not page.dossier.tabs.isTabEnabled(5)  # people need a saved account first
    qtbot.keyClicks(line(page, "code"), "NG")
    type_text(qtbot, line(page, "name"), "南京钢铁股份有限公司")
    type_text(qtbot, line(page, "region"), "江苏")
    qtbot.keyClicks(line(page, "founded"), "1958")
    with qtbot.waitSignal(ctx.data_changed):
        save(qtbot, page)
    saved = get_account(db, page.dossier.account_id)
    assert (saved.code, saved.name, saved.region, saved.founded) == (
        "NG",
        "南京钢铁股份有限公司",
        "江苏",
        1958,
    )
    assert page.dossier.tabs.isTabEnabled(5)
    assert not page.dossier.is_dirty()
    qtbot.mouseClick(page.dossier.back_button, Qt.MouseButton.LeftButton)
    assert "南京钢铁股份有限公司" in [r.name for r in list_accounts(db)]
    assert page.list_panel.model.rowCount() == 4


def test_messages_at_the_fields_and_nothing_saved(
    qtbot: QtBot, ctx: AppContext, db: Database, steel: dict[str, int]
) -> None:
    page = open_page(qtbot, ctx)
    page.open_account(steel["sdgt"])
    errors = page.dossier.form.errors
    line(page, "name").clear()
    qtbot.keyClicks(line(page, "name"), " ")
    line(page, "code").clear()
    qtbot.keyClicks(line(page, "code"), "HBGT")  # 河北钢铁's code
    qtbot.keyClicks(line(page, "founded"), "19x8")
    save(qtbot, page)
    assert errors.message("founded") == "must be a whole number"
    line(page, "founded").clear()
    qtbot.keyClicks(line(page, "founded"), "2999")
    notes = page.dossier.form.editors["notes"]
    assert isinstance(notes, QPlainTextEdit)
    notes.setPlainText("很长" * 10001)
    type_text(qtbot, line(page, "address"), "济南 🏭")
    save(qtbot, page)
    assert errors.message("name") == "is required"
    assert errors.message("code") == "code HBGT is already used by 河北钢铁集团"
    assert errors.message("founded").startswith("must be between 1800 and")
    assert errors.message("notes") == "is too long (at most 20000 characters)"
    assert "emoji" in errors.message("address")
    assert line(page, "name").property("error") is True
    assert page.dossier.is_dirty()
    assert get_account(db, steel["sdgt"]).name == "山东钢铁股份"  # nothing half-saved


def test_unknown_account_manager_is_named(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    page = open_page(qtbot, ctx)
    page.open_account(steel["ag"])
    owner = page.dossier.form.editors["owner"]
    owner.setEditText("")
    type_text(qtbot, owner.lineEdit(), "赵六")
    save(qtbot, page)
    assert page.dossier.form.errors.message("owner") == "unknown staff member: 赵六"


def test_revert_restores_the_saved_values(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    page = open_page(qtbot, ctx)
    page.open_account(steel["ag"])
    qtbot.keyClicks(line(page, "industry"), "steel")
    assert page.dossier.revert_button.isEnabled()
    qtbot.mouseClick(page.dossier.revert_button, Qt.MouseButton.LeftButton)
    assert line(page, "industry").text() == ""
    assert not page.dossier.is_dirty()


def test_leaving_with_unsaved_changes_asks(
    qtbot: QtBot,
    ctx: AppContext,
    db: Database,
    steel: dict[str, int],
    answers: ScriptedAnswers,
) -> None:
    page = open_page(qtbot, ctx)
    page.open_account(steel["ag"])
    qtbot.keyClicks(line(page, "industry"), "steel")
    answers.click("Cancel")
    qtbot.mouseClick(page.dossier.back_button, Qt.MouseButton.LeftButton)
    assert answers.texts == ["鞍钢股份 has unsaved changes."]
    assert page.stack.currentWidget() is page.dossier  # stayed
    answers.click("Save")
    qtbot.mouseClick(page.dossier.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.list_panel
    assert get_account(db, steel["ag"]).industry == "steel"
    page.open_account(steel["ag"])
    qtbot.keyClicks(line(page, "industry"), " more")
    answers.click("Discard")
    page.open_account(steel["hbgt"])  # e.g. from another screen's click-through
    assert page.dossier.account_id == steel["hbgt"]
    assert get_account(db, steel["ag"]).industry == "steel"


def test_delete_the_open_account(
    qtbot: QtBot, ctx: AppContext, db: Database, steel: dict[str, int], answers: ScriptedAnswers
) -> None:
    page = open_page(qtbot, ctx)
    page.open_account(steel["sdgt"])
    answers.click("Delete")
    qtbot.mouseClick(page.dossier.delete_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.list_panel
    assert [r.code for r in list_accounts(db)] == ["AG", "HBGT"]


def test_header_shows_code_stage_and_manager(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    page = open_page(qtbot, ctx)
    page.open_account(steel["hbgt"])
    chips = [page.dossier.chips.itemAt(i).widget() for i in range(page.dossier.chips.count())]
    texts = [c.text() for c in chips if c is not None]
    assert texts[:2] == ["HBGT", "Stable cooperation"]
    assert "Manager: 张伟" in texts


def test_coming_back_shows_changes_made_elsewhere(
    qtbot: QtBot, ctx: AppContext, db: Database, steel: dict[str, int]
) -> None:
    from kam.accounts.service import save_account

    page = open_page(qtbot, ctx)
    page.open_account(steel["ag"])
    data = get_account(db, steel["ag"])
    data.region = "辽宁鞍山"
    save_account(db, data)  # e.g. an import while the dossier was open
    page.refresh()  # the main window calls this when the page is shown again
    assert line(page, "region").text() == "辽宁鞍山"
    assert "辽宁鞍山" in [
        page.dossier.chips.itemAt(i).widget().text()
        for i in range(page.dossier.chips.count())
        if page.dossier.chips.itemAt(i).widget() is not None
    ]


def test_mark_an_account_shared_with_the_team(
    qtbot: QtBot, ctx: AppContext, db: Database, steel: dict[str, int]
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QCheckBox

    page = open_page(qtbot, ctx)
    page.open_account(steel["sdgt"])
    shared = page.dossier.form.editors["shared"]
    assert isinstance(shared, QCheckBox) and shared.objectName() == "accountShared"
    assert not shared.isChecked() and shared.isVisible()
    box = QPoint(6, shared.height() // 2)  # the tick box at the start of the row
    qtbot.mouseClick(shared, Qt.MouseButton.LeftButton, pos=box)
    assert page.dossier.is_dirty()
    with qtbot.waitSignal(ctx.data_changed):
        save(qtbot, page)
    assert get_account(db, steel["sdgt"]).shared is True
    qtbot.mouseClick(shared, Qt.MouseButton.LeftButton, pos=box)
    with qtbot.waitSignal(ctx.data_changed):
        save(qtbot, page)
    assert get_account(db, steel["sdgt"]).shared is False
