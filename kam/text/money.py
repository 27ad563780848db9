"""Money as the users read it: 万元 with thousands separators (the stored figures are 元)."""

from __future__ import annotations

TEN_THOUSAND = 10_000


def wan(yuan: float | None, digits: int = 2) -> str:
    """``1234567.8`` 元 → ``"123.46"`` (万元); None → ""."""
    return "" if yuan is None else f"{yuan / TEN_THOUSAND:,.{digits}f}"
