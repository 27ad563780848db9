"""CSV outputs open correctly in Excel/WPS and run no formulas; a closed pipe is quiet
(issue 16, item 10)."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kam.accounts.service import AccountData, save_account
from kam.cli import main
from kam.store import Database

pytestmark = pytest.mark.reliability
ROOT = Path(__file__).resolve().parents[2]


def test_csv_has_a_bom_and_formula_cells_escaped(
    db: Database, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    save_account(
        db, AccountData(code="C001", name='=HYPERLINK("http://x","点我")', short_name="+1+1")
    )
    assert main(["--db", str(db.path), "accounts", "--format", "csv"]) == 0
    data = capsysbinary.readouterr().out
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[1][1] == '\'=HYPERLINK("http://x","点我")'
    assert rows[1][2] == "'+1+1"


def test_a_closed_pipe_ends_quietly(demo_db: Database) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KAM_LANG": "en"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kam.cli", "--db", str(demo_db.path), "accounts"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # `| head -0`: the reader is gone before the first line
    err = proc.stderr.read().decode()
    assert proc.wait(60) == 0
    assert err == ""
