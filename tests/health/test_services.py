"""The Relationship tab's services: stage history, relationship type, coverage,
opportunities and thresholds."""

from __future__ import annotations

from datetime import date

import pytest

from kam.domain import Account, Contact, Staff
from kam.health.opportunities import (
    OpportunityData,
    delete_opportunity,
    list_opportunities,
    save_opportunity,
)
from kam.health.service import apply_computed_stage, coverage, relationship, set_relationship_type
from kam.health.warnings import get_thresholds, open_warnings, save_thresholds
from kam.store import Database
from kam.validation import ValidationError
from tests.health import history as h


def test_stage_history_with_problems_and_guide(db: Database) -> None:
    a = h.account(db)
    for year in (2023, 2024):
        h.contract(db, a, date(year, 3, 1))
    h.share(db, a, 2023, 30, 70)
    h.share(db, a, 2024, 55, 45)
    h.share(db, a, 2025, 40)  # no contract in 2025
    view = relationship(db, a, date(2025, 6, 1))
    assert [(y.year, y.stage) for y in view.history] == [
        (2023, "initial"),
        (2024, "stable"),
        (2025, None),
    ]
    assert view.computed_stage == "stable" and view.recorded_stage == "development"
    assert view.stage_differs and view.guide.stage == "stable"
    assert view.problems == ["2025: our share is 40 % but no contract with us was signed that year"]
    assert apply_computed_stage(db, a, date(2025, 6, 1)) == "stable"
    with db.session() as s:
        assert s.get_one(Account, a).stage == "stable"


def test_no_usable_share_keeps_the_recorded_stage(db: Database) -> None:
    a = h.account(db)
    view = relationship(db, a)
    assert view.history == [] and view.computed_stage is None
    assert view.guide.stage == "development"
    with pytest.raises(ValidationError):
        apply_computed_stage(db, a)


def test_relationship_type_is_recorded_and_checked(db: Database) -> None:
    a = h.account(db)
    set_relationship_type(db, a, "partner")
    assert relationship(db, a).relationship_type == "partner"
    with pytest.raises(ValidationError) as err:
        set_relationship_type(db, a, "friends")
    assert "relationship_type" in err.value.errors
    with pytest.raises(LookupError):
        relationship(db, 999)


def test_coverage_reads_owners_layers_and_last_done_visit(db: Database) -> None:
    a = h.account(db)
    with db.session() as s:
        wang = Staff(name="王强", layer="business")
        li = Staff(name="李工", layer="technical")
        gone = Staff(name="赵离", layer="leader", active=False)
        s.add_all([wang, li, gone])
        s.flush()
        buyer = Contact(
            account_id=a,
            name="刘部长",
            department="采购部",
            attitude="supporter",
            owner_id=wang.id,
            decision_role="decision_maker",
        )
        tech = Contact(
            account_id=a, name="陈工", department="技术处", owner_id=li.id, rising_star=True
        )
        boss = Contact(
            account_id=a,
            name="孙总",
            department="总经理室",
            owner_id=gone.id,
            decision_role="decision_maker",
        )
        nobody = Contact(account_id=a, name="无名", department="")
        s.add_all([buyer, tech, boss, nobody])
        s.flush()
        ids = (buyer.id, tech.id)
    done = h.visit(db, a, "business", date(2025, 5, 1))
    planned = h.visit(db, a, "business", date(2025, 9, 1), status="planned")
    with db.session() as s:
        from kam.domain import Visit

        buyer_row = s.get_one(Contact, ids[0])
        visits = [s.get_one(Visit, visit_id) for visit_id in (done, planned)]
        for v in visits:
            v.contacts.append(buyer_row)
    cov = coverage(db, a)
    rows = {r.key: r for r in cov.rows}
    assert rows["purchasing"].layers["business"].owners == (("王强", 1),)
    assert rows["purchasing"].last_contact == date(2025, 5, 1)
    assert rows["technical"].layers["technical"].owners == (("李工", 1),)
    assert rows["leadership"].unowned == 1  # its owner has left our company
    assert rows["unknown"].contacts == 1
    assert [p.name for p in cov.unowned_decision_makers] == ["孙总"]
    assert [(p.name, p.owner) for p in cov.rising_stars] == [("陈工", "李工")]


def test_opportunities_are_saved_listed_closed_and_deleted(db: Database) -> None:
    a = h.account(db, owner="王强")
    oid = save_opportunity(
        db,
        OpportunityData(
            a, "supplier_evaluation", date(2026, 3, 1), "三月供应商年度评估", owner="王强"
        ),
    )
    data = list_opportunities(db, a)[0]
    assert (data.id, data.kind, data.owner, data.status) == (
        oid,
        "supplier_evaluation",
        "王强",
        "open",
    )
    data.status = "won"
    save_opportunity(db, data, today=date(2026, 4, 2))
    assert list_opportunities(db, a)[0].closed_on == date(2026, 4, 2)
    assert list_opportunities(db, a, open_only=True) == []
    delete_opportunity(db, oid)
    assert list_opportunities(db, a) == []


def test_bad_opportunities_name_every_field_and_write_nothing(db: Database) -> None:
    a = h.account(db)
    bad = OpportunityData(a, "lottery", None, "x", status="maybe", owner="无此人")
    with pytest.raises(ValidationError) as err:
        save_opportunity(db, bad)
    assert {"kind", "noted_on", "status", "owner"} <= set(err.value.errors)
    early = OpportunityData(
        a, "cost_down", date(2026, 3, 1), closed_on=date(2026, 2, 1), status="missed"
    )
    with pytest.raises(ValidationError) as err:
        save_opportunity(db, early)
    assert "closed_on" in err.value.errors
    assert list_opportunities(db, a) == []


def test_an_opportunity_keeps_its_due_date_and_refuses_one_before_it_was_noted(
    db: Database,
) -> None:
    a = h.account(db)
    oid = save_opportunity(
        db,
        OpportunityData(
            a, "new_product", date(2026, 3, 1), "新钢种", next_step="送样", due_on=date(2026, 4, 15)
        ),
    )
    data = list_opportunities(db, a)[0]
    assert (data.id, data.due_on) == (oid, date(2026, 4, 15))
    data.due_on = None
    save_opportunity(db, data)
    assert list_opportunities(db, a)[0].due_on is None
    data.due_on = date(2026, 2, 1)
    with pytest.raises(ValidationError) as err:
        save_opportunity(db, data)
    assert set(err.value.errors) == {"due_on"}
    assert list_opportunities(db, a)[0].due_on is None  # nothing written


def test_thresholds_are_stored_validated_and_used(db: Database) -> None:
    a = h.account(db)
    h.contract(db, a, date(2025, 3, 1), quantity=100, amount=0)
    h.contract(db, a, date(2026, 3, 1), quantity=80, amount=0)
    assert [r.kind for r in open_warnings(db, date(2026, 6, 30))] == []
    t = save_thresholds(db, {"order_drop_ratio": 0.9})
    assert t.order_drop_ratio == 0.9 and get_thresholds(db).order_drop_ratio == 0.9
    assert [r.kind for r in open_warnings(db, date(2026, 6, 30))] == ["orders_falling"]
    with pytest.raises(ValidationError) as err:
        save_thresholds(db, {"order_drop_ratio": 3, "nonsense": 1})
    assert set(err.value.errors) == {"order_drop_ratio", "nonsense"}
    assert get_thresholds(db).order_drop_ratio == 0.9
    save_thresholds(db, {"order_drop_ratio": 0.7})  # back to the default: the row goes
    assert get_thresholds(db).order_drop_ratio == 0.7
