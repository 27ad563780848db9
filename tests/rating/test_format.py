"""Rating figures read as the users read money: revenue in 万元 with separators, a
price per tonne in 元/t (issue 13, item 15)."""

from __future__ import annotations

from kam.rating.format import unit_of, value_text


def test_revenue_is_in_ten_thousands_and_prices_in_yuan() -> None:
    assert value_text("revenue", 15_546_000) == "1,554.60"
    assert unit_of("revenue") == "10k CNY"
    assert value_text("unit_price", 21_755.4) == "21,755"
    assert unit_of("unit_price") == "yuan/t"
    assert value_text("revenue", None) == "—"
