"""Gathering what the early-warning rules read, for many accounts at once.

Every figure comes from a handful of grouped queries over all the accounts in scope
(never one query per account), so judging 10,000 accounts stays within seconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import String, and_, case, extract, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from kam.domain import (
    Account,
    CompetitorShare,
    Complaint,
    Contact,
    Contract,
    Payment,
    QualityRecord,
    RatingResult,
    RatingRun,
    Visit,
)
from kam.domain.enums import ContactStatus, IssueStatus
from kam.health.rules import KEY_ROLES, AccountFacts, ContactChange, OpenIssue, OverdueLayer
from kam.health.stages import ShareYear, current, previous, stage_history
from kam.health.thresholds import Thresholds
from kam.rating.model import FINAL, SUPERSEDED
from kam.store.portable import filtered_total, greatest
from kam.visits.cadence import last_visits, policy_targets
from kam.visits.queries import OPEN_STATUSES
from kam.visits.rules import overdue_layers

# Share-of-wallet years looked at (this year and the two before): the stage now and the
# one before it. A share last recorded longer ago raises no warning anyway.
SHARE_YEARS = 2


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


def _in(column, ids: Sequence[int] | None):  # type: ignore[no-untyped-def]
    return True if ids is None else column.in_(ids)


def _between(column, start: date, end: date):  # type: ignore[no-untyped-def]
    """start < column <= end, as SQL: windows end on the day judged."""
    return and_(column > start, column <= end)


def gather_facts(
    session: Session, as_of: date, t: Thresholds, account_ids: Sequence[int] | None = None
) -> dict[int, AccountFacts]:
    """The facts of every account (or of ``account_ids``) on ``as_of``."""
    ids = None if account_ids is None else list(account_ids)
    facts: dict[int, AccountFacts] = {}
    grades: list[tuple[int, str]] = []
    for account_id, key, grade in session.execute(
        select(Account.id, Account.key_account, Account.grade).where(_in(Account.id, ids))
    ):
        facts[account_id] = AccountFacts(account_id, key_account=bool(key))
        grades.append((account_id, grade or ""))
    if not facts:
        return facts
    counts = _contract_pass(session, as_of, t, ids, facts)
    _payment_pass(session, as_of, t, ids, facts)
    _issues(session, as_of, t, ids, facts)
    _cadence(session, as_of, ids, grades, facts)
    _contacts(session, as_of, t, ids, facts)
    _stages(session, as_of, ids, facts, counts)
    _grades(session, as_of, ids, facts)
    return facts


def _sum_if(condition, value):  # type: ignore[no-untyped-def]
    return func.sum(case((condition, value), else_=0.0))


def _total(value, condition):  # type: ignore[no-untyped-def]
    # A filtered total() costs a third of sum(CASE …) per row on SQLite.
    return filtered_total(value, condition)


def _contract_pass(
    session: Session,
    as_of: date,
    t: Thresholds,
    ids: Sequence[int] | None,
    facts: dict[int, AccountFacts],
) -> dict[tuple[int, int], float]:
    """One grouped pass over the contracts: volume and revenue windows, the arrears
    sums, and the contracts signed per year (for the share-of-wallet check).

    Arrears follow :mod:`kam.business.arrears` exactly, without ageing every contract
    in Python: payments against a contract settle it first, the surplus and payments
    without a contract settle the oldest contracts first. So what is still open among
    the contracts signed up to a day is max(0, Σ their remainders − the surplus), the
    older contracts being the first to be paid. Returns the per-year contract counts.

    The pass over every contract reads no payment: it takes each contract as unpaid
    (remainder max(amount, 0), surplus max(−amount, 0)); :func:`_paid_contracts` then
    corrects the few sums for the contracts that payments were booked against.
    """
    o_recent = (add_months(as_of, -t.order_window_months), as_of)
    o_before = (add_months(as_of, -12 - t.order_window_months), add_months(as_of, -12))
    c_recent = (add_months(as_of, -t.collection_window_months), as_of)
    c_before = (add_months(as_of, -2 * t.collection_window_months), c_recent[0])
    then = as_of - timedelta(days=t.arrears_growth_window_days)
    c = Contract
    rest, surplus = greatest(c.amount, 0.0), greatest(-c.amount, 0.0)
    first_year = as_of.year - SHARE_YEARS

    def older(days: int, day: date):  # type: ignore[no-untyped-def]
        # Ages as in kam.business.arrears: more than ``days`` days past the due date.
        return c.falls_due_on < day - timedelta(days=days)

    stmt = (
        select(
            c.account_id,
            _total(c.quantity, _between(c.signed_on, *o_recent)),
            _total(c.quantity, _between(c.signed_on, *o_before)),
            # Collection compares payments with what fell due in the same months.
            _total(c.amount, _between(c.falls_due_on, *c_recent)),
            _total(c.amount, _between(c.falls_due_on, *c_before)),
            _total(rest, older(t.arrears_overdue_days, as_of)),
            _total(rest, older(t.arrears_severe_days, as_of)),
            _total(rest, older(t.arrears_growth_age_days, as_of)),
            _total(surplus, c.signed_on <= as_of),
            _total(rest, older(t.arrears_growth_age_days, then)),
            _total(surplus, c.signed_on <= then),
            *[
                func.count().filter(
                    and_(c.signed_on >= date(y, 1, 1), c.signed_on < date(y + 1, 1, 1))
                )
                for y in range(first_year, as_of.year + 1)
            ],
        )
        .where(_in(c.account_id, ids))
        .group_by(c.account_id)
    )
    counts: dict[tuple[int, int], float] = {}
    for row in session.connection().execute(stmt):
        f = facts.get(row[0])
        if f is None:
            continue
        (
            v_recent,
            v_before,
            r_recent,
            r_before,
            rest_overdue,
            rest_severe,
            rest_aged,
            excess,
            rest_aged_then,
            excess_then,
        ) = (float(x or 0) for x in row[1:11])
        f.volume_recent, f.volume_before = v_recent, v_before
        f.revenue_recent, f.revenue_before = r_recent, r_before
        # Surpluses first; payments without a contract are added by _payment_pass.
        f.arrears_overdue, f.arrears_severe = rest_overdue - excess, rest_severe - excess
        f.arrears_aged_now, f.arrears_aged_then = rest_aged - excess, rest_aged_then - excess_then
        for offset, n in enumerate(row[11:]):
            if n:
                counts[(row[0], first_year + offset)] = float(n)
    _paid_contracts(session, as_of, t, ids, facts)
    return counts


def _paid_contracts(
    session: Session,
    as_of: date,
    t: Thresholds,
    ids: Sequence[int] | None,
    facts: dict[int, AccountFacts],
) -> None:
    """The arrears sums of :func:`_contract_pass` corrected for the contracts with
    payments booked against them: their true remainder and surplus in place of the
    unpaid ones counted there."""
    then = as_of - timedelta(days=t.arrears_growth_window_days)
    p, c = Payment, Contract
    # A payment booked to another account's contract settles nothing (as in arrears).
    booked_to = select(c.account_id).where(c.id == p.contract_id).scalar_subquery()
    direct = (
        select(
            p.contract_id.label("cid"),
            _sum_if(p.paid_on <= as_of, p.amount).label("now"),
            _sum_if(p.paid_on <= then, p.amount).label("then"),
        )
        .where(p.contract_id.is_not(None), p.account_id == booked_to, _in(p.account_id, ids))
        .group_by(p.contract_id)
        .subquery()
    )
    unpaid_rest, unpaid_surplus = greatest(c.amount, 0.0), greatest(-c.amount, 0.0)

    def rest(paid):  # type: ignore[no-untyped-def]
        return greatest(c.amount - paid, 0.0) - unpaid_rest

    def surplus(paid):  # type: ignore[no-untyped-def]
        return greatest(paid - c.amount, 0.0) - unpaid_surplus

    def older(days: int, day: date):  # type: ignore[no-untyped-def]
        return c.falls_due_on < day - timedelta(days=days)

    stmt = (
        select(
            c.account_id,
            _total(rest(direct.c.now), older(t.arrears_overdue_days, as_of)),
            _total(rest(direct.c.now), older(t.arrears_severe_days, as_of)),
            _total(rest(direct.c.now), older(t.arrears_growth_age_days, as_of)),
            _total(surplus(direct.c.now), c.signed_on <= as_of),
            _total(rest(direct.c.then), older(t.arrears_growth_age_days, then)),
            _total(surplus(direct.c.then), c.signed_on <= then),
        )
        .join(direct, direct.c.cid == c.id)
        .group_by(c.account_id)
    )
    for row in session.connection().execute(stmt):
        f = facts.get(row[0])
        if f is None:
            continue
        overdue, severe, aged, excess, aged_then, excess_then = (float(x or 0) for x in row[1:])
        f.arrears_overdue += overdue - excess
        f.arrears_severe += severe - excess
        f.arrears_aged_now += aged - excess
        f.arrears_aged_then += aged_then - excess_then


def _payment_pass(
    session: Session,
    as_of: date,
    t: Thresholds,
    ids: Sequence[int] | None,
    facts: dict[int, AccountFacts],
) -> None:
    """Collection windows, and payments without a contract settling the oldest arrears."""
    c_recent = (add_months(as_of, -t.collection_window_months), as_of)
    c_before = (add_months(as_of, -2 * t.collection_window_months), c_recent[0])
    then = as_of - timedelta(days=t.arrears_growth_window_days)
    p = Payment
    loose = p.contract_id.is_(None)
    stmt = (
        select(
            p.account_id,
            _total(p.amount, _between(p.paid_on, *c_recent)),
            _total(p.amount, _between(p.paid_on, *c_before)),
            _total(p.amount, and_(loose, p.paid_on <= as_of)),
            _total(p.amount, and_(loose, p.paid_on <= then)),
        )
        .where(_in(p.account_id, ids))
        .group_by(p.account_id)
    )
    for account_id, recent, before, loose_now, loose_then in session.connection().execute(stmt):
        f = facts.get(account_id)
        if f is not None:
            f.paid_recent, f.paid_before = float(recent or 0), float(before or 0)
            f.arrears_overdue -= float(loose_now or 0)
            f.arrears_severe -= float(loose_now or 0)
            f.arrears_aged_now -= float(loose_now or 0)
            f.arrears_aged_then -= float(loose_then or 0)
    for f in facts.values():
        f.arrears_overdue = max(0.0, f.arrears_overdue)
        f.arrears_severe = max(0.0, f.arrears_severe)
        f.arrears_aged_now = max(0.0, f.arrears_aged_now)
        f.arrears_aged_then = max(0.0, f.arrears_aged_then)


def _open_on(status, resolved_on, as_of: date):  # type: ignore[no-untyped-def]
    # Open on the day judged: still open, or resolved only after it.
    return or_(
        status != IssueStatus.RESOLVED.value, and_(resolved_on.is_not(None), resolved_on > as_of)
    )


def _issues(
    session: Session,
    as_of: date,
    t: Thresholds,
    ids: Sequence[int] | None,
    facts: dict[int, AccountFacts],
) -> None:
    q = QualityRecord
    quality = select(q.account_id, q.id, q.reported_on, q.description).where(
        q.reported_on < as_of - timedelta(days=t.quality_open_days),
        _open_on(q.status, q.resolved_on, as_of),
        _in(q.account_id, ids),
    )
    c = Complaint
    complaints = select(c.account_id, c.id, c.received_on, c.description).where(
        c.received_on < as_of - timedelta(days=t.complaint_open_days),
        _open_on(c.status, c.resolved_on, as_of),
        _in(c.account_id, ids),
    )
    for kind, stmt in (("quality", quality), ("complaint", complaints)):
        for account_id, issue_id, opened_on, description in session.execute(stmt):
            f = facts.get(account_id)
            if f is not None:
                f.issues.append(OpenIssue(kind, issue_id, opened_on, description or ""))


def _cadence(
    session: Session,
    as_of: date,
    ids: Sequence[int] | None,
    grades: list[tuple[int, str]],
    facts: dict[int, AccountFacts],
) -> None:
    overdue = overdue_layers(
        dict(grades), last_visits(session, as_of, ids), policy_targets(session), as_of
    )
    planned = _next_planned(session, as_of, sorted({a for a, *_rest in overdue})) if overdue else {}
    for account_id, layer, due_on, days in overdue:
        facts[account_id].overdue_layers.append(
            OverdueLayer(layer, due_on, days, planned.get((account_id, layer)))
        )


def _next_planned(session: Session, as_of: date, ids: Sequence[int]) -> dict[tuple[int, str], date]:
    """The next open visit from ``as_of`` per account and layer, for the accounts with
    an overdue layer (a plan settles or annotates that layer's warning)."""
    out: dict[tuple[int, str], date] = {}
    for status in OPEN_STATUSES:
        # One query per status: ``status = ?`` walks the cadence index (see visit_facts).
        stmt = (
            select(Visit.account_id, Visit.layer, type_coerce(func.min(Visit.planned_on), String))
            .where(Visit.status == status, Visit.planned_on >= as_of)
            .group_by(Visit.account_id, Visit.layer)
        )
        # A long IN list costs more than reading every account's plans.
        if len(ids) < 500:
            stmt = stmt.where(Visit.account_id.in_(ids))
        for account_id, layer, day in session.connection().execute(stmt):
            if day is None:
                continue
            on = date.fromisoformat(day) if isinstance(day, str) else day
            key = (account_id, layer)
            if key not in out or on < out[key]:
                out[key] = on
    return out


def _contacts(
    session: Session,
    as_of: date,
    t: Thresholds,
    ids: Sequence[int] | None,
    facts: dict[int, AccountFacts],
) -> None:
    stmt = select(
        Contact.id,
        Contact.account_id,
        Contact.name,
        Contact.department,
        Contact.decision_role,
        Contact.status,
        Contact.status_changed_on,
    ).where(
        Contact.status != ContactStatus.ACTIVE.value,
        Contact.decision_role.in_(sorted(KEY_ROLES)),
        Contact.status_changed_on >= as_of - timedelta(days=t.contact_change_days),
        Contact.status_changed_on <= as_of,
        _in(Contact.account_id, ids),
    )
    for cid, account_id, name, department, role, status, changed_on in session.execute(stmt):
        f = facts.get(account_id)
        if f is not None:
            f.contact_changes.append(
                ContactChange(cid, name, department or "", role, status, changed_on)
            )


def share_years(
    session: Session,
    first_year: int,
    last_year: int,
    ids: Sequence[int] | None,
    counts: dict[tuple[int, int], float] | None = None,
) -> dict[int, dict[int, ShareYear]]:
    """Per account and year: our share, all suppliers' total and how many contracts were
    signed with us."""
    cs = CompetitorShare
    stmt = (
        select(
            cs.account_id,
            cs.year,
            func.sum(case((cs.is_us.is_(True), cs.share_pct), else_=0.0)),
            func.max(case((cs.is_us.is_(True), 1), else_=0)),
            func.sum(cs.share_pct),
        )
        .where(cs.year >= first_year, cs.year <= last_year, _in(cs.account_id, ids))
        .group_by(cs.account_id, cs.year)
    )
    raw = [
        (a, int(y), float(o or 0), bool(h), float(tot or 0))
        for a, y, o, h, tot in session.connection().execute(stmt)
    ]
    if not raw:
        return {}
    if counts is not None:
        purchases = counts
    else:
        purchases = _contract_counts(
            session, first_year, last_year, sorted({a for a, *_rest in raw})
        )
    out: dict[int, dict[int, ShareYear]] = defaultdict(dict)
    for account_id, y, ours, has_us, total in raw:
        out[account_id][y] = ShareYear(
            y, ours if has_us else None, total, purchases.get((account_id, y), 0.0)
        )
    return out


def _contract_counts(
    session: Session, first_year: int, last_year: int, ids: Sequence[int]
) -> dict[tuple[int, int], float]:
    year = extract("year", Contract.signed_on)
    purchases: dict[tuple[int, int], float] = {}
    stmt = (
        select(Contract.account_id, year, func.count())
        .where(
            Contract.signed_on >= date(first_year, 1, 1),
            Contract.signed_on < date(last_year + 1, 1, 1),
            Contract.account_id.in_(ids),
        )
        .group_by(Contract.account_id, year)
    )
    for account_id, y, n in session.execute(stmt):
        purchases[(account_id, int(y))] = float(n)
    return purchases


def _stages(
    session: Session,
    as_of: date,
    ids: Sequence[int] | None,
    facts: dict[int, AccountFacts],
    counts: dict[tuple[int, int], float],
) -> None:
    for account_id, years in share_years(
        session, as_of.year - SHARE_YEARS, as_of.year, ids, counts
    ).items():
        f = facts.get(account_id)
        if f is None:
            continue
        history = stage_history(years)
        f.stage_now = current(history, as_of.year)
        f.stage_before = previous(history, f.stage_now) if f.stage_now else None


def _grades(
    session: Session, as_of: date, ids: Sequence[int] | None, facts: dict[int, AccountFacts]
) -> None:
    # The rating in force on the day judged: the latest year finalised by then (a run
    # since superseded by a re-run was still the one in force before the re-run).
    end = datetime.combine(as_of + timedelta(days=1), time())
    run = session.execute(
        select(RatingRun.id, RatingRun.year, RatingRun.finalised_at)
        .where(RatingRun.status.in_((FINAL, SUPERSEDED)), RatingRun.finalised_at < end)
        .order_by(RatingRun.year.desc(), RatingRun.finalised_at.desc())
        .limit(1)
    ).first()
    if run is None:
        return
    stmt = select(RatingResult.account_id, RatingResult.grade, RatingResult.previous_grade).where(
        RatingResult.run_id == run.id,
        RatingResult.account_id.is_not(None),
        _in(RatingResult.account_id, ids),
    )
    for account_id, grade, previous_grade in session.execute(stmt):
        if account_id is not None and (f := facts.get(account_id)) is not None:
            f.grade_now, f.grade_before = grade or "", previous_grade
            f.rating_year, f.rating_on = run.year, run.finalised_at.date()
