"""``export_workbook``: every record in the docs/workbook.md layout, re-importable and lossless.

Written by a streaming SpreadsheetML writer (:mod:`.xlsx_writer`; openpyxl's write-only
mode is ten times slower at 200,000 rows) through
:func:`kam.store.atomic.atomic_path`, so an interrupted export never leaves a half file;
text that a spreadsheet would run as a formula is escaped (:mod:`kam.exchange.safe_cells`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kam.exchange.safe_cells import escape_cell
from kam.i18n import _
from kam.store import Database
from kam.store.atomic import atomic_path

from .progress import Progress, no_progress
from .specs import SHEETS, Column, Sheet
from .tables import existing_rows
from .values import value_label
from .xlsx_writer import XlsxWriter


def _plain_copy_of_encrypted(db: Database) -> str | None:
    if getattr(db, "encrypted", False):
        return _(
            "the database is encrypted, but the exported workbook is not: "
            "keep the file safe and delete it when it is no longer needed"
        )
    return None


# Hooks asked before an export; each returns a warning for the user or None. Other areas
# (data safety) may append their own.
EXPORT_WARNINGS: list[Callable[[Database], str | None]] = [_plain_copy_of_encrypted]


@dataclass
class ExportResult:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _order(sheet: Sheet) -> Callable[[tuple[int, dict[str, Any]]], tuple[Any, ...]]:
    """Row order of a sheet: stable under export → import → export (ids follow file order)."""
    by = {
        "Accounts": ("code",),
        "Contracts": ("account", "signed_on", "contract_no"),
        "Payments": ("account", "paid_on"),
        "Quality": ("account", "reported_on"),
        "Complaints": ("account", "received_on"),
        "Visits": ("account", "planned_on"),
        "Ratings": ("account", "year"),
        "Contacts": ("account",),
    }.get(sheet.name, ("account",) if sheet.scoped else ())

    def key(item: tuple[int, dict[str, Any]]) -> tuple[Any, ...]:
        row_id, values = item
        return (*(values[k] if values[k] is not None else "" for k in by), row_id)

    return key


# Spec kinds → the writer's cell kinds (date-times go as ISO text: a serial number
# would lose the microseconds).
KINDS = {
    "text": "text",
    "enum": "text",
    "list": "text",
    "uuid": "text",
    "datetime": "text",
    "int": "number",
    "float": "number",
    "money": "number",
    "year": "number",
    "date": "date",
    "time": "time",
}
# Rows looked at to size a column, and the narrowest and widest column in characters.
WIDTH_SAMPLE, MIN_WIDTH, MAX_WIDTH = 300, 6, 48


def text_width(text: str) -> int:
    """Characters a spreadsheet needs to show ``text``: CJK and full-width count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _width(header: str, column: Column, cells: list[list[Any]], index: int) -> int:
    """A width that fits the header and the longest of the first rows' first lines."""
    if column.kind in ("date", "time"):
        longest = 10
    else:
        longest = max(
            (
                text_width(str(row[index]).split("\n", 1)[0])
                for row in cells
                if row[index] is not None
            ),
            default=0,
        )
    # Bold header text and the filter button need a little more room.
    return max(MIN_WIDTH, min(MAX_WIDTH, max(longest, text_width(header) + 3) + 1))


def _cells(
    sheet: Sheet, rows: list[tuple[int, dict[str, Any]]], progress: Progress, lang: str
) -> Iterator[list[Any]]:
    """The sheet's rows as cell values; text a spreadsheet would run as a formula escaped,
    enumerations and yes/no in Chinese when the headers are."""
    keys = sheet.keys
    text = [c.kind in ("text", "enum", "list") for c in sheet.columns]
    labelled = [i for i, c in enumerate(sheet.columns) if c.kind in ("enum", "bool")]
    stamps = [i for i, c in enumerate(sheet.columns) if c.kind == "datetime"]
    columns = sheet.columns
    for n, (_row_id, values) in enumerate(rows, start=1):
        if n % 10000 == 0:
            progress(sheet.name, n, len(rows))
        cells = [values[k] for k in keys]
        if lang:
            for i in labelled:
                cells[i] = value_label(columns[i], cells[i], lang)
        for i in stamps:
            if isinstance(cells[i], datetime):
                cells[i] = cells[i].isoformat(" ")
        yield [escape_cell(v) if t and v else v for t, v in zip(text, cells, strict=True)]


def export_workbook(
    db: Database,
    path: str | Path,
    *,
    chinese_headers: bool = False,
    progress: Progress = no_progress,
) -> ExportResult:
    """Writes every account, contact and record of ``db`` to the workbook ``path``."""
    result = ExportResult(Path(path))
    result.warnings = [w for hook in EXPORT_WARNINGS if (w := hook(db))]
    with atomic_path(path) as tmp:
        book = XlsxWriter(tmp)
        try:
            with db.session() as session:
                lang = "zh_CN" if chinese_headers else ""
                for sheet in SHEETS:
                    rows = sorted(existing_rows(session, sheet), key=_order(sheet))
                    # The uuid column is called uuid under both header styles.
                    header = [c.label if chinese_headers else c.key for c in sheet.columns]
                    sample = list(_cells(sheet, rows[:WIDTH_SAMPLE], no_progress, lang))
                    widths = [
                        _width(h, c, sample, i)
                        for i, (h, c) in enumerate(zip(header, sheet.columns, strict=True))
                    ]
                    result.rows[sheet.name] = book.add_sheet(
                        sheet.label if chinese_headers else sheet.name,
                        header,
                        _cells(sheet, rows, progress, lang),
                        widths,
                        [KINDS.get(c.kind, "any") for c in sheet.columns],
                    )
                    progress(sheet.name, len(rows), len(rows))
        finally:
            book.close()
    return result


def today_name(prefix: str = "kam-export") -> str:
    """A default file name for the export dialog: ``kam-export-2025-03-01.xlsx``."""
    return f"{prefix}-{date.today().isoformat()}.xlsx"
