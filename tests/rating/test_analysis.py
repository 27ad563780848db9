"""The value pyramid, the Pareto curve, grade distribution and movement."""

from __future__ import annotations

import pytest

from kam.rating.analysis import (
    Figure,
    accounts_for_share,
    grade_distribution,
    movement,
    pareto,
    pyramid,
    share_of_top,
)


def _company(n: int) -> list[Figure]:
    # Revenue n, n-1, …, 1 and volume one tenth of it.
    return [
        Figure(f"C{i:03d}", f"客户{i}", float(n - i + 1), (n - i + 1) / 10.0)
        for i in range(1, n + 1)
    ]


def test_pyramid_of_a_hundred_accounts() -> None:
    layers = pyramid(_company(100))
    assert [(layer.layer, layer.accounts) for layer in layers] == [
        ("important", 1),
        ("major", 19),
        ("ordinary", 30),
        ("small", 50),
    ]
    assert layers[0].codes == ("C001",)
    # Revenue 100 of Σ 5050.
    assert layers[0].revenue_share == pytest.approx(100 * 100 / 5050)
    assert sum(layer.revenue_share for layer in layers) == pytest.approx(100)


def test_pyramid_of_the_seeds_93_customers() -> None:
    assert [layer.accounts for layer in pyramid(_company(93))] == [1, 18, 28, 46]
    assert [layer.accounts for layer in pyramid(_company(3))] == [1, 0, 1, 1]
    assert [layer.accounts for layer in pyramid([])] == [0, 0, 0, 0]


def test_pareto_curve_and_its_reading() -> None:
    figures = [
        Figure("A", "a", 0, 72),
        Figure("B", "b", 0, 18),
        Figure("C", "c", 0, 10),
        Figure("D", "d", 0, 0),
    ]
    curve = pareto(figures)
    assert [(p.accounts_pct, p.share_pct) for p in curve] == [
        (0, 0),
        (25, 72),
        (50, 90),
        (75, 100),
        (100, 100),
    ]
    assert share_of_top(figures, 25) == pytest.approx(72)
    assert accounts_for_share(figures, 80) == 2


def test_grade_distribution_and_movement() -> None:
    assert grade_distribution(["A", "B", "B", "D"]) == {"A": 1, "B": 2, "C": 0, "D": 1}
    moves = movement({"X": "A", "Y": "B", "Z": "C"}, {"X": "A", "Y": "C", "W": "B"})
    assert moves == {("A", "A"): 1, ("B", "C"): 1, ("C", ""): 1, ("", "B"): 1}
