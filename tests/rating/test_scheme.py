"""Reading, validating and writing the rating scheme file (docs/rating-scheme.md)."""

from __future__ import annotations

import pytest

from kam.rating.measures import MEASURES
from kam.rating.scheme import (
    Band,
    Linear,
    SchemeError,
    default_scheme,
    dump_scheme,
    parse_scheme,
)

EXAMPLE = """
year = 2025
name = "2025 大客户评级"
key_account_min_grade = "B"

[grades]
A = 85
B = 70
C = 50

[[criteria]]
measure = "contract_volume"
label = "合同量"
weight = 20
bands = [ {min = 300, points = 100}, {min = 100, points = 70},
          {min = 50, points = 40}, {points = 0} ]

[[criteria]]
measure = "quality_loss_rate"
label = "质量损失率"
weight = 10
bands = [ {max = 0.5, points = 100}, {max = 2, points = 60}, {points = 0} ]

[[criteria]]
measure = "collection_rate"
weight = 15
linear = {zero_at = 60, full_at = 100}
"""


def test_the_interfaces_example_reads_as_written() -> None:
    scheme = parse_scheme(EXAMPLE)
    assert scheme.year == 2025
    assert scheme.name == "2025 大客户评级"
    assert scheme.grades == {"A": 85, "B": 70, "C": 50}
    assert scheme.measures == ["contract_volume", "quality_loss_rate", "collection_rate"]
    assert scheme.criteria[0].bands[1] == Band(points=70, min=100)
    assert scheme.criteria[1].bands[0] == Band(points=100, max=0.5)
    assert scheme.criteria[2].linear == Linear(60, 100)
    assert scheme.criteria[2].title == "Collection rate"  # no label: the measure's name


def test_written_scheme_reads_back_identical() -> None:
    scheme = parse_scheme(EXAMPLE)
    assert parse_scheme(dump_scheme(scheme)) == scheme


def test_default_scheme_has_the_seeds_eight_criteria() -> None:
    scheme = default_scheme()
    assert scheme.measures == [
        "contract_volume",
        "unit_price",
        "revenue",
        "collection_rate",
        "profit_margin",
        "quality_loss_rate",
        "industry_influence",
        "reputation",
    ]
    assert sum(c.weight for c in scheme.criteria) == 100
    assert set(scheme.measures) <= set(MEASURES)


def _problems(text: str) -> list[str]:
    with pytest.raises(SchemeError) as err:
        parse_scheme(text)
    return err.value.problems


def test_syntax_error_names_the_line() -> None:
    text = EXAMPLE.replace("weight = 15", "weight = = 15")
    line = EXAMPLE.splitlines().index("weight = 15") + 1
    (message,) = _problems(text)
    assert f"line {line}" in message
    assert "TOML syntax error" in message


def test_unknown_measure_names_the_criterion() -> None:
    (message,) = _problems(EXAMPLE.replace('"quality_loss_rate"', '"quality_loss"'))
    assert message.startswith("criterion 2 (质量损失率): unknown measure quality_loss")


def test_missing_and_non_positive_weights() -> None:
    problems = _problems(EXAMPLE.replace("weight = 20\n", "").replace("weight = 10", "weight = 0"))
    assert problems == [
        "criterion 1 (合同量): weight is missing",
        "criterion 2 (质量损失率): weight must be a number above 0",
    ]


def test_bands_out_of_order() -> None:
    ascending = EXAMPLE.replace(
        "{min = 300, points = 100}, {min = 100, points = 70}",
        "{min = 100, points = 70}, {min = 300, points = 100}",
    )
    (message,) = _problems(ascending)
    assert message.startswith("criterion 1 (合同量): bands out of order")
    catch_all_first = EXAMPLE.replace(
        "bands = [ {max = 0.5, points = 100}, {max = 2, points = 60}, {points = 0} ]",
        "bands = [ {points = 0}, {max = 0.5, points = 100} ]",
    )
    (message,) = _problems(catch_all_first)
    assert message.startswith("criterion 2 (质量损失率): bands out of order: band 1 matches")
    max_descending = EXAMPLE.replace(
        "{max = 0.5, points = 100}, {max = 2, points = 60}",
        "{max = 2, points = 60}, {max = 0.5, points = 100}",
    )
    assert "max must go up" in _problems(max_descending)[0]


def test_grade_bounds_must_descend() -> None:
    (message,) = _problems(EXAMPLE.replace("B = 70", "B = 90"))
    assert message.startswith("grades: the bounds must descend")


def test_every_problem_is_reported_at_once() -> None:
    text = (
        EXAMPLE.replace('"collection_rate"', '"collection"')
        .replace("points = 40", "points = 140")
        .replace("C = 50", "C = 95")
    )
    problems = _problems(text)
    assert len(problems) == 3
    assert any("criterion 3" in p and "unknown measure" in p for p in problems)
    assert any("criterion 1" in p and "band 3: points" in p for p in problems)


def test_a_criterion_needs_bands_or_linear_and_no_typos() -> None:
    text = EXAMPLE.replace("linear = {zero_at = 60, full_at = 100}", "lineer = 1")
    problems = _problems(text)
    assert "criterion 3 (collection_rate): unknown setting lineer" in problems
    assert "criterion 3 (collection_rate): give either bands or linear" in problems


def test_linear_needs_two_different_numbers() -> None:
    (message,) = _problems(EXAMPLE.replace("full_at = 100", "full_at = 60"))
    assert "zero_at and full_at must differ" in message


def test_same_measure_twice_is_refused() -> None:
    text = (
        EXAMPLE + '\n[[criteria]]\nmeasure = "collection_rate"\nweight = 1\n'
        "linear = {zero_at = 0, full_at = 1}\n"
    )
    assert "used twice" in _problems(text)[0]
