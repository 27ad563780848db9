"""``kam export`` is lossless: export → import into an empty database → export gives the
same workbook, and re-importing an export into its own database changes nothing."""

from __future__ import annotations

from pathlib import Path

from kam.domain import Account
from kam.exchange import export_workbook, import_workbook
from kam.store import Database, open_database

from .helpers import read_xlsx


def test_demo_company_round_trip(demo_db: Database, template_db: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.xlsx"
    result = export_workbook(demo_db, first)
    assert result.rows["Accounts"] == 93 and result.rows["Contracts"] > 1000
    assert result.rows["Payments"] > 1000 and result.rows["Quality"] > 0

    again = import_workbook(demo_db, first, dry_run=True)
    assert again.ok, again.problem_lines()
    assert sum(again.added.values()) == 0 and sum(again.updated.values()) == 0

    empty_path = tmp_path / "empty.sqlite3"
    empty_path.write_bytes(template_db.read_bytes())
    empty = open_database(empty_path)
    try:
        report = import_workbook(empty, first)
        assert report.ok and report.written, report.problem_lines()
        second = tmp_path / "second.xlsx"
        export_workbook(empty, second)
    finally:
        empty.close()
    assert read_xlsx(first) == read_xlsx(second)


def test_chinese_headers_round_trip(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        s.add(
            Account(
                code="X1",
                name='=HYPERLINK("http://evil")',
                short_name="'引号",
                notes="第一行\n第二行",
                founded=1958,
                key_account=True,
                grade="A",
            )
        )
    path = tmp_path / "zh.xlsx"
    export_workbook(db, path, chinese_headers=True)
    sheets = read_xlsx(path)
    assert list(sheets)[:3] == ["客户", "联系人", "合同"]
    header, row = sheets["客户"]
    assert header[:2] == ("编码", "名称")
    # formula-like text is escaped so a spreadsheet shows it instead of running it
    assert row[1] == '\'=HYPERLINK("http://evil")' and row[2] == "''引号"
    report = import_workbook(db, path)
    assert report.ok and report.unchanged["客户"] == 1 and report.updated["客户"] == 0
    with db.session() as s:
        account = s.query(Account).one()
        assert account.name == '=HYPERLINK("http://evil")' and account.short_name == "'引号"


def test_exporting_an_encrypted_database_warns(db: Database, tmp_path: Path) -> None:
    db.passphrase = "秘密"  # as the store holds it for an encrypted file
    result = export_workbook(db, tmp_path / "plain.xlsx")
    assert result.warnings == [
        "the database is encrypted, but the exported workbook is not: "
        "keep the file safe and delete it when it is no longer needed"
    ]
