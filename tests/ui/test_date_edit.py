"""Date fields take dates as people type them (issue 13, item 12): 2025/3/5, 2025-3-5,
20250305, 2025.3.5, 2025年3月5日, and 3/5 or 3月5日 meaning this year; text that is no
date leaves the date as it was."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kam.visits.service import get_visit
from tests.ui.helpers import type_text
from ui.context import AppContext
from ui.visits.editor import VisitDialog
from ui.widgets.date_edit import DateEdit

THIS_YEAR = date.today().year
BEFORE = QDate(2020, 1, 1)


_HOLDERS: list[QWidget] = []


def _field(qtbot: QtBot) -> tuple[DateEdit, QLineEdit]:
    """A date field and a second field to move the focus to, as a user tabs on."""
    holder = QWidget()
    _HOLDERS[:] = [holder]  # qtbot only closes it; the test keeps it alive
    layout = QVBoxLayout(holder)
    edit = DateEdit(BEFORE)
    other = QLineEdit()
    layout.addWidget(edit)
    layout.addWidget(other)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    return edit, other


def _type(qtbot: QtBot, edit: DateEdit, other: QLineEdit, text: str) -> None:
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: edit.lineEdit().selectedText() == edit.text())  # all selected
    type_text(qtbot, edit.lineEdit() if not text.isascii() else edit, text)
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2025/3/5", date(2025, 3, 5)),
        ("2025-3-5", date(2025, 3, 5)),
        ("20250305", date(2025, 3, 5)),
        ("2025.3.15", date(2025, 3, 15)),
        ("2025-03-05", date(2025, 3, 5)),
        ("3/5", date(THIS_YEAR, 3, 5)),
        ("2025年3月5日", date(2025, 3, 5)),
        ("3月8日", date(THIS_YEAR, 3, 8)),
    ],
)
def test_typed_dates_are_read(qtbot: QtBot, typed: str, meant: date) -> None:
    edit, other = _field(qtbot)
    _type(qtbot, edit, other, typed)
    assert edit.date().toPython() == meant
    assert edit.text() == meant.isoformat()  # shown back in one format


@pytest.mark.qt_log_ignore("raise()", "propagateSizeHints")  # offscreen: the tooltip
@pytest.mark.parametrize("typed", ["2025/2/30", "2025/3/", "13/45"])
def test_what_is_no_date_keeps_the_date_it_had(qtbot: QtBot, typed: str) -> None:
    edit, other = _field(qtbot)
    # 2025/2/3 reads as a date on the way to 2025/2/30: it must not stay.
    _type(qtbot, edit, other, typed)
    assert edit.date() == BEFORE
    assert edit.text() == "2020-01-01"
    assert edit.property("error") and "2025/3/5" in edit.toolTip()  # says what is accepted
    _type(qtbot, edit, other, "2025/3/5")
    assert not edit.property("error") and not edit.toolTip()


@pytest.mark.qt_log_ignore("raise()", "propagateSizeHints")
def test_letters_are_not_taken(qtbot: QtBot) -> None:
    edit, other = _field(qtbot)
    _type(qtbot, edit, other, "x5")
    assert "x" not in edit.text()


def test_the_visit_dialog_reads_a_typed_date(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    day = date.today() + timedelta(days=10)
    dialog = VisitDialog(ctx, account_id=steel["hbgt"], on=date.today() + timedelta(days=3))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.planned_on.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.planned_on.lineEdit().selectedText() == dialog.planned_on.text())
    qtbot.keyClicks(dialog.planned_on, f"{day.year}/{day.month}/{day.day}")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    assert get_visit(ctx.db, dialog.saved_id).planned_on == day
