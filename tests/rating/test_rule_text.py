"""The scheme editor's one-line rules read and write the same bands and linear rules."""

from __future__ import annotations

import pytest

from kam.rating.rule_text import format_rule, parse_rule
from kam.rating.scheme import Band, Criterion, Linear, scheme_from_dict


def test_bands_and_linear_round_trip() -> None:
    bands = Criterion(
        "contract_volume", "合同量", 20, bands=(Band(100, min=300), Band(70, min=100), Band(0))
    )
    assert format_rule(bands) == "≥300: 100; ≥100: 70; else: 0"
    assert parse_rule(format_rule(bands)) == {
        "bands": [{"min": 300, "points": 100}, {"min": 100, "points": 70}, {"points": 0}]
    }
    loss = Criterion("quality_loss_rate", "", 10, bands=(Band(100, max=0.5), Band(0)))
    assert parse_rule(format_rule(loss)) == {"bands": [{"max": 0.5, "points": 100}, {"points": 0}]}
    linear = Criterion("collection_rate", "", 15, linear=Linear(60, 100))
    assert format_rule(linear) == "linear 60 → 100"
    assert parse_rule("线性 5 -> 0.5") == {"linear": {"zero_at": 5, "full_at": 0.5}}


def test_typed_variants_and_chinese_punctuation() -> None:
    assert parse_rule(">= 1,000,000 ：90；其余：0") == {
        "bands": [{"min": 1000000, "points": 90}, {"points": 0}]
    }


@pytest.mark.parametrize("text", ["", "≥abc: 5", "more than 3: 10", "linear 5"])
def test_unreadable_rules_say_what_is_wrong(text: str) -> None:
    with pytest.raises(ValueError):
        parse_rule(text)


def test_parsed_rule_goes_through_the_scheme_validation() -> None:
    raw = {
        "grades": {"A": 85, "B": 70, "C": 50},
        "criteria": [{"measure": "revenue", "weight": 1, **parse_rule("≥1: 100; else: 0")}],
    }
    assert scheme_from_dict(raw).criteria[0].bands[0] == Band(100, min=1)


def test_a_scale_shows_and_reads_bounds_in_another_unit() -> None:
    # Revenue: the scheme keeps 元, the editor shows and takes 万元.
    revenue = Criterion("revenue", "", 20, bands=(Band(100, min=10_000_000), Band(0)))
    assert format_rule(revenue, 10_000) == "≥1000: 100; else: 0"
    assert parse_rule("≥1,000: 100; else: 0", 10_000) == {
        "bands": [{"min": 10_000_000, "points": 100}, {"points": 0}]
    }
    assert parse_rule("linear 50 → 1,000.5", 10_000) == {
        "linear": {"zero_at": 500_000, "full_at": 10_005_000}
    }
