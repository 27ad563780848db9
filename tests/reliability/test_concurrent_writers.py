"""Two writers at once: imports plan and write under one write lock (issue 16, item 6)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kam.exchange import import_workbook
from kam.exchange.report import ImportReport
from kam.store import open_database
from tests.exchange.helpers import basic

pytestmark = pytest.mark.reliability
ROOT = Path(__file__).resolve().parents[2]


def _counts(path: Path) -> tuple[int, int, int]:
    con = sqlite3.connect(path)
    try:
        return tuple(  # type: ignore[return-value]
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("account", "contract", "payment")
        )
    finally:
        con.close()


def test_an_import_waits_for_a_writer_and_plans_against_what_it_wrote(
    db_path: Path, tmp_path: Path
) -> None:
    """Another program adds C001 while the import would plan: no IntegrityError, no twin."""
    book = basic(tmp_path / "a.xlsx")
    db = open_database(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        "INSERT INTO account (code, name, short_name, pinyin, pinyin_initials, industry, region,"
        " address, ownership, annual_output, service_area, business_status, payment_terms,"
        " credit_rating, credit_notes, stage, relationship_type, lifecycle, notes, uuid, grade,"
        " key_account, created_at, updated_at, changed_by) VALUES ('C001', '河北钢铁集团有限公司',"
        " '', '', '', '', '', '', '', '', '', '', '', '', '', 'stable', 'buy_sell', 'loyal', '',"
        " 'u-1', '', 0, '2026-01-01', '2026-01-01', 'other')"
    )
    result: list[ImportReport | BaseException] = []

    def run() -> None:
        try:
            result.append(import_workbook(db, book))
        except BaseException as exc:  # handed to the test thread
            result.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    time.sleep(1.0)
    other.execute("COMMIT")
    other.close()
    worker.join(30)
    db.close()
    assert len(result) == 1 and isinstance(result[0], ImportReport), result
    assert result[0].written and result[0].added["Accounts"] == 1
    assert _counts(db_path) == (2, 2, 3)


def test_two_imports_of_one_workbook_at_once_add_it_once(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    book = basic(tmp_path / "a.xlsx")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KAM_LANG": "en"}
    command = [sys.executable, "-m", "kam.cli", "--db", str(db_path), "import", str(book)]
    procs = [
        subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    for proc, (_out, err) in zip(procs, outs, strict=True):
        assert proc.returncode in (0, 1), err
        assert "Traceback" not in err and "IntegrityError" not in err
        if proc.returncode == 1:
            assert err.count("\n") == 1 and "busy" in err
    assert _counts(db_path) == (2, 2, 3)
