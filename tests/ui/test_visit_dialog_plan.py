"""The visit dialog for planning: no result fields on a plan, our staff of the chosen
layer first, people lists tall enough to read, Postpone keeping the original date."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from kam.visits.service import VisitData, get_visit, save_visit
from ui.context import AppContext
from ui.visits.editor import VisitDialog

SOON = date.today() + timedelta(days=3)


def _open(qtbot: QtBot, dialog: VisitDialog) -> VisitDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_plan_shows_no_result_fields(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    dialog = _open(qtbot, VisitDialog(ctx, account_id=steel["hbgt"], on=SOON))
    assert dialog.status.value() == "planned"
    assert not dialog.outcome.isVisible() and not dialog.follow_ups.isVisible()
    assert not dialog.postpone_button.isVisible()  # nothing to postpone yet
    assert dialog.staff.height() >= 150 and dialog.contacts.height() >= 150
    dialog.status.set_value("done")
    assert dialog.outcome.isVisible() and dialog.expenses.isVisible()


def test_the_layer_puts_its_staff_first(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    dialog = _open(qtbot, VisitDialog(ctx, account_id=steel["sdgt"], on=SOON))
    first = lambda: dialog.staff.item(0).text()  # noqa: E731
    dialog.layer.set_value("business")
    assert first().startswith("张伟")
    dialog.layer.set_value("technical")
    assert first().startswith("李强") or dialog.staff.checked_ids()  # ticked stay on top
    ticked = dialog.staff.checked_ids()
    dialog.layer.set_value("leader")
    assert dialog.staff.checked_ids() == ticked


def test_postpone_keeps_the_original_date(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    visit = save_visit(
        ctx.db, VisitData(account_id=steel["hbgt"], layer="business", planned_on=SOON)
    ).id
    dialog = _open(qtbot, VisitDialog(ctx, visit_id=visit))
    assert dialog.postpone_button.isVisible()
    qtbot.mouseClick(dialog.postpone_button, Qt.MouseButton.LeftButton)
    assert dialog.status.value() == "postponed"
    assert dialog.original_note.isVisible() and SOON.isoformat() in dialog.original_note.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = get_visit(ctx.db, visit)
    assert saved.status == "postponed" and saved.original_date == SOON
    assert saved.planned_on == SOON + timedelta(days=7)
