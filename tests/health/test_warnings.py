"""Each early warning, built from a small history: it fires, and it clears."""

from __future__ import annotations

from datetime import date, timedelta

from kam.accounts.people import list_contacts, save_contact
from kam.domain import Complaint, Contact, QualityRecord
from kam.health.warnings import open_warnings
from kam.store import Database
from tests.health import history as h

DAY = date(2026, 6, 30)


def kinds(db: Database, as_of: date = DAY, kind: str | None = None) -> list[tuple[str, str]]:
    rows = open_warnings(db, as_of)
    return [(r.kind, r.severity) for r in rows if kind is None or r.kind == kind]


def test_an_account_without_records_raises_nothing(db: Database) -> None:
    h.account(db)
    assert kinds(db) == []


def test_orders_falling_fires_below_70_percent_of_a_year_before_and_clears(db: Database) -> None:
    a = h.account(db)
    for signed in (date(2025, 2, 1), date(2025, 5, 1)):
        c = h.contract(db, a, signed, quantity=50, amount=500)
        h.payment(db, a, signed, 500, c)
    c = h.contract(db, a, date(2026, 3, 1), quantity=50, amount=500)
    h.payment(db, a, date(2026, 3, 1), 500, c)
    rows = [r for r in open_warnings(db, DAY) if r.kind == "orders_falling"]
    assert [(r.severity, r.level) for r in rows] == [("medium", 50.0)]
    assert "50" in rows[0].reason and "100" in rows[0].reason
    c = h.contract(db, a, date(2026, 6, 1), quantity=30, amount=300)
    h.payment(db, a, date(2026, 6, 1), 300, c)
    assert kinds(db, kind="orders_falling") == []


def test_orders_falling_is_severe_below_40_percent(db: Database) -> None:
    a = h.account(db)
    h.contract(db, a, date(2025, 3, 1), quantity=100, amount=0)
    h.contract(db, a, date(2026, 3, 1), quantity=30, amount=0)
    assert kinds(db, kind="orders_falling") == [("orders_falling", "high")]


def test_arrears_over_90_days_fire_and_clear_when_paid(db: Database) -> None:
    a = h.account(db)
    c = h.contract(db, a, date(2026, 2, 1), amount=10_000)
    assert kinds(db, kind="arrears_overdue") == [("arrears_overdue", "medium")]
    assert kinds(db, DAY + timedelta(days=60), "arrears_overdue") == [("arrears_overdue", "high")]
    assert kinds(db, date(2026, 4, 1), "arrears_overdue") == []
    h.payment(db, a, date(2026, 6, 1), 10_000, c)
    assert kinds(db, kind="arrears_overdue") == []


def test_arrears_growing_fires_when_old_arrears_grow_and_clears(db: Database) -> None:
    a = h.account(db)
    h.contract(db, a, date(2026, 1, 1), amount=100_000)
    b = h.contract(db, a, date(2026, 4, 15), amount=60_000)
    rows = [r for r in open_warnings(db, DAY) if r.kind == "arrears_growing"]
    assert len(rows) == 1 and rows[0].level == 60.0
    h.payment(db, a, date(2026, 6, 20), 60_000, b)
    assert kinds(db, kind="arrears_growing") == []


def test_collection_rate_dropping_fires_and_clears(db: Database) -> None:
    a = h.account(db)
    h.contract(db, a, date(2025, 3, 1), amount=1000)
    h.payment(db, a, date(2025, 4, 1), 1000)
    h.contract(db, a, date(2026, 3, 1), amount=1000)
    h.payment(db, a, date(2026, 4, 1), 500)
    assert kinds(db, kind="collection_dropping") == [("collection_dropping", "high")]
    h.payment(db, a, date(2026, 5, 1), 400)
    assert kinds(db, kind="collection_dropping") == []


