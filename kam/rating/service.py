"""The annual rating's use cases: run a year, read its results, explain a total, record
the review meeting's decisions, finalise, and the account's rating history.

A finalised run is frozen: running its year again makes a new draft (based on the
final, so its differences can be shown); decisions can only be changed on a draft.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kam.domain import Account
from kam.domain.service_base import get_or_raise
from kam.i18n import _
from kam.rating import runs
from kam.rating.format import bound_text
from kam.rating.model import (
    DRAFT,
    SUPERSEDED,
    RatingResult,
    RatingRun,
)
from kam.rating.scheme import (
    GRADES,
    Criterion,
    Scheme,
    SchemeError,
    default_scheme_text,
    parse_scheme,
)
from kam.rating.scoring import (
    AccountInput,
    CriterionScore,
    dec,
    score_account,
    score_all,
)
from kam.store import Database
from kam.validation import Checker, ValidationError


@dataclass(frozen=True)
class RunInfo:
    id: int
    year: int
    status: str
    scheme_name: str
    created_at: datetime
    created_by: str
    finalised_at: datetime | None
    finalised_by: str
    based_on_id: int | None
    accounts: int = 0
    key_accounts: int = 0


@dataclass(frozen=True)
class ResultRow:
    """One account's line in a run's results."""

    id: int
    account_id: int | None
    code: str
    name: str
    values: dict[str, float | None]
    points: dict[str, float]
    missing: tuple[str, ...]
    revenue: float
    volume: float
    total: float
    computed_grade: str
    grade: str
    rank: int
    key_account: bool
    previous_grade: str | None
    previous_key: bool
    change: str
    decision: str
    override_grade: str
    reason: str
    decided_by: str
    decided_at: datetime | None
    pinyin: str = ""  # the account's stored search keys, for filtering by pinyin
    initials: str = ""


def _info(session: Session, run: RatingRun) -> RunInfo:
    counts = session.execute(
        select(func.count(), func.count().filter(RatingResult.key_account)).where(
            RatingResult.run_id == run.id
        )
    ).one()
    return RunInfo(
        run.id,
        run.year,
        run.status,
        run.scheme_name,
        run.created_at,
        run.created_by,
        run.finalised_at,
        run.finalised_by,
        run.based_on_id,
        int(counts[0] or 0),
        int(counts[1] or 0),
    )


def load_scheme(text: str | None, year: int) -> tuple[Scheme, str]:
    """The scheme to run ``year`` with (the shipped default when ``text`` is None).

    Raises:
        SchemeError: the text is not a valid scheme, or is written for another year.
    """
    source = default_scheme_text() if text is None else text
    scheme = parse_scheme(source)
    if scheme.year is not None and scheme.year != year:
        raise SchemeError(
            [
                _("the scheme is written for {scheme_year}, not for {year}").format(
                    scheme_year=scheme.year, year=year
                )
            ]
        )
    return scheme.for_year(year), source


# What a run reports while it works: a stage for the user, steps done, steps in all.
RunProgress = Callable[[str, int, int], None]
RUN_STEPS = 3


def run_rating(
    db: Database, year: int, *, scheme_text: str | None = None, progress: RunProgress | None = None
) -> RunInfo:
    """Rates every account for ``year`` and stores the result as a draft run.

    A draft of the same year is replaced (its decisions are carried over); a final run
    stays as it is and the new draft is based on it. ``progress`` hears of each of the
    :data:`RUN_STEPS` stages as it starts (the desktop runs this off its GUI thread).

    Raises:
        SchemeError: a bad scheme. ValidationError: manual scores outside 1–5, or a year
        with no records at all. Nothing is stored in either case.
    """
    scheme, source = load_scheme(scheme_text, year)
    with db.session() as session:
        if not runs.has_records(session, year):
            raise ValidationError(
                {
                    "year": _(
                        "nothing is recorded for {year}: no contracts, payments, quality records "
                        "or manual scores"
                    ).format(year=year)
                }
            )
        report = progress or (lambda _stage, _done, _total: None)
        report(_("Reading the year's figures"), 0, RUN_STEPS)
        inputs = runs.gather_inputs(session, scheme, year)
        report(_("Scoring {n} accounts").format(n=len(inputs)), 1, RUN_STEPS)
        scores = score_all(scheme, inputs)
        report(_("Saving the results"), 2, RUN_STEPS)
        carried: dict[int, dict[str, object]] = {}
        old_draft = runs.draft_run_id(session, year)
        if old_draft is not None:
            carried = runs.decisions_of(session, old_draft)
            session.execute(delete(RatingResult).where(RatingResult.run_id == old_draft))
            session.execute(delete(RatingRun).where(RatingRun.id == old_draft))
        run_id = runs.write_run(
            session,
            year=year,
            scheme=scheme,
            scheme_text=source,
            scores=scores,
            user=db.user,
            based_on_id=runs.final_run_id(session, year),
            carried=carried,
        )
        session.flush()
        info = _info(session, get_or_raise(session, RatingRun, run_id))
    report(_("Done"), RUN_STEPS, RUN_STEPS)
    return info


def list_runs(db: Database, year: int | None = None) -> list[RunInfo]:
    """Runs newest first (of one year, or all)."""
    with db.session() as session:
        stmt = select(RatingRun).order_by(RatingRun.year.desc(), RatingRun.id.desc())
        if year is not None:
            stmt = stmt.where(RatingRun.year == year)
        return [_info(session, r) for r in session.scalars(stmt)]


def current_run(db: Database, year: int, status: str | None = None) -> RunInfo | None:
    """The run to show for ``year``: its draft when there is one, else its final run
    (or the newest run with the given ``status``)."""
    candidates = [r for r in list_runs(db, year) if r.status != SUPERSEDED]
    if status is not None:
        candidates = [r for r in candidates if r.status == status]
    drafts = [r for r in candidates if r.status == DRAFT]
    shown = drafts or candidates
    return shown[0] if shown else None


def rated_years(db: Database) -> list[int]:
    with db.session() as session:
        return list(
            session.scalars(select(RatingRun.year).distinct().order_by(RatingRun.year.desc()))
        )


def run_scheme(db: Database, run_id: int) -> tuple[Scheme, str]:
    """The scheme stored with a run and its text."""
    with db.session() as session:
        run = get_or_raise(session, RatingRun, run_id)
        return parse_scheme(run.scheme_toml).for_year(run.year), run.scheme_toml


def _row(r: RatingResult, pinyin: str = "", initials: str = "") -> ResultRow:
    return ResultRow(
        r.id,
        r.account_id,
        r.code,
        r.name,
        json.loads(r.values_json),
        json.loads(r.points_json),
        tuple(json.loads(r.missing_json)),
        r.revenue,
        r.volume,
        r.total,
        r.computed_grade,
        r.grade,
        r.rank,
        r.key_account,
        r.previous_grade,
        r.previous_key,
        r.change,
        r.decision,
        r.override_grade,
        r.reason,
        r.decided_by,
        r.decided_at,
        pinyin or "",
        initials or "",
    )


def results(db: Database, run_id: int) -> list[ResultRow]:
    """A run's results by rank."""
    with db.session() as session:
        rows = session.execute(
            select(RatingResult, Account.pinyin, Account.pinyin_initials)
            .outerjoin(Account, Account.id == RatingResult.account_id)
            .where(RatingResult.run_id == run_id)
            .order_by(RatingResult.rank)
        )
        return [_row(r, p, i) for r, p, i in rows]


