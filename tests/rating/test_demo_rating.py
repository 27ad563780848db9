"""The demo company arrives with last year's finalised rating and this year's draft."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from kam.domain import Account
from kam.services import rating
from kam.services.policy import list_policies


def test_demo_has_a_final_last_year_and_a_draft_this_year(demo_db) -> None:
    this_year = date.today().year
    final = rating.current_run(demo_db, this_year - 1)
    draft = rating.current_run(demo_db, this_year)
    assert final is not None and final.status == "final"
    assert draft is not None and draft.status == "draft"
    # docs/domain.md: about thirty of the 93 customers are key accounts.
    assert 20 <= final.key_accounts <= 40
    rows = rating.results(demo_db, final.id)
    overrides = [r for r in rows if r.decision == "overridden"]
    assert overrides and all(r.reason and r.decided_by for r in overrides)
    with demo_db.session() as s:
        keys = s.scalar(select(func.count()).where(Account.key_account.is_(True)))
    assert keys == final.key_accounts
    assert {r.change for r in rating.results(demo_db, draft.id)} >= {"same", "up", "down"}
    assert all(p.stored for p in list_policies(demo_db))
