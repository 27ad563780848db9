"""Scoring an account against a scheme, exactly as docs/rating-scheme.md says; pure, no database.

Arithmetic is done in :class:`~decimal.Decimal` from the shortest decimal form of each
figure, so a total that is exactly x.x5 on paper rounds up as a director computing it
by hand expects (binary floats would sometimes land just below and round down).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import NamedTuple

from kam.rating.scheme import GRADES, Band, Criterion, Linear, Scheme

HUNDRED = Decimal(100)
ZERO = Decimal(0)
ONE_DECIMAL = Decimal("0.1")


def dec(value: float | int | Decimal) -> Decimal:
    """The decimal a person reads in ``value`` (0.1 is 0.1, not 0.1000000000000000055…)."""
    if isinstance(value, Decimal):
        return value
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


@lru_cache(maxsize=4096)
def _const(value: float) -> Decimal:
    # Scheme figures (weights, band points, linear ends) repeat for every account.
    return dec(value)


def band_points(value: float, bands: Iterable[Band]) -> tuple[Decimal, int | None]:
    """Points of the first band (top-down) that holds for ``value`` and its 1-based
    number; 0 points and None when no band holds."""
    for number, band in enumerate(bands, start=1):
        if band.matches(value):
            return _const(band.points), number
    return Decimal(0), None


def linear_points(value: float, linear: Linear) -> Decimal:
    """100 × (value − zero_at) / (full_at − zero_at), clamped to 0–100."""
    zero = _const(linear.zero_at)
    raw = HUNDRED * (dec(value) - zero) / (_const(linear.full_at) - zero)
    return min(HUNDRED, max(Decimal(0), raw))


class CriterionScore(NamedTuple):
    # A named tuple: 80,000 of these are made per 10,000 accounts, and a frozen
    # dataclass's __init__ costs several times more.
    measure: str
    value: float | None
    points: Decimal
    missing: bool
    band: int | None = None  # which band gave the points (bands only)


def score_criterion(criterion: Criterion, value: float | None) -> CriterionScore:
    if value is None:
        return CriterionScore(criterion.measure, None, Decimal(0), True)
    if criterion.linear is not None:
        return CriterionScore(
            criterion.measure, value, linear_points(value, criterion.linear), False
        )
    points, band = band_points(value, criterion.bands)
    return CriterionScore(criterion.measure, value, points, False, band)


def total_of(scheme: Scheme, points: Mapping[str, Decimal]) -> Decimal:
    """Σ(weight × points) / Σ(weight), rounded half-up to one decimal."""
    weights = sum((_const(c.weight) for c in scheme.criteria), Decimal(0))
    weighted = sum((_const(c.weight) * points[c.measure] for c in scheme.criteria), Decimal(0))
    return (weighted / weights).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def grade_of(total: Decimal, grades: Mapping[str, float]) -> str:
    for grade in ("A", "B", "C"):
        if total >= _const(grades[grade]):
            return grade
    return "D"


def is_key(grade: str, min_grade: str) -> bool:
    """Whether ``grade`` is at or above the key-account minimum grade."""
    return bool(grade) and GRADES.index(grade) <= GRADES.index(min_grade)


@dataclass(frozen=True)
class AccountInput:
    """What one account brings to the rating: its measures for the year."""

    account_id: int
    code: str
    name: str
    values: Mapping[str, float | None]
    revenue: float = 0.0
    volume: float = 0.0


@dataclass(frozen=True)
class AccountScore:
    account_id: int
    code: str
    name: str
    criteria: tuple[CriterionScore, ...]
    total: Decimal
    grade: str
    key_account: bool
    revenue: float
    volume: float
    rank: int = 0

    @property
    def missing(self) -> list[str]:
        return [c.measure for c in self.criteria if c.missing]


def _score(scheme: Scheme, account: AccountInput) -> tuple[tuple[CriterionScore, ...], Decimal]:
    scores = tuple(score_criterion(c, account.values.get(c.measure)) for c in scheme.criteria)
    return scores, total_of(scheme, {s.measure: s.points for s in scores})


def _points_function(criterion: Criterion) -> Callable[[float], tuple[Decimal, int | None]]:
    """The criterion's rule as one closure over pre-converted figures: the same result
    as :func:`band_points` / :func:`linear_points`, at a fraction of the calls."""
    if criterion.linear is not None:
        zero = _const(criterion.linear.zero_at)
        span = _const(criterion.linear.full_at) - zero

        def linear(value: float) -> tuple[Decimal, int | None]:
            raw = HUNDRED * (dec(value) - zero) / span
            return (HUNDRED if raw > HUNDRED else ZERO if raw < ZERO else raw), None

        return linear
    bands = [(b.min, b.max, _const(b.points)) for b in criterion.bands]

    def banded(value: float) -> tuple[Decimal, int | None]:
        for number, (low, high, points) in enumerate(bands, start=1):
            if low is not None:
                if value >= low:
                    return points, number
            elif high is None or value <= high:
                return points, number
        return ZERO, None

    return banded


def _scorer(scheme: Scheme) -> Callable[[AccountInput], tuple[tuple[CriterionScore, ...], Decimal]]:
    """:func:`_score` with the scheme's figures converted once, for many accounts."""
    plan = [(c.measure, _points_function(c), _const(c.weight)) for c in scheme.criteria]
    weight_sum = sum((w for _m, _f, w in plan), Decimal(0))

    def score(account: AccountInput) -> tuple[tuple[CriterionScore, ...], Decimal]:
        values = account.values
        scores = []
        weighted = ZERO
        for measure, points_of, weight in plan:
            value = values.get(measure)
            if value is None:
                scores.append(CriterionScore(measure, None, ZERO, True))
                continue
            points, band = points_of(value)
            scores.append(CriterionScore(measure, value, points, False, band))
            weighted += weight * points
        return tuple(scores), (weighted / weight_sum).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)

    return score


