"""``export_workbook``: every record in the docs/workbook.md layout, re-importable and lossless.

Written by a streaming SpreadsheetML writer (:mod:`.xlsx_writer`; openpyxl's write-only
mode is ten times slower at 200,000 rows) through
:func:`kam.io.atomic.atomic_path`, so an interrupted export never leaves a half file;
text that a spreadsheet would run as a formula is escaped (:mod:`kam.io.safe_cells`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kam.i18n import _
from kam.io.atomic import atomic_path
from kam.io.safe_cells import escape_cell
from kam.persistence import Database

from .progress import Progress, no_progress
from .specs import SHEETS, Column, Sheet
from .tables import existing_rows
from .xlsx_writer import XlsxWriter


def _plain_copy_of_encrypted(db: Database) -> str | None:
    if getattr(db, "encrypted", False):
        return _("the database is encrypted, but the exported workbook is not: "
                 "keep the file safe and delete it when it is no longer needed")
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
        "Accounts": ("code",), "Contracts": ("account", "signed_on", "contract_no"),
        "Payments": ("account", "paid_on"), "Quality": ("account", "reported_on"),
        "Complaints": ("account", "received_on"), "Visits": ("account", "planned_on"),
        "Ratings": ("account", "year"), "Contacts": ("account",),
    }[sheet.name]

    def key(item: tuple[int, dict[str, Any]]) -> tuple[Any, ...]:
        row_id, values = item
        return (*(values[k] if values[k] is not None else "" for k in by), row_id)

    return key


# Spec kinds → the writer's cell kinds.
KINDS = {"text": "text", "enum": "text", "int": "number", "float": "number", "money": "number",
         "year": "number", "date": "date", "time": "time"}


def _width(column: Column) -> int:
    """A column width in characters that fits typical content (CJK counts double)."""
    if column.kind in ("date", "time"):
        return 12
    if column.kind == "text" and column.max_len >= 2000:
        return 40
    return max(10, min(30, len(column.key) + 2, column.max_len + 2))


def _cells(sheet: Sheet, rows: list[tuple[int, dict[str, Any]]],
           progress: Progress) -> Iterator[list[Any]]:
    """The sheet's rows as cell values; text a spreadsheet would run as a formula escaped."""
    keys = sheet.keys
    text = [c.kind in ("text", "enum") for c in sheet.columns]
    for n, (_row_id, values) in enumerate(rows, start=1):
        if n % 10000 == 0:
            progress(sheet.name, n, len(rows))
        yield [escape_cell(v) if t and v else v
               for t, v in zip(text, [values[k] for k in keys], strict=True)]


def export_workbook(
    db: Database, path: str | Path, *, chinese_headers: bool = False,
    progress: Progress = no_progress,
) -> ExportResult:
    """Writes every account, contact and record of ``db`` to the workbook ``path``."""
    result = ExportResult(Path(path))
    result.warnings = [w for hook in EXPORT_WARNINGS if (w := hook(db))]
    with atomic_path(path) as tmp:
        book = XlsxWriter(tmp)
        try:
            with db.session() as session:
                for sheet in SHEETS:
                    rows = sorted(existing_rows(session, sheet), key=_order(sheet))
                    result.rows[sheet.name] = book.add_sheet(
                        sheet.label if chinese_headers else sheet.name,
                        [c.label if chinese_headers else c.key for c in sheet.columns],
                        _cells(sheet, rows, progress), [_width(c) for c in sheet.columns],
                        [KINDS.get(c.kind, "any") for c in sheet.columns])
                    progress(sheet.name, len(rows), len(rows))
        finally:
            book.close()
    return result


def today_name(prefix: str = "kam-export") -> str:
    """A default file name for the export dialog: ``kam-export-2025-03-01.xlsx``."""
    return f"{prefix}-{date.today().isoformat()}.xlsx"
