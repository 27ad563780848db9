"""Hostile and odd import files: one line naming the file, exit 2, nothing written; and
the cases that used to damage data silently (issue 16, items 8-9)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kam.cli import main
from kam.exchange import import_workbook, readers
from kam.store import Database
from tests.reliability.hostile import account_row, book, corrupt_crc, mark_encrypted

pytestmark = pytest.mark.reliability
OK_ROW = account_row(2, "C001", "河北钢铁")


def _refused(db: Database, path: Path, capsys: pytest.CaptureFixture[str], *words: str) -> str:
    """Imports ``path`` by the CLI: exit 2, no traceback, nothing written; the message."""
    code = main(["--db", db.url.removeprefix("sqlite:///"), "import", str(path)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err and path.name in err
    for word in words:
        assert word in err, err
    con = sqlite3.connect(db.url.removeprefix("sqlite:///"))
    try:
        assert con.execute("SELECT count(*) FROM account").fetchone()[0] == 0
    finally:
        con.close()
    return err


def _xlsx(tmp_path: Path, rows: str = OK_ROW, **kw: object) -> Path:
    return book(tmp_path / "hostile.xlsx", rows, **kw)  # type: ignore[arg-type]


PAYMENTS_HEADER = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>account</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>paid_on</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>amount</t></is></c></row>'
)


def _payments(tmp_path: Path, row: str, **kw: object) -> Path:
    data = f"<worksheet><sheetData>{PAYMENTS_HEADER}{row}</sheetData></worksheet>".encode()
    return book(tmp_path / "payments.xlsx", "", sheet_bytes=data, title="Payments", **kw)  # type: ignore[arg-type]


def test_a_huge_date_serial(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    row = (
        '<row r="2"><c r="A2" t="inlineStr"><is><t>C001</t></is></c>'
        '<c r="B2" s="1"><v>3000000</v></c><c r="C2"><v>1000</v></c></row>'
    )
    _refused(db, _payments(tmp_path, row), capsys, "not a valid date")


def test_a_shared_string_that_does_not_exist(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = '<row r="2"><c r="A2" t="s"><v>99</v></c><c r="B2" t="s"><v>0</v></c></row>'
    _refused(db, _xlsx(tmp_path, rows, strings="<si><t>河北</t></si>"), capsys, "shared string 99")


def test_a_value_that_is_not_a_number(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = '<row r="2"><c r="A2" t="s"><v>abc</v></c></row>'
    _refused(db, _xlsx(tmp_path, rows), capsys, "A2")


def test_a_sheet_that_is_not_utf8(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xml = (
        '<?xml version="1.0"?><worksheet><sheetData>'
        + account_row(1, "code", "name")
        + account_row(2, "C001", "河北钢铁")
        + "</sheetData></worksheet>"
    )
    _refused(db, _xlsx(tmp_path, sheet_bytes=xml.encode("gbk")), capsys, "not UTF-8")


def test_a_zip_with_a_bad_crc(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "".join(account_row(n, f"C{n:03d}", "钢铁" * 20) for n in range(2, 400))
    path = _xlsx(tmp_path, rows)
    corrupt_crc(path)
    _refused(db, path, capsys, "damaged")


def test_a_password_protected_zip(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _xlsx(tmp_path)
    mark_encrypted(path)
    _refused(db, path, capsys, "password")


def test_a_password_protected_office_file(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "protected.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088))
    _refused(db, path, capsys, "password")


def test_a_csv_field_over_128_kib(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Accounts.csv"
    path.write_text('code,name,notes\nC001,河北钢铁,"' + "长" * 140_000 + '"\n', encoding="utf-8")
    _refused(db, path, capsys, "too long")


def test_a_reference_far_outside_the_sheet(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = OK_ROW.replace("</row>", '<c r="ZZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>')
    _refused(db, _xlsx(tmp_path, rows), capsys, "ZZZZZZZ2")


def test_a_row_with_too_many_cells(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cells = '<c t="inlineStr"><is><t>x</t></is></c>' * 20_000
    _refused(db, _xlsx(tmp_path, f'<row r="2">{cells}</row>'), capsys, "cells in one row")


def test_a_row_that_is_never_closed(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.reliability.hostile import HEADER

    rows = OK_ROW + '<row r="3"><c r="A3" t="inlineStr"><is><t>C002</t></is></c>'
    data = f"<worksheet><sheetData>{HEADER}{rows}".encode()  # cut off mid-row
    _refused(db, _xlsx(tmp_path, sheet_bytes=data), capsys, "not closed")


def test_a_file_over_the_size_limit(
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 2000)
    rows = "".join(account_row(n, f"C{n:03d}", "钢铁") for n in range(2, 200))
    _refused(db, book(tmp_path / "big.xlsx", rows), capsys, "larger than")


def test_unknown_columns_past_the_note_limit_are_refused(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = "".join(f'<c r="{col}1" t="inlineStr"><is><t>附加{col}</t></is></c>' for col in "DEFG")
    from tests.reliability.hostile import HEADER

    header_xml = HEADER.replace("</row>", extra + "</row>")
    cells = "".join(
        f'<c r="{col}2" t="inlineStr"><is><t>{"很长" * 3000}</t></is></c>' for col in "DEFG"
    )
    data = (
        f"<worksheet><sheetData>{header_xml}"
        f"{OK_ROW.replace('</row>', cells + '</row>')}</sheetData></worksheet>"
    ).encode()
    _refused(db, _xlsx(tmp_path, sheet_bytes=data), capsys, "longer than 20000")


@pytest.mark.parametrize("when", ["0001-01-01", "2250-05-01"])
def test_implausible_dates_are_refused(db: Database, tmp_path: Path, when: str) -> None:
    from tests.exchange.helpers import basic

    payments = [["account", "paid_on", "amount"], ["C001", when, 1000]]
    report = import_workbook(db, basic(tmp_path / "p.xlsx", Payments=payments))
    assert not report.ok and not report.written
    assert any("plausible date" in line for line in report.problem_lines())


def test_a_formula_without_a_saved_result_is_refused(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = OK_ROW.replace("</row>", '<c r="C2"><f>A2&amp;B2</f></c></row>')
    _refused(db, _xlsx(tmp_path, rows), capsys, "formula", "C2")


def test_a_big5_csv_is_refused_not_guessed(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Accounts.csv"
    rows = ["code,name,short_name"] + [
        f"C{i:03d},臺灣鋼鐵股份有限公司{i},中鋼{i}" for i in range(1, 94)
    ]
    path.write_bytes("\n".join(rows).encode("big5"))
    _refused(db, path, capsys, "Big5")


def test_a_gbk_csv_is_still_read(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "Accounts.csv"
    path.write_bytes(
        "code,name\nC001,河北钢铁集团有限公司\nC002,南京钢铁股份有限公司\n".encode("gbk")
    )
    assert import_workbook(db, path).written


def test_look_alike_codes_do_not_make_twin_accounts(db: Database, tmp_path: Path) -> None:
    first = tmp_path / "Accounts.csv"
    first.write_text("code,name\nC001,河北钢铁\n", encoding="utf-8")
    assert import_workbook(db, first).written
    for code in ("Ｃ００１", "C001\u200b", "\ufeffC\u200d001"):
        first.write_text(f"code,name\n{code},河北钢铁集团\n", encoding="utf-8")
        report = import_workbook(db, first)
        assert report.written and report.added["Accounts"] == 0, code
    con = sqlite3.connect(db.url.removeprefix("sqlite:///"))
    try:
        assert con.execute("SELECT code, name FROM account").fetchall() == [
            ("C001", "河北钢铁集团")
        ]
    finally:
        con.close()


def test_emoji_is_refused_by_the_import_as_by_the_editor(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Accounts.csv"
    path.write_text("code,name\nC001,河北钢铁🔥\n", encoding="utf-8")
    _refused(db, path, capsys, "emoji")


def test_a_workbook_in_the_1904_date_system(db: Database, tmp_path: Path) -> None:
    first = tmp_path / "Accounts.csv"
    first.write_text("code,name\nC001,河北钢铁\n", encoding="utf-8")
    assert import_workbook(db, first).written
    # single-quoted attributes are valid XML too
    row = (
        "<row r='2'><c r='A2' t='inlineStr'><is><t>C001</t></is></c>"
        "<c r='B2' s='1'><v>44255</v></c><c r='C2'><v>1000</v></c></row>"
    )
    path = _payments(tmp_path, row, workbook_pr='<workbookPr date1904="1"/>')
    assert import_workbook(db, path).written
    con = sqlite3.connect(db.url.removeprefix("sqlite:///"))
    try:
        # 44255 days after 1904-01-01 (it would be 2021-02-26 in the 1900 system)
        assert con.execute("SELECT paid_on FROM payment").fetchone()[0] == "2025-03-01"
    finally:
        con.close()
