"""The demo company arrives with five years of ratings: the past years finalised (with
the review meeting's decisions), this year's a draft."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from kam.domain import Account
from kam.rating import service as rating
from kam.rating.analysis_queries import analyse_run
from kam.rating.policy import list_policies


def test_demo_has_five_years_of_ratings_the_last_a_draft(demo_db) -> None:
    this_year = date.today().year
    assert rating.rated_years(demo_db) == list(range(this_year, this_year - 5, -1))
    for year in range(this_year - 4, this_year):
        run = rating.current_run(demo_db, year)
        assert run is not None and run.status == "final"
        assert run.finalised_at is not None and run.finalised_at.year == year + 1
        changes = {r.change for r in rating.results(demo_db, run.id)}
        # Only the first review has nobody to compare with; later ones move accounts.
        if year > this_year - 4:
            assert {"same", "up", "down"} <= changes
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
    draft_rows = rating.results(demo_db, draft.id)
    assert {r.change for r in draft_rows} >= {"same", "up", "down"}
    # Last year's key accounts carry on: most of this year's are not new to the list.
    new = [r for r in draft_rows if r.key_account and r.change == "new"]
    assert len(new) < draft.key_accounts / 3
    assert all(p.stored for p in list_policies(demo_db))
    # The movement matrix between last year and this: mostly on the diagonal, some off it.
    moves = analyse_run(demo_db, draft.id).movement
    stayed = sum(n for (before, now), n in moves.items() if before == now)
    moved = sum(n for (before, now), n in moves.items() if before and now and before != now)
    assert stayed > moved > 0
