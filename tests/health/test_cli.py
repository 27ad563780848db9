"""``kam warnings`` (docs/cli.md)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from kam.cli import main
from kam.store import Database
from tests.health import history as h


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_lists_open_warnings_as_csv_json_and_table(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = h.account(db, "HBGT")
    h.contract(db, a, date(2026, 1, 1), amount=5000)
    h.quality(db, a, date(2026, 5, 1))
    code, out, _err = _run(
        capsys, "--db", str(db_path), "warnings", "--as-of", "2026-06-30", "--format", "csv"
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert [(r["code"], r["kind"], r["severity"]) for r in rows] == [
        ("HBGT", "quality_open", "medium"),
        ("HBGT", "arrears_overdue", "medium"),
    ]
    assert (
        rows[1]["since"] == "2026-06-30" and "0.50 (10k CNY)" in rows[1]["reason"]
    )  # 5,000 元 in 万元
    code, out, _err = _run(
        capsys, "--db", str(db_path), "warnings", "--as-of", "2026-06-30", "--format", "json"
    )
    assert [r["kind"] for r in json.loads(out)] == ["quality_open", "arrears_overdue"]
    code, out, _err = _run(
        capsys, "--db", str(db_path), "--lang", "zh_CN", "warnings", "--as-of", "2026-06-30"
    )
    assert "欠款超期" in out and "质量异议自 2026-05-01 起已 60 天未解决" in out
    code, out, _err = _run(
        capsys, "--db", str(db_path), "warnings", "--as-of", "2025-01-01", "--format", "csv"
    )
    assert out.removeprefix("\ufeff").strip() == "code,account,kind,severity,since,reason"


def test_bad_date_is_one_line_and_exit_2(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db_path), "warnings", "--as-of", "2026-02-30"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and err.count("\n") == 1 and "2026-02-30" in err


def test_owner_filter_all_and_unknown_owner(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kam.health.warnings import acknowledge, open_warnings

    a = h.account(db, "HBGT", owner="王强")
    b = h.account(db, "SDGT")
    h.quality(db, a, date(2026, 5, 1))
    h.quality(db, b, date(2026, 5, 1))
    row = next(r for r in open_warnings(db, date(2026, 6, 30)) if r.account_id == a)
    acknowledge(
        db,
        account_id=a,
        kind=row.kind,
        subject=row.subject,
        severity=row.severity,
        level=row.level,
        note="已派技术员到现场",
        today=date(2026, 6, 1),
    )
    args = ("--db", str(db_path), "warnings", "--as-of", "2026-06-30", "--format", "csv")
    _code, out, _err = _run(capsys, *args)
    assert [r["code"] for r in csv.DictReader(io.StringIO(out.removeprefix("\ufeff")))] == ["SDGT"]
    _code, out, _err = _run(capsys, *args, "--all")
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert sorted((r["code"], r["acknowledged"]) for r in rows) == [("HBGT", "1"), ("SDGT", "0")]
    _code, out, _err = _run(capsys, *args, "--all", "--owner", "王强")
    assert [r["code"] for r in csv.DictReader(io.StringIO(out.removeprefix("\ufeff")))] == ["HBGT"]
    code, _out, err = _run(capsys, *args, "--owner", "无此人")
    assert code == 1 and "无此人" in err and err.count("\n") == 1


def test_by_account_and_this_week_rank_the_accounts(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = h.account(db, "HBGT")
    h.contract(db, a, date(2025, 11, 1), amount=50_000)  # over 180 days: high
    h.quality(db, a, date(2026, 5, 1))
    b = h.account(db, "SDGT")
    h.quality(db, b, date(2026, 5, 20))  # 41 days: medium
    code, out, _err = _run(
        capsys,
        "--db",
        str(db_path),
        "warnings",
        "--as-of",
        "2026-06-30",
        "--by-account",
        "--format",
        "csv",
    )
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert [(r["rank"], r["code"], r["severity"], r["warnings"]) for r in rows] == [
        ("1", "HBGT", "high", "2"),
        ("2", "SDGT", "medium", "1"),
    ]
    assert "overdue by more than 60 days" in rows[0]["reason"]  # days past the due date
    code, out, _err = _run(
        capsys,
        "--db",
        str(db_path),
        "warnings",
        "--as-of",
        "2026-06-30",
        "--this-week",
        "--format",
        "json",
    )
    assert code == 0 and [r["code"] for r in json.loads(out)] == ["HBGT"]
