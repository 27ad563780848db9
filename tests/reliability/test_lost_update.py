"""The dossier's Save writes only what was edited there, and notices a record changed
since it was loaded (issue 16, item 7)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from kam.accounts.service import AccountData, get_account, save_account
from kam.exchange import import_workbook
from kam.store import Database
from kam.validation import ValidationError
from tests.ui.conftest import _isolated_settings  # noqa: F401 - the app's settings and look
from tests.ui.helpers import type_text
from ui.accounts.page import AccountsPage
from ui.context import AppContext

pytestmark = [pytest.mark.reliability, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _import_short_name(db: Database, tmp_path: Path, short: str) -> None:
    sheet = tmp_path / "Accounts.csv"
    sheet.write_text(f"code,name,short_name\nC001,河北钢铁集团有限公司,{short}\n", encoding="utf-8")
    assert import_workbook(db, sheet).written


def _account(db: Database) -> int:
    return save_account(
        db, AccountData(code="C001", name="河北钢铁集团有限公司", short_name="河钢")
    )


def test_an_import_meanwhile_is_not_reverted_by_a_save(db: Database, tmp_path: Path) -> None:
    account_id = _account(db)
    loaded = get_account(db, account_id)
    _import_short_name(db, tmp_path, "河钢集团")
    assert get_account(db, account_id).version > loaded.version  # the trigger counted it
    save_account(db, replace(loaded, notes="新的备注"), loaded)
    now = get_account(db, account_id)
    assert (now.short_name, now.notes) == ("河钢集团", "新的备注")


def test_the_same_field_changed_meanwhile_is_refused_by_name(db: Database, tmp_path: Path) -> None:
    account_id = _account(db)
    loaded = get_account(db, account_id)
    _import_short_name(db, tmp_path, "河钢集团")
    with pytest.raises(ValidationError) as caught:
        save_account(db, replace(loaded, short_name="河北钢铁", notes="x"), loaded)
    assert list(caught.value.errors) == ["short_name"]
    assert "changed meanwhile" in caught.value.errors["short_name"]
    now = get_account(db, account_id)
    assert (now.short_name, now.notes) == ("河钢集团", "")  # nothing written


def test_the_dossier_save_keeps_a_change_made_meanwhile(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    account_id = _account(db)
    page = AccountsPage(AppContext(db))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.open_account(account_id)
    _import_short_name(db, tmp_path, "河钢集团")  # while the dossier is open
    type_text(qtbot, page.dossier.form.editors["industry"], "钢铁")
    qtbot.mouseClick(page.dossier.save_button, Qt.MouseButton.LeftButton)
    now = get_account(db, account_id)
    assert (now.short_name, now.industry) == ("河钢集团", "钢铁")
