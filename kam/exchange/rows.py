"""From raw cells to typed rows: finding the header, mapping English or Chinese headers
to column keys, parsing every cell, and keeping unknown columns for the notes."""

from __future__ import annotations

from dataclasses import dataclass, field

from kam.exchange.safe_cells import unescape_cell
from kam.i18n import _

from .progress import Progress
from .readers import RawSheet
from .report import ImportReport, column_letter
from .specs import Sheet, header_index, match_header
from .values import CellError, as_text, cell_parser, is_blank

# A title line ("2025 年合同台账") above the header is common; look this far for it.
HEADER_SEARCH_ROWS = 10


@dataclass
class ParsedRow:
    row: int
    values: dict[str, object]  # column key → typed value, None for a blank cell
    extras: list[tuple[str, str]] = field(default_factory=list)  # unknown header, text
    bad: bool = False  # a cell could not be read (already reported)


@dataclass
class ParsedSheet:
    title: str
    spec: Sheet
    present: tuple[str, ...]
    where: dict[str, str]  # column key → "D (签订日期)" for messages
    rows: list[ParsedRow]

    def at(self, key: str) -> str:
        return self.where.get(key, key)


def parse_sheet(raw: RawSheet, report: ImportReport, progress: Progress) -> ParsedSheet | None:
    """The sheet's typed rows; problems go to ``report``. None when it has no usable header."""
    spec, title = raw.spec, raw.title
    index = header_index(spec)
    header: tuple[object, ...] | None = None
    header_row = 0
    for n, cells in raw.rows:
        if any(not is_blank(c) and match_header(index, as_text(c)) for c in cells):
            header, header_row = cells, n
            break
        if n >= HEADER_SEARCH_ROWS:
            break
    if header is None:
        report.problem(
            title,
            0,
            "",
            _("no header row with known columns (e.g. {cols})").format(
                cols=", ".join(c.key for c in spec.columns[:4])
            ),
        )
        return None

    keys: list[str | None] = []
    where: dict[str, str] = {}
    unknown: dict[int, str] = {}
    for i, cell in enumerate(header):
        text = "" if is_blank(cell) else as_text(cell)
        key = match_header(index, text) if text else None
        if key is not None and key in where:
            report.problem(
                title,
                header_row,
                f"{column_letter(i)} ({text})",
                _("column {key} appears twice").format(key=key),
            )
            key = None
        elif key is not None:
            where[key] = f"{column_letter(i)} ({text})"
        elif text:
            unknown[i] = text
            if not spec.notes_column:
                report.warn(
                    title,
                    header_row,
                    f"{column_letter(i)} ({text})",
                    _(
                        "not a column of this sheet, and the sheet has no notes to keep it in; "
                        "its values are not imported"
                    ),
                )
        keys.append(key)
    for column in spec.columns:
        if column.required and column.key not in where:
            report.problem(
                title,
                header_row,
                column_letter(len(header)),
                _("the required column {key} ({label}) is missing").format(
                    key=column.key, label=column.label
                ),
            )
    if any(c.required and c.key not in where for c in spec.columns):
        return None

    columns = {k: spec.column(k) for k in where}
    required = [k for k in where if columns[k].required]
    blank_row = dict.fromkeys(where)
    rows: list[ParsedRow] = []
    width = len(keys)
    # Per column index: (key, column, where) for a known column, None for an unknown one.
    slots = [None if k is None else (k, cell_parser(columns[k]), where[k]) for k in keys]
    problem = report.problem
    known_slots = [slot for slot in slots if slot is not None]
    all_known = len(known_slots) == width
    for n, cells in raw.rows:
        values = dict(blank_row)
        extras: list[tuple[str, str]] = []
        failed: set[str] | None = None
        filled = False
        if all_known and len(cells) <= width:
            # Every cell under a known header (the export's rows): no unknown columns to
            # keep, no index to check.
            for (key, parse, at), cell in zip(known_slots, cells, strict=False):
                if cell is None or (cell.__class__ is str and not cell.strip()):
                    continue
                filled = True
                try:
                    values[key] = parse(cell)
                except CellError as exc:
                    problem(title, n, at, str(exc))
                    if failed is None:
                        failed = set()
                    failed.add(key)
            cells = ()
        for i, cell in enumerate(cells):
            if cell is None or (cell.__class__ is str and not cell.strip()):
                continue
            filled = True
            slot = slots[i] if i < width else None
            if slot is None:
                extras.append((unknown.get(i) or column_letter(i), as_text(unescape_cell(cell))))
                continue
            key, parse, at = slot
            try:
                values[key] = parse(cell)
            except CellError as exc:
                problem(title, n, at, str(exc))
                if failed is None:
                    failed = set()
                failed.add(key)
        if not filled:
            continue  # a blank row
        for key in required:
            if values[key] is None and (failed is None or key not in failed):
                problem(title, n, where[key], _("is required"))
        rows.append(ParsedRow(n, values, extras, failed is not None))
        if n % 5000 == 0:
            progress(title, n, raw.total_rows)
    progress(title, raw.total_rows, raw.total_rows)
    return ParsedSheet(title, spec, tuple(where), where, rows)
