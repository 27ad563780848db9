"""The annual plan from the database: targets from the sales policy, who is free, and
accepting the proposals the user keeps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kam.domain import SalesPolicy, StaffAbsence
from kam.store import Database
from kam.validation import ValidationError
from kam.visits.cadence import account_cadence, cadence_status, policy_targets
from kam.visits.plan import accept_plan, propose_annual_plan
from kam.visits.queries import list_visits
from kam.visits.rules import DEFAULT_TARGETS, CadenceState
from kam.visits.service import VisitData, save_visit

from .conftest import Company

TODAY = date(2026, 11, 25)
YEAR = 2027


def test_policy_rows_override_the_default_targets(db: Database, company: Company) -> None:
    with db.session() as s:
        assert policy_targets(s) == DEFAULT_TARGETS
        s.add(SalesPolicy(grade="A", leader_visits=3, technical_visits=6, business_visits=24))
    with db.session() as s:
        targets = policy_targets(s)
    assert targets["A"] == {"leader": 3, "technical": 6, "business": 24}
    assert targets["B"] == DEFAULT_TARGETS["B"]


def test_cadence_status_of_all_accounts(db: Database, company: Company) -> None:
    save_visit(
        db,
        VisitData(
            account_id=company.hb,
            layer="business",
            status="done",
            outcome="ok",
            planned_on=TODAY - timedelta(days=40),
        ),
    )
    save_visit(
        db,
        VisitData(account_id=company.hb, layer="technical", planned_on=TODAY + timedelta(days=5)),
    )
    by_id = {c.account_id: c for c in cadence_status(db, TODAY)}
    hb = by_id[company.hb]
    assert hb.layer("business").state == CadenceState.OVERDUE
    assert hb.layer("business").days_overdue == 10
    assert hb.layer("technical").state == CadenceState.SCHEDULED
    assert hb.layer("leader").state == CadenceState.DUE
    assert by_id[company.sg].layer("business").target == 8
    assert account_cadence(db, company.sg, TODAY).grade == "B"


def test_proposals_meet_the_targets_and_respect_absences(db: Database, company: Company) -> None:
    with db.session() as s:
        s.add(
            StaffAbsence(
                staff_id=company.li,
                starts_on=date(YEAR, 5, 1),
                ends_on=date(YEAR, 5, 31),
                reason="年假",
            )
        )
    plan = propose_annual_plan(db, YEAR, today=TODAY)
    per = {(p.account_id, p.layer): 0 for p in plan}
    for p in plan:
        per[(p.account_id, p.layer)] += 1
    # A: 2/4/12, B: 1/3/8 (built-in defaults while the policy table is empty)
    assert per == {
        (company.hb, "leader"): 2,
        (company.hb, "technical"): 4,
        (company.hb, "business"): 12,
        (company.sg, "leader"): 1,
        (company.sg, "technical"): 3,
        (company.sg, "business"): 8,
    }
    hb_biz = [p for p in plan if p.account_id == company.hb and p.layer == "business"]
    assert {p.staff_name for p in hb_biz} == {"王强"}  # the account manager
    assert all(not (p.staff_id == company.li and p.planned_on.month == 5) for p in plan)
    assert all(p.account_name in ("河北钢铁", "沙钢") for p in plan)


def test_accepting_creates_planned_visits_and_a_rerun_proposes_nothing(
    db: Database, company: Company
) -> None:
    plan = propose_annual_plan(db, YEAR, today=TODAY, layers=["technical"])
    plan[0].accepted = False
    plan[1].planned_on = date(YEAR, 6, 30)  # the user moved one
    assert accept_plan(db, plan) == len(plan) - 1
    visits = list_visits(db, start=date(YEAR, 1, 1), end=date(YEAR, 12, 31))
    assert len(visits) == len(plan) - 1
    assert all(v.status == "planned" and v.staff == ("李工",) for v in visits)
    assert date(YEAR, 6, 30) in {v.planned_on for v in visits}
    again = propose_annual_plan(db, YEAR, today=TODAY, layers=["technical"])
    assert len(again) == 1  # only the line the user declined


def test_accepting_a_stale_plan_writes_nothing(db: Database, company: Company) -> None:
    plan = propose_annual_plan(db, YEAR, today=TODAY, layers=["leader"])
    plan[-1].staff_id = 999
    with pytest.raises(ValidationError, match="unknown staff member"):
        accept_plan(db, plan)
    assert list_visits(db, start=date(YEAR, 1, 1), end=date(YEAR, 12, 31)) == []


def test_absences_are_validated_and_kept_out_of_the_plan(db: Database, company: Company) -> None:
    from kam.visits.absences import AbsenceData, delete_absence, list_absences, save_absence

    with pytest.raises(ValidationError) as err:
        save_absence(db, AbsenceData(None, date(YEAR, 3, 10), date(YEAR, 3, 1)))
    assert set(err.value.errors) == {"staff_id", "ends_on"}
    assert list_absences(db) == []
    absence_id = save_absence(
        db, AbsenceData(company.li, date(YEAR, 1, 1), date(YEAR, 4, 30), "出国考察")
    )
    [row] = list_absences(db, since=date(YEAR, 2, 1))
    assert (row.staff_name, row.reason) == ("李工", "出国考察")
    plan = propose_annual_plan(db, YEAR, today=TODAY, layers=["technical"])
    # The only engineer is away until May: nothing of the technical layer lands on him then.
    assert all(p.staff_id is None for p in plan if p.planned_on.month <= 4)
    assert any(p.staff_id == company.li for p in plan)
    delete_absence(db, absence_id)
    assert list_absences(db) == []