def dropped_accounts(db: Database, run_id: int) -> list[ResultRow]:
    """Last year's key accounts that are not key accounts in this run (or not in it)."""
    return [r for r in results(db, run_id) if r.change == "dropped"]


@dataclass(frozen=True)
class ExplainLine:
    measure: str
    label: str
    weight: float
    value: float | None
    points: Decimal
    missing: bool
    rule: str  # which band or what linear formula gave the points


@dataclass(frozen=True)
class Explanation:
    row: ResultRow
    scheme: Scheme
    lines: tuple[ExplainLine, ...]
    weighted_sum: Decimal
    weight_sum: Decimal
    total: Decimal


def explain(db: Database, run_id: int, result_id: int) -> Explanation:
    """How one account's total came about: every criterion's value, rule, points and
    weight, from the scheme and values frozen with the run."""
    scheme, _text = run_scheme(db, run_id)
    with db.session() as session:
        row = _row(get_or_raise(session, RatingResult, result_id))
    scored = score_account(
        scheme,
        AccountInput(
            account_id=row.account_id or 0,
            code=row.code,
            name=row.name,
            values=row.values,
            revenue=row.revenue,
            volume=row.volume,
        ),
    )
    lines = []
    for criterion, score in zip(scheme.criteria, scored.criteria, strict=True):
        lines.append(
            ExplainLine(
                criterion.measure,
                criterion.screen_title,
                criterion.weight,
                score.value,
                score.points,
                score.missing,
                describe_rule(criterion, score),
            )
        )
    weight_sum = sum((dec(c.weight) for c in scheme.criteria), Decimal(0))
    weighted = sum((dec(line.weight) * line.points for line in lines), Decimal(0))
    return Explanation(row, scheme, tuple(lines), weighted, weight_sum, scored.total)


