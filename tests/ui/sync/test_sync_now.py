"""File → Sync now on a real main window over a laptop joined to a real server."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableWidget

from kam.sync.client import sync
from tests.sync.helpers import account, add_account, edit_account
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.sync.actions import SyncActions, SyncSummary

pytestmark = pytest.mark.postgres


def _action(window: MainWindow, name: str) -> QAction:
    return window.findChildren(QAction, name)[-1]


def _close_summary(qtbot: QtBot) -> dict[str, object]:
    """Clicks Close on the summary dialog once it is shown; returns what it showed."""
    seen: dict[str, object] = {}

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, SyncSummary):
            QTimer.singleShot(20, answer)
            return
        seen["text"] = modal.text.text()
        seen["conflicts"] = modal.findChild(QTableWidget, "syncConflicts").rowCount()
        qtbot.mouseClick(modal.findChild(QPushButton, "syncClose"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def test_sync_now_sends_receives_and_shows_conflicts(qtbot: QtBot, laptop) -> None:
    anna, ben = laptop("anna"), laptop("ben")
    add_account(anna, "C1", "河北钢铁", region="河北")
    window = MainWindow(AppContext(anna))
    qtbot.addWidget(window)
    window.show()
    actions = window.findChild(SyncActions)
    status = window.findChild(QLabel, "syncStatus")
    # The quiet sync at start-up sends C1 without a dialog.
    qtbot.waitUntil(lambda: actions.job is None and "Last sync" in status.text(), timeout=30_000)
    sync(ben)
    assert account(ben, "C1") is not None
    add_account(ben, "C2", "邯郸钢铁")
    edit_account(ben, "C1", region="唐山")
    sync(ben)
    edit_account(anna, "C1", region="邯郸")
    seen = _close_summary(qtbot)
    with qtbot.waitSignal(actions.finished, timeout=30_000) as finished:
        _action(window, "syncNow").trigger()
    assert finished.args[0] is not None
    assert "Received: customer 1" in seen["text"]
    assert "1 conflicts decided" in seen["text"]
    assert seen["conflicts"] == 1
    assert account(anna, "C2") is not None
    assert account(anna, "C1").region == "邯郸"  # anna's sync came later: hers wins
    assert status.text().startswith("Last sync:")
    window.close()


def test_an_unjoined_database_has_no_sync(qtbot: QtBot, laptop) -> None:
    anna = laptop("anna", joined=False)
    window = MainWindow(AppContext(anna))
    qtbot.addWidget(window)
    window.show()
    assert not _action(window, "syncNow").isEnabled()
    assert not window.findChild(QLabel, "syncStatus").isVisible()
    window.close()
