"""The scoring arithmetic of docs/rating-scheme.md, against cases worked out by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kam.rating.scheme import Band, Criterion, Linear, Scheme
from kam.rating.scoring import (
    AccountInput,
    band_points,
    change_of,
    grade_of,
    is_key,
    linear_points,
    score_account,
    score_all,
    score_criterion,
    total_of,
)

VOLUME_BANDS = (Band(100, min=300), Band(70, min=100), Band(40, min=50), Band(0))
LOSS_BANDS = (Band(100, max=0.5), Band(60, max=2), Band(0))
GRADES = {"A": 85.0, "B": 70.0, "C": 50.0}


@pytest.mark.parametrize(
    ("value", "points", "band"),
    [
        (600, 100, 1),
        (300, 100, 1),
        (299.9, 70, 2),
        (100, 70, 2),
        (50, 40, 3),
        (49.99, 0, 4),
        (0, 0, 4),
    ],
)
def test_bands_with_min_take_the_first_band_whose_min_holds(value, points, band) -> None:
    assert band_points(value, VOLUME_BANDS) == (Decimal(points), band)


@pytest.mark.parametrize(
    ("value", "points", "band"),
    [
        (0, 100, 1),
        (0.5, 100, 1),
        (0.51, 60, 2),
        (2, 60, 2),
        (2.01, 0, 3),
        (40, 0, 3),
    ],
)
def test_bands_with_max_take_the_first_band_whose_max_holds(value, points, band) -> None:
    assert band_points(value, LOSS_BANDS) == (Decimal(points), band)


def test_catch_all_band_matches_anything_and_no_match_gives_zero() -> None:
    assert band_points(-5, (Band(80, min=10), Band(25))) == (Decimal(25), 2)
    assert band_points(5, (Band(80, min=10),)) == (Decimal(0), None)


@pytest.mark.parametrize(
    ("value", "points"),
    [
        (60, "0"),
        (59, "0"),
        (70, "25"),
        (80, "50"),
        (100, "100"),
        (130, "100"),
    ],
)
def test_linear_upwards_is_clamped(value, points) -> None:
    assert linear_points(value, Linear(zero_at=60, full_at=100)) == Decimal(points)


@pytest.mark.parametrize(
    ("value", "points"),
    [
        (0, "100"),
        (0.5, "100"),
        (2.75, "50"),
        (5, "0"),
        (9, "0"),
    ],
)
def test_linear_downwards_when_zero_at_is_larger(value, points) -> None:
    # quality loss: 0 points at 5 %, full points at 0.5 %: 2.75 is halfway.
    assert linear_points(value, Linear(zero_at=5, full_at=0.5)) == Decimal(points)


def test_missing_value_scores_zero_and_is_flagged() -> None:
    score = score_criterion(Criterion("collection_rate", "", 15, linear=Linear(60, 100)), None)
    assert score.points == 0
    assert score.missing


def _scheme(*criteria: Criterion) -> Scheme:
    return Scheme(name="t", criteria=criteria, grades=GRADES)


def test_total_is_the_weighted_mean() -> None:
    scheme = _scheme(
        Criterion("contract_volume", "", 20, bands=VOLUME_BANDS),
        Criterion("quality_loss_rate", "", 10, bands=LOSS_BANDS),
        Criterion("collection_rate", "", 15, linear=Linear(60, 100)),
    )
    score = score_account(
        scheme,
        AccountInput(
            1,
            "HB",
            "河北钢铁",
            {"contract_volume": 350, "quality_loss_rate": 1.2, "collection_rate": 80},
        ),
    )
    # (20 × 100 + 10 × 60 + 15 × 50) / 45 = 3350 / 45 = 74.444…
    assert score.total == Decimal("74.4")
    assert score.grade == "B"
    assert score.key_account  # B is at the default key-account minimum grade
    assert score.missing == []


def test_total_rounds_half_up_where_binary_floats_would_not() -> None:
    bands = (Band(0.3, min=1), Band(0))
    scheme = _scheme(
        Criterion("contract_volume", "", 1, bands=bands), Criterion("revenue", "", 1, bands=bands)
    )
    score = score_account(scheme, AccountInput(1, "X", "x", {"contract_volume": 5, "revenue": 0}))
    assert score.total == Decimal("0.2")  # 0.15 → 0.2; round(0.15, 1) gives 0.1
    assert round(0.15, 1) == 0.1
    # Half-up, not half-even: 72.45 → 72.5.
    assert total_of(
        scheme, {"contract_volume": Decimal("72"), "revenue": Decimal("72.9")}
    ) == Decimal("72.5")
    assert total_of(
        scheme, {"contract_volume": Decimal("72"), "revenue": Decimal("72.8")}
    ) == Decimal("72.4")


def test_missing_measure_counts_its_weight_with_zero_points() -> None:
    scheme = _scheme(
        Criterion("contract_volume", "", 20, bands=VOLUME_BANDS),
        Criterion("reputation", "", 20, linear=Linear(1, 5)),
    )
    score = score_account(
        scheme, AccountInput(1, "X", "x", {"contract_volume": 300, "reputation": None})
    )
    assert score.total == Decimal("50.0")
    assert score.missing == ["reputation"]


@pytest.mark.parametrize(
    ("total", "grade"),
    [
        ("100", "A"),
        ("85.0", "A"),
        ("84.9", "B"),
        ("70", "B"),
        ("69.9", "C"),
        ("50", "C"),
        ("49.9", "D"),
        ("0", "D"),
    ],
)
def test_grade_bounds_are_inclusive(total, grade) -> None:
    assert grade_of(Decimal(total), GRADES) == grade


def test_key_account_is_at_or_above_the_minimum_grade() -> None:
    assert [is_key(g, "B") for g in "ABCD"] == [True, True, False, False]
    assert [is_key(g, "A") for g in "ABCD"] == [True, False, False, False]


def test_rank_breaks_ties_by_revenue_then_code() -> None:
    scheme = _scheme(Criterion("contract_volume", "", 1, bands=VOLUME_BANDS))
    accounts = [
        AccountInput(1, "C003", "c", {"contract_volume": 120}, revenue=500),
        AccountInput(2, "C002", "b", {"contract_volume": 120}, revenue=900),
        AccountInput(3, "C001", "a", {"contract_volume": 120}, revenue=500),
        AccountInput(4, "C004", "d", {"contract_volume": 400}, revenue=1),
    ]
    ranked = score_all(scheme, accounts)
    assert [(s.code, s.rank) for s in ranked] == [
        ("C004", 1),
        ("C002", 2),
        ("C001", 3),
        ("C003", 4),
    ]


@pytest.mark.parametrize(
    ("grade", "key", "prev", "prev_key", "change"),
    [
        ("B", True, None, False, "new"),  # first rated
        ("D", False, None, False, "new"),
        ("B", True, "C", False, "new"),  # into the key-account list
        ("C", False, "B", True, "dropped"),  # out of it
        ("A", True, "B", True, "up"),
        ("D", False, "C", False, "down"),
        ("B", True, "B", True, "same"),
    ],
)
def test_change_against_last_year(grade, key, prev, prev_key, change) -> None:
    assert change_of(grade, key, prev, prev_key) == change


def test_ranking_path_scores_exactly_like_the_single_account_path() -> None:
    import random

    rng = random.Random(7)
    scheme = _scheme(
        Criterion("contract_volume", "", 20, bands=VOLUME_BANDS),
        Criterion("quality_loss_rate", "", 10, bands=LOSS_BANDS),
        Criterion("collection_rate", "", 15, linear=Linear(60, 100)),
        Criterion("profit_margin", "", 7, linear=Linear(30, 5)),
    )
    accounts = [
        AccountInput(
            n,
            f"C{n:03d}",
            "x",
            {
                m: None if rng.random() < 0.15 else round(rng.uniform(-10, 400), rng.randint(0, 3))
                for m in scheme.measures
            },
        )
        for n in range(300)
    ]
    for ranked in score_all(scheme, accounts):
        single = score_account(scheme, accounts[ranked.account_id])
        assert (single.total, single.criteria, single.grade) == (
            ranked.total,
            ranked.criteria,
            ranked.grade,
        )
