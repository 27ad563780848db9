"""Everything an account profile prints, read in one session into plain data.

The renderer (:mod:`kam.profile.pdf`) never touches the database, so a profile can
be laid out in a worker thread, tested from hand-made data, and the figures it shows
come from the one definition elsewhere: :func:`kam.rating.measures.account_history`
for the yearly figures and :mod:`kam.business.arrears` for what is owed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from kam.accounts.dossier import (
    CompetitorShareData,
    DevelopmentPlanData,
    ProductionLineData,
    ProductItemData,
)
from kam.accounts.people import ContactData
from kam.accounts.service import AccountData, account_data
from kam.business.arrears import Arrear, account_arrears, ageing
from kam.domain import (
    Account,
    CompetitorShare,
    Complaint,
    Contact,
    DevelopmentPlan,
    FollowUp,
    Opportunity,
    ProductionLine,
    ProductItem,
    QualityRecord,
    Staff,
    Visit,
)
from kam.domain.enums import IssueStatus, VisitStatus
from kam.domain.service_base import get_or_raise, to_data
from kam.rating.measures import YearFigures, account_history
from kam.rating.model import FINAL, RatingResult, RatingRun

HISTORY_YEARS = 5
RECENT_DAYS = 365


@dataclass(frozen=True)
class RatingLine:
    """The outcome of one year's rating review."""

    year: int
    grade: str
    total: float | None = None
    rank: int | None = None
    key_account: bool = False
    computed_grade: str = ""  # differs from grade when the review meeting overrode it
    change: str = ""  # against the year before: new, dropped, up, down, same


@dataclass(frozen=True)
class VisitLine:
    planned_on: date
    layer: str
    status: str
    our_people: str = ""
    counterparts: str = ""
    purpose: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class FollowUpLine:
    description: str
    due_on: date
    owner: str = ""
    overdue: bool = False


@dataclass(frozen=True)
class OpportunityLine:
    """A sales opportunity (商机): what it is, how far it got, the next step and who."""

    kind: str
    noted_on: date
    description: str = ""
    status: str = "open"  # open (being pursued), won, missed
    next_step: str = ""
    owner: str = ""
    closed_on: date | None = None
    due_on: date | None = None  # by when the next step should be done


@dataclass(frozen=True)
class IssueLine:
    """An open quality record (质量异议) or complaint (投诉)."""

    kind: str  # "quality" or "complaint"
    reported_on: date
    description: str
    loss_amount: float | None = None
    cause: str = ""
    status: str = IssueStatus.OPEN.value


@dataclass
class ProfileData:
    """A snapshot of one account for its printed profile, taken on ``as_of``."""

    as_of: date
    account: AccountData
    production_lines: list[ProductionLineData] = field(default_factory=list)
    products: list[ProductItemData] = field(default_factory=list)
    plans: list[DevelopmentPlanData] = field(default_factory=list)
    shares: list[CompetitorShareData] = field(default_factory=list)
    people: list[ContactData] = field(default_factory=list)
    years: list[YearFigures] = field(default_factory=list)
    ratings: list[RatingLine] = field(default_factory=list)
    recent_visits: list[VisitLine] = field(default_factory=list)
    planned_visits: list[VisitLine] = field(default_factory=list)
    follow_ups: list[FollowUpLine] = field(default_factory=list)
    arrears: list[Arrear] = field(default_factory=list)
    issues: list[IssueLine] = field(default_factory=list)
    opportunities: list[OpportunityLine] = field(default_factory=list)

    @property
    def arrears_ageing(self) -> dict[str, float]:
        return ageing(self.arrears)


def _names(free_text: str, linked: Iterable[Any]) -> str:
    """What was typed, else the linked people's names."""
    return free_text.strip() or "、".join(p.name for p in linked)


def _visit_line(v: Visit) -> VisitLine:
    return VisitLine(
        planned_on=v.planned_on,
        layer=v.layer,
        status=v.status,
        our_people=_names(v.our_people, v.staff),
        counterparts=_names(v.counterparts, v.contacts),
        purpose=v.purpose,
        outcome=v.outcome,
    )


def _rating_history(session: Session, account_id: int) -> list[RatingLine]:
    """Grades per year from the finalised rating runs, newest first (a draft is not a
    decision yet, and a superseded run was replaced by a later final one)."""
    stmt = (
        select(
            RatingRun.year,
            RatingResult.grade,
            RatingResult.computed_grade,
            RatingResult.total,
            RatingResult.rank,
            RatingResult.key_account,
            RatingResult.change,
        )
        .join(RatingRun, RatingResult.run_id == RatingRun.id)
        .where(RatingResult.account_id == account_id, RatingRun.status == FINAL)
        .order_by(RatingRun.year.desc(), RatingRun.id.desc())
    )
    latest: dict[int, RatingLine] = {}
    for year, grade, computed, total, rank, key, change in session.execute(stmt):
        latest.setdefault(
            int(year),
            RatingLine(
                int(year), grade or "", total, rank or None, bool(key), computed or "", change or ""
            ),
        )
    return list(latest.values())


