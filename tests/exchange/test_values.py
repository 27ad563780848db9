"""Cell values as Excel users type them."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from kam.domain.enums import IssueStatus, Stage
from kam.exchange.values import (
    CellError,
    parse_bool,
    parse_date,
    parse_enum,
    parse_int,
    parse_number,
    parse_time,
)


@pytest.mark.parametrize(
    "typed",
    [
        "2025-03-01",
        "2025/3/1",
        "2025.3.1",
        "2025年3月1日",
        "2025 年 3 月 1 日",
        "20250301",
        "2025-03-01 00:00:00",
        45717,
        45717.0,
        "45717",
        datetime(2025, 3, 1, 0, 0),
        date(2025, 3, 1),
        "２０２５/３/１",
    ],
)
def test_dates_in_every_form_excel_users_type(typed: object) -> None:
    assert parse_date(typed) == date(2025, 3, 1)


@pytest.mark.parametrize(
    "typed", ["2025-02-30", "2025/13/1", "明天", "3/1/2025", "2025-3", -5, 0, True, "", "1e9"]
)
def test_impossible_or_foreign_dates_are_refused(typed: object) -> None:
    with pytest.raises(CellError, match="not a valid date"):
        parse_date(typed)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        (12, 12.0),
        ("1,234.5", 1234.5),
        ("¥2,500,000", 2_500_000.0),
        ("３０", 30.0),
        ("12 元", 12.0),
        (" 7 ", 7.0),
        ("-3", -3.0),
    ],
)
def test_numbers_with_separators_currency_and_full_width_digits(
    typed: object, value: float
) -> None:
    assert parse_number(typed) == value


@pytest.mark.parametrize("typed", ["abc", "十二", "1.2.3", "nan", "inf", True])
def test_text_in_numbers_is_refused(typed: object) -> None:
    with pytest.raises(CellError, match="must be a number"):
        parse_number(typed)


def test_whole_numbers() -> None:
    assert parse_int("2025") == 2025
    with pytest.raises(CellError, match="whole number"):
        parse_int(4.5)


def test_enumerations_accept_key_chinese_and_english_labels() -> None:
    assert parse_enum("stable", Stage) == "stable"
    assert parse_enum("稳定合作", Stage) == "stable"
    assert parse_enum("Stable cooperation", Stage) == "stable"
    assert parse_enum(" STRATEGIC ", Stage) == "strategic"
    assert parse_enum("已解决", IssueStatus) == "resolved"
    assert parse_enum("处理中", IssueStatus) == "open"
    with pytest.raises(CellError, match="not one of"):
        parse_enum("合作中", Stage)


def test_booleans_and_times() -> None:
    assert parse_bool("是") is True and parse_bool(0) is False and parse_bool("yes")
    with pytest.raises(CellError):
        parse_bool("maybe")
    assert parse_time("9:30") == time(9, 30)
    assert parse_time(0.375) == time(9, 0)
    with pytest.raises(CellError):
        parse_time("25:00")


@pytest.mark.parametrize("cell", [150.0, 150, -1.0, "150"])
def test_a_share_outside_0_to_100_is_refused_whatever_the_cell_type(cell: object) -> None:
    # A number cell took a fast path that skipped the column's range (a share of 150 %).
    from kam.exchange.specs import find_sheet
    from kam.exchange.values import cell_parser, parse_cell

    sheet = find_sheet("CompetitorShares")
    assert sheet is not None
    column = sheet.column("share_pct")
    for parse in (lambda v: parse_cell(column, v), cell_parser(column)):
        with pytest.raises(CellError, match="between 0 and 100"):
            parse(cell)
        assert parse(55.5) == 55.5


def test_the_per_column_parsers_agree_with_parse_cell() -> None:
    from kam.exchange.specs import SHEETS
    from kam.exchange.values import cell_parser, parse_cell

    cells = [
        "  C001 ",
        "Ｃ００１",
        "=SUM(A1)",
        "\u2060x",
        12.0,
        7,
        -3.5,
        datetime(2025, 3, 1),
        datetime(1800, 1, 1),
        "2025-03-01",
        "6e8d7c77-7833-4b92-9715-63380e78bee7",
        "x" * 30000,
    ]
    for sheet in SHEETS:
        for column in sheet.columns:
            fast = cell_parser(column)
            for cell in cells:
                try:
                    expected: object = parse_cell(column, cell)
                except CellError as exc:
                    expected = ("error", str(exc))
                try:
                    got: object = fast(cell)
                except CellError as exc:
                    got = ("error", str(exc))
                assert got == expected, (sheet.name, column.key, cell)
