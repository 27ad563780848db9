"""Amounts in the forms read with thousands separators (issue 13, item 15), and what
is typed with or without them is saved as the number meant; years stay bare."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kam.accounts.service import get_account
from ui.accounts.page import AccountsPage
from ui.context import AppContext


def test_amounts_have_separators_and_read_back(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.open_account(steel["hbgt"])
    assets = page.dossier.form.editors["assets"]
    founded = page.dossier.form.editors["founded"]
    assert isinstance(assets, QLineEdit) and isinstance(founded, QLineEdit)
    assets.selectAll()
    qtbot.keyClicks(assets, "34,227,000")
    founded.selectAll()
    qtbot.keyClicks(founded, "2008")
    qtbot.mouseClick(page.dossier.save_button, Qt.MouseButton.LeftButton)
    saved = get_account(ctx.db, steel["hbgt"])
    assert saved.assets == 34_227_000 and saved.founded == 2008
    page.dossier.set_account(steel["hbgt"])
    assert assets.text() == "34,227,000"
    assert founded.text() == "2008"
