"""Dates as people type them — one definition for the forms, the CLI and the import.

``2025-03-05``, ``2025/3/5``, ``2025.3.5``, ``2025年3月5日``, ``20250305`` and, where the
year is understood, ``3月8日``, ``3/8``, ``3-8`` or ``03-08``. A birthday may be known
without its year: it is kept in :data:`YEARLESS` (a leap year, so 2月29日 fits) and
shown as month-day.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from kam.i18n import _

# The year a month-day birthday is stored in; a leap year, and no living person's.
YEARLESS = 1904

_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MD = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


class DateTextError(ValueError):
    """Text that is no date; the message says what is accepted."""


def parse_day(text: str, *, year: int | None = None) -> date:
    """The date ``text`` names. A month-day without a year takes ``year``; without
    ``year`` it is refused. Full-width digits (２０２５／３／５) are read too.

    Raises:
        DateTextError: not a date, or an impossible one (2025-02-30).
    """
    # ASCII needs no normalising (the import's common case: 2025/3/5 by the thousand).
    clean = text.strip() if text.isascii() else unicodedata.normalize("NFKC", text).strip()
    m = _YMD.match(clean) or _COMPACT.match(clean)
    parts: tuple[int, int, int] | None = None
    if m:
        parts = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif year is not None and (m := _MD.match(clean)):
        parts = year, int(m.group(1)), int(m.group(2))
    if parts is not None:
        try:
            return date(*parts)
        except ValueError:
            pass
    raise DateTextError(_("is not a valid date: {value}").format(value=text.strip()))


def is_yearless(day: date | None) -> bool:
    return day is not None and day.year == YEARLESS


def format_day(day: date | None) -> str:
    """``2025-03-05``; a yearless birthday as ``03-08``; None as ""."""
    if day is None:
        return ""
    return f"{day:%m-%d}" if is_yearless(day) else day.isoformat()
