"""The app's side of backups in another key (issue 16 item 4): after a key change that
left some, the backups dialog opens on them; Convert asks for that backup's passphrase
(a wrong one is one line, the backup unchanged), Remove deletes it after a question."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
)

from kam.safety.stray import stray_backups
from kam.store import raw
from kam.store.backup import list_backups
from tests.reliability.test_stray_backups import NEW, THIRD, _opens_with, _prepare
from tests.ui.conftest import _isolated_settings  # noqa: F401 - the app's settings and look
from tests.ui.helpers import click_in_modal, type_text
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.safety.actions import SafetyActions
from ui.safety.backups_dialog import BackupsDialog
from ui.safety.startup import open_interactively

pytestmark = [pytest.mark.reliability, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture(autouse=True)
def _no_env_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KAM_PASSPHRASE", raising=False)


def _when(qtbot: QtBot, wanted: Callable[[QDialog], bool], act: Callable[[QDialog], None]) -> None:
    """Runs ``act`` on the first modal dialog for which ``wanted`` holds."""

    def run() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog) or not wanted(modal):
            QTimer.singleShot(20, run)
            return
        act(modal)

    QTimer.singleShot(0, run)


def _passphrase_dialog(new: bool) -> Callable[[QDialog], bool]:
    def wanted(dialog: QDialog) -> bool:
        repeat = dialog.findChild(QLineEdit, "passphraseRepeat")
        asks_twice = repeat is not None and repeat.isVisible()
        return dialog.objectName() == "passphraseDialog" and asks_twice == new

    return wanted


def _answer(qtbot: QtBot, text: str, *, new: bool = False) -> None:
    def act(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "passphrase"), text)
        if new:
            type_text(qtbot, dialog.findChild(QLineEdit, "passphraseRepeat"), text)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    _when(qtbot, _passphrase_dialog(new), act)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> MainWindow:
    stray = _prepare(db_path)
    assert stray.exists()
    ctx = AppContext(open_interactively(db_path, None))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.findChild(SafetyActions).scheduler.wait_idle()
    ctx.db.close()


def test_encrypting_offers_to_convert_the_stray_backup(qtbot: QtBot, window: MainWindow) -> None:
    path = window.ctx.db.path
    stray = next(b.path for b in list_backups(path) if b.path.name.startswith("000900"))
    before = _digest(stray)
    seen: dict[str, str] = {}

    def in_backups(dialog: QDialog) -> None:
        try:
            look(dialog)
        finally:  # a failed check must not leave the dialog waiting
            dialog.reject()

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupsDialog)
        seen["title"] = dialog.windowTitle()
        seen["notice"] = dialog.findChild(QLabel, "strayNotice").text()
        convert = dialog.findChild(QPushButton, "convertStray")
        assert convert.isEnabled()  # the stray one is selected
        _answer(qtbot, "not the passphrase")
        qtbot.mouseClick(convert, Qt.MouseButton.LeftButton)
        seen["wrong"] = dialog.message.text()
        seen["unchanged"] = str(_digest(stray) == before)
        _answer(qtbot, THIRD)
        qtbot.mouseClick(convert, Qt.MouseButton.LeftButton)
        seen["done"] = dialog.message.text()
        seen["after"] = str(dialog.convert_button.isEnabled())

    _answer(qtbot, NEW, new=True)
    _when(qtbot, lambda d: d.objectName() == "backupsDialog", in_backups)
    window.findChildren(QAction, "encryptDatabase")[-1].trigger()
    assert raw.looks_encrypted(path) and window.ctx.db.encrypted  # the change is done
    assert seen["title"] == "Backups in another key" and "key change is done" in seen["notice"]
    assert "does not open the backup" in seen["wrong"] and "\n" not in seen["wrong"]
    assert seen["unchanged"] == "True"
    assert "now uses the database's key" in seen["done"] and seen["after"] == "False"
    assert _opens_with(stray, NEW) and stray_backups(path, NEW) == []
    assert "encrypted" in window.statusBar().currentMessage()


def test_the_backups_list_removes_a_stray_backup_after_asking(
    qtbot: QtBot, window: MainWindow
) -> None:
    path = window.ctx.db.path
    stray = next(b.path for b in list_backups(path) if b.path.name.startswith("000900"))
    dialog = BackupsDialog(path, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    remove = dialog.findChild(QPushButton, "removeStray")
    assert not remove.isEnabled()  # the newest, a good one, is selected first
    row = next(n for n in range(dialog.model.rowCount()) if dialog.model.row_at(n).path == stray)
    assert (
        dialog.model.index(row, dialog.model.columnCount() - 1).data().startswith("In another key")
    )
    dialog.table.selectRow(row)
    assert remove.isEnabled()
    click_in_modal(qtbot, "Cancel")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert stray.exists()
    click_in_modal(qtbot, "Delete")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert not stray.exists() and "was removed" in dialog.message.text()
    assert len(list_backups(path)) >= 2
