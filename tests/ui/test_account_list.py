"""The account list: model contract, instant search (code, name, pinyin, initials),
filters, pinyin order, and opening the dossier."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from kam.accounts.service import get_account, list_accounts
from kam.store import Database
from tests.ui.answers import ScriptedAnswers
from tests.ui.helpers import double_click, type_text
from ui.accounts.model import NAME_COLUMN, AccountListModel
from ui.accounts.page import AccountsPage
from ui.context import AppContext


def names(page: AccountsPage) -> list[str]:
    model = page.list_panel.model
    return [model.row_at(i).name for i in range(model.rowCount())]


def test_model_contract(qtmodeltester, db: Database, steel: dict[str, int]) -> None:
    model = AccountListModel()
    model.set_rows(list_accounts(db))
    qtmodeltester.check(model)
    model.set_filter("hb")
    qtmodeltester.check(model)
    model.sort(3, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_list_sorted_by_pinyin(qtbot: QtBot, ctx: AppContext, steel: dict[str, int]) -> None:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    # 鞍 an < 河 he < 山 shan: the order a Chinese reader expects.
    assert names(page) == ["鞍钢股份", "河北钢铁集团", "山东钢铁股份"]
    page.list_panel.table.horizontalHeader().setSortIndicator(
        NAME_COLUMN, Qt.SortOrder.DescendingOrder
    )
    assert names(page) == ["山东钢铁股份", "河北钢铁集团", "鞍钢股份"]


def test_search_as_you_type(qtbot: QtBot, ctx: AppContext, steel: dict[str, int]) -> None:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    search = page.list_panel.search
    qtbot.keyClicks(search, "hbgt")  # pinyin initials
    assert names(page) == ["河北钢铁集团"]
    assert page.list_panel.count.text() == "1 of 3 accounts"
    search.clear()
    qtbot.keyClicks(search, "gangtie")  # full pinyin
    assert names(page) == ["河北钢铁集团", "山东钢铁股份"]
    search.clear()
    qtbot.keyClicks(search, "sdgt")  # the code, any case
    assert names(page) == ["山东钢铁股份"]
    search.clear()
    type_text(qtbot, search, "鞍钢")
    assert names(page) == ["鞍钢股份"]
    search.clear()
    qtbot.keyClicks(search, "hegang")  # the short name's pinyin
    assert names(page) == ["河北钢铁集团"]
    search.clear()
    qtbot.keyClicks(search, "zzzz")
    assert names(page) == []


def test_filters(qtbot: QtBot, ctx: AppContext, steel: dict[str, int]) -> None:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    panel = page.list_panel
    panel.owner_filter.setCurrentIndex(panel.owner_filter.findText("张伟"))
    assert names(page) == ["鞍钢股份", "河北钢铁集团"]
    panel.region_filter.setCurrentIndex(panel.region_filter.findText("河北"))
    assert names(page) == ["河北钢铁集团"]
    panel.owner_filter.setCurrentIndex(0)
    panel.region_filter.setCurrentIndex(0)
    panel.stage_filter.setCurrentIndex(panel.stage_filter.findData("initial"))
    assert names(page) == ["山东钢铁股份"]


def test_enter_opens_the_dossier(qtbot: QtBot, ctx: AppContext, steel: dict[str, int]) -> None:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.list_panel.search, "sdgt")
    table = page.list_panel.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.dossier
    assert page.dossier.title.text() == "山东钢铁股份"


def test_double_click_opens_the_dossier(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    table = page.list_panel.table
    rect = table.visualRect(page.list_panel.model.index(1, NAME_COLUMN))
    double_click(qtbot, table.viewport(), rect.center())
    assert page.dossier.account_id == steel["hbgt"]


def test_delete_from_the_list_asks_first(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int], answers: ScriptedAnswers
) -> None:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    table = page.list_panel.table
    page.list_panel.select_account(steel["ag"])
    table.setFocus()
    answers.click("Cancel")
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "鞍钢股份" in names(page)
    answers.click("Delete")
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert answers.texts == ["Delete 鞍钢股份 (AG)?"] * 2
    assert names(page) == ["河北钢铁集团", "山东钢铁股份"]


def test_an_empty_database_says_what_to_do(qtbot: QtBot, ctx: AppContext) -> None:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.list_panel.empty.isVisible()
    assert not page.list_panel.table.isVisible()
    qtbot.mouseClick(page.list_panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.dossier.form.editors["code"], "X1")
    qtbot.keyClicks(page.dossier.form.editors["name"], "Xingtai Steel")
    qtbot.mouseClick(page.dossier.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.dossier.back_button, Qt.MouseButton.LeftButton)
    assert page.list_panel.table.isVisible() and not page.list_panel.empty.isVisible()


def test_keyboard_only(qtbot: QtBot, ctx: AppContext, steel: dict[str, int]) -> None:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    search = page.list_panel.search
    qtbot.keyClicks(search, "hbgt")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # the only match opens at once
    assert page.dossier.account_id == steel["hbgt"]
    qtbot.keyClick(page.dossier.form.editors["code"], Qt.Key.Key_Escape)  # back
    assert page.stack.currentWidget() is page.list_panel
    search.clear()
    qtbot.keyClicks(search, "gangtie")
    qtbot.keyClick(search, Qt.Key.Key_Down)  # into the list
    table = page.list_panel.table
    assert table.current_row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.dossier.account_id == steel["sdgt"]


def test_typing_initials_puts_the_exact_match_first(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from kam.accounts.service import AccountData, save_account
    from ui.accounts.page import AccountsPage

    save_account(ctx.db, AccountData(code="T9", name="阿斯钢材贸易有限公司"))
    save_account(ctx.db, AccountData(code="SG", name="江苏沙钢集团有限公司", short_name="沙钢"))
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.list_panel.search, "sg")
    qtbot.waitUntil(lambda: page.list_panel.model.rowCount() == 2)
    assert page.list_panel.model.row_at(0).code == "SG"


@pytest.mark.qt_log_ignore("raise()", "grabbing the keyboard", "propagateSizeHints")  # offscreen
def test_share_an_account_from_its_right_click_menu(
    qtbot: QtBot, ctx: AppContext, db: Database, steel: dict[str, int]
) -> None:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    panel = page.list_panel
    table = panel.table

    def share_from_the_menu(name: str) -> None:
        row = names(page).index(name)
        rect = table.visualRect(panel.model.index(row, 1))
        viewport = table.viewport()
        # QTest's right click sends no context-menu event; a real one does.
        QApplication.sendEvent(
            viewport,
            QContextMenuEvent(
                QContextMenuEvent.Reason.Mouse, rect.center(), viewport.mapToGlobal(rect.center())
            ),
        )
        menu = panel.menu
        assert menu is not None
        qtbot.waitExposed(menu)
        action = next(a for a in menu.actions() if a.text() == "Shared with the team")
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    assert not get_account(db, steel["hbgt"]).shared
    share_from_the_menu("河北钢铁集团")
    assert get_account(db, steel["hbgt"]).shared
    assert not get_account(db, steel["sdgt"]).shared
    # The list reloaded: the menu shows the tick, and a second choice takes it back.
    assert panel.model.row_at(names(page).index("河北钢铁集团")).shared
    share_from_the_menu("河北钢铁集团")
    assert not get_account(db, steel["hbgt"]).shared
