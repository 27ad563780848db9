"""Where SQLite and PostgreSQL differ by default, the services answer the same on both
(each test runs on a laptop file and on a team server)."""

from __future__ import annotations

from datetime import date, time

from kam.accounts.service import AccountData, list_accounts, save_account
from kam.store import Database
from kam.visits.queries import account_timeline, list_visits
from kam.visits.service import VisitData, save_visit


def test_name_search_ignores_the_case_of_latin_letters(db: Database) -> None:
    save_account(db, AccountData(code="X1", name="某钢厂", short_name="ACME Steel"))
    save_account(db, AccountData(code="X2", name="Baosteel Zhanjiang"))
    assert [r.code for r in list_accounts(db, query="acme")] == ["X1"]
    assert [r.code for r in list_accounts(db, query="BAOSTEEL")] == ["X2"]


def test_a_visit_without_a_start_time_comes_first_in_its_day(db: Database) -> None:
    account = save_account(db, AccountData(code="HB", name="河北钢铁"))
    day = date(2026, 3, 2)
    for start in (time(9, 30), None, time(14, 0)):
        save_visit(
            db,
            VisitData(account_id=account, planned_on=day, start_time=start, purpose="p"),
            today=date(2026, 3, 1),
        )
    times = [row.start_time for row in list_visits(db, start=day, end=day)]
    assert times == [None, time(9, 30), time(14, 0)]
    newest_first = [row.start_time for row in account_timeline(db, account)]
    assert newest_first == [time(14, 0), time(9, 30), None]
