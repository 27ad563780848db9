"""Turning what the user typed into numbers and dates, with messages for the field.

Qt's spin boxes cannot be empty and date edits cannot show what was wrong with
``2025-02-30``; the forms use line edits and parse here, collecting a message per field
next to the service's own messages.
"""

from __future__ import annotations

from datetime import date

from kam.i18n import _
from kam.text.dates import YEARLESS, DateTextError, format_day, parse_day


def parse_int(text: str, name: str, errors: dict[str, str]) -> int | None:
    value = text.strip().replace(",", "")
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        errors[name] = _("must be a whole number")
        return None


def parse_float(text: str, name: str, errors: dict[str, str]) -> float | None:
    value = text.strip().replace(",", "").rstrip("%").strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        errors[name] = _("must be a number")
        return None
    if number != number or number in (float("inf"), float("-inf")):
        errors[name] = _("must be a number")
        return None
    return number


def parse_date(
    text: str, name: str, errors: dict[str, str], *, yearless: bool = False
) -> date | None:
    """A date as people type it (kam.text.dates); a month-day is this year's, or with
    ``yearless`` (a birthday) a date without a year."""
    if not text.strip():
        return None
    try:
        return parse_day(text, year=YEARLESS if yearless else date.today().year)
    except DateTextError:
        errors[name] = _("is not a date: write 2025-03-05, 2025/3/5 or 2025年3月5日")
        return None


def format_number(value: float | int | None, *, grouped: bool = False) -> str:
    """``12.5``, ``3`` for 3.0; with ``grouped`` (money) ``34,227,000`` — parse_float
    reads the separators back."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if grouped else str(value)


def format_date(value: date | None) -> str:
    return format_day(value)
