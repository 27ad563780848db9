"""A customer refused as a duplicate, merged from the sync summary with a real click."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kam.sync.client import sync
from kam.sync.conflicts import list_conflicts
from tests.sync.helpers import account, add_account, add_contact, dump
from tests.ui.answers import ScriptedAnswers
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.sync.actions import SyncActions, SyncSummary

pytestmark = pytest.mark.postgres


def _answer_in_turn(qtbot: QtBot, steps: list[tuple[type, Callable[[QWidget], None]]]) -> None:
    """Answers the next modal dialogs one after the other, each by its step."""

    def answer() -> None:
        if not steps:
            return
        modal = QApplication.activeModalWidget()
        kind, act = steps[0]
        if not isinstance(modal, kind) or not modal.isVisible():
            QTimer.singleShot(20, answer)
            return
        steps.pop(0)
        QTimer.singleShot(20, answer)  # first: acting may open a modal of its own
        act(modal)

    QTimer.singleShot(0, answer)


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_summary_merges_a_refused_duplicate_after_asking(
    qtbot: QtBot, laptop, answers: ScriptedAnswers
) -> None:
    anna, ben = laptop("anna"), laptop("ben")
    add_account(anna, "C1", "河北钢铁", region="河北")
    sync(anna)
    add_account(ben, "C2", "河北钢铁", region="唐山")
    add_contact(ben, "C2", "李工")
    seen: dict[str, str] = {}

    def merge_but_cancel(summary: QWidget) -> None:
        seen["first"] = summary.text.text()
        [button] = summary.findChildren(QPushButton, "syncMerge")
        seen["button"] = button.text()
        _click(qtbot, button)

    def merge_again(summary: QWidget) -> None:
        assert account(ben, "C2") is not None  # "No" left it as it was
        _click(qtbot, summary.findChild(QPushButton, "syncMerge"))

    def close(summary: QWidget) -> None:
        seen["after_merge"] = summary.findChild(QPushButton, "syncMerge").text()
        _click(qtbot, summary.findChild(QPushButton, "syncClose"))

    def close_second(summary: QWidget) -> None:
        seen["second"] = summary.text.text()
        _click(qtbot, summary.findChild(QPushButton, "syncClose"))

    answers.no().yes()  # the merge question: first "No", then "Yes"
    _answer_in_turn(
        qtbot,
        [
            (SyncSummary, merge_but_cancel),
            (SyncSummary, merge_again),
            (SyncSummary, close),
            (SyncSummary, close_second),
        ],
    )
    window = MainWindow(AppContext(ben))
    qtbot.addWidget(window)
    window.show()
    actions = window.findChild(SyncActions)
    # The quiet start-up sync is refused for C2, the summary offers the merge, the
    # user says yes, and a second sync sends the contact.
    qtbot.waitUntil(lambda: "second" in seen and actions.job is None, timeout=60_000)
    assert "duplicates C1" in seen["first"]
    assert seen["button"] == "Merge C2 into the server's customer C1"
    assert "Merge this laptop's customer C2 into the server's customer C1?" in answers.texts[0]
    assert seen["after_merge"].startswith("C2 merged into C1")
    assert "Sent: contact 1" in seen["second"]
    assert account(ben, "C2") is None and account(ben, "C1").region == "河北"
    assert {c.field for c in list_conflicts(ben)} == {"code", "region"}
    sync(anna)
    assert dump(anna) == dump(ben)
    window.close()
