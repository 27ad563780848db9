"""Money as the users read it: 万元 with thousands separators (the stored figures are 元)."""

from __future__ import annotations

TEN_THOUSAND = 10_000


def wan(yuan: float | None, digits: int = 2) -> str:
    """``1234567.8`` 元 → ``"123.46"`` (万元); None → ""."""
    return "" if yuan is None else f"{yuan / TEN_THOUSAND:,.{digits}f}"


def yuan(wan_amount: float) -> float:
    """An amount typed in 万元 as stored, in 元 to the fen: ``1.25`` → ``12500.0``."""
    return round(wan_amount * TEN_THOUSAND, 2)
