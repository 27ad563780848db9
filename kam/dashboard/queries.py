"""The home screen's lists: visits coming up in the next 14 days, follow-ups overdue or
due in those days and the key
accounts by stage and grade, for one account manager (or everyone). The warnings come
from :func:`kam.health.warnings.open_warnings`, loaded beside these."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from kam.accounts.staff import list_staff
from kam.domain import Account, Staff, Visit
from kam.domain.enums import VisitStatus
from kam.store import Database
from kam.visits.cadence import policy_targets, visit_facts
from kam.visits.follow_ups import FollowUpRow, list_follow_ups
from kam.visits.rules import CadenceState, account_cadences

OPEN_VISITS = (VisitStatus.PLANNED.value, VisitStatus.POSTPONED.value)
# How far ahead the home screen looks: two weeks covers the next trip and the one after.
UPCOMING_DAYS = 14
GRADE_ORDER = {"A": 0, "B": 1, "C": 2, "D": 3}
STAGE_ORDER = {"strategic": 0, "stable": 1, "initial": 2, "development": 3}


@dataclass(frozen=True)
class WeekItem:
    """A visit planned in the coming days, or a layer falling due then with none planned."""

    account_id: int
    code: str
    account: str
    layer: str
    day: date  # the visit's date, or the day the layer falls due
    planned: bool  # True: a planned visit; False: due and nothing planned yet
    purpose: str = ""


@dataclass(frozen=True)
class KeyAccount:
    account_id: int
    code: str
    account: str
    owner: str
    grade: str
    stage: str
    relationship_type: str


@dataclass(frozen=True)
class Dashboard:
    today: date
    week: list[WeekItem]
    follow_ups: list[FollowUpRow]
    key_accounts: list[KeyAccount]
    staff: list[str]  # active account managers and colleagues, in pinyin order


def is_active_staff(db: Database, name: str) -> bool:
    """Whether ``name`` is one of our active people (a cheap check for start-up)."""
    if not name:
        return False
    with db.session() as session:
        return (
            session.scalar(select(Staff.id).where(Staff.name == name, Staff.active.is_(True)))
            is not None
        )


def _owned(owner: int | str | None):  # type: ignore[no-untyped-def]
    stmt = select(Account.id)
    if owner is None or owner == "":
        return stmt
    stmt = stmt.join(Staff, Staff.id == Account.owner_id)
    return (
        stmt.where(Staff.id == owner) if isinstance(owner, int) else stmt.where(Staff.name == owner)
    )


def _label(short: str, name: str) -> str:
    return short or name


def upcoming_end(today: date) -> date:
    """The last day the home screen's "coming up" lists cover."""
    return today + timedelta(days=UPCOMING_DAYS - 1)


def load_dashboard(db: Database, today: date, owner: int | str | None = None) -> Dashboard:
    """The lists for ``owner``'s accounts (a staff id or name; None for everyone):
    visits and due layers from today for :data:`UPCOMING_DAYS` days, ``owner``'s
    follow-ups overdue or due in those days."""
    start, last = today, upcoming_end(today)
    owned = _owned(owner)
    with db.session() as session:
        week: list[WeekItem] = []
        rows = session.execute(
            select(
                Visit.account_id,
                Account.code,
                Account.short_name,
                Account.name,
                Visit.layer,
                Visit.planned_on,
                Visit.purpose,
            )
            .join(Account, Account.id == Visit.account_id)
            .where(
                Visit.planned_on >= start,
                Visit.planned_on <= last,
                Visit.status.in_(OPEN_VISITS),
                Visit.account_id.in_(owned),
            )
            .order_by(Visit.planned_on, Account.code)
        ).all()
        week += [
            WeekItem(r[0], r[1], _label(r[2], r[3]), r[4], r[5], True, r[6] or "") for r in rows
        ]
        key_rows = session.execute(
            select(
                Account.id,
                Account.code,
                Account.short_name,
                Account.name,
                Staff.name,
                Account.grade,
                Account.stage,
                Account.relationship_type,
            )
            .outerjoin(Staff, Staff.id == Account.owner_id)
            .where(Account.key_account.is_(True), Account.id.in_(owned))
        ).all()
        accounts = {
            r[0]: r
            for r in session.execute(
                select(
                    Account.id, Account.code, Account.short_name, Account.name, Account.grade
                ).where(Account.id.in_(owned))
            )
        }
        ids: Sequence[int] | None = None if owner in (None, "") else list(accounts)
        facts = visit_facts(session, today, ids)
        policy = policy_targets(session)
    grades = [(a, r[4] or "") for a, r in accounts.items()]
    for cadence in account_cadences(grades, facts, policy, today):
        for item in cadence.layers:
            if item.state == CadenceState.DUE and item.due_on is not None and item.due_on <= last:
                r = accounts[cadence.account_id]
                week.append(
                    WeekItem(r[0], r[1], _label(r[2], r[3]), item.layer, item.due_on, False)
                )
    week.sort(key=lambda w: (w.day, not w.planned, w.code, w.layer))
    follow_ups = list_follow_ups(db, owner=owner or None, due_before=last + timedelta(days=1))
    key_accounts = sorted(
        (
            KeyAccount(
                r[0], r[1], _label(r[2], r[3]), r[4] or "", r[5] or "", r[6] or "", r[7] or ""
            )
            for r in key_rows
        ),
        key=lambda k: (GRADE_ORDER.get(k.grade, 9), STAGE_ORDER.get(k.stage, 9), k.code),
    )
    staff = [s.name for s in list_staff(db, active_only=True)]
    return Dashboard(today, week, follow_ups, key_accounts, staff)
