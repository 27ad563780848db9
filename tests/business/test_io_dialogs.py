"""The import dialog (dry run, report, import) and the export dialog, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from kam.domain import Account, Contract
from kam.store import Database
from tests.exchange.helpers import CONTRACTS, basic, read_xlsx
from ui.context import AppContext
from ui.exchange.export_dialog import ExportDialog
from ui.exchange.import_dialog import ImportDialog
from ui.exchange.menu import add_workbook_actions


def _contracts(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Contract)) or 0


def test_dry_run_then_import(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    ctx = AppContext(db)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.report_ready, timeout=10_000):
        dialog.set_path(basic(tmp_path / "a.xlsx"))
    assert _contracts(db) == 0
    assert "Contracts: 2 to add, 0 to update, 0 unchanged" in dialog.details.toPlainText()
    assert dialog.summary.text() == "Rows to add or update: 8"
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignals([dialog.report_ready, ctx.data_changed], timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _contracts(db) == 2
    assert "Contracts: 2 added" in dialog.details.toPlainText()
    assert not dialog.import_button.isEnabled()


def test_problems_block_the_import(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    dialog = ImportDialog(AppContext(db))
    qtbot.addWidget(dialog)
    contracts = [CONTRACTS[0], ["C001", "HT-1", "2025/2/30", "x", 1, "t", 1, 1, None]]
    with qtbot.waitSignal(dialog.report_ready, timeout=10_000):
        dialog.set_path(basic(tmp_path / "bad.xlsx", Contracts=contracts, Payments=[]))
    assert dialog.details.toPlainText().startswith(
        "Contracts row 2, column C (signed_on): is not a valid date: 2025/2/30"
    )
    assert dialog.summary.text() == "Problems found: 1"
    assert not dialog.import_button.isEnabled()
    with db.session() as s:
        assert s.scalars(select(Account)).all() == []


def test_export_dialog_writes_the_workbook(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    from kam.exchange import import_workbook

    import_workbook(db, basic(tmp_path / "a.xlsx"))
    out = tmp_path / "out.xlsx"
    dialog = ExportDialog(AppContext(db), out, chinese_headers=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.close_button.isEnabled, timeout=10_000)
    assert dialog.message.text().startswith("Exported 8 rows to:")  # 李明 on the Staff sheet too
    assert list(read_xlsx(out))[:2] == ["客户", "联系人"]


def test_file_menu_actions(qtbot: QtBot, db: Database) -> None:
    menu = QMenu()
    actions = add_workbook_actions(menu, menu, AppContext(db))
    assert [a.objectName() for a in actions] == ["importWorkbook", "exportWorkbook"]
    assert [a.text() for a in menu.actions()] == ["&Import workbook…", "&Export workbook…"]
