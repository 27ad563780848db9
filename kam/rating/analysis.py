"""The review meeting's analysis over a year's results: the value pyramid, the Pareto
curve, the grade distribution and the movement between two years. Pure functions over
plain figures.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kam.rating.scheme import GRADES

# The value pyramid (docs/domain.md, Customer classes): important (top 1 %), major (next 19 %), ordinary (next 30 %),
# small (bottom 50 %), by revenue.
PYRAMID_LAYERS: tuple[tuple[str, float], ...] = (
    ("important", 0.01),
    ("major", 0.19),
    ("ordinary", 0.30),
    ("small", 0.50),
)


@dataclass(frozen=True)
class Figure:
    code: str
    name: str
    revenue: float
    volume: float
    grade: str = ""


@dataclass(frozen=True)
class PyramidLayer:
    layer: str
    accounts: int
    revenue: float
    revenue_share: float  # 0–100
    volume: float
    volume_share: float
    codes: tuple[str, ...]


def _ranked(figures: Iterable[Figure], by: str = "revenue") -> list[Figure]:
    return sorted(figures, key=lambda f: (-getattr(f, by), f.code))


def _share(part: float, whole: float) -> float:
    return 100.0 * part / whole if whole else 0.0


def pyramid(figures: Sequence[Figure]) -> list[PyramidLayer]:
    """Accounts split by revenue rank into the four layers.

    Layer sizes are cumulative shares rounded up (at least one account in the top layer
    when there are any), so 93 accounts give 1 / 18 / 28 / 46.
    """
    ranked = _ranked(figures)
    n = len(ranked)
    total_revenue = sum(f.revenue for f in ranked)
    total_volume = sum(f.volume for f in ranked)
    layers = []
    start = 0
    cumulative = 0.0
    for number, (layer, share) in enumerate(PYRAMID_LAYERS):
        cumulative += share
        end = (
            n if number == len(PYRAMID_LAYERS) - 1 else min(n, math.ceil(round(cumulative * n, 9)))
        )
        if number == 0 and n:
            end = max(end, 1)
        part = ranked[start:end]
        revenue = sum(f.revenue for f in part)
        volume = sum(f.volume for f in part)
        layers.append(
            PyramidLayer(
                layer,
                len(part),
                revenue,
                _share(revenue, total_revenue),
                volume,
                _share(volume, total_volume),
                tuple(f.code for f in part),
            )
        )
        start = end
    return layers


@dataclass(frozen=True)
class ParetoPoint:
    accounts_pct: float  # the top N % of accounts (by the measure itself)
    share_pct: float  # their share of the whole


def pareto(figures: Sequence[Figure], by: str = "volume") -> list[ParetoPoint]:
    """The cumulative share of ``by`` (volume or revenue) from the top N % of accounts,
    one point per account, starting at (0, 0)."""
    ranked = _ranked(figures, by)
    total = sum(getattr(f, by) for f in ranked)
    points = [ParetoPoint(0.0, 0.0)]
    running = 0.0
    for number, f in enumerate(ranked, start=1):
        running += getattr(f, by)
        points.append(ParetoPoint(100.0 * number / len(ranked), _share(running, total)))
    return points


def share_of_top(figures: Sequence[Figure], accounts_pct: float, by: str = "volume") -> float:
    """The share of ``by`` that the top ``accounts_pct`` % of accounts give."""
    ranked = _ranked(figures, by)
    if not ranked:
        return 0.0
    top = ranked[: max(0, math.ceil(round(len(ranked) * accounts_pct / 100.0, 9)))]
    return _share(sum(getattr(f, by) for f in top), sum(getattr(f, by) for f in ranked))


def accounts_for_share(figures: Sequence[Figure], share_pct: float, by: str = "volume") -> int:
    """How many of the biggest accounts it takes to reach ``share_pct`` % of ``by``."""
    ranked = _ranked(figures, by)
    total = sum(getattr(f, by) for f in ranked)
    running = 0.0
    for number, f in enumerate(ranked, start=1):
        running += getattr(f, by)
        if total and 100.0 * running / total >= share_pct - 1e-9:
            return number
    return len(ranked)


def grade_distribution(grades: Iterable[str]) -> dict[str, int]:
    counts = Counter(grades)
    return {g: counts.get(g, 0) for g in GRADES}


def movement(previous: dict[str, str], current: dict[str, str]) -> dict[tuple[str, str], int]:
    """Accounts per (last year's grade, this year's grade), keyed by code; "" stands for
    not rated in that year."""
    result: Counter[tuple[str, str]] = Counter()
    for code in previous.keys() | current.keys():
        result[(previous.get(code, ""), current.get(code, ""))] += 1
    return dict(result)
