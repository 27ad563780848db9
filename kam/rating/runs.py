"""Computing a year's rating inside a session: gather the measures, score, compare with
last year, and write the run with its results in one go.

The service layer (:mod:`kam.rating.service`) opens the session and decides what may
be run; this module holds the work itself so the benchmark can time exactly it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
from typing import cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from kam.domain import Account, Contract, ManualScore, Payment, QualityRecord
from kam.domain.base import new_uuid, utcnow
from kam.i18n import _
from kam.rating.measures import year_figures
from kam.rating.model import (
    ACCEPTED,
    DRAFT,
    FINAL,
    OVERRIDDEN,
    SUPERSEDED,
    RatingResult,
    RatingRun,
)
from kam.rating.scheme import MANUAL_MEASURES, Scheme
from kam.rating.scoring import AccountInput, AccountScore, change_of, is_key, score_all
from kam.validation import ValidationError

Progress = Callable[[str], None]


def has_records(session: Session, year: int) -> bool:
    """Whether anything at all was recorded for ``year`` (contracts, payments, quality
    records or manual scores)."""
    start, end = date(year, 1, 1), date(year + 1, 1, 1)
    for column in (Contract.signed_on, Payment.paid_on, QualityRecord.reported_on):
        found = session.scalar(select(func.count()).where(column >= start, column < end))
        if found:
            return True
    return bool(session.scalar(select(func.count()).where(ManualScore.year == year)))


def final_run_id(session: Session, year: int) -> int | None:
    return session.scalar(
        select(RatingRun.id)
        .where(RatingRun.year == year, RatingRun.status == FINAL)
        .order_by(RatingRun.id.desc())
    )


def draft_run_id(session: Session, year: int) -> int | None:
    return session.scalar(
        select(RatingRun.id)
        .where(RatingRun.year == year, RatingRun.status == DRAFT)
        .order_by(RatingRun.id.desc())
    )


def previous_grades(session: Session, year: int) -> dict[int, tuple[str, bool]]:
    """Last year's decided (final, overrides applied) grade and key flag per account."""
    run_id = final_run_id(session, year - 1)
    if run_id is None:
        return {}
    rows = session.execute(
        select(RatingResult.account_id, RatingResult.grade, RatingResult.key_account).where(
            RatingResult.run_id == run_id, RatingResult.account_id.is_not(None)
        )
    )
    return {a: (g, bool(k)) for a, g, k in rows if a is not None}


def gather_inputs(session: Session, scheme: Scheme, year: int) -> list[AccountInput]:
    """Every account's measures for ``year``; bad manual scores stop the run.

    Raises:
        ValidationError: manual scores outside 1–5, naming each account.
    """
    figures = year_figures(session, [year], previous_revenue="revenue_growth" in scheme.measures)
    accounts = session.execute(select(Account.id, Account.code, Account.name)).all()
    problems: dict[str, str] = {}
    inputs: list[AccountInput] = []
    measures = scheme.measures
    for account_id, code, name in accounts:
        f = figures.get((account_id, year))
        values: dict[str, float | None] = {}
        for measure in measures:
            value = f.measure(measure) if f is not None else _empty(measure)
            if measure in MANUAL_MEASURES and value is not None and not 1 <= value <= 5:
                problems[code] = _("{measure} score {value} for {year} is outside 1–5").format(
                    measure=measure, value=int(value), year=year
                )
            values[measure] = value
        inputs.append(
            AccountInput(
                account_id=account_id,
                code=code,
                name=name,
                values=values,
                revenue=f.revenue if f is not None else 0.0,
                volume=f.volume if f is not None else 0.0,
            )
        )
    if problems:
        raise ValidationError(problems)
    return inputs


def score_year(session: Session, scheme: Scheme, year: int) -> list[AccountScore]:
    """Every account scored and ranked for ``year``."""
    return score_all(scheme, gather_inputs(session, scheme, year))


def _empty(measure: str) -> float | None:
    # An account with nothing recorded: sums are 0, ratios and scores are missing,
    # exactly what an empty YearFigures gives.
    return 0.0 if measure in ("contract_volume", "revenue") else None


