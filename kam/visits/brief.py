"""What a one-page visit brief prints, read in one session into plain data: the account
in five lines, the people to meet, the last outcomes on every layer, open follow-ups,
arrears and open quality issues."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam.business.arrears import account_arrears, ageing
from kam.domain import Account, Complaint, Contact, Opportunity, QualityRecord, Staff, Visit
from kam.domain.enums import DecisionRole, IssueStatus, VisitStatus
from kam.domain.service_base import get_or_raise
from kam.health.opportunity_catalogue import OpportunityStatus
from kam.i18n import _
from kam.store import Database
from kam.visits.follow_ups import FollowUpRow, list_follow_ups
from kam.visits.queries import VisitRow, account_timeline, list_visits
from kam.visits.rules import LAYERS

LAST_PER_LAYER = 2
MAX_PEOPLE = 8
MAX_FOLLOW_UPS = 8
MAX_ISSUES = 6
MAX_OPPORTUNITIES = 4


@dataclass(frozen=True)
class BriefPerson:
    name: str
    title: str
    department: str
    decision_role: str
    attitude: str
    personal: str  # birthday, hobbies, habits, taboos, notes — what to keep in mind
    linked: bool  # named on the visit (else a key person of the account)


@dataclass(frozen=True)
class BriefIssue:
    kind: str  # "quality" or "complaint"
    reported_on: date
    description: str
    loss_amount: float | None


@dataclass(frozen=True)
class BriefOpportunity:
    """An open sales opportunity (商机) of the account: worth raising in the meeting."""

    kind: str
    noted_on: date
    description: str
    next_step: str
    owner: str
    due_on: date | None = None  # by when the next step should be done


@dataclass(frozen=True)
class AccountLines:
    name: str
    code: str
    grade: str
    key_account: bool
    industry: str
    region: str
    address: str
    annual_output: str
    stage: str
    relationship_type: str
    owner: str
    payment_terms: str
    business_status: str


@dataclass(frozen=True)
class VisitBrief:
    visit: VisitRow
    agenda: str
    account: AccountLines
    people: tuple[BriefPerson, ...]
    last_visits: dict[str, tuple[VisitRow, ...]]
    follow_ups: tuple[FollowUpRow, ...]
    arrears_total: float | None  # None: nothing owed
    arrears_ageing: dict[str, float]
    issues: tuple[BriefIssue, ...]
    today: date
    opportunities: tuple[BriefOpportunity, ...] = ()


def _personal(c: Contact) -> str:
    parts = []
    if c.birthday:
        parts.append(_("birthday {date}").format(date=f"{c.birthday:%m-%d}"))
    parts += [t for t in (c.hobbies, c.habits, c.taboos, c.notes) if t and t.strip()]
    return ";".join(p.strip().replace("\n", " ") for p in parts)


def _people(session: Session, visit: Visit) -> list[BriefPerson]:
    linked = {c.id for c in visit.contacts}
    contacts = list(visit.contacts)
    if len(contacts) < MAX_PEOPLE:
        # Add the account's decision makers and influencers the visitors should know about.
        extra = session.scalars(
            select(Contact)
            .where(
                Contact.account_id == visit.account_id,
                Contact.status == "active",
                Contact.decision_role.in_(
                    [DecisionRole.DECISION_MAKER.value, DecisionRole.INFLUENCER.value]
                ),
            )
            .order_by(Contact.name)
        ).all()
        contacts += [c for c in extra if c.id not in linked][: MAX_PEOPLE - len(contacts)]
    return [
        BriefPerson(
            c.name, c.title, c.department, c.decision_role, c.attitude, _personal(c), c.id in linked
        )
        for c in contacts
    ]


def _issues(session: Session, account_id: int) -> list[BriefIssue]:
    out = [
        BriefIssue("quality", q.reported_on, q.description, q.loss_amount)
        for q in session.scalars(
            select(QualityRecord).where(
                QualityRecord.account_id == account_id,
                QualityRecord.status == IssueStatus.OPEN.value,
            )
        )
    ]
    out += [
        BriefIssue("complaint", c.received_on, c.description, None)
        for c in session.scalars(
            select(Complaint).where(
                Complaint.account_id == account_id, Complaint.status == IssueStatus.OPEN.value
            )
        )
    ]
    out.sort(key=lambda i: i.reported_on, reverse=True)
    return out[:MAX_ISSUES]


def visit_brief(db: Database, visit_id: int, today: date | None = None) -> VisitBrief:
    today = today or date.today()
    with db.session() as session:
        visit = get_or_raise(session, Visit, visit_id)
        account = get_or_raise(session, Account, visit.account_id)
        lines = AccountLines(
            account.name,
            account.code,
            account.grade,
            account.key_account,
            account.industry,
            account.region,
            account.address,
            account.annual_output,
            account.stage,
            account.relationship_type,
            account.owner.name if account.owner else "",
            account.payment_terms,
            account.business_status,
        )
        people = _people(session, visit)
        issues = _issues(session, account.id)
        arrears = account_arrears(session, account.id, today)
        agenda = visit.agenda
        chances = tuple(
            BriefOpportunity(o.kind, o.noted_on, o.description, o.next_step, owner or "", o.due_on)
            for o, owner in session.execute(
                select(Opportunity, Staff.name)
                .outerjoin(Staff, Staff.id == Opportunity.owner_id)
                .where(
                    Opportunity.account_id == account.id,
                    Opportunity.status == OpportunityStatus.OPEN.value,
                )
                # The most pressing first: the earliest due, then the newest undated.
                .order_by(
                    Opportunity.due_on.is_(None),
                    Opportunity.due_on,
                    Opportunity.noted_on.desc(),
                    Opportunity.id,
                )
                .limit(MAX_OPPORTUNITIES)
            )
        )
        when, account_id = visit.planned_on, account.id
    row = next(
        r for r in list_visits(db, start=when, end=when, account_id=account_id) if r.id == visit_id
    )
    last: dict[str, list[VisitRow]] = {layer: [] for layer in LAYERS}
    for past in account_timeline(db, account_id):
        if (
            past.status == VisitStatus.DONE.value
            and past.id != visit_id
            and past.planned_on <= when
            and len(last[past.layer]) < LAST_PER_LAYER
        ):
            last[past.layer].append(past)
    follow_ups = list_follow_ups(db, account_id=account_id)[:MAX_FOLLOW_UPS]
    total = sum(a.open_amount for a in arrears)
    return VisitBrief(
        row,
        agenda,
        lines,
        tuple(people),
        {k: tuple(v) for k, v in last.items()},
        tuple(follow_ups),
        total if arrears else None,
        ageing(arrears) if arrears else {},
        tuple(issues),
        today,
        chances,
    )