def describe_rule(criterion: Criterion, score: CriterionScore) -> str:
    """A human reading of the rule that gave the points (for the explain view and PDF)."""
    if score.missing:
        return _("no data: 0 points")
    if criterion.linear is not None:
        lin = criterion.linear
        return _("linear: 0 points at {zero}, 100 at {full}").format(
            zero=bound_text(criterion.measure, lin.zero_at),
            full=bound_text(criterion.measure, lin.full_at),
        )
    if score.band is None:
        return _("no band holds: 0 points")
    band = criterion.bands[score.band - 1]
    # In the unit the value is shown in (revenue in 万元), not the scheme's 元.
    if band.min is not None:
        return _("band {n}: at least {bound}").format(
            n=score.band, bound=bound_text(criterion.measure, band.min)
        )
    if band.max is not None:
        return _("band {n}: at most {bound}").format(
            n=score.band, bound=bound_text(criterion.measure, band.max)
        )
    return _("band {n}: any other value").format(n=score.band)


def _draft_result(session: Session, result_id: int) -> tuple[RatingResult, RatingRun]:
    result = get_or_raise(session, RatingResult, result_id)
    run = get_or_raise(session, RatingRun, result.run_id)
    if run.status != DRAFT:
        raise ValidationError(
            {
                "run": _(
                    "the {year} rating is finalised; run the year again to make a new draft"
                ).format(year=run.year)
            }
        )
    return result, run


def decide(
    db: Database,
    result_id: int,
    *,
    override_grade: str = "",
    reason: str = "",
    decided_by: str = "",
) -> ResultRow:
    """Records the meeting's decision on one account: accept the computed grade (no
    ``override_grade``), or override it with a reason and who decided.

    Raises:
        ValidationError: naming the field (override_grade, reason, decided_by, run).
    """
    check = Checker()
    override_grade = override_grade.strip().upper()
    if override_grade and override_grade not in GRADES:
        check.add("override_grade", _("must be one of A, B, C, D"))
    if override_grade:
        check.required("reason", reason)
    check.required("decided_by", decided_by)
    check.text("reason", reason, 2000)
    check.text("decided_by", decided_by, 80)
    with db.session() as session:
        result, run = _draft_result(session, result_id)
        check.raise_if_any()
        runs.apply_decision(
            session,
            result,
            parse_scheme(run.scheme_toml),
            override_grade=override_grade,
            reason=reason,
            decided_by=decided_by,
        )
        session.flush()
        return _row(result)


def clear_decision(db: Database, result_id: int) -> ResultRow:
    """Takes a decision back (the computed grade applies again)."""
    with db.session() as session:
        result, run = _draft_result(session, result_id)
        runs.clear_decision(result, parse_scheme(run.scheme_toml))
        session.flush()
        return _row(result)


def finalise(db: Database, run_id: int, *, by: str) -> RunInfo:
    """Freezes a draft with the date and who; the accounts take its (decided) grades.

    A final run the draft was based on becomes ``superseded`` (kept for the record).
    """
    if not by.strip():
        raise ValidationError({"finalised_by": _("is required")})
    db.take_backup("finalise")  # data safety: a copy from just before the year is frozen
    with db.session() as session:
        run = get_or_raise(session, RatingRun, run_id)
        if run.status != DRAFT:
            raise ValidationError(
                {"run": _("the {year} rating is already finalised").format(year=run.year)}
            )
        runs.finalise_run(session, run, by)
        return _info(session, run)