def test_quality_record_open_too_long_fires_and_clears(db: Database) -> None:
    a = h.account(db)
    q = h.quality(db, a, date(2026, 5, 1))
    rows = [r for r in open_warnings(db, DAY) if r.kind == "quality_open"]
    assert [(r.subject, r.severity, r.on) for r in rows] == [
        (f"quality:{q}", "medium", date(2026, 5, 1))
    ]
    assert kinds(db, date(2026, 5, 20), "quality_open") == []
    assert kinds(db, date(2026, 8, 1), "quality_open") == [("quality_open", "high")]
    h.resolve(db, QualityRecord, q, date(2026, 7, 1))
    # Resolved only after the day judged: still open on that day.
    assert kinds(db, DAY, "quality_open") == [("quality_open", "medium")]
    assert kinds(db, date(2026, 7, 2), "quality_open") == []


def test_complaint_open_too_long_fires_and_clears_and_is_severe_for_key_accounts(
    db: Database,
) -> None:
    a = h.account(db)
    k = h.account(db, "K1", key=True)
    c = h.complaint(db, a, date(2026, 6, 10))
    h.complaint(db, k, date(2026, 6, 10))
    assert sorted(kinds(db, kind="complaint_open")) == [
        ("complaint_open", "high"),
        ("complaint_open", "medium"),
    ]
    h.resolve(db, Complaint, c, date(2026, 6, 29))
    assert kinds(db, kind="complaint_open") == [("complaint_open", "high")]


def test_visit_overdue_on_a_layer_fires_and_clears(db: Database) -> None:
    a = h.account(db, grade="A")
    h.visit(db, a, "business", date(2026, 4, 1))
    rows = [r for r in open_warnings(db, DAY) if r.kind == "visit_overdue"]
    assert [(r.subject, r.severity) for r in rows] == [("layer:business", "low")]
    assert "Business layer" in rows[0].reason
    h.visit(db, a, "business", date(2026, 6, 20))
    assert kinds(db, kind="visit_overdue") == []


def test_a_planned_visit_that_did_not_happen_does_not_count(db: Database) -> None:
    a = h.account(db, grade="A")
    h.visit(db, a, "business", date(2026, 4, 1))
    h.visit(db, a, "business", date(2026, 6, 20), status="planned")
    assert kinds(db, kind="visit_overdue") == [("visit_overdue", "low")]


def test_a_visit_planned_on_an_overdue_layer_settles_or_annotates_it(db: Database) -> None:
    a = h.account(db, grade="A")
    h.visit(db, a, "business", date(2026, 4, 1))
    # Planned for three months on: the warning stays, saying when the visit will be.
    h.visit(db, a, "business", DAY + timedelta(days=90), status="planned")
    rows = [r for r in open_warnings(db, DAY) if r.kind == "visit_overdue"]
    assert len(rows) == 1 and f"planned for {DAY + timedelta(days=90)}" in rows[0].reason
    # Planned within visit_plan_settles_days (30): nothing left to do.
    h.visit(db, a, "business", DAY + timedelta(days=10), status="planned")
    assert kinds(db, kind="visit_overdue") == []
    # A plan on another layer settles nothing.
    h.visit(db, a, "technical", date(2026, 2, 1))
    h.visit(db, a, "business", DAY + timedelta(days=3), status="planned")
    assert [r.subject for r in open_warnings(db, DAY)] == ["layer:technical"]


def test_a_healthy_account_raises_nothing(db: Database) -> None:
    """Orders steady, paid within a month, every layer visited on time or planned,
    shares and grade holding: a home screen with nothing to do for it."""
    a = h.account(db, grade="B", key=True)
    for month in range(1, 25):
        signed = date(2024, 6, 15) + timedelta(days=30 * month)
        if signed > DAY:
            break
        h.contract(db, a, signed, quantity=12.0 + month % 3, amount=300_000)
        if signed + timedelta(days=25) <= DAY:
            h.payment(db, a, signed + timedelta(days=25), 300_000)
    h.visit(db, a, "leader", date(2026, 1, 10))
    h.visit(db, a, "technical", date(2026, 5, 20))
    h.visit(db, a, "business", date(2026, 5, 15))  # B: every 46 days, due 6-30
    h.visit(db, a, "business", DAY + timedelta(days=7), status="planned")
    h.share(db, a, 2025, 62)
    h.share(db, a, 2026, 55)  # an estimate 7 points lower: noise, not news
    h.rating(db, 2025, date(2026, 1, 20), {a: ("B", "B")})
    assert kinds(db) == []


