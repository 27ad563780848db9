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


def test_rule_bounds_read_in_the_values_unit() -> None:
    from kam.rating.format import bound_text

    # The scheme keeps 元; the explanation beside a revenue of 1,900.80 万元 says 万元.
    assert bound_text("revenue", 10_000_000) == "1,000 10k CNY"
    assert bound_text("revenue", 2_500_000) == "250 10k CNY"
    assert bound_text("unit_price", 24_000) == "24,000"
    assert bound_text("profit_margin", 12.5) == "12.50"
