"""Formula-safe spreadsheet cells (the exporter writes them, the importer reads them back)."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from kam.exchange.safe_cells import escape_cell, escape_row, unescape_cell


@pytest.mark.parametrize(
    "text",
    ["=1+1", "+86 138 0000 0000", "-5", "@SUM(A1)", "\t=cmd", "\r=x", '=HYPERLINK("http://x")'],
)
def test_formula_starts_are_neutralised(text: str) -> None:
    escaped = escape_cell(text)
    assert escaped.startswith("'") and escaped[1:] == text


@pytest.mark.parametrize(
    "value", ["河北钢铁", "'quoted", "''", "=", "", "a=b", 42, -3.5, None, date(2026, 1, 2)]
)
def test_round_trip_is_lossless(value: object) -> None:
    assert unescape_cell(escape_cell(value)) == value


def test_plain_text_numbers_and_dates_pass_unchanged() -> None:
    assert escape_row(["沙钢", 12, -4.0, date(2026, 5, 1)]) == ["沙钢", 12, -4.0, date(2026, 5, 1)]


def test_an_escaped_csv_cannot_start_a_formula() -> None:
    out = io.StringIO()
    csv.writer(out).writerow(escape_row(["=cmd|' /C calc'!A0", "@x", "正常"]))
    for cell in next(csv.reader(io.StringIO(out.getvalue()))):
        assert not cell.startswith(("=", "+", "-", "@"))