def test_key_contact_left_fires_for_a_while_and_clears(db: Database) -> None:
    a = h.account(db)
    h.contact(db, a, "张总", status="left", changed_on=date(2026, 6, 1))
    h.contact(db, a, "小刘", role="user", status="left", changed_on=date(2026, 6, 1))
    h.contact(db, a, "王工", role="influencer", status="changed_post", changed_on=date(2026, 6, 10))
    rows = [r for r in open_warnings(db, DAY) if r.kind == "contact_lost"]
    assert sorted((r.severity, r.reason.split()[-1]) for r in rows) == [
        ("high", "2026-06-01"),
        ("low", "2026-06-10"),
    ]
    assert kinds(db, date(2026, 5, 31), "contact_lost") == []
    assert kinds(db, date(2026, 10, 1), "contact_lost") == []


def test_changing_a_contacts_status_records_the_day(db: Database) -> None:
    a = h.account(db)
    cid = h.contact(db, a)
    data = next(c for c in list_contacts(db, a) if c.id == cid)
    data.status = "left"
    save_contact(db, data)
    with db.session() as s:
        assert s.get_one(Contact, cid).status_changed_on == date.today()
    assert kinds(db, date.today(), "contact_lost") == [("contact_lost", "high")]
    data.status = "active"
    save_contact(db, data)
    assert kinds(db, date.today(), "contact_lost") == []


def test_share_down_fires_and_clears(db: Database) -> None:
    a = h.account(db)
    for year in (2025, 2026):
        h.contract(db, a, date(year, 1, 5), amount=0)
    h.share(db, a, 2025, 70)
    h.share(db, a, 2026, 60)
    assert kinds(db, kind="share_down") == [("share_down", "medium")]
    with db.session() as s:
        from kam.domain import CompetitorShare

        row = s.query(CompetitorShare).filter_by(account_id=a, year=2026).one()
        row.share_pct = 68
    assert kinds(db, kind="share_down") == []


def test_stage_down_fires_instead_of_share_down(db: Database) -> None:
    a = h.account(db)
    for year in (2025, 2026):
        h.contract(db, a, date(year, 1, 5), amount=0)
    h.share(db, a, 2025, 85)
    h.share(db, a, 2026, 60)
    rows = [r for r in open_warnings(db, DAY) if r.kind in ("stage_down", "share_down")]
    assert [(r.kind, r.severity) for r in rows] == [("stage_down", "high")]
    assert "Strategic cooperation" in rows[0].reason


def test_nonsense_shares_raise_no_alarm(db: Database) -> None:
    a = h.account(db)
    h.contract(db, a, date(2025, 1, 5), amount=0)
    h.share(db, a, 2025, 70)
    h.share(db, a, 2026, 130)  # over 100 %
    b = h.account(db, "B1")
    h.contract(db, b, date(2025, 1, 5), amount=0)
    h.share(db, b, 2025, 70)
    h.share(db, b, 2026, 20)  # no purchases from us in 2026
    assert [k for k, _s in kinds(db) if k in ("share_down", "stage_down")] == []


def test_grade_dropped_in_the_last_rating_fires_and_clears(db: Database) -> None:
    a = h.account(db)
    h.rating(db, 2025, date(2026, 4, 20), {a: ("C", "B")})
    assert kinds(db, kind="grade_dropped") == [("grade_dropped", "medium")]
    assert kinds(db, date(2026, 4, 19), "grade_dropped") == []
    # News for a quarter after the review meeting (grade_drop_days), then it is the grade.
    assert kinds(db, date(2026, 4, 20) + timedelta(days=91), "grade_dropped") == []
    h.rating(db, 2026, date(2026, 6, 1), {a: ("C", "C")})
    assert kinds(db, kind="grade_dropped") == []


def test_owner_filter_keeps_that_managers_accounts(db: Database) -> None:
    mine = h.account(db, "M1", owner="王强")
    other = h.account(db, "O1")
    for a in (mine, other):
        h.contract(db, a, date(2026, 1, 1), amount=10_000)
    rows = open_warnings(db, DAY, owner="王强")
    assert {r.code for r in rows} == {"M1"} and rows[0].owner == "王强"
