"""Dates as people type them, one parser for the forms and the import."""

from __future__ import annotations

from datetime import date

import pytest

from kam.exchange.values import CellError, parse_date
from kam.text.dates import YEARLESS, DateTextError, format_day, parse_day


@pytest.mark.parametrize(
    "text",
    [
        "1975-03-08",
        "1975/3/8",
        "1975.3.8",
        "1975年3月8日",
        "19750308",
        " 1975 / 3 / 8 ",
        "１９７５／３／８",
    ],
)
def test_full_dates(text: str) -> None:
    assert parse_day(text) == date(1975, 3, 8)
    assert parse_date(text) == date(1975, 3, 8)  # the import reads the same


@pytest.mark.parametrize("text", ["3月8日", "3/8", "3-8", "03-08", "3.8"])
def test_month_day_takes_the_year_given(text: str) -> None:
    assert parse_day(text, year=2025) == date(2025, 3, 8)
    with pytest.raises(DateTextError):
        parse_day(text)  # no year understood: refused


def test_a_yearless_birthday_is_shown_as_month_day() -> None:
    day = parse_day("2月29日", year=YEARLESS)
    assert day == date(YEARLESS, 2, 29) and format_day(day) == "02-29"
    assert format_day(date(1975, 3, 8)) == "1975-03-08" and format_day(None) == ""


@pytest.mark.parametrize("text", ["2025-02-30", "2025/13/1", "next week", "3月32日", ""])
def test_bad_dates_say_so(text: str) -> None:
    with pytest.raises(DateTextError, match="is not a valid date"):
        parse_day(text, year=2025)
    if text:
        with pytest.raises(CellError):
            parse_date(text)