def write_run(
    session: Session,
    *,
    year: int,
    scheme: Scheme,
    scheme_text: str,
    scores: list[AccountScore],
    user: str,
    based_on_id: int | None,
    carried: dict[int, dict[str, object]] | None = None,
) -> int:
    """Stores a draft run and its results (bulk insert: 10,000 rows in a blink)."""
    run = RatingRun(
        year=year,
        status=DRAFT,
        scheme_name=scheme.name,
        scheme_toml=scheme_text,
        created_by=user,
        based_on_id=based_on_id,
    )
    session.add(run)
    session.flush()
    previous = previous_grades(session, year)
    now = utcnow()
    carried = carried or {}
    rows = []
    for s in scores:
        decision = carried.get(s.account_id, {})
        grade = str(decision.get("override_grade") or s.grade)
        key = is_key(grade, scheme.key_account_min_grade)
        prev = previous.get(s.account_id)
        rows.append(
            {
                "uuid": new_uuid(),
                "created_at": now,
                "updated_at": now,
                "changed_by": user,
                "run_id": run.id,
                "account_id": s.account_id,
                "code": s.code,
                "name": s.name,
                "values_json": _json_object((c.measure, c.value) for c in s.criteria),
                "points_json": _json_object((c.measure, float(c.points)) for c in s.criteria),
                "missing_json": json.dumps(s.missing),
                "revenue": s.revenue,
                "volume": s.volume,
                "total": float(s.total),
                "computed_grade": s.grade,
                "rank": s.rank,
                "grade": grade,
                "key_account": key,
                "previous_grade": prev[0] if prev else None,
                "previous_key": prev[1] if prev else False,
                "change": change_of(
                    grade, key, prev[0] if prev else None, prev[1] if prev else False
                ),
                "decision": decision.get("decision", ""),
                "override_grade": decision.get("override_grade", ""),
                "reason": decision.get("reason", ""),
                "decided_by": decision.get("decided_by", ""),
                "decided_at": decision.get("decided_at"),
            }
        )
    if rows:
        # Core executemany: the ORM's bulk path costs more than the insert itself here.
        # SQLAlchemy types __table__ as any FromClause; a declarative class's is a Table.
        session.execute(insert(cast(Table, RatingResult.__table__)), rows)
    return run.id


def _json_object(items: Iterable[tuple[str, float | None]]) -> str:
    """A JSON object of measure names and numbers, written directly: json.dumps costs
    more than the whole insert for 10,000 rows. Python's float repr is valid JSON."""
    return (
        "{" + ", ".join(f'"{k}": {"null" if v is None else repr(float(v))}' for k, v in items) + "}"
    )


def decisions_of(session: Session, run_id: int) -> dict[int, dict[str, object]]:
    """The decisions recorded in a run, per account (carried into its re-run)."""
    rows = session.execute(
        select(
            RatingResult.account_id,
            RatingResult.decision,
            RatingResult.override_grade,
            RatingResult.reason,
            RatingResult.decided_by,
            RatingResult.decided_at,
        ).where(
            RatingResult.run_id == run_id,
            RatingResult.decision != "",
            RatingResult.account_id.is_not(None),
        )
    )
    return {
        a: {"decision": d, "override_grade": g, "reason": r, "decided_by": b, "decided_at": t}
        for a, d, g, r, b, t in rows
        if a is not None
    }


def apply_decision(
    session: Session,
    result: RatingResult,
    scheme: Scheme,
    *,
    override_grade: str,
    reason: str,
    decided_by: str,
) -> None:
    """Sets the meeting's decision on a result (already validated) and what follows from
    it: effective grade, key-account flag and movement."""
    overridden = bool(override_grade) and override_grade != result.computed_grade
    result.decision = OVERRIDDEN if overridden else ACCEPTED
    result.override_grade = override_grade if overridden else ""
    result.reason = reason.strip()
    result.decided_by = decided_by.strip()
    result.decided_at = utcnow()
    _set_grade(result, scheme, result.override_grade or result.computed_grade)


def clear_decision(result: RatingResult, scheme: Scheme) -> None:
    result.decision = result.override_grade = result.reason = result.decided_by = ""
    result.decided_at = None
    _set_grade(result, scheme, result.computed_grade)


def _set_grade(result: RatingResult, scheme: Scheme, grade: str) -> None:
    result.grade = grade
    result.key_account = is_key(grade, scheme.key_account_min_grade)
    result.change = change_of(grade, result.key_account, result.previous_grade, result.previous_key)


def finalise_run(session: Session, run: RatingRun, by: str) -> None:
    """Freezes a draft; a final run of its year becomes superseded; the accounts take
    the run's decided grades and key-account flags."""
    session.execute(
        update(RatingRun)
        .where(RatingRun.year == run.year, RatingRun.status == FINAL)
        .values(status=SUPERSEDED)
    )
    run.status = FINAL
    run.finalised_at = utcnow()
    run.finalised_by = by.strip()
    decided = session.execute(
        select(RatingResult.account_id, RatingResult.grade, RatingResult.key_account).where(
            RatingResult.run_id == run.id, RatingResult.account_id.is_not(None)
        )
    ).all()
    if decided:
        session.execute(
            update(Account), [{"id": a, "grade": g, "key_account": k} for a, g, k in decided]
        )
    session.flush()
