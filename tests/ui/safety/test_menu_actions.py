"""The File menu's safety entries on a real main window, answered with real clicks."""

from __future__ import annotations

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

from kam.store import Database, open_database, raw
from kam.store.backup import list_backups
from kam.store.check import CheckReport
from tests.store.helpers import account_codes, add_accounts
from tests.ui.answers import ScriptedAnswers
from tests.ui.helpers import in_next_dialog, type_text
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.safety.actions import SafetyActions
from ui.safety.background import BackupScheduler
from ui.safety.backups_dialog import BackupsDialog
from ui.safety.check_dialog import CheckDialog
from ui.safety.startup import open_interactively

NEW_PASS = "新的口令 long enough"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(raw, "kdf_iter", 1000)
    monkeypatch.delenv("KAM_PASSPHRASE", raising=False)


@pytest.fixture
def app_ctx(db_path: Path) -> AppContext:
    db = open_interactively(db_path, None)  # as the app opens it: with the window lock
    add_accounts(db, 6)
    return AppContext(db)


@pytest.fixture
def window(qtbot: QtBot, app_ctx: AppContext) -> MainWindow:
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.findChild(SafetyActions).scheduler.wait_idle()
    app_ctx.db.close()


def action(window: MainWindow, name: str) -> QAction:
    """The entry of the current menus (a rebuild leaves the old menus behind)."""
    found = window.findChildren(QAction, name)
    assert found, name
    return found[-1]


def test_a_start_backup_is_taken_when_the_window_opens(qtbot: QtBot, window: MainWindow) -> None:
    scheduler = window.findChild(BackupScheduler)
    scheduler.wait_idle()
    path = window.ctx.db.path
    assert [b.reason for b in list_backups(path)] == ["start"]
    with qtbot.waitSignal(scheduler.backup_taken) as taken:
        scheduler.run("periodic")
    assert taken.args == [""]  # nothing changed since the start backup
    add_accounts(window.ctx.db, 1, prefix="NEW")
    with qtbot.waitSignal(scheduler.backup_taken) as taken:
        scheduler.run("periodic")
    assert taken.args[0].endswith("periodic.sqlite3")


def test_back_up_now(window: MainWindow) -> None:
    action(window, "backupNow").trigger()
    assert any(b.reason == "manual" for b in list_backups(window.ctx.db.path))
    assert "Backup written" in window.statusBar().currentMessage()


def test_check_database_shows_the_report(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        seen.append(dialog.findChild(QLabel, "checkVerdict").text())
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()

    in_next_dialog(qtbot, read)
    action(window, "checkDatabase").trigger()
    assert seen == ["The database is in good order."]


def test_check_dialog_with_problems(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = CheckDialog(CheckReport(tmp_path / "x.sqlite3", ["Page 7 is never used"]))
    qtbot.addWidget(dialog)
    assert "problems" in dialog.findChild(QLabel, "checkVerdict").text()


def test_the_backup_list_shows_dates_reasons_and_counts(
    qtbot: QtBot, qtmodeltester, db: Database
) -> None:
    add_accounts(db, 4)
    db.take_backup("start")
    add_accounts(db, 3, prefix="B")
    db.take_backup("periodic")
    dialog = BackupsDialog(db.path, None)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.rowCount() == 2
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Taken", "Reason", "Accounts"]
    assert model.index(0, 1).data() == "While working" and model.index(0, 2).data() == "7"
    assert model.index(1, 1).data() == "At start" and model.index(1, 2).data() == "4"
    assert model.index(0, 6).data() == "Good"


def test_restore_from_the_list(qtbot: QtBot, window: MainWindow, answers: ScriptedAnswers) -> None:
    window.findChild(BackupScheduler).wait_idle()
    before = account_codes(window.ctx.db.path)
    add_accounts(window.ctx.db, 2, prefix="LATE")

    answers.click("Restore")  # the confirmation that follows the pick

    def pick_first(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupsDialog)
        qtbot.mouseClick(
            dialog.findChild(QPushButton, "restoreSelected"), Qt.MouseButton.LeftButton
        )

    in_next_dialog(qtbot, pick_first)
    action(window, "restoreBackup").trigger()
    assert account_codes(window.ctx.db.path) == before
    assert "Restored" in window.statusBar().currentMessage()
    assert any(b.reason == "restore" for b in list_backups(window.ctx.db.path))
    # The window works on the restored file: a new unit of work goes through.
    add_accounts(window.ctx.db, 1, prefix="AFTER")


def in_dialog(
    qtbot: QtBot, wanted: Callable[[QDialog], bool], act: Callable[[QDialog], None]
) -> None:
    """Runs ``act`` on the first modal dialog for which ``wanted`` holds (two dialogs in a
    row: the answer to the first must not land in it again)."""

    def run() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog) or not wanted(modal):
            QTimer.singleShot(20, run)
            return
        act(modal)

    QTimer.singleShot(0, run)


def _is_new(dialog: QDialog) -> bool:
    repeat = dialog.findChild(QLineEdit, "passphraseRepeat")
    return repeat is not None and repeat.isVisible()


def _is_current(dialog: QDialog) -> bool:
    return dialog.objectName() == "passphraseDialog" and not _is_new(dialog)


def _new_passphrase(qtbot: QtBot, text: str) -> None:
    def act(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "passphrase"), text)
        type_text(qtbot, dialog.findChild(QLineEdit, "passphraseRepeat"), text)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    in_dialog(qtbot, _is_new, act)


def _current_passphrase(qtbot: QtBot, text: str) -> None:
    def act(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "passphrase"), text)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    in_dialog(qtbot, _is_current, act)


def test_encrypt_change_and_remove_from_the_menu(
    qtbot: QtBot, window: MainWindow, answers: ScriptedAnswers
) -> None:
    path = window.ctx.db.path
    assert not action(window, "changePassphrase").isEnabled()
    _new_passphrase(qtbot, "first passphrase")
    action(window, "encryptDatabase").trigger()
    assert raw.looks_encrypted(path) and window.ctx.db.encrypted
    assert action(window, "changePassphrase").isEnabled()
    assert not action(window, "encryptDatabase").isEnabled()

    _current_passphrase(qtbot, "first passphrase")
    _new_passphrase(qtbot, NEW_PASS)
    action(window, "changePassphrase").trigger()
    assert window.ctx.db.passphrase == NEW_PASS

    answers.click("Remove encryption")
    _current_passphrase(qtbot, NEW_PASS)
    action(window, "removeEncryption").trigger()
    assert not raw.looks_encrypted(path) and not window.ctx.db.encrypted
    assert len(account_codes(path)) == 6


def test_a_failed_restore_leaves_the_window_on_its_database(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    answers: ScriptedAnswers,
) -> None:
    junk = tmp_path / "not-a-backup.sqlite3"
    junk.write_text("nothing to see here " * 300)
    actions = window.findChild(SafetyActions)
    actions.scheduler.wait_idle()
    answers.click("OK")
    done = actions._replace_file(lambda path, key: _restore(path, junk, key))
    assert not done and "cannot be restored" in answers.texts[0]
    assert len(account_codes(window.ctx.db.path)) == 6
    add_accounts(window.ctx.db, 1, prefix="STILL")


def _restore(path: Path, backup: Path, key: str | None) -> None:
    from kam.safety.restore import restore_backup

    restore_backup(path, backup, key)


def test_closing_releases_the_locks(db_path: Path) -> None:
    db = open_database(db_path)
    db.close()
    open_interactively(db_path, None).close()