def delete_draft(db: Database, run_id: int) -> None:
    with db.session() as session:
        run = get_or_raise(session, RatingRun, run_id)
        if run.status != DRAFT:
            raise ValidationError({"run": _("a finalised rating cannot be deleted")})
        session.delete(run)


@dataclass(frozen=True)
class Difference:
    code: str
    name: str
    old_total: float | None
    new_total: float | None
    old_grade: str | None
    new_grade: str | None
    why: str = ""  # when the grade moved but the total did not: what moved it


def _why_grade_moved(
    old: RatingResult, new: RatingResult, old_scheme: Scheme | None, new_scheme: Scheme | None
) -> str:
    """Why a grade changed with the same total: the meeting's decision, or the grade
    bounds of the scheme."""
    if (old.override_grade or "") != (new.override_grade or ""):
        if new.override_grade:
            return _("the meeting set {grade}: {reason}").format(
                grade=new.override_grade, reason=new.reason or "—"
            )
        return _("the meeting's override to {grade} was withdrawn").format(grade=old.override_grade)
    if old.computed_grade != new.computed_grade and old_scheme and new_scheme:
        moved = [
            f"{g} ≥ {old_scheme.grades[g]:g} → {new_scheme.grades[g]:g}"
            for g in sorted(new_scheme.grades)
            if old_scheme.grades.get(g) != new_scheme.grades[g]
        ]
        if moved:
            return _("the scheme's grade bounds changed: {bounds}").format(bounds="; ".join(moved))
    return ""


def _scheme_of(run: RatingRun | None) -> Scheme | None:
    if run is None:
        return None
    try:
        return parse_scheme(run.scheme_toml)
    except SchemeError:  # a run stored without its scheme (imported, or very old)
        return None


def differences(db: Database, run_id: int) -> list[Difference]:
    """What a re-run draft changes against the final run it is based on (totals or
    grades that differ, accounts added or gone)."""
    with db.session() as session:
        run = get_or_raise(session, RatingRun, run_id)
        if run.based_on_id is None:
            return []
        old = {
            r.code: r
            for r in session.scalars(
                select(RatingResult).where(RatingResult.run_id == run.based_on_id)
            )
        }
        new = {
            r.code: r
            for r in session.scalars(select(RatingResult).where(RatingResult.run_id == run_id))
        }
        old_scheme = _scheme_of(session.get(RatingRun, run.based_on_id))
        new_scheme = _scheme_of(run)
        diffs = []
        for code in sorted(old.keys() | new.keys()):
            o, n = old.get(code), new.get(code)
            if o is not None and n is not None and o.total == n.total and o.grade == n.grade:
                continue
            why = (
                _why_grade_moved(o, n, old_scheme, new_scheme)
                if (o is not None and n is not None and o.total == n.total)
                else ""
            )
            diffs.append(
                Difference(
                    code,
                    (n or o).name,  # type: ignore[union-attr]
                    o.total if o else None,
                    n.total if n else None,
                    o.grade if o else None,
                    n.grade if n else None,
                    why,
                )
            )
        return diffs


@dataclass(frozen=True)
class HistoryRow:
    year: int
    status: str
    total: float
    grade: str
    computed_grade: str
    rank: int
    of: int
    key_account: bool
    change: str
    reason: str


def rating_history(db: Database, account_id: int) -> list[HistoryRow]:
    """The account's rating in every year, newest first (the year's current run)."""
    with db.session() as session:
        counts = dict(
            session.execute(
                select(RatingResult.run_id, func.count()).group_by(RatingResult.run_id)
            ).all()
        )
        rows = session.execute(
            select(RatingRun.year, RatingRun.status, RatingRun.id, RatingResult)
            .join(RatingResult, RatingResult.run_id == RatingRun.id)
            .where(RatingResult.account_id == account_id, RatingRun.status != SUPERSEDED)
            .order_by(RatingRun.year.desc(), RatingRun.id.desc())
        ).all()
    seen: set[int] = set()
    history = []
    for year, status, run_id, r in rows:
        if year in seen:
            continue
        seen.add(year)
        history.append(
            HistoryRow(
                year,
                status,
                r.total,
                r.grade,
                r.computed_grade,
                r.rank,
                counts.get(run_id, 0),
                r.key_account,
                r.change,
                r.reason,
            )
        )
    return history