def _account_score(
    scheme: Scheme,
    account: AccountInput,
    scores: tuple[CriterionScore, ...],
    total: Decimal,
    rank: int = 0,
) -> AccountScore:
    grade = grade_of(total, scheme.grades)
    return AccountScore(
        account_id=account.account_id,
        code=account.code,
        name=account.name,
        criteria=scores,
        total=total,
        grade=grade,
        key_account=is_key(grade, scheme.key_account_min_grade),
        revenue=account.revenue,
        volume=account.volume,
        rank=rank,
    )


def score_account(scheme: Scheme, account: AccountInput) -> AccountScore:
    """One account's points, total, grade and key-account flag (rank left at 0)."""
    return _account_score(scheme, account, *_score(scheme, account))


def rank_key(total: Decimal, revenue: float, code: str) -> tuple[Decimal, float, str]:
    """Sorts by total descending, then revenue descending, then code."""
    return (-total, -revenue, code)


def score_all(scheme: Scheme, accounts: Iterable[AccountInput]) -> list[AccountScore]:
    """Every account scored and ranked 1…n, best first."""
    score = _scorer(scheme)
    scored = [(a, *score(a)) for a in accounts]
    scored.sort(key=lambda t: rank_key(t[2], t[0].revenue, t[0].code))
    return [
        _account_score(scheme, a, scores, total, n)
        for n, (a, scores, total) in enumerate(scored, start=1)
    ]


def change_of(grade: str, key: bool, previous_grade: str | None, previous_key: bool) -> str:
    """The movement against last year: ``new`` (first rated, or into the key-account
    list), ``dropped`` (out of the key-account list), else ``up``/``down``/``same``."""
    if previous_grade is None or (key and not previous_key):
        return "new"
    if previous_key and not key:
        return "dropped"
    if grade == previous_grade:
        return "same"
    return "up" if GRADES.index(grade) < GRADES.index(previous_grade) else "down"
