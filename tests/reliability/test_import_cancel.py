"""The app's import can be cancelled, and a cancelled import writes nothing (issue 16,
item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PySide6.QtCore import Qt

from kam.domain import Payment
from kam.store import Database
from ui.context import AppContext
from ui.exchange.import_dialog import ImportDialog

pytestmark = [pytest.mark.reliability, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _folder(tmp_path: Path, rows: int) -> Path:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "Accounts.csv").write_text("code,name\nC001,河北钢铁\n", encoding="utf-8")
    lines = ["account,paid_on,amount"] + [
        f"C001,2025-{1 + i % 12:02d}-{1 + i % 28:02d},{1000 + i}" for i in range(rows)
    ]
    (folder / "Payments.csv").write_text("\n".join(lines), encoding="utf-8")
    return folder


def _payments(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Payment)) or 0


def test_cancel_stops_the_import_and_writes_nothing(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    dialog = ImportDialog(AppContext(db))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.report_ready, timeout=60_000):
        dialog.set_path(_folder(tmp_path, 40_000))
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.report_ready, timeout=60_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.cancel_button.isVisible()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    report = done.args[0]
    assert not report.written
    assert "cancelled" in dialog.details.toPlainText()
    assert _payments(db) == 0
    assert not dialog.cancel_button.isVisible()
