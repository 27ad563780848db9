"""The streaming reader and writer against hand-made SpreadsheetML: shared strings with
rich text and phonetic runs, number-format dates, formula results, sparse rows."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import load_workbook

from kam.exchange.xlsx_reader import XlsxBook, _is_date_code
from kam.exchange.xlsx_writer import XlsxWriter

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def _book(path: Path, sheet_xml: str) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
            f'Type="{R}/officeDocument" Target="/xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<workbook {NS} xmlns:r="{R}"><sheets>'
            '<sheet name="合同" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{R}/worksheet" Target="worksheets/s1.xml"/>'
            f'<Relationship Id="rId2" Type="{R}/sharedStrings" Target="strings.xml"/>'
            f'<Relationship Id="rId3" Type="{R}/styles" Target="styles.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "xl/strings.xml",
            f"<sst {NS}><si><t>客户编码</t></si>"
            "<si><r><t>高速钢</t></r><r><rPr><b/></rPr><t>轧辊</t></r>"
            '<rPh sb="0" eb="1"><t>gaosugang</t></rPh></si></sst>',
        )
        z.writestr(
            "xl/styles.xml",
            f'<styleSheet {NS}><numFmts count="2">'
            '<numFmt numFmtId="170" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
            '<numFmt numFmtId="171" formatCode="[$¥-804]#,##0.00"/></numFmts>'
            '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="170"/>'
            '<xf numFmtId="171"/><xf numFmtId="20"/></cellXfs></styleSheet>',
        )
        z.writestr(
            "xl/worksheets/s1.xml",
            f'<worksheet {NS}><dimension ref="A1:F4"/>'
            f"<sheetData>{sheet_xml}</sheetData></worksheet>",
        )
    return path


def test_reader_understands_what_excel_and_wps_write(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "x.xlsx",
        (
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>'
            '<row r="3"><c r="A3" s="1"><v>45717</v></c><c r="B3" s="2"><v>45717</v></c>'
            '<c r="C3" s="3"><v>2500000.5</v></c><c r="D3" s="4"><v>0.375</v></c>'
            '<c r="E3" t="b"><v>1</v></c><c r="F3" t="str"><f>A1&amp;"x"</f><v>算出</v></c></row>'
            '<row r="4"><c r="B4" t="inlineStr"><is><t>内联</t></is></c><c r="C4" t="e"><v>#N/A</v></c></row>'
        ),
    )
    with XlsxBook(str(path)) as book:
        assert book.sheets == [("合同", "xl/worksheets/s1.xml")]
        assert book.dimension_rows("xl/worksheets/s1.xml") == 4
        rows = list(book.rows("xl/worksheets/s1.xml"))
    assert rows == [
        (1, ("客户编码", None, "高速钢轧辊")),
        (3, (datetime(2025, 3, 1), datetime(2025, 3, 1), 2500000.5, time(9, 0), True, "算出")),
        (4, (None, "内联", "#N/A")),
    ]


def test_date_formats_are_told_from_number_formats() -> None:
    assert _is_date_code("yyyy/m/d") == (True, False)
    assert _is_date_code('yyyy"年"m"月"d"日"') == (True, False)
    assert _is_date_code("h:mm:ss") == (True, True)
    assert _is_date_code("[$-804]aaaa") == (False, False)
    assert _is_date_code("#,##0.00_);[Red](#,##0.00)") == (False, False)
    assert _is_date_code("General") == (False, False)
    assert _is_date_code("0.00E+00") == (False, False)


def test_writer_output_opens_in_openpyxl(tmp_path: Path) -> None:
    path = tmp_path / "w.xlsx"
    book = XlsxWriter(path)
    book.add_sheet(
        "客户",
        ["code", "when", "n", "ok", "t", "text"],
        [
            ["C001", date(2025, 3, 1), 1.25, True, time(9, 30), "<a & b>\x01"],
            [None, datetime(2025, 3, 1, 8, 0), 3, False, None, "=1+1"],
        ],
    )
    book.close()
    ws = load_workbook(path)["客户"]
    assert [tuple(r) for r in ws.iter_rows(values_only=True)] == [
        ("code", "when", "n", "ok", "t", "text"),
        ("C001", datetime(2025, 3, 1), 1.25, True, time(9, 30), "<a & b>"),
        (None, datetime(2025, 3, 1, 8, 0), 3, False, None, "=1+1"),
    ]
    assert ws["F3"].data_type == "s"  # text, never a formula
