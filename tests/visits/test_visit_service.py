"""Saving visits: links, follow-ups, bad input named by field, warnings, nothing half-saved."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import func, select

from kam.domain import FollowUp, Visit
from kam.store import Database
from kam.validation import ValidationError
from kam.visits.follow_ups import list_follow_ups, mark_done, overdue_by_person
from kam.visits.queries import account_timeline, list_visits, upcoming_visits
from kam.visits.service import (
    FollowUpData,
    VisitData,
    cancel_visit,
    delete_visit,
    get_visit,
    postpone_visit,
    save_visit,
    visit_warnings,
)

from .conftest import Company

TODAY = date.today()


def _count(db: Database, model: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _done_visit(c: Company, **kw: object) -> VisitData:
    data = VisitData(
        account_id=c.hb,
        layer="technical",
        planned_on=TODAY - timedelta(days=3),
        start_time=time(9, 30),
        duration_min=90,
        status="done",
        purpose="跟踪轧辊使用",
        outcome="单耗下降 5%",
        staff_ids=[c.li],
        contact_ids=[c.hb_chief],
        quality_ids=[c.hb_quality],
        complaint_ids=[c.hb_complaint],
        expenses=800.0,
        follow_ups=[FollowUpData("提交分析报告", c.li, TODAY + timedelta(days=7))],
    )
    for k, v in kw.items():
        setattr(data, k, v)
    return data


def test_a_done_visit_is_saved_with_people_links_and_follow_ups(
    db: Database, company: Company
) -> None:
    saved = save_visit(db, _done_visit(company, notes="带样品两件"))
    assert saved.warnings == ()
    data = get_visit(db, saved.id)
    assert data.notes == "带样品两件"
    assert data.staff_ids == [company.li] and data.contact_ids == [company.hb_chief]
    assert data.quality_ids == [company.hb_quality]
    assert data.complaint_ids == [company.hb_complaint]
    assert data.our_people == "李工" and data.counterparts == "张志强"
    [fu] = data.follow_ups
    assert (fu.description, fu.owner_name) == ("提交分析报告", "李工")
    [row] = account_timeline(db, company.hb)
    assert row.staff == ("李工",) and row.contacts == ("张志强(主任)",)
    assert not row.incomplete


def test_editing_replaces_follow_ups_and_links(db: Database, company: Company) -> None:
    saved = save_visit(db, _done_visit(company))
    data = get_visit(db, saved.id)
    data.follow_ups[0].done_on = TODAY
    data.follow_ups.append(FollowUpData("寄送资料", company.wang, TODAY + timedelta(days=3)))
    data.contact_ids = [company.hb_buyer, company.hb_chief]
    save_visit(db, data)
    again = get_visit(db, saved.id)
    assert [f.done_on for f in again.follow_ups] == [None, TODAY]
    assert sorted(again.contact_ids) == sorted([company.hb_buyer, company.hb_chief])
    again.follow_ups = again.follow_ups[:1]
    save_visit(db, again)
    assert _count(db, FollowUp) == 1


def test_bad_input_is_reported_field_by_field_and_nothing_is_written(
    db: Database, company: Company
) -> None:
    data = _done_visit(
        company,
        contact_ids=[company.sg_buyer],
        quality_ids=[company.sg_quality],
        follow_ups=[FollowUpData("打电话", None, None), FollowUpData("", company.li, TODAY)],
        layer="sales",
        expenses=-5.0,
    )
    with pytest.raises(ValidationError) as err:
        save_visit(db, data)
    e = err.value.errors
    assert e["contact_ids"] == "陈静 is a contact of another account (江苏沙钢集团)"
    assert "another account" in e["quality_ids"]
    assert e["follow_ups.1.owner"] == "follow-up 1: an owner is required"
    assert e["follow_ups.1.due_on"] == "follow-up 1: a due date is required"
    assert e["follow_ups.2.description"] == "follow-up 2: say what is to be done"
    assert "layer" in e and "expenses" in e
    assert _count(db, Visit) == 0 and _count(db, FollowUp) == 0


def test_missing_account_date_and_cancel_reason(db: Database, company: Company) -> None:
    with pytest.raises(ValidationError) as err:
        save_visit(db, VisitData(account_id=None, planned_on=None, status="cancelled"))
    assert set(err.value.errors) >= {"account_id", "planned_on", "cancel_reason"}


def test_done_in_the_future_is_refused(db: Database, company: Company) -> None:
    with pytest.raises(ValidationError, match="cannot be done yet"):
        save_visit(db, _done_visit(company, planned_on=TODAY + timedelta(days=2)))


def test_doubtful_dates_and_missing_outcome_warn_but_save(db: Database, company: Company) -> None:
    early = _done_visit(company, planned_on=date(2005, 3, 1), follow_ups=[])
    assert any("founded (2008)" in w for w in visit_warnings(db, early))
    far = VisitData(account_id=company.sg, layer="leader", planned_on=TODAY + timedelta(days=800))
    assert any("more than a year ahead" in w for w in visit_warnings(db, far))
    assert any(
        "before 江苏沙钢集团 was added" in w
        for w in visit_warnings(
            db, VisitData(account_id=company.sg, planned_on=TODAY - timedelta(days=30))
        )
    )
    bare = _done_visit(company, outcome="  ", follow_ups=[])
    saved = save_visit(db, bare)
    assert any("incomplete" in w for w in saved.warnings)
    [row] = account_timeline(db, company.hb)
    assert row.incomplete


def test_postpone_keeps_the_first_date_and_cancel_needs_a_reason(
    db: Database, company: Company
) -> None:
    first = TODAY + timedelta(days=5)
    saved = save_visit(
        db,
        VisitData(
            account_id=company.hb, layer="leader", planned_on=first, staff_ids=[company.zhao]
        ),
    )
    postpone_visit(db, saved.id, first + timedelta(days=10))
    data = get_visit(db, saved.id)
    assert (data.status, data.original_date) == ("postponed", first)
    postpone_visit(db, saved.id, first + timedelta(days=20))
    assert get_visit(db, saved.id).original_date == first
    with pytest.raises(ValidationError, match="must be after"):
        postpone_visit(db, saved.id, first)
    with pytest.raises(ValidationError):
        cancel_visit(db, saved.id, "  ")
    cancel_visit(db, saved.id, "客户领导出差")
    assert get_visit(db, saved.id).status == "cancelled"
    delete_visit(db, saved.id)
    assert _count(db, Visit) == 0


def test_lists_filter_by_period_layer_and_person(db: Database, company: Company) -> None:
    for days, layer, who in (
        (2, "business", company.wang),
        (4, "technical", company.li),
        (40, "business", company.wang),
    ):
        save_visit(
            db,
            VisitData(
                account_id=company.hb,
                layer=layer,
                planned_on=TODAY + timedelta(days=days),
                staff_ids=[who],
            ),
        )
    assert len(list_visits(db, start=TODAY, end=TODAY + timedelta(days=10))) == 2
    assert len(list_visits(db, start=TODAY, end=TODAY + timedelta(days=60), staff="王强")) == 2
    assert len(list_visits(db, start=TODAY, end=TODAY + timedelta(days=60), layer="technical")) == 1
    assert [v.layer for v in upcoming_visits(db, staff=company.li, today=TODAY)] == ["technical"]


def test_overdue_follow_ups_per_person(db: Database, company: Company) -> None:
    save_visit(
        db,
        _done_visit(
            company,
            planned_on=TODAY - timedelta(days=30),
            follow_ups=[
                FollowUpData("提交报告", company.li, TODAY - timedelta(days=10)),
                FollowUpData("回款跟踪", company.wang, TODAY - timedelta(days=2)),
                FollowUpData("寄资料", company.wang, TODAY + timedelta(days=2)),
            ],
        ),
    )
    grouped = overdue_by_person(db, TODAY)
    assert list(grouped) == ["李工", "王强"]  # pinyin order: li before wang
    assert grouped["李工"][0].days_overdue(TODAY) == 10
    assert len(list_follow_ups(db, owner="王强")) == 2
    mark_done(db, grouped["王强"][0].id, TODAY)
    assert "王强" not in overdue_by_person(db, TODAY)
    with pytest.raises(ValidationError):
        mark_done(db, grouped["李工"][0].id, TODAY + timedelta(days=1))
