"""The analysis of a rating run for the meeting: value pyramid, Pareto curves, grade
distribution and the movement against the previous year's final rating."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kam.domain.service_base import get_or_raise
from kam.rating.analysis import (
    Figure,
    ParetoPoint,
    PyramidLayer,
    accounts_for_share,
    grade_distribution,
    movement,
    pareto,
    pyramid,
    share_of_top,
)
from kam.rating.model import FINAL, RatingResult, RatingRun
from kam.store import Database


@dataclass(frozen=True)
class RunAnalysis:
    year: int
    accounts: int
    buying_accounts: int  # accounts with any revenue in the year
    pyramid: list[PyramidLayer]
    pareto_volume: list[ParetoPoint]
    pareto_revenue: list[ParetoPoint]
    top20_volume_share: float
    top20_revenue_share: float
    accounts_for_80pct_volume: int
    grades: dict[str, int]
    previous_year: int | None
    previous_grades: dict[str, int]
    movement: dict[tuple[str, str], int]


def _figures(session, run_id: int) -> list[Figure]:  # type: ignore[no-untyped-def]
    rows = session.execute(
        select(
            RatingResult.code,
            RatingResult.name,
            RatingResult.revenue,
            RatingResult.volume,
            RatingResult.grade,
        ).where(RatingResult.run_id == run_id)
    )
    return [Figure(*r) for r in rows]


def analyse_run(db: Database, run_id: int) -> RunAnalysis:
    """Pyramid and Pareto over the accounts that bought in the year (the non-buyers
    would only stretch the bottom layer); grades over every rated account."""
    with db.session() as session:
        run = get_or_raise(session, RatingRun, run_id)
        figures = _figures(session, run_id)
        previous_id = session.scalar(
            select(RatingRun.id).where(RatingRun.year == run.year - 1, RatingRun.status == FINAL)
        )
        previous = _figures(session, previous_id) if previous_id is not None else []
        year = run.year
    buyers = [f for f in figures if f.revenue > 0 or f.volume > 0]
    return RunAnalysis(
        year=year,
        accounts=len(figures),
        buying_accounts=len(buyers),
        pyramid=pyramid(buyers),
        pareto_volume=pareto(buyers, "volume"),
        pareto_revenue=pareto(buyers, "revenue"),
        top20_volume_share=share_of_top(buyers, 20, "volume"),
        top20_revenue_share=share_of_top(buyers, 20, "revenue"),
        accounts_for_80pct_volume=accounts_for_share(buyers, 80, "volume"),
        grades=grade_distribution(f.grade for f in figures),
        previous_year=year - 1 if previous_id is not None else None,
        previous_grades=grade_distribution(f.grade for f in previous),
        movement=movement({f.code: f.grade for f in previous}, {f.code: f.grade for f in figures})
        if previous_id is not None
        else {},
    )
