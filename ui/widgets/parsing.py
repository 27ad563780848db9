"""Turning what the user typed into numbers and dates, with messages for the field.

Qt's spin boxes cannot be empty and date edits cannot show what was wrong with
``2025-02-30``; the forms use line edits and parse here, collecting a message per field
next to the service's own messages.
"""

from __future__ import annotations

from datetime import date

from kam.i18n import _
from kam.validation import parse_iso_date


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


def parse_date(text: str, name: str, errors: dict[str, str]) -> date | None:
    try:
        return parse_iso_date(text)
    except ValueError:
        errors[name] = _("is not a valid date (YYYY-MM-DD)")
        return None


def format_number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""
