"""Money on paper is in 万元 (10,000 yuan), the unit Chinese sales reports use: tables
and chart axes say so in their headers, and no bare 元 sits beside a 万元 table.

A part year says so too: the current year is labelled "截至 MM-DD" (as of that day), so a
collection rate of a year that is not over does not read as a collapse.
"""

from __future__ import annotations

from datetime import date

from kam.i18n import _

DASH = "—"
WAN = 10_000.0


def wan(value: float | None, digits: int = 1) -> str:
    """``value`` yuan in 万元 with thousands separators: 15,796,600 → 1,579.7."""
    if value is None:
        return DASH
    return f"{value / WAN:,.{digits}f}"


def wan_axis(value: float) -> str:
    """Axis labels in 万元: whole numbers once they are large."""
    return f"{value / WAN:,.0f}" if abs(value) >= 10 * WAN else f"{value / WAN:,.1f}"


def wan_text(value: float | None, lang: str | None = None) -> str:
    """``value`` with its unit, for running text: "1,579.7 万元"."""
    return _("{amount} 10k CNY", lang).format(amount=wan(value))


def unit_wan(lang: str | None = None) -> str:
    return _("10k CNY", lang)


def year_label(year: int, as_of: date, lang: str | None = None, *, sep: str = " ") -> str:
    """``2026 截至 12-02`` for the year of ``as_of`` (a part year), else ``2025``."""
    if year != as_of.year or (as_of.month, as_of.day) == (12, 31):
        return str(year)
    return f"{year}{sep}" + _("to {date}", lang).format(date=as_of.strftime("%m-%d"))
