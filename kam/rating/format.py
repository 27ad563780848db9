"""How rating figures read on screen and paper: revenue in 万元 and prices in 元/t with
thousands separators, percentages and tonnes with sensible decimals, missing as a dash."""

from __future__ import annotations

from kam.i18n import _
from kam.reports.units import unit_wan
from kam.text.money import TEN_THOUSAND, wan

MONEY = ("revenue", "unit_price")
PERCENT = (
    "collection_rate",
    "profit_margin",
    "quality_loss_rate",
    "revenue_growth",
    "share_of_wallet",
)
SCORES = ("industry_influence", "reputation")
MISSING = "—"


def value_text(measure: str, value: float | None) -> str:
    if value is None:
        return MISSING
    if measure == "revenue":
        return wan(value)  # contract money is read in 万元, like every amount in the app
    if measure in MONEY:
        return f"{value:,.0f}"  # a price per tonne is said in 元
    if measure in PERCENT:
        return f"{value:.2f} %" if abs(value) < 1 else f"{value:.1f} %"
    if measure in SCORES:
        return f"{value:.0f}"
    return f"{value:,.1f}" if not float(value).is_integer() else f"{value:,.0f}"


def bound_scale(measure: str) -> float:
    """How many of the scheme's units make one unit on screen: revenue is kept in 元 by
    the scheme file and read and typed in 万元; the rest as they are."""
    return float(TEN_THOUSAND) if measure == "revenue" else 1.0


def bound_text(measure: str, value: float) -> str:
    """A rule's bound as the criterion's value reads: revenue in 万元 with the unit
    (the scheme keeps 元), others as they are: ``1,000 万元``, ``24,000``."""
    if measure == "revenue":
        amount = round(value / bound_scale(measure), 4)
        text = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,}"
        return f"{text} {unit_wan()}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def unit_of(measure: str) -> str:
    if measure in MONEY:
        return unit_wan() if measure == "revenue" else _("yuan/t")
    if measure in PERCENT:
        return "%"
    if measure == "contract_volume":
        return "t"
    return ""


def points_text(points: float) -> str:
    return f"{points:.1f}".rstrip("0").rstrip(".") if points % 1 else f"{points:.0f}"


def total_text(total: float) -> str:
    return f"{total:.1f}"


def plain_number(value: float | None, digits: int = 4) -> float | int | None:
    """A value for CSV/JSON: rounded to ``digits`` decimals, integral values as ints."""
    if value is None:
        return None
    rounded = round(value, digits)
    return int(rounded) if float(rounded).is_integer() else rounded


CHANGE_LABELS = {
    "new": "New",
    "dropped": "Dropped",
    "up": "Up",
    "down": "Down",
    "same": "Same",
}


def change_text(change: str) -> str:
    return _(CHANGE_LABELS.get(change, change))


def change_arrow(change: str) -> str:
    return {"new": "★", "dropped": "✕", "up": "▲", "down": "▼", "same": "＝"}.get(change, "")
