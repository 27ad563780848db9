"""The main window: navigation, click-through to a dossier, window state, language
switching, settings (our people), and databases that cannot be opened."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMenu

from kam.accounts.staff import list_staff
from kam.store import Database
from kam.store.errors import DatabaseLocked
from tests.ui.answers import ScriptedAnswers
from tests.ui.helpers import in_next_dialog, type_text
from ui import app as app_module
from ui.accounts.page import AccountsPage
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages import PAGES
from ui.settings.dialog import SettingsDialog
from ui.shell import database as open_db
from ui.shell.settings import app_settings, recent_databases


def make_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


ACCOUNTS_ROW = [spec.key for spec in PAGES].index("accounts")


def test_navigation_builds_pages_when_first_shown(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    window = make_window(qtbot, ctx)
    assert window.nav.count() == len(PAGES)
    assert list(window.pages) == [PAGES[0].key]  # only the first page is built
    assert window.nav.item(ACCOUNTS_ROW).text() == "Accounts"
    window.nav.setCurrentRow(ACCOUNTS_ROW)
    page = window.current_page()
    assert isinstance(page, AccountsPage)
    search = window.findChild(QLineEdit, "accountSearch")
    assert search is not None and search.isVisible()


def test_click_through_from_another_screen(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    window = make_window(qtbot, ctx)
    ctx.open_account_requested.emit(steel["sdgt"])
    page = window.current_page()
    assert isinstance(page, AccountsPage)
    assert page.dossier.account_id == steel["sdgt"]


def test_window_state_is_kept(qtbot: QtBot, ctx: AppContext) -> None:
    window = make_window(qtbot, ctx)
    window.resize(780, 560)
    window.close()
    assert app_settings().value("mainWindow/geometry") is not None
    again = make_window(qtbot, ctx)
    assert (again.width(), again.height()) == (780, 560)


def test_close_with_unsaved_changes_asks(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int], answers: ScriptedAnswers
) -> None:
    window = make_window(qtbot, ctx)
    ctx.open_account_requested.emit(steel["ag"])
    page = window.current_page()
    assert isinstance(page, AccountsPage)
    qtbot.keyClicks(page.dossier.form.editors["industry"], "steel")
    answers.click("Cancel")
    window.close()
    assert window.isVisible()
    answers.click("Discard")
    window.close()
    assert not window.isVisible()


def test_switch_language_at_once(qtbot: QtBot, ctx: AppContext, steel: dict[str, int]) -> None:
    window = make_window(qtbot, ctx)
    assert window.apply_language("zh_CN")
    assert window.nav.item(ACCOUNTS_ROW).text() == "客户"
    page = window.show_page("accounts")
    assert isinstance(page, AccountsPage)
    assert page.list_panel.new_button.text() == "新建客户"
    assert page.list_panel.model.headerData(1, Qt.Orientation.Horizontal) == "名称"
    assert app_settings().value("language") == "zh_CN"
    assert window.apply_language("en")
    assert window.nav.item(ACCOUNTS_ROW).text() == "Accounts"
    # The rebuilt menus replace the old ones: no stale Chinese menu is left behind.
    qtbot.waitUntil(
        lambda: (
            len(
                window.menuBar().findChildren(
                    QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly
                )
            )
            == len(window.menuBar().actions())
        )
    )
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "&File"


def test_settings_dialog_adds_our_people(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)

    def act(editor: QDialog) -> None:
        name = editor.findChild(QLineEdit, "name")
        type_text(qtbot, name, "孙工")
        editor.findChild(QLineEdit, "title").setText("技术服务工程师")
        combo = editor.findChild(QComboBox, "layer")
        combo.setCurrentIndex(combo.findData("technical"))
        qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    in_next_dialog(qtbot, act)
    qtbot.mouseClick(dialog.staff.add_button, Qt.MouseButton.LeftButton)
    staff = list_staff(db)
    assert [(s.name, s.layer, s.title) for s in staff] == [("孙工", "technical", "技术服务工程师")]
    assert dialog.staff.model.rowCount() == 1


def test_staff_names_must_be_unique(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int], answers: ScriptedAnswers
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    messages: list[str] = []

    def act(editor: QDialog) -> None:
        type_text(qtbot, editor.findChild(QLineEdit, "name"), "张伟")
        qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        messages.append(editor.form.errors.message("name"))
        answers.click("Discard")  # the typed name is given up on purpose
        editor.reject()

    in_next_dialog(qtbot, act)
    qtbot.mouseClick(dialog.staff.add_button, Qt.MouseButton.LeftButton)
    assert messages == ["this name is already used"]


def test_language_choice_in_settings(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.language_changed()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.language_changed() and dialog.chosen_language() == "zh_CN"


def test_foreign_file_gets_a_message_not_a_traceback(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: ScriptedAnswers,
) -> None:
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as con:
        con.execute("create table invoices (id integer primary key)")
    answers.click("Quit")
    assert open_db.open_with_recovery(str(foreign)) is None
    assert answers.texts == [f"{foreign} is not a KAM Desk database"]


def test_not_a_database_then_choose_another(
    qtbot: QtBot,
    tmp_path: Path,
    db_path: Path,
    answers: ScriptedAnswers,
) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("these are my notes, not a database " * 100)
    good = tmp_path / "good.sqlite3"
    shutil.copyfile(db_path, good)
    answers.click("Open another…").file_open(good)
    db = open_db.open_with_recovery(str(junk))
    assert db is not None and db.path == good.resolve()
    db.close()
    assert recent_databases()[0] == str(good.resolve())


def test_locked_database_offers_a_choice(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answers: ScriptedAnswers
) -> None:
    # The store turns SQLite's "database is locked" into DatabaseLocked (tests/core);
    # here: the user reads that message and may give up without a traceback.
    def locked(target: object) -> None:
        raise DatabaseLocked("The database is locked by another program")

    monkeypatch.setattr(open_db, "open_database", locked)
    answers.click("Quit")
    assert open_db.open_with_recovery("/somewhere/kam.sqlite3") is None
    assert answers.texts == ["The database is locked by another program"]


def test_app_main_gives_up_cleanly(qtbot: QtBot, tmp_path: Path, answers: ScriptedAnswers) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00garbage" * 500)
    answers.click("Quit")
    assert app_module.main(db=str(junk), lang="en") == 1


def test_switch_database_from_the_window(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, template_db: Path, steel: dict[str, int]
) -> None:
    window = make_window(qtbot, ctx)
    first = window.show_page("accounts")
    assert isinstance(first, AccountsPage) and first.list_panel.model.total() == 3
    other = tmp_path / "second.sqlite3"
    shutil.copyfile(template_db, other)  # an empty database
    assert window.switch_database(str(other))
    page = window.show_page("accounts")
    assert isinstance(page, AccountsPage) and page is not first
    assert window.ctx.db.path == other.resolve()
    assert page.list_panel.model.total() == 0
    assert window.db_label.text() == str(other.resolve())
