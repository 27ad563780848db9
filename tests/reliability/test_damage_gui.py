"""The app's "Damaged database → Restore this backup" on the damage kinds that used to
make the restore itself crash (issue 16, item 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kam.store import open_database
from tests.reliability.damage import damage
from tests.store.helpers import account_codes, add_accounts
from tests.ui.answers import ScriptedAnswers
from tests.ui.conftest import _isolated_settings  # noqa: F401 - the app's settings and look
from ui.safety.startup import open_interactively

pytestmark = [pytest.mark.reliability, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.mark.parametrize("kind", ["truncated", "zeros", "png"])
def test_restore_this_backup_recovers_a_damaged_file(
    qtbot: QtBot, db_path: Path, kind: str, answers: ScriptedAnswers
) -> None:
    db = open_database(db_path)
    add_accounts(db, 200, notes="备注" * 50)
    db.take_backup("manual")
    db.close()
    before = account_codes(db_path)
    damage(db_path, kind)
    answers.click("Restore this backup").ok("inform")
    db = open_interactively(db_path, None)
    db.close()
    assert "damaged" in answers.texts[0]
    assert account_codes(db_path) == before
    assert list(db_path.parent.glob("*.damaged"))
