"""docs/workbook.md lists every sheet and every column with its Chinese header."""

from __future__ import annotations

from pathlib import Path

from kam.exchange.specs import SHEETS

DOC = Path(__file__).resolve().parents[2] / "docs" / "workbook.md"


def test_the_workbook_page_lists_every_sheet_and_column() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = []
    for sheet in SHEETS:
        start = text.find(f"### {sheet.name} ({sheet.label})")
        if start < 0:
            missing.append(sheet.name)
            continue
        end = text.find("\n### ", start + 1)
        section = text[start : end if end > 0 else len(text)]
        missing += [
            f"{sheet.name}.{c.key}"
            for c in sheet.columns
            if f"| `{c.key}` | {c.label} |" not in section
        ]
    assert missing == []
