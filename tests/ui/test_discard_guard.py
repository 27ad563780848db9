"""Esc, Cancel or closing an editor with typed changes asks first; the default answer
keeps editing. An untouched editor closes without a question."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kam.accounts.staff import StaffData, save_staff
from tests.ui.answers import ScriptedAnswers
from tests.ui.helpers import type_text
from ui.context import AppContext
from ui.settings.staff_panel import staff_specs
from ui.visits.editor import VisitDialog
from ui.widgets.record_dialog import RecordDialog


def _visit(qtbot: QtBot, ctx: AppContext, account_id: int) -> VisitDialog:
    dialog = VisitDialog(ctx, account_id=account_id, quick=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_esc_on_a_typed_report_asks_and_keeps_it(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int], answers: ScriptedAnswers
) -> None:
    dialog = _visit(qtbot, ctx, steel["hbgt"])
    type_text(qtbot, dialog.outcome, "谈妥试用两支轧辊")
    answers.click("Keep editing")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers.texts == ["Discard what you typed?"]
    assert dialog.isVisible() and dialog.outcome.toPlainText() == "谈妥试用两支轧辊"
    answers.click("Discard")
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.saved_id is None


def test_an_untouched_editor_closes_without_a_question(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int], answers: ScriptedAnswers
) -> None:
    dialog = _visit(qtbot, ctx, steel["hbgt"])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # a question would fail the test
    assert not dialog.isVisible()


def test_record_editors_ask_too(qtbot: QtBot, ctx: AppContext, answers: ScriptedAnswers) -> None:
    person = StaffData(name="王芳", layer="business")
    save_staff(ctx.db, person)
    dialog = RecordDialog(None, "Staff", staff_specs(), person, lambda d: 1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editor("phone"), "13800000000")
    answers.click("Discard")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers.texts == ["Discard what you typed?"] and not dialog.isVisible()


def test_closing_from_code_does_not_ask(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    dialog = _visit(qtbot, ctx, steel["hbgt"])
    type_text(qtbot, dialog.outcome, "谈妥")
    dialog.close()  # the program decided (and tests tear down this way): no question
    assert not dialog.isVisible()
