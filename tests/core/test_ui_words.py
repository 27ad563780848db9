"""Words of the rating scheme in the user's language: "else"/"linear" read 其余/线性 in
Chinese (and are read back), and the shipped Chinese criterion labels read as the
measures' English names in the English UI."""

from __future__ import annotations

from kam.i18n import set_language
from kam.rating.rule_text import format_rule, parse_rule
from kam.rating.scheme import Band, Criterion, Linear


def test_rule_words_follow_the_language() -> None:
    bands = Criterion("revenue", "销售收入", 20, bands=(Band(min=300, points=100), Band(points=0)))
    linear = Criterion("collection_rate", "", 10, linear=Linear(60, 100))
    set_language("zh_CN")
    assert format_rule(bands) == "≥300: 100; 其余: 0"
    assert format_rule(linear) == "线性 60 → 100"
    assert parse_rule(format_rule(bands)) == {"bands": [{"min": 300, "points": 100}, {"points": 0}]}
    assert parse_rule(format_rule(linear)) == {"linear": {"zero_at": 60, "full_at": 100}}
    assert bands.screen_title == "销售收入"
    set_language("en")
    assert format_rule(bands) == "≥300: 100; else: 0"
    assert bands.screen_title == "Revenue" and bands.title == "销售收入"  # messages quote it
    assert Criterion("revenue", "Sales", 1).screen_title == "Sales"
