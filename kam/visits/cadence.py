"""Visit cadence from the database: the targets from the sales policy by grade, and
each account's last and next visit per layer (two grouped queries for all accounts)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from kam.domain import Account, SalesPolicy, Staff, Visit
from kam.domain.enums import VisitStatus
from kam.store import Database
from kam.visits.queries import OPEN_STATUSES
from kam.visits.rules import (
    DEFAULT_TARGETS,
    AccountCadence,
    CadenceState,
    VisitFacts,
    account_cadences,
)


def policy_targets(session: Session) -> dict[str, dict[str, int]]:
    """Visit targets per grade: the sales-policy rows over the built-in defaults."""
    targets = {grade: dict(row) for grade, row in DEFAULT_TARGETS.items()}
    for row in session.scalars(select(SalesPolicy)):
        targets[row.grade] = {
            "leader": row.leader_visits,
            "technical": row.technical_visits,
            "business": row.business_visits,
        }
    return targets


def _day(value: date | str | None) -> date | None:
    # Aggregates are read untyped (see visit_facts): SQLite gives ISO text, others dates.
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def visit_facts(
    session: Session, today: date, account_ids: Sequence[int] | None = None
) -> dict[tuple[int, str], VisitFacts]:
    """Per (account, layer): last visit done up to today, next open visit from today,
    and the visits done in today's year."""
    done = VisitStatus.DONE.value
    year_start = date(today.year, 1, 1)
    # Dates come back as plain values and are parsed with date.fromisoformat: the typed
    # result processing costs more than the query itself for 10,000 accounts.
    last = (
        select(
            Visit.account_id,
            Visit.layer,
            type_coerce(func.max(Visit.planned_on), String),
            func.count().filter(Visit.planned_on >= year_start),
        )
        .where(Visit.status == done, Visit.planned_on <= today)
        .group_by(Visit.account_id, Visit.layer)
    )
    # One query per open status: with ``status = ?`` SQLite walks the cadence index in
    # group order; ``status IN (…)`` made it scan and sort (ten times slower).
    nexts = [
        (
            select(Visit.account_id, Visit.layer, type_coerce(func.min(Visit.planned_on), String))
            .where(Visit.status == status, Visit.planned_on >= today)
            .group_by(Visit.account_id, Visit.layer)
        )
        for status in OPEN_STATUSES
    ]
    if account_ids is not None:
        last = last.where(Visit.account_id.in_(account_ids))
        nexts = [q.where(Visit.account_id.in_(account_ids)) for q in nexts]
    facts: dict[tuple[int, str], VisitFacts] = {}
    connection = session.connection()
    for account_id, layer, last_on, count in connection.execute(last).all():
        facts[(account_id, layer)] = VisitFacts(_day(last_on), None, count)
    for query in nexts:
        for account_id, layer, next_on in connection.execute(query).all():
            day = _day(next_on)
            found = facts.get((account_id, layer))
            if found is None:
                facts[(account_id, layer)] = VisitFacts(None, day, 0)
            elif found.next_planned is None or (day is not None and day < found.next_planned):
                found.next_planned = day
    return facts


def last_visits(
    session: Session, today: date, account_ids: Sequence[int] | None = None
) -> list[tuple[int, str, date]]:
    """``(account_id, layer, day)`` of the last visit done up to ``today`` per account
    and layer (what the overdue check needs, without the rest of :func:`visit_facts`)."""
    stmt = (
        select(Visit.account_id, Visit.layer, type_coerce(func.max(Visit.planned_on), String))
        .where(Visit.status == VisitStatus.DONE.value, Visit.planned_on <= today)
        .group_by(Visit.account_id, Visit.layer)
    )
    if account_ids is not None:
        stmt = stmt.where(Visit.account_id.in_(account_ids))
    return [
        (account_id, layer, day)
        for account_id, layer, last_on in session.connection().execute(stmt).all()
        if (day := _day(last_on)) is not None
    ]


def cadence_status(
    db: Database, today: date, account_ids: Sequence[int] | None = None
) -> list[AccountCadence]:
    """The cadence of every account (or of ``account_ids``) on ``today``."""
    with db.session() as session:
        stmt = select(Account.id, Account.grade)
        if account_ids is not None:
            stmt = stmt.where(Account.id.in_(account_ids))
        accounts = [(r[0], r[1] or "") for r in session.connection().execute(stmt)]
        facts = visit_facts(session, today, account_ids)
        policy = policy_targets(session)
    return account_cadences(accounts, facts, policy, today)


def account_cadence(db: Database, account_id: int, today: date) -> AccountCadence:
    return cadence_status(db, today, [account_id])[0]


@dataclass(frozen=True)
class CadenceLine:
    """One account-layer that needs a visit: for the "due and overdue" lists."""

    account_id: int
    code: str
    name: str
    grade: str
    owner: str
    layer: str
    target: int
    last_done: date | None
    next_planned: date | None
    due_on: date | None
    state: CadenceState
    days_overdue: int


def due_lines(
    db: Database,
    today: date,
    *,
    owner: str | None = None,
    states: Sequence[CadenceState] = (CadenceState.OVERDUE, CadenceState.DUE),
) -> list[CadenceLine]:
    """Account-layers in ``states`` on ``today`` (optionally of one account manager's
    accounts), most overdue first."""
    with db.session() as session:
        stmt = select(
            Account.id, Account.code, Account.short_name, Account.name, Account.grade, Staff.name
        ).outerjoin(Staff, Staff.id == Account.owner_id)
        if owner:
            stmt = stmt.where(Staff.name == owner)
        accounts = session.execute(stmt).all()
        ids = [a[0] for a in accounts] if owner else None
        facts = visit_facts(session, today, ids)
        policy = policy_targets(session)
    info = {a[0]: a for a in accounts}
    wanted = set(states)
    out = []
    for ac in account_cadences([(a[0], a[4] or "") for a in accounts], facts, policy, today):
        a = info[ac.account_id]
        for lc in ac.layers:
            if lc.state in wanted:
                out.append(
                    CadenceLine(
                        a[0],
                        a[1],
                        a[2] or a[3],
                        ac.grade,
                        a[5] or "",
                        lc.layer,
                        lc.target,
                        lc.last_done,
                        lc.next_planned,
                        lc.due_on,
                        lc.state,
                        lc.days_overdue,
                    )
                )
    out.sort(key=lambda c: (-c.days_overdue, c.due_on or date.min, c.code, c.layer))
    return out
