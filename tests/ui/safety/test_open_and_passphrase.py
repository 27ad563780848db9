"""Opening from the app: the passphrase dialog, damaged-file recovery, one window per
file, the sync-folder warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit

from kam.store import open_database, raw
from kam.store.crypto import encrypt_database
from kam.store.errors import AlreadyOpen, DamagedDatabase, StoreError
from tests.reliability.damage import flip_root_page_header
from tests.store.helpers import account_codes, add_accounts
from tests.ui.answers import ScriptedAnswers
from tests.ui.helpers import click_in_modal, in_next_dialog
from ui.safety.passphrase import PassphraseDialog
from ui.safety.startup import open_interactively

PASS = "上海宝钢 2026 秋"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(raw, "kdf_iter", 1000)
    monkeypatch.delenv("KAM_PASSPHRASE", raising=False)


def _ok(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_new_passphrase_must_be_long_enough_and_typed_twice(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(None, "", new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.findChild(QLineEdit, "passphrase")
    second = dialog.findChild(QLineEdit, "passphraseRepeat")
    problem = dialog.findChild(QLabel, "passphraseProblem")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(first, "short")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "at least 8" in problem.text() and dialog.isVisible()
    qtbot.keyClicks(first, " but longer")
    qtbot.keyClicks(second, "short but LONGER")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "differ" in problem.text() and dialog.isVisible()
    second.clear()
    qtbot.keyClicks(second, "short but longer")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase() == "short but longer"


def test_an_encrypted_file_asks_again_after_a_wrong_passphrase(qtbot: QtBot, db_path: Path) -> None:
    encrypt_database(db_path, "the real passphrase")
    seen: list[bool] = []

    def answer(dialog: QDialog) -> None:
        seen.append(dialog.findChild(QLabel, "wrongPassphrase").isVisibleTo(dialog))
        field = dialog.findChild(QLineEdit, "passphrase")
        if len(seen) == 1:
            qtbot.keyClicks(field, "a wrong guess")
            in_next_dialog(qtbot, answer)  # the dialog comes back, saying so
        else:
            qtbot.keyClicks(field, "the real passphrase")
        _ok(dialog)

    in_next_dialog(qtbot, answer)
    db = open_interactively(db_path, None)
    assert db.encrypted
    db.close()
    assert seen == [False, True]


def test_cancelling_the_passphrase_keeps_the_file_closed(qtbot: QtBot, db_path: Path) -> None:
    encrypt_database(db_path, PASS)
    click_in_modal(qtbot, "Cancel")
    with pytest.raises(StoreError, match="No passphrase was entered"):
        open_interactively(db_path, None)


def test_a_damaged_file_is_restored_from_the_newest_good_backup(
    qtbot: QtBot, db_path: Path, answers: ScriptedAnswers
) -> None:
    db = open_database(db_path)
    add_accounts(db, 200, notes="备注" * 50)
    db.take_backup("start")
    db.close()
    before = account_codes(db_path)
    flip_root_page_header(db_path, "account")
    answers.click("Restore this backup").ok("inform")
    db = open_interactively(db_path, None)
    db.close()
    assert "damaged" in answers.texts[0]
    assert account_codes(db_path) == before
    assert list(db_path.parent.glob("*.damaged"))


def test_declining_recovery_leaves_the_damaged_file(
    qtbot: QtBot, db_path: Path, answers: ScriptedAnswers
) -> None:
    db = open_database(db_path)
    add_accounts(db, 200, notes="备注" * 50)
    db.take_backup("start")
    db.close()
    flip_root_page_header(db_path, "account")
    answers.click("Cancel")
    with pytest.raises(DamagedDatabase):
        open_interactively(db_path, None)
    assert not list(db_path.parent.glob("*.damaged"))


def test_a_second_window_on_the_same_file_is_refused(db_path: Path) -> None:
    first = open_interactively(db_path, None)
    with pytest.raises(AlreadyOpen, match="another KAM Desk window"):
        open_interactively(db_path, None)
    first.close()
    open_interactively(db_path, None).close()


def test_a_sync_folder_is_warned_about_once(
    qtbot: QtBot, tmp_path: Path, db_path: Path, answers: ScriptedAnswers
) -> None:
    synced = tmp_path / "OneDrive - 河钢" / "kam.sqlite3"
    synced.parent.mkdir()
    synced.write_bytes(db_path.read_bytes())
    answers.click("OK")
    open_interactively(synced, None).close()
    assert "sync folder" in answers.texts[0]
    open_interactively(synced, None).close()  # no dialog the second time (it would fail)
