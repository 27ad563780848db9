"""Cadence arithmetic: intervals, due dates and the state of each layer."""

from __future__ import annotations

from datetime import date

import pytest

from kam.visits.rules import (
    DEFAULT_TARGETS,
    CadenceState,
    VisitFacts,
    account_cadences,
    interval_days,
    layer_cadence,
    targets_for,
)

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("per_year", "days"), [(1, 365), (2, 183), (3, 122), (4, 91), (8, 46), (12, 30), (52, 7)]
)
def test_interval_is_a_year_divided_by_the_target_rounded_half_up(per_year: int, days: int) -> None:
    assert interval_days(per_year) == days


def test_interval_of_zero_visits_is_refused() -> None:
    with pytest.raises(ValueError):
        interval_days(0)


def test_business_layer_monthly_visit_is_due_30_days_after_the_last() -> None:
    c = layer_cadence("business", 12, date(2026, 6, 1), None, TODAY)
    assert c.due_on == date(2026, 7, 1)
    # 16 days ahead is further than DUE_SOON_DAYS (14): still fine
    assert c.state == CadenceState.OK


def test_states_around_the_due_date() -> None:
    last = date(2026, 3, 1)  # technical, 4 a year: due 91 days later = 2026-05-31
    assert layer_cadence("technical", 4, last, None, date(2026, 5, 1)).state == CadenceState.OK
    assert layer_cadence("technical", 4, last, None, date(2026, 5, 17)).state == CadenceState.DUE
    assert layer_cadence("technical", 4, last, None, date(2026, 5, 31)).state == CadenceState.DUE
    late = layer_cadence("technical", 4, last, None, date(2026, 6, 10))
    assert late.state == CadenceState.OVERDUE and late.days_overdue == 10


def test_a_visit_planned_before_the_due_date_schedules_it() -> None:
    last = date(2026, 3, 1)
    c = layer_cadence("technical", 4, last, date(2026, 5, 28), date(2026, 5, 20))
    assert c.state == CadenceState.SCHEDULED
    late_plan = layer_cadence("technical", 4, last, date(2026, 6, 20), date(2026, 5, 20))
    assert late_plan.state == CadenceState.DUE


def test_a_visit_planned_after_an_overdue_date_does_not_hide_the_overdue() -> None:
    c = layer_cadence("leader", 2, date(2025, 11, 1), date(2026, 7, 1), TODAY)
    assert c.due_on == date(2026, 5, 3)
    assert c.state == CadenceState.OVERDUE and c.next_planned == date(2026, 7, 1)


def test_never_visited_is_due_unless_something_is_planned() -> None:
    assert layer_cadence("business", 2, None, None, TODAY).state == CadenceState.DUE
    planned = layer_cadence("business", 2, None, date(2026, 7, 1), TODAY)
    assert planned.state == CadenceState.SCHEDULED and planned.due_on is None


def test_target_zero_is_not_required() -> None:
    c = layer_cadence("leader", 0, None, None, TODAY)
    assert c.state == CadenceState.NOT_REQUIRED and c.due_on is None


def test_targets_come_from_the_policy_and_fall_back_to_the_defaults() -> None:
    policy = {"A": {"leader": 3, "technical": 6, "business": 24}}
    assert targets_for("A", policy) == {"leader": 3, "technical": 6, "business": 24}
    assert targets_for("B", policy) == DEFAULT_TARGETS["B"]
    assert targets_for("", {}) == {"leader": 0, "technical": 1, "business": 2}
    assert targets_for("X", {}) == DEFAULT_TARGETS[""]


def test_account_cadences_take_the_worst_layer() -> None:
    facts = {
        (1, "leader"): VisitFacts(date(2026, 5, 1), None, 1),
        (1, "technical"): VisitFacts(date(2026, 1, 2), None, 1),
        (1, "business"): VisitFacts(date(2026, 6, 10), date(2026, 7, 8), 6),
    }
    [a, b] = account_cadences([(1, "A"), (2, "C")], facts, {}, TODAY)
    assert a.layer("leader").state == CadenceState.OK
    assert a.layer("technical").state == CadenceState.OVERDUE
    assert a.layer("business").state == CadenceState.OK
    assert a.layer("business").done_this_year == 6
    assert a.worst == CadenceState.OVERDUE
    assert b.layer("leader").state == CadenceState.NOT_REQUIRED
    assert b.layer("technical").state == CadenceState.DUE
