"""Bad input: every problem is reported with sheet, row and column, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from kam.domain import Account, Contract, Payment, Staff
from kam.exchange import import_workbook
from kam.exchange.report import PROBLEM_CAP
from kam.store import Database

from .helpers import ACCOUNTS, CONTRACTS, PAYMENTS, basic, write_xlsx


def _nothing_written(db: Database) -> None:
    with db.session() as s:
        for model in (Account, Contract, Payment, Staff):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model


def _problems(db: Database, path: Path) -> list[str]:
    report = import_workbook(db, path)
    assert not report.ok and not report.written
    _nothing_written(db)
    return report.problem_lines()


def _contract(**changes: object) -> list[list[object]]:
    row = dict(zip(CONTRACTS[0], CONTRACTS[1], strict=True))
    row.update(changes)
    return [CONTRACTS[0], list(row.values()), CONTRACTS[2]]


@pytest.mark.parametrize(
    ("changes", "where", "what"),
    [
        ({"signed_on": "2025-02-30"}, "column C (signed_on)", "not a valid date"),
        ({"signed_on": "下个月"}, "column C (signed_on)", "not a valid date"),
        ({"quantity": "一百"}, "column E (quantity)", "must be a number"),
        ({"quantity": -5}, "column E (quantity)", "must not be negative"),
        ({"amount": -100}, "column H (amount)", "must not be negative"),
        ({"unit_price": "abc"}, "column G (unit_price)", "must be a number"),
        ({"account": "C999"}, "column A (account)", "unknown account: C999"),
        ({"contract_no": None}, "column B (contract_no)", "is required"),
        ({"signed_on": None}, "column C (signed_on)", "is required"),
    ],
)
def test_a_bad_contract_cell_is_named_by_sheet_row_and_column(
    db: Database, tmp_path: Path, changes: dict[str, object], where: str, what: str
) -> None:
    lines = _problems(db, basic(tmp_path / "bad.xlsx", Contracts=_contract(**changes), Payments=[]))
    assert len(lines) == 1
    assert lines[0].startswith(f"Contracts row 2, {where}: ")
    assert what in lines[0]


def test_duplicate_codes_inside_one_file(db: Database, tmp_path: Path) -> None:
    accounts = [*ACCOUNTS, ["C001", "另一家", "", "", ""]]
    lines = _problems(db, basic(tmp_path / "dup.xlsx", Accounts=accounts))
    assert lines == ["Accounts row 4, column A (code): duplicates row 2 of this sheet"]


def test_duplicate_contract_numbers_of_one_account(db: Database, tmp_path: Path) -> None:
    contracts = [*CONTRACTS, CONTRACTS[1]]
    lines = _problems(db, basic(tmp_path / "dup.xlsx", Contracts=contracts))
    assert lines == ["Contracts row 4, column B (contract_no): duplicates row 2 of this sheet"]


def test_payment_against_an_unknown_contract(db: Database, tmp_path: Path) -> None:
    payments = [*PAYMENTS, ["C002", "2025-07-01", 5, "HT-404"]]
    lines = _problems(db, basic(tmp_path / "p.xlsx", Payments=payments))
    assert lines == ["Payments row 5, column D (contract_no): no contract HT-404 for account C002"]


def test_a_sheet_missing_its_required_column(db: Database, tmp_path: Path) -> None:
    contracts = [[c for c in row[:2]] + row[3:] for row in CONTRACTS]  # no signed_on
    lines = _problems(db, basic(tmp_path / "m.xlsx", Contracts=contracts, Payments=[]))
    assert lines == [
        "Contracts row 1, column I: the required column signed_on (签订日期) is missing"
    ]


def test_every_problem_of_the_file_is_reported_at_once(db: Database, tmp_path: Path) -> None:
    contracts = [
        CONTRACTS[0],
        ["C001", "A", "2025-13-01", "x", "many", "t", 1, 1, None],
        ["C404", "B", "2025-01-01", "x", 1, "t", 1, 1, None],
    ]
    payments = [PAYMENTS[0], ["C001", "2025-05-01", -1, None]]
    lines = _problems(db, basic(tmp_path / "many.xlsx", Contracts=contracts, Payments=payments))
    assert lines == [
        "Contracts row 2, column C (signed_on): is not a valid date: 2025-13-01",
        "Contracts row 2, column E (quantity): must be a number, not many",
        "Payments row 2, column C (amount): must not be negative: -1",
        "Contracts row 3, column A (account): unknown account: C404",
    ]


def test_problems_are_capped_but_counted(db: Database, tmp_path: Path) -> None:
    rows = [CONTRACTS[0]] + [
        ["C001", f"N{i}", "bad", "x", 1, "t", 1, 1, None] for i in range(PROBLEM_CAP + 50)
    ]
    report = import_workbook(db, basic(tmp_path / "cap.xlsx", Contracts=rows, Payments=[]))
    assert report.problem_count == PROBLEM_CAP + 50
    assert report.problem_lines()[-1] == "… and 50 more problems"
    _nothing_written(db)


def test_an_empty_file(db: Database, tmp_path: Path) -> None:
    (tmp_path / "empty.xlsx").write_bytes(b"")
    assert _problems(db, tmp_path / "empty.xlsx") == ["empty.xlsx: empty.xlsx is empty"]


def test_a_file_that_is_not_a_workbook(db: Database, tmp_path: Path) -> None:
    (tmp_path / "notes.xlsx").write_text("这不是表格", encoding="utf-8")
    lines = _problems(db, tmp_path / "notes.xlsx")
    assert lines == ["notes.xlsx: notes.xlsx is not a workbook (.xlsx, .xls or .ods)"]


def test_a_damaged_xls_file(db: Database, tmp_path: Path) -> None:
    # .xls is read (tests/exchange/test_xls_ods.py); a cut-off one is one line.
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    assert _problems(db, tmp_path / "old.xls")[0].startswith("old.xls: old.xls cannot be read")


def test_a_workbook_without_known_sheets(db: Database, tmp_path: Path) -> None:
    lines = _problems(db, write_xlsx(tmp_path / "x.xlsx", {"Sheet1": [["a", "b"], [1, 2]]}))
    assert lines[0].startswith("x.xlsx: contains none of the sheets Accounts (客户)")


def test_a_sheet_without_a_header_row(db: Database, tmp_path: Path) -> None:
    lines = _problems(db, write_xlsx(tmp_path / "h.xlsx", {"Accounts": [["x", "y"], [1, 2]]}))
    assert lines[0].startswith("Accounts: no header row with known columns")


def test_a_missing_file(db: Database, tmp_path: Path) -> None:
    assert "does not exist" in _problems(db, tmp_path / "nope.xlsx")[0]


def test_a_bad_row_late_in_the_file_keeps_the_good_ones_out(db: Database, tmp_path: Path) -> None:
    """All-or-nothing: 500 good contracts and one bad one write nothing."""
    rows = [CONTRACTS[0]] + [
        ["C001", f"N{i}", "2025-01-01", "x", 1, "t", 1, 1, None] for i in range(500)
    ]
    rows.append(["C001", "LAST", "2025-01-01", "x", -1, "t", 1, 1, None])
    lines = _problems(db, basic(tmp_path / "late.xlsx", Contracts=rows, Payments=[]))
    assert lines == ["Contracts row 502, column E (quantity): must not be negative: -1"]


def test_scores_outside_one_to_five(db: Database, tmp_path: Path) -> None:
    ratings = [["account", "year", "industry_influence", "reputation"], ["C001", 2025, 6, 0]]
    lines = _problems(db, basic(tmp_path / "r.xlsx", Ratings=ratings))
    assert lines == [
        "Ratings row 2, column C (industry_influence): must be between 1 and 5",
        "Ratings row 2, column D (reputation): must be between 1 and 5",
    ]


def test_bad_enumeration_word(db: Database, tmp_path: Path) -> None:
    accounts = [ACCOUNTS[0], ["C001", "河北钢铁", "", "", "很好"]]
    lines = _problems(db, basic(tmp_path / "e.xlsx", Accounts=accounts, Contracts=[], Payments=[]))
    assert lines[0].startswith(
        "Accounts row 2, column E (stage): 很好 is not one of: development 开发"
    )


def test_chinese_messages(db: Database, tmp_path: Path) -> None:
    from kam.i18n import set_language

    set_language("zh_CN")
    lines = _problems(
        db, basic(tmp_path / "zh.xlsx", Contracts=_contract(quantity=-5), Payments=[])
    )
    assert lines == ["Contracts 第 2 行，E (quantity) 列：不能为负数：-5"]
