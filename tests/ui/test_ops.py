"""run_op: one user action shows a store failure as one line, hands field problems to
the screen and announces what changed; the answers fixture fails on a stray question."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import ProgrammingError

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kam.accounts.service import delete_account
from kam.store.errors import NotFound
from kam.validation import ValidationError
from tests.ui.answers import ScriptedAnswers, _Channel
from ui.accounts.page import AccountsPage
from ui.context import AppContext, Topic
from ui.widgets.ops import run_op


def test_an_account_deleted_elsewhere_is_one_line(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int], answers: ScriptedAnswers
) -> None:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.list_panel.select_account(steel["ag"])
    delete_account(ctx.db, steel["ag"])  # another window got there first
    answers.click("OK")
    page.list_panel.table.setFocus()
    qtbot.keyClick(page.list_panel.table, Qt.Key.Key_Delete)
    assert answers.texts == ["This customer no longer exists; it may have been deleted meanwhile"]


def _button(qtbot: QtBot, slot: object) -> QPushButton:
    button = QPushButton("go")
    qtbot.addWidget(button)
    button.clicked.connect(slot)
    return button


def test_a_done_action_announces_its_topics(qtbot: QtBot, ctx: AppContext) -> None:
    heard: list[object] = []
    results: list[object] = []
    ctx.data_changed.connect(heard.append)
    button = _button(
        qtbot,
        lambda: results.append(
            run_op(
                button,
                lambda: 42,
                ctx=ctx,
                topics=(Topic.RATING, Topic.ACCOUNTS),
                success=lambda value: heard.append(f"success {value}"),
            )
        ),
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert results == [42]
    assert heard == ["success 42", Topic.RATING, Topic.ACCOUNTS]


def test_a_failed_action_is_shown_and_announces_nothing(
    qtbot: QtBot, ctx: AppContext, answers: ScriptedAnswers
) -> None:
    heard: list[object] = []
    results: list[object] = []
    ctx.data_changed.connect(heard.append)

    def gone() -> int:
        raise NotFound("contract", 7)

    button = _button(
        qtbot, lambda: results.append(run_op(button, gone, ctx=ctx, topics=Topic.RECORDS))
    )
    answers.click("OK")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert results == [None] and heard == []
    assert answers.texts == ["This contract no longer exists; it may have been deleted meanwhile"]


def test_field_problems_go_to_the_screen(qtbot: QtBot, ctx: AppContext) -> None:
    shown: list[dict[str, str]] = []

    def refused() -> int:
        raise ValidationError({"name": "is required"})

    button = _button(
        qtbot, lambda: run_op(button, refused, invalid=lambda exc: shown.append(exc.errors))
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown == [{"name": "is required"}]


def test_a_raw_database_error_is_a_bug_not_a_message(ctx: AppContext) -> None:
    # It reaches the global error handler (logged with its traceback), not a box here.
    def broken() -> None:
        raise ProgrammingError("SELECT nothing", {}, Exception("no such column"))

    with pytest.raises(ProgrammingError):
        run_op(None, broken)


def test_the_answers_fail_on_a_stray_or_unused_reply() -> None:
    stray = ScriptedAnswers()
    assert _Channel(stray).yes_no(None, "Delete", "Delete 鞍钢股份?") is False  # the safe answer
    with pytest.raises(AssertionError, match="unexpected yes_no question"):
        stray.check()
    unused = ScriptedAnswers().yes()
    with pytest.raises(AssertionError, match="never asked"):
        unused.check()
    wrong = ScriptedAnswers().file_save("a.pdf")
    assert _Channel(wrong).yes_no(None, "Run", "Run again?") is False
    with pytest.raises(AssertionError, match="expected a file_save question"):
        wrong.check()
