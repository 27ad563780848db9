"""An account's relationship as the Relationship tab shows it: the stage year by year
from share of wallet with the stage's guide, the relationship type, and the coverage
of the customer's departments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from kam.domain import Account, Contact, Staff, Visit, visit_contact
from kam.domain.enums import RelationshipType, Stage, VisitStatus
from kam.domain.service_base import get_or_raise
from kam.health.coverage import Coverage, Person, build_coverage
from kam.health.guide import StageGuide, guide
from kam.health.stages import StageYear, current, stage_history
from kam.health.warning_facts import share_years
from kam.i18n import _
from kam.store import Database
from kam.validation import ValidationError

HISTORY_YEARS = 10


@dataclass(frozen=True)
class RelationshipView:
    account_id: int
    recorded_stage: str  # the stage stored on the account (typed or imported)
    relationship_type: str
    history: list[StageYear]  # oldest first; years with a problem carry it
    current: StageYear | None  # the latest usable year up to this year
    guide: StageGuide  # for the computed stage, else the recorded one

    @property
    def computed_stage(self) -> str | None:
        return self.current.stage if self.current else None

    @property
    def stage_differs(self) -> bool:
        return self.computed_stage is not None and self.computed_stage != self.recorded_stage

    @property
    def problems(self) -> list[str]:
        return [f"{h.year}: {h.problem}" for h in self.history if h.problem]


def _account(session, account_id: int) -> Account:  # type: ignore[no-untyped-def]
    return get_or_raise(session, Account, account_id)


def relationship(db: Database, account_id: int, today: date | None = None) -> RelationshipView:
    year = (today or date.today()).year
    with db.session() as session:
        account = _account(session, account_id)
        years = share_years(session, year - HISTORY_YEARS + 1, year, [account_id])
        history = stage_history(years.get(account_id, {}))
        now = current(history, year)
        stage = now.stage if now and now.stage else account.stage
        if stage not in {s.value for s in Stage}:
            stage = Stage.DEVELOPMENT.value
        return RelationshipView(
            account_id, account.stage, account.relationship_type, history, now, guide(stage)
        )


def set_relationship_type(db: Database, account_id: int, value: str) -> None:
    """Records the relationship type (买卖 / 优先供应 / 合作伙伴 / 战略联盟)."""
    if value not in {t.value for t in RelationshipType}:
        raise ValidationError({"relationship_type": _("is not one of the allowed values")})
    with db.session() as session:
        _account(session, account_id).relationship_type = value


def apply_computed_stage(db: Database, account_id: int, today: date | None = None) -> str:
    """Stores the stage computed from share of wallet on the account; returns it.

    Raises:
        ValidationError: no usable share-of-wallet entry to compute it from.
    """
    view = relationship(db, account_id, today)
    if view.computed_stage is None:
        raise ValidationError(
            {"stage": _("no usable share-of-wallet entry to compute the stage from")}
        )
    with db.session() as session:
        _account(session, account_id).stage = view.computed_stage
    return view.computed_stage


def coverage(db: Database, account_id: int) -> Coverage:
    """The coverage matrix of the account's departments by our people."""
    with db.session() as session:
        _account(session, account_id)
        last: dict[int, date] = dict(
            session.execute(
                select(visit_contact.c.contact_id, func.max(Visit.planned_on))
                .join(Visit, Visit.id == visit_contact.c.visit_id)
                .join(Contact, Contact.id == visit_contact.c.contact_id)
                .where(Contact.account_id == account_id, Visit.status == VisitStatus.DONE.value)
                .group_by(visit_contact.c.contact_id)
            ).all()
        )
        rows = session.execute(
            select(
                Contact.id,
                Contact.name,
                Contact.department,
                Contact.title,
                Contact.decision_role,
                Contact.attitude,
                Contact.status,
                Contact.rising_star,
                Staff.name,
                Staff.layer,
                Staff.active,
            )
            .outerjoin(Staff, Staff.id == Contact.owner_id)
            .where(Contact.account_id == account_id)
        ).all()
    people = []
    for cid, name, department, title, role, attitude, status, star, owner, layer, active in rows:
        # Someone who has left our company no longer owns anyone.
        owned = bool(owner) and bool(active)
        people.append(
            Person(
                cid,
                name,
                department or "",
                title or "",
                role or "",
                attitude or "",
                status or "",
                bool(star),
                owner if owned else "",
                layer if owned else "",
                last.get(cid),
            )
        )
    return build_coverage(people)
