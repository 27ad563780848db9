"""Bad uuids: one of another kind of record, one twice in a sheet, a malformed one, and
one that names a different record than the row's natural key — each reported by sheet,
row and column, and nothing imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from kam.exchange import export_workbook, import_workbook
from kam.store import Database

from .helpers import basic, read_xlsx, write_xlsx
from .snapshot import snapshot


@pytest.fixture
def exported(db: Database, tmp_path: Path) -> dict[str, list[list[object]]]:
    """A small database's sheets as exported (header first, uuid last)."""
    assert import_workbook(db, basic(tmp_path / "a.xlsx")).ok
    path = tmp_path / "out.xlsx"
    export_workbook(db, path)
    return {k: [list(r) for r in v] for k, v in read_xlsx(path).items()}


def _uuid_column(rows: list[list[object]]) -> str:
    """The letter of a sheet's last column (uuid), as a spreadsheet names it."""
    n, letters = len(rows[0]), ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _problems(db: Database, path: Path) -> list[str]:
    before = snapshot(db)
    report = import_workbook(db, path)
    assert not report.ok and not report.written
    assert snapshot(db) == before  # nothing imported
    return report.problem_lines()


def test_a_uuid_of_another_kind_of_record(db: Database, exported: dict, tmp_path: Path) -> None:
    contracts = exported["Contracts"]
    account_uuid = exported["Accounts"][1][-1]
    contracts[1][-1] = account_uuid
    lines = _problems(db, write_xlsx(tmp_path / "x.xlsx", {"Contracts": contracts}))
    assert lines == [
        f"Contracts row 2, column {_uuid_column(contracts)} (uuid): the uuid {account_uuid} belongs to a "
        "record of another kind (Accounts)"
    ]
    # and when the file itself has it on another sheet
    lines = _problems(
        db,
        write_xlsx(tmp_path / "y.xlsx", {"Accounts": exported["Accounts"], "Contracts": contracts}),
    )
    assert lines == [
        f"Contracts row 2, column {_uuid_column(contracts)} (uuid): the uuid {account_uuid} is that of "
        "row 2 of sheet Accounts"
    ]


def test_a_uuid_twice_in_one_sheet(db: Database, exported: dict, tmp_path: Path) -> None:
    payments = exported["Payments"]
    payments[2][-1] = payments[1][-1]
    lines = _problems(db, write_xlsx(tmp_path / "x.xlsx", {"Payments": payments}))
    assert lines == [
        f"Payments row 3, column {_uuid_column(payments)} (uuid): the uuid {payments[1][-1]} appears "
        "twice in this sheet (row 2)"
    ]


def test_a_malformed_uuid(db: Database, exported: dict, tmp_path: Path) -> None:
    accounts = exported["Accounts"]
    accounts[2][-1] = "1234-不是-uuid"
    lines = _problems(db, write_xlsx(tmp_path / "x.xlsx", {"Accounts": accounts}))
    assert lines == [
        f"Accounts row 3, column {_uuid_column(accounts)} (uuid): is not a valid uuid: 1234-不是-uuid"
    ]


def test_a_uuid_naming_another_record_than_the_key(
    db: Database, exported: dict, tmp_path: Path
) -> None:
    contracts = exported["Contracts"]
    # Row 2 keeps its uuid but takes the contract number of row 3's contract.
    contracts[1][1] = contracts[2][1]
    contracts[1][0] = contracts[2][0]
    lines = _problems(db, write_xlsx(tmp_path / "x.xlsx", {"Contracts": contracts[:2]}))
    assert lines == [
        f"Contracts row 2, column {_uuid_column(contracts)} (uuid): belongs to another record than the one "
        "B (contract_no) name"
    ]


def test_a_row_without_uuid_is_matched_by_its_key_and_a_new_one_keeps_its_uuid(
    db: Database, exported: dict, tmp_path: Path
) -> None:
    contracts = exported["Contracts"]
    contracts[1][-1] = None  # matched by contract number: no twin
    new = list(contracts[2])
    new[1], new[-1] = "HT-NEW", "0f6c1f2e-3b7a-4c1d-9e8f-123456789abc"
    report = import_workbook(db, write_xlsx(tmp_path / "x.xlsx", {"Contracts": [*contracts, new]}))
    assert report.ok and report.added["Contracts"] == 1 and report.unchanged["Contracts"] == 2
    assert "0f6c1f2e-3b7a-4c1d-9e8f-123456789abc" in snapshot(db)["contract"]


def test_every_problem_of_a_row_in_one_pass(db: Database, tmp_path: Path) -> None:
    """An unknown account shows beside a bad cell of the same row, not after it is fixed."""
    contracts = [["account", "contract_no", "signed_on"], ["C404", "HT-1", "2025-13-01"]]
    lines = _problems(db, write_xlsx(tmp_path / "x.xlsx", {"Contracts": contracts}))
    assert lines == [
        "Contracts row 2, column C (signed_on): is not a valid date: 2025-13-01",
        "Contracts row 2, column A (account): unknown account: C404",
    ]


def test_a_reference_to_a_record_matched_by_its_key_follows_it(
    db: Database, tmp_path: Path
) -> None:
    """Another database's copy of a visit (same account, layer and day, another uuid)
    is the stored visit; a follow-up naming that uuid is linked to the stored one."""
    visits = [
        ["account", "layer", "planned_on", "status"],
        ["C001", "leader", "2025-05-01", "done"],
    ]
    assert import_workbook(db, basic(tmp_path / "a.xlsx", Visits=visits)).ok
    theirs = "5a1e6f0c-8d2b-4c3a-9f1e-0123456789ab"
    visits = [[*visits[0], "uuid"], [*visits[1], theirs]]
    follow_ups = [
        ["account", "description", "due_on", "visit"],
        ["C001", "寄送样品", "2025-06-01", theirs],
    ]
    report = import_workbook(db, basic(tmp_path / "b.xlsx", Visits=visits, FollowUps=follow_ups))
    assert report.ok, report.problem_lines()
    assert report.unchanged["Visits"] == 1 and report.added["FollowUps"] == 1
    after = snapshot(db)
    (visit_uuid,) = after["visit"]
    assert visit_uuid != theirs
    assert [f["visit_id"] for f in after["follow_up"].values()] == [visit_uuid]
