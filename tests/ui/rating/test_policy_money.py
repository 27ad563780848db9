"""The sales policy's expense budget is read and typed in 万元 (issue 13, item 15),
while the database keeps 元 like every amount."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kam.rating.policy import policy_for
from tests.ui.helpers import double_click
from ui.context import AppContext
from ui.rating.policy_editor import FIELDS, PolicyEditor, field_titles


def test_expense_budget_in_ten_thousands(qtbot: QtBot, ctx: AppContext) -> None:
    editor = PolicyEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(1100, 400)
    editor.show()
    qtbot.waitExposed(editor)
    column = FIELDS.index("expense_budget")
    assert "10k CNY" in field_titles()["expense_budget"]
    grade_b = editor.model.index(1, column)
    table = editor.table
    double_click(qtbot, table.viewport(), table.visualRect(grade_b).center())
    qtbot.waitUntil(lambda: table.findChild(QLineEdit) is not None)
    typing = table.findChild(QLineEdit)
    assert typing is not None and typing.text() == "3.00"  # the default 30,000 元
    typing.selectAll()
    qtbot.keyClicks(typing, "12.5")
    assert typing.text() == "12.5"
    qtbot.keyClick(typing, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grade_b.data() == "12.50")  # the delegate commits queued
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert policy_for(ctx.db, "B").expense_budget == 125_000  # stored in 元
    editor.reload()
    assert editor.model.index(1, column).data() == "12.50"
