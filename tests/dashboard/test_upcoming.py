"""The home screen looks two weeks ahead: visits planned in the next 14 days (not only
this week) and my follow-ups due in those days besides the overdue ones."""

from __future__ import annotations

from datetime import date, timedelta

from kam.dashboard.queries import load_dashboard
from kam.domain import FollowUp, Staff
from kam.store import Database
from tests.health import history as h

TODAY = date(2026, 6, 26)  # a Friday: next week's visits are beyond "this week"


def test_next_fourteen_days_of_mine(db: Database) -> None:
    mine = h.account(db, "HBGT", grade="", owner="王强")
    other = h.account(db, "SDGT")
    for days in (3, 13, 14):
        h.visit(db, mine, "technical", TODAY + timedelta(days=days), status="planned")
    h.visit(db, other, "technical", TODAY + timedelta(days=5), status="planned")
    with db.session() as s:
        wang = s.query(Staff).filter_by(name="王强").one().id
        for text, days, owner in (
            ("逾期", -2, wang),
            ("下周", 10, wang),
            ("太远", 14, wang),
            ("别人的", 3, None),
        ):
            s.add(
                FollowUp(
                    account_id=mine,
                    description=text,
                    owner_id=owner,
                    due_on=TODAY + timedelta(days=days),
                )
            )
    board = load_dashboard(db, TODAY, "王强")
    assert [(w.code, (w.day - TODAY).days) for w in board.week] == [("HBGT", 3), ("HBGT", 13)]
    assert [f.description for f in board.follow_ups] == ["逾期", "下周"]
