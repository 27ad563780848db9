"""The early warnings' thresholds: defaults here, any of them changeable by the sales
director (stored by name in ``warning_threshold``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from kam.i18n import _


@dataclass(frozen=True)
class Thresholds:
    # Orders falling: the last N months' volume below a share of the same months a year
    # before. Mills order rolls a few times a year: half a year held one or two orders,
    # and a healthy account "fell" whenever one of them landed a month later.
    order_window_months: int = 12
    order_drop_ratio: float = 0.70
    order_severe_ratio: float = 0.40
    # Arrears: overdue (past the due date) by more than N days; severe past the second
    # bound; smaller sums ignored. (Until payment terms existed these counted from the
    # signing; 60/150 past 30-day terms are the old 90/180 from signing.)
    arrears_overdue_days: int = 60
    arrears_severe_days: int = 150
    arrears_min_amount: float = 5000.0
    # Arrears growing: the part older than the credit term, now against N days ago.
    arrears_growth_window_days: int = 90
    arrears_growth_age_days: int = 0
    arrears_growth_pct: float = 30.0
    arrears_growth_min_amount: float = 10000.0
    # Collection rate over the last N months against the N months before, in points.
    collection_window_months: int = 12
    # 20 rather than 15: one young contract not yet due moves a small account's rate
    # by more than 15 points.
    collection_drop_points: float = 20.0
    collection_severe_rate: float = 60.0
    # Quality records and complaints open longer than N days (severe at twice that).
    quality_open_days: int = 30
    complaint_open_days: int = 14
    # A key contact who left or changed post stays a warning for N days.
    contact_change_days: int = 90
    # Payment terms (账期) of contracts without their own or their account's (days).
    payment_days: int = 30
    # Share of wallet down by at least N points from the previous recorded year.
    # Shares are the salesperson's estimate: a few points either way is noise.
    share_drop_points: float = 10.0
    # A layer's visit overdue by more than N days is severe.
    visit_severe_overdue_days: int = 60
    # A visit planned on an overdue layer within N days settles its warning (one planned
    # later leaves the warning up, saying when).
    visit_plan_settles_days: int = 30
    # A grade dropped in the rating in force stays a warning for N days after the review
    # meeting finalised it; after that it is the account's grade, not news.
    grade_drop_days: int = 90


# Thresholds that are sums of money: stored in 元 like every amount, shown and typed in
# 万元 on screen like every amount there.
MONEY: frozenset[str] = frozenset({"arrears_min_amount", "arrears_growth_min_amount"})

# name → (label, lowest allowed, highest allowed)
LIMITS: dict[str, tuple[str, float, float]] = {
    "order_window_months": ("Orders: months compared", 1, 24),
    "order_drop_ratio": ("Orders: warn below this share of a year before", 0.05, 1),
    "order_severe_ratio": ("Orders: severe below this share", 0, 1),
    "arrears_overdue_days": ("Arrears: warn when overdue by more than (days)", 1, 3650),
    "arrears_severe_days": ("Arrears: severe when overdue by more than (days)", 1, 3650),
    "arrears_min_amount": ("Arrears: ignore overdue sums below (amount)", 0, 1e12),
    "arrears_growth_window_days": ("Arrears growing: compared with (days ago)", 7, 730),
    "arrears_growth_age_days": (
        "Arrears growing: count arrears overdue by more than (days)",
        0,
        3650,
    ),
    "arrears_growth_pct": ("Arrears growing: by at least (%)", 1, 10000),
    "arrears_growth_min_amount": ("Arrears growing: by at least (amount)", 0, 1e12),
    "collection_window_months": ("Collection: months compared", 1, 36),
    "collection_drop_points": ("Collection: drop of at least (points)", 1, 100),
    "collection_severe_rate": ("Collection: severe below (%)", 0, 100),
    "quality_open_days": ("Quality record open longer than (days)", 1, 3650),
    "complaint_open_days": ("Complaint open longer than (days)", 1, 3650),
    "contact_change_days": ("Key contact change shown for (days)", 1, 3650),
    "payment_days": ("Payment terms: company default (days)", 0, 3650),
    "share_drop_points": ("Share of wallet down by at least (points)", 0.1, 100),
    "visit_severe_overdue_days": ("Visit overdue: severe after (days)", 1, 3650),
    "visit_plan_settles_days": ("Visit overdue: settled by a visit planned within (days)", 0, 365),
    "grade_drop_days": ("Grade dropped: shown for (days) after the rating", 1, 3650),
}


def defaults() -> Thresholds:
    return Thresholds()


def with_values(values: dict[str, float]) -> Thresholds:
    """Defaults with ``values`` applied (unknown names ignored, integers kept integral).

    Raises:
        ValueError: a value outside its allowed range, naming the threshold.
    """
    known = {f.name: f for f in fields(Thresholds)}
    changes: dict[str, float | int] = {}
    problems = []
    for name, value in values.items():
        if name not in known:
            continue
        lo, hi = LIMITS[name][1], LIMITS[name][2]
        if not lo <= float(value) <= hi:
            problems.append(
                _("{name} must be between {lo:g} and {hi:g}").format(
                    name=_(LIMITS[name][0]), lo=lo, hi=hi
                )
            )
            continue
        changes[name] = round(value) if known[name].type in (int, "int") else float(value)
    if problems:
        raise ValueError("; ".join(problems))
    return replace(Thresholds(), **changes)  # type: ignore[arg-type]


def as_dict(t: Thresholds) -> dict[str, float]:
    return {k: float(v) for k, v in asdict(t).items()}


def english_sources() -> list[str]:
    return [label for label, _lo, _hi in LIMITS.values()]
