""".xls (WPS, Excel 97-2003) and .ods (LibreOffice) workbooks: real files, read by
calamine in a child process; bad files get one line naming the file (issue 14, item 13)."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kam.cli import main
from kam.domain import Account
from kam.exchange.calamine_reader import CalamineError, read_workbook
from kam.store import Database
from tests.exchange.helpers import ACCOUNTS
from tests.reliability.hostile import account_row, book

PAYMENTS = [
    ["account", "paid_on", "amount", "notes"],
    ["C001", date(2025, 3, 1), 120000.5, "首付"],
    ["C002", "2025/4/2", 80000, None],
]


def _rows(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# -- .ods, written as LibreOffice writes it -----------------------------------------------

ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'office:version="1.3"'
)


def _ods_cell(value: object) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="'
            f'{value.isoformat()}"><text:p>{value.isoformat()}</text:p></table:table-cell>'
        )
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
        "</text:p></table:table-cell>"
    )


def write_ods(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """A real OpenDocument spreadsheet: the mimetype first and stored, a manifest, and
    tables whose rows end in LibreOffice's repeated empty cells and rows."""
    tables = []
    for title, rows in sheets.items():
        body = "".join(
            "<table:table-row>"
            + "".join(_ods_cell(v) for v in row)
            + '<table:table-cell table:number-columns-repeated="1000"/></table:table-row>'
            for row in rows
        )
        body += (
            '<table:table-row table:number-rows-repeated="1048000">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        )
        tables.append(
            f'<table:table table:name="{escape(title)}">'
            f'<table:table-column table:number-columns-repeated="1024"/>{body}'
            "</table:table>"
        )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}>'
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet>"
        "</office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content)
    return path


def test_an_ods_workbook_imports_by_the_cli(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_ods(tmp_path / "客户.ods", {"客户": ACCOUNTS, "Payments": PAYMENTS})
    assert main(["--db", str(db_path), "import", str(path)]) == 0, capsys.readouterr().err
    assert _rows(db_path, "SELECT code, name, stage FROM account ORDER BY code") == [
        ("C001", "河北钢铁集团有限公司", "stable"),
        ("C002", "南京钢铁股份有限公司", "strategic"),
    ]
    assert _rows(db_path, "SELECT paid_on, amount, notes FROM payment ORDER BY paid_on") == [
        ("2025-03-01", 120000.5, "首付"),
        ("2025-04-02", 80000.0, ""),
    ]


# -- .xls, written by xlwt (the Excel 97-2003 BIFF8 format) -------------------------------


def write_xls(
    path: Path, sheets: dict[str, list[list[object]]], *, dates_1904: bool = False
) -> Path:
    import xlwt  # type: ignore[import-untyped]

    workbook = xlwt.Workbook(encoding="utf-8")
    workbook.dates_1904 = dates_1904
    day = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for title, rows in sheets.items():
        sheet = workbook.add_sheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, date):
                    sheet.write(r, c, value, day)
                elif value is not None:
                    sheet.write(r, c, value)
    workbook.save(str(path))
    return path


@pytest.mark.parametrize("dates_1904", [False, True])
def test_an_xls_workbook_imports_by_the_cli(
    db_path: Path, tmp_path: Path, dates_1904: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xls(
        tmp_path / "wps.xls", {"Accounts": ACCOUNTS, "回款": PAYMENTS}, dates_1904=dates_1904
    )
    assert path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a real OLE file
    assert main(["--db", str(db_path), "import", str(path)]) == 0, capsys.readouterr().err
    assert _rows(db_path, "SELECT count(*) FROM account") == [(2,)]
    # The date cell is the same day in either date system (the file says which it uses).
    assert _rows(db_path, "SELECT paid_on, amount FROM payment ORDER BY paid_on") == [
        ("2025-03-01", 120000.5),
        ("2025-04-02", 80000.0),
    ]


def test_an_xls_with_a_problem_reports_sheet_row_and_column(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = [PAYMENTS[0], ["C001", "明天", 5]]
    path = write_xls(tmp_path / "wps.xls", {"Accounts": ACCOUNTS, "Payments": bad})
    assert main(["--db", str(db_path), "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Payments" in err and "B (paid_on)" in err and "明天" in err
    assert _rows(db_path, "SELECT count(*) FROM account") == [(0,)]


# -- bad files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data",
    [
        ("broken.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 20),
        ("text.xls", "code,name\nC001,河北钢铁\n".encode()),
        ("broken.ods", b"PK\x03\x04 not really a zip"),
    ],
)
def test_a_bad_xls_or_ods_is_one_line_naming_the_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["--db", str(db_path), "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and name in err
    assert len([line for line in err.splitlines() if line.startswith(f"{name}:")]) == 1, err
    assert _rows(db_path, "SELECT count(*) FROM account") == [(0,)]


def test_an_ods_without_its_content_is_one_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    assert main(["--db", str(db_path), "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "empty.ods" in err


def test_a_reader_that_dies_on_a_hostile_file_is_reported_not_fatal(tmp_path: Path) -> None:
    # calamine aborts the whole process on a cell reference far outside the sheet (it
    # allocates the rectangle up to it): in the child it is one line, and we go on.
    row = account_row(2, "C001", "河北钢铁").replace(
        "</row>", '<c r="ZZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>'
    )
    path = book(tmp_path / "hostile.xlsx", row)
    with pytest.raises(
        CalamineError, match=r"hostile\.xlsx cannot be read: the spreadsheet reader stopped"
    ):
        read_workbook(path)


def test_the_import_dialog_offers_and_imports_an_ods_file(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from ui.context import AppContext
    from ui.exchange.import_dialog import ImportDialog

    path = write_ods(tmp_path / "libreoffice.ods", {"Accounts": ACCOUNTS})
    offered: list[str] = []

    def pick(_parent: object, _title: str, _folder: str, filters: str) -> tuple[str, str]:
        offered.append(filters)  # the system's file dialog: what it would offer
        return str(path), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    ctx = AppContext(db)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.report_ready, timeout=30_000):
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    first = offered[0].split(";;")[0]
    assert all(f"*.{ext}" in first for ext in ("xlsx", "xls", "ods")), offered
    assert "Accounts: 2 to add" in dialog.details.toPlainText()
    with qtbot.waitSignals([dialog.report_ready, ctx.data_changed], timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 2
