"""The demo company's visits: a year on all three layers, some accounts overdue."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from kam.store import Database
from kam.visits.cadence import due_lines
from kam.visits.follow_ups import overdue_by_person
from kam.visits.queries import list_visits
from kam.visits.rules import CadenceState


def test_demo_has_a_year_of_visits_on_every_layer_and_some_overdue(demo_db: Database) -> None:
    today = date.today()
    rows = list_visits(
        demo_db,
        start=today - timedelta(days=400),
        end=today + timedelta(days=120),
        with_people=False,
    )
    done = [r for r in rows if r.status == "done"]
    assert Counter(r.layer for r in done).keys() == {"leader", "technical", "business"}
    assert min(r.planned_on for r in done) <= today - timedelta(days=300)
    assert any(r.status == "planned" and r.planned_on >= today for r in rows)
    assert {"cancelled", "postponed"} <= {r.status for r in rows}
    assert any(r.incomplete for r in rows)
    overdue = due_lines(demo_db, today, states=(CadenceState.OVERDUE,))
    assert overdue and {line.layer for line in overdue} >= {"technical", "business"}
    assert overdue_by_person(demo_db, today)