def gather_profile(session: Session, account_id: int, as_of: date | None = None) -> ProfileData:
    """Reads everything the profile of ``account_id`` prints, as of ``as_of`` (today).

    Raises:
        NotFound: no account has that id (a LookupError).
    """
    today = as_of or date.today()
    account = get_or_raise(session, Account, account_id, options=[selectinload(Account.owner)])

    def rows(model: Any, *order: Any) -> list[Any]:
        return list(
            session.scalars(
                select(model).where(model.account_id == account_id).order_by(*order, model.id)
            )
        )

    people = session.scalars(
        select(Contact)
        .where(Contact.account_id == account_id)
        .options(selectinload(Contact.owner))
        .order_by(Contact.id)
    ).all()
    visits = session.scalars(
        select(Visit)
        .where(Visit.account_id == account_id, Visit.planned_on >= today - timedelta(RECENT_DAYS))
        .options(selectinload(Visit.staff), selectinload(Visit.contacts))
        .order_by(Visit.planned_on, Visit.id)
    ).all()
    waiting = {VisitStatus.PLANNED.value, VisitStatus.POSTPONED.value}
    follow_ups = session.scalars(
        select(FollowUp)
        .where(FollowUp.account_id == account_id, FollowUp.done_on.is_(None))
        .options(selectinload(FollowUp.owner))
        .order_by(FollowUp.due_on, FollowUp.id)
    ).all()
    quality = session.scalars(
        select(QualityRecord)
        .where(
            QualityRecord.account_id == account_id,
            QualityRecord.status != IssueStatus.RESOLVED.value,
        )
        .order_by(QualityRecord.reported_on)
    ).all()
    complaints = session.scalars(
        select(Complaint)
        .where(Complaint.account_id == account_id, Complaint.status != IssueStatus.RESOLVED.value)
        .order_by(Complaint.received_on)
    ).all()
    issues = [
        IssueLine("quality", q.reported_on, q.description, q.loss_amount, "", q.status)
        for q in quality
    ]
    issues += [
        IssueLine("complaint", c.received_on, c.description, None, c.cause, c.status)
        for c in complaints
    ]
    issues.sort(key=lambda i: i.reported_on)
    # Open ones, and those closed within the year (what was won or missed lately).
    chances = session.execute(
        select(Opportunity, Staff.name)
        .outerjoin(Staff, Staff.id == Opportunity.owner_id)
        .where(
            Opportunity.account_id == account_id,
            or_(
                Opportunity.closed_on.is_(None),
                Opportunity.closed_on >= today - timedelta(RECENT_DAYS),
            ),
        )
        .order_by(Opportunity.closed_on.is_not(None), Opportunity.noted_on.desc(), Opportunity.id)
    ).all()
    return ProfileData(
        as_of=today,
        account=account_data(account),
        production_lines=[
            to_data(ProductionLineData, r) for r in rows(ProductionLine, ProductionLine.name)
        ],
        products=[
            to_data(ProductItemData, r) for r in rows(ProductItem, ProductItem.share_pct.desc())
        ],
        plans=[to_data(DevelopmentPlanData, r) for r in rows(DevelopmentPlan)],
        shares=[
            to_data(CompetitorShareData, r)
            for r in rows(
                CompetitorShare, CompetitorShare.year.desc(), CompetitorShare.share_pct.desc()
            )
        ],
        people=[to_data(ContactData, c, owner=c.owner.name if c.owner else "") for c in people],
        years=account_history(session, account_id, today.year, HISTORY_YEARS, as_of=today),
        ratings=_rating_history(session, account_id),
        recent_visits=[
            _visit_line(v) for v in visits if v.planned_on <= today and v.status not in waiting
        ],
        # A planned visit whose day has passed stays on the plan (printed as overdue).
        planned_visits=[_visit_line(v) for v in visits if v.status in waiting],
        follow_ups=[
            FollowUpLine(f.description, f.due_on, f.owner.name if f.owner else "", f.due_on < today)
            for f in follow_ups
        ],
        arrears=account_arrears(session, account_id, today),
        issues=issues,
        opportunities=[
            OpportunityLine(
                o.kind,
                o.noted_on,
                o.description,
                o.status,
                o.next_step,
                owner or "",
                o.closed_on,
                o.due_on,
            )
            for o, owner in chances
        ],
    )


def key_account_ids(session: Session) -> list[int]:
    """The key-account list (大客户清单), in Chinese alphabetical order of the names."""
    return list(
        session.scalars(
            select(Account.id)
            .where(Account.key_account.is_(True))
            .order_by(Account.pinyin, Account.code)
        )
    )


def visiting_account_ids(session: Session, start: date, end: date) -> list[int]:
    """Accounts with a visit planned from ``start`` to ``end`` (inclusive), by first visit."""
    first = (
        select(Visit.account_id, func.min(Visit.planned_on).label("first"))
        .where(
            Visit.planned_on >= start,
            Visit.planned_on <= end,
            Visit.status.in_([VisitStatus.PLANNED.value, VisitStatus.POSTPONED.value]),
        )
        .group_by(Visit.account_id)
        .subquery()
    )
    return list(
        session.scalars(
            select(first.c.account_id)
            .join(Account, Account.id == first.c.account_id)
            .order_by(first.c.first, Account.pinyin)
        )
    )
