"""Demo step: the sales policy by grade, a finalised rating with the review meeting's
decisions for every past year with records (five years of history, so movements and
the matrix between years mean something), and a draft rating of this year for the next
meeting."""

from __future__ import annotations

import json
import random
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.domain import RatingResult, RatingRun, SalesPolicy
from kam.domain.service_base import get_or_raise
from kam.rating import runs
from kam.rating.policy import DEFAULT_POLICY, POLICY_GRADES
from kam.rating.scheme import default_scheme_text, parse_scheme

DIRECTOR = "周建国"  # the sales director who chairs the meeting
HISTORY_YEARS = 5  # rated years, this year's draft included
# Reasons a meeting gives for lifting or lowering a computed grade.
LIFT_REASONS = (
    "新建热连轧产线明年投产，轧辊需求将翻倍，保留重点客户待遇",
    "集团层面战略合作协议已签，高层要求重点维护",
    "今年因检修停产三个月，量下降属一次性因素",
)
LOWER_REASONS = (
    "回款持续拖欠超过 180 天，暂停重点客户待遇，待欠款清偿后再议",
    "质量异议处理中态度强硬，合作风险上升",
)


def populate(session: Session, rng: random.Random, today: date) -> None:
    _policies(session)
    scheme_text = default_scheme_text()
    # Oldest first: each year's changes are judged against the year before, finalised.
    for year in range(today.year - HISTORY_YEARS + 1, today.year):
        if not runs.has_records(session, year):
            continue
        final = _rate(session, year, scheme_text, created_by=DIRECTOR)
        _decide(session, final, rng)
        runs.finalise_run(session, final, DIRECTOR)
        _backdate(final, year)
    if runs.has_records(session, today.year):
        _rate(session, today.year, scheme_text, created_by=DIRECTOR)


def _backdate(run: RatingRun, year: int) -> None:
    """A past year was reviewed and finalised in the January after it, as in real life
    (the warnings take the rating in force on a day from the finalisation date)."""
    reviewed = min(datetime(year + 1, 1, 20, 9, 30), run.finalised_at or datetime.max)
    run.created_at = run.finalised_at = reviewed


def _policies(session: Session) -> None:
    for grade in POLICY_GRADES:
        p = DEFAULT_POLICY[grade]
        session.add(
            SalesPolicy(
                grade=grade,
                price_allowance_pct=p.price_allowance_pct,
                credit_days=p.credit_days,
                leader_visits=p.leader_visits,
                technical_visits=p.technical_visits,
                business_visits=p.business_visits,
                expense_budget=p.expense_budget,
                commission_rate_pct=p.commission_rate_pct,
                notes=p.notes,
            )
        )
    session.flush()


def _rate(session: Session, year: int, scheme_text: str, *, created_by: str) -> RatingRun:
    scheme = parse_scheme(scheme_text).for_year(year)
    scores = runs.score_year(session, scheme, year)
    run_id = runs.write_run(
        session,
        year=year,
        scheme=scheme,
        scheme_text=scheme_text,
        scores=scores,
        user=created_by,
        based_on_id=None,
    )
    return get_or_raise(session, RatingRun, run_id)


def _decide(session: Session, run: RatingRun, rng: random.Random) -> None:
    """The meeting accepts the top of the list, lifts two accounts just below the
    key-account line and lowers one slow payer."""
    scheme = parse_scheme(run.scheme_toml)
    results = list(
        session.scalars(
            select(RatingResult).where(RatingResult.run_id == run.id).order_by(RatingResult.rank)
        )
    )
    for result in results[:10]:
        runs.apply_decision(
            session, result, scheme, override_grade="", reason="", decided_by=DIRECTOR
        )
    near_line = [r for r in results if r.computed_grade == "C" and r.revenue > 0][:2]
    for result, reason in zip(near_line, rng.sample(LIFT_REASONS, len(near_line)), strict=True):
        runs.apply_decision(
            session, result, scheme, override_grade="B", reason=reason, decided_by=DIRECTOR
        )
    slow = sorted(
        (r for r in results[10:] if r.computed_grade == "B"),
        key=lambda r: json.loads(r.points_json).get("collection_rate", 100.0),
    )
    for result in slow[:1]:
        runs.apply_decision(
            session,
            result,
            scheme,
            override_grade="C",
            reason=rng.choice(LOWER_REASONS),
            decided_by=DIRECTOR,
        )
    session.flush()
