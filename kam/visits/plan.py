"""The annual visit plan: gather targets, existing visits and who is available, ask the
planner for proposals, and turn the proposals the user accepts into planned visits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kam.domain import Account, Staff, StaffAbsence, Visit, visit_staff
from kam.domain.enums import Layer, VisitStatus
from kam.i18n import _, label
from kam.store import Database
from kam.validation import Checker, ValidationError
from kam.visits.cadence import policy_targets
from kam.visits.planner import Need, Visitor, propose_plan
from kam.visits.rules import LAYERS, targets_for

# Visits one person can make in a month, by their layer, unless the user says otherwise.
DEFAULT_MONTHLY_CAPACITY = {
    Layer.LEADER.value: 4,
    Layer.TECHNICAL.value: 10,
    Layer.BUSINESS.value: 16,
}
COUNTED = (VisitStatus.DONE.value, VisitStatus.PLANNED.value, VisitStatus.POSTPONED.value)


@dataclass
class PlanItem:
    """One proposed visit, as the plan dialog shows and edits it."""

    account_id: int
    account_name: str
    grade: str
    layer: str
    planned_on: date
    staff_id: int | None
    staff_name: str
    catch_up: bool
    accepted: bool = True


@dataclass(frozen=True)
class PlanPerson:
    staff_id: int
    name: str
    layer: str
    per_month: int


def plan_people(db: Database, capacity: Mapping[int, int] | None = None) -> list[PlanPerson]:
    """Active staff with their monthly visit capacity (``capacity`` overrides by id)."""
    capacity = capacity or {}
    with db.session() as session:
        rows = session.execute(
            select(Staff.id, Staff.name, Staff.layer)
            .where(Staff.active.is_(True))
            .order_by(Staff.name)
        ).all()
    return [
        PlanPerson(sid, name, layer, capacity.get(sid, DEFAULT_MONTHLY_CAPACITY.get(layer, 8)))
        for sid, name, layer in rows
    ]


def propose_annual_plan(
    db: Database,
    year: int,
    *,
    today: date | None = None,
    capacity: Mapping[int, int] | None = None,
    layers: Iterable[str] = LAYERS,
) -> list[PlanItem]:
    """The visits ``year`` still needs on ``layers`` to meet every account's targets."""
    today = today or date.today()
    wanted = set(layers)
    people = plan_people(db, capacity)
    start, end = date(year, 1, 1), date(year, 12, 31)
    with db.session() as session:
        policy = policy_targets(session)
        accounts = session.execute(
            select(Account.id, Account.grade, Account.owner_id, Account.short_name, Account.name)
        ).all()
        existing: dict[tuple[int, str], list[date]] = defaultdict(list)
        for account_id, layer, on in session.execute(
            select(Visit.account_id, Visit.layer, Visit.planned_on).where(
                Visit.planned_on >= start, Visit.planned_on <= end, Visit.status.in_(COUNTED)
            )
        ):
            existing[(account_id, layer)].append(on)
        # The last of our people to visit on a layer is preferred there (continuity).
        last_visitor: dict[tuple[int, str], int] = {}
        for account_id, layer, staff_id in session.execute(
            select(Visit.account_id, Visit.layer, visit_staff.c.staff_id)
            .join(visit_staff, visit_staff.c.visit_id == Visit.id)
            .join(Staff, Staff.id == visit_staff.c.staff_id)
            .where(Staff.layer == Visit.layer, Visit.planned_on <= end)
            .order_by(Visit.planned_on, Visit.id)
        ):
            last_visitor[(account_id, layer)] = staff_id
        booked: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
        for staff_id, on in session.execute(
            select(visit_staff.c.staff_id, Visit.planned_on)
            .join(Visit, Visit.id == visit_staff.c.visit_id)
            .where(
                Visit.planned_on >= start,
                Visit.planned_on <= end,
                Visit.status.in_((VisitStatus.PLANNED.value, VisitStatus.POSTPONED.value)),
            )
        ):
            booked[staff_id][on] += 1
        absences: dict[int, list[tuple[date, date]]] = defaultdict(list)
        for staff_id, a, b in session.execute(
            select(StaffAbsence.staff_id, StaffAbsence.starts_on, StaffAbsence.ends_on).where(
                StaffAbsence.ends_on >= start, StaffAbsence.starts_on <= end
            )
        ):
            absences[staff_id].append((a, b))
    persons = [
        Visitor(
            p.staff_id,
            p.name,
            p.layer,
            p.per_month,
            absences.get(p.staff_id, []),
            dict(booked.get(p.staff_id, {})),
        )
        for p in people
    ]
    layer_of = {p.staff_id: p.layer for p in people}
    needs = []
    names = {}
    grades = {}
    for account_id, grade, owner_id, short, name in accounts:
        names[account_id], grades[account_id] = short or name, grade or ""
        targets = targets_for(grade or "", policy)
        for layer in LAYERS:
            if layer not in wanted or targets[layer] <= 0:
                continue
            preferred = last_visitor.get((account_id, layer))
            if layer == Layer.BUSINESS.value and owner_id in layer_of:
                preferred = owner_id
            needs.append(
                Need(
                    account_id,
                    grade or "",
                    layer,
                    targets[layer],
                    tuple(existing.get((account_id, layer), ())),
                    preferred,
                )
            )
    staff_names = {p.staff_id: p.name for p in people}
    return [
        PlanItem(
            p.account_id,
            names[p.account_id],
            grades[p.account_id],
            p.layer,
            p.planned_on,
            p.staff_id,
            "" if p.staff_id is None else staff_names.get(p.staff_id, ""),
            p.catch_up,
        )
        for p in propose_plan(year, needs, persons, today)
    ]


def accept_plan(db: Database, items: Iterable[PlanItem]) -> int:
    """Creates a planned visit for every accepted item; returns how many.

    Raises:
        ValidationError: an accepted item lacks a date or names an unknown person;
            nothing is written.
    """
    chosen = [item for item in items if item.accepted]
    with db.session() as session:
        check = Checker()
        staff = {s.id: s for s in session.scalars(select(Staff))}
        accounts = set(session.scalars(select(Account.id)))
        for n, item in enumerate(chosen, start=1):
            if item.account_id not in accounts:
                check.add(
                    f"items.{n}", _("plan line {n}: the account no longer exists").format(n=n)
                )
            if item.staff_id is not None and item.staff_id not in staff:
                check.add(f"items.{n}", _("plan line {n}: unknown staff member").format(n=n))
        if check.errors:
            raise ValidationError(check.errors)
        for item in chosen:
            visit = Visit(
                account_id=item.account_id,
                layer=item.layer,
                planned_on=item.planned_on,
                status=VisitStatus.PLANNED.value,
                purpose=_("Annual plan: {layer} visit").format(layer=label(item.layer)),
            )
            if item.staff_id is not None:
                visit.staff = [staff[item.staff_id]]
                visit.our_people = staff[item.staff_id].name
            session.add(visit)
    return len(chosen)
