"""Hand-made hostile and odd workbooks for the import tests (issue 16, items 8-9)."""

from __future__ import annotations

import zipfile
from pathlib import Path

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
HEADER = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>name</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>notes</t></is></c></row>'
)


def book(
    path: Path,
    rows: str,
    *,
    strings: str = "",
    workbook_pr: str = "",
    sheet_bytes: bytes | None = None,
    title: str = "Accounts",
) -> Path:
    """A workbook with one sheet ``title``: a header (code, name, notes) and ``rows``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
            f'Type="{R}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<workbook {NS} xmlns:r="{R}">{workbook_pr}<sheets>'
            f'<sheet name="{title}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{R}/worksheet" Target="worksheets/s1.xml"/>'
            f'<Relationship Id="rId2" Type="{R}/sharedStrings" Target="strings.xml"/>'
            f'<Relationship Id="rId3" Type="{R}/styles" Target="styles.xml"/>'
            "</Relationships>",
        )
        z.writestr("xl/strings.xml", f"<sst {NS}>{strings}</sst>")
        z.writestr(
            "xl/styles.xml",
            f'<styleSheet {NS}><cellXfs count="2"><xf numFmtId="0"/>'
            '<xf numFmtId="14"/></cellXfs></styleSheet>',
        )
        body = (
            sheet_bytes
            if sheet_bytes is not None
            else (f"<worksheet {NS}><sheetData>{HEADER}{rows}</sheetData></worksheet>").encode()
        )
        z.writestr("xl/worksheets/s1.xml", body)
    return path


def account_row(n: int, code: str, name: str, extra: str = "") -> str:
    return (
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{code}</t></is></c>'
        f'<c r="B{n}" t="inlineStr"><is><t>{name}</t></is></c>{extra}</row>'
    )


def corrupt_crc(path: Path, member: str = "xl/worksheets/s1.xml") -> None:
    """Flips a byte inside ``member``'s compressed data (the zip's CRC no longer matches)."""
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(member)
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x55
    path.write_bytes(bytes(data))


def mark_encrypted(path: Path) -> None:
    """Sets the 'encrypted' flag of every member, as a password-protected zip has it."""
    data = bytearray(path.read_bytes())
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at != -1:
            data[at + flag_at] |= 0x01
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
