"""``kam import`` and ``kam export`` on the command line (docs/cli.md, docs/workbook.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kam.cli import main

from .helpers import CONTRACTS, basic, read_xlsx


def test_import_dry_run_then_import_then_export(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = basic(tmp_path / "a.xlsx")
    assert main(["--db", str(db_path), "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Contracts: 2 to add, 0 to update, 0 unchanged" in out
    assert "Dry run: nothing was written." in out
    assert main(["--db", str(db_path), "import", str(path)]) == 0
    assert "Contracts: 2 added, 0 updated, 0 unchanged" in capsys.readouterr().out
    out_file = tmp_path / "out.xlsx"
    assert main(["--db", str(db_path), "export", str(out_file)]) == 0
    assert "Exported 8 rows" in capsys.readouterr().out  # 李明 on the Staff sheet too
    assert len(read_xlsx(out_file)["Contracts"]) == 3


def test_bad_file_exits_2_with_every_problem_on_stderr(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contracts = [CONTRACTS[0], ["C001", "HT-1", "2025-02-30", "x", -1, "t", 1, 1, None]]
    path = basic(tmp_path / "bad.xlsx", Contracts=contracts, Payments=[])
    assert main(["--db", str(db_path), "import", str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "Contracts row 2, column C (signed_on): is not a valid date: 2025-02-30",
        "Contracts row 2, column E (quantity): must not be negative: -1",
        f"kam: nothing was imported: 2 problems in {path}",
    ]


def test_export_needs_an_xlsx_name(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "export", str(tmp_path / "out.csv")]) == 1
    assert "must end in .xlsx" in capsys.readouterr().err


def test_one_problem_is_one_problem(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contracts = [CONTRACTS[0], ["C001", "HT-1", "2025-02-30", "x", 1, "t", 1, 1, None]]
    path = basic(tmp_path / "bad.xlsx", Contracts=contracts, Payments=[])
    assert main(["--db", str(db_path), "import", str(path)]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"kam: nothing was imported: 1 problem in {path}"
    )
