"""The annual plan generator: ideal slots, existing visits, catch-up, capacity, absences."""

from __future__ import annotations

from datetime import date

from kam.visits.planner import Need, Visitor, free_slots, ideal_slots, propose_plan


def test_ideal_slots_are_evenly_spread_over_the_year() -> None:
    slots = ideal_slots(2027, 4)
    assert [d.month for d in slots] == [2, 5, 8, 11]
    assert ideal_slots(2027, 12)[0] == date(2027, 1, 16)
    assert {d.month for d in ideal_slots(2027, 12)} == set(range(1, 13))


def test_existing_visits_fill_their_nearest_slots() -> None:
    # Two visits done in Feb and May fill the first two of four slots.
    free = free_slots(2027, 4, [date(2027, 2, 20), date(2027, 5, 1)])
    assert [d.month for d in free] == [8, 11]
    assert free_slots(2027, 2, [date(2027, 1, 5), date(2027, 3, 1), date(2027, 9, 9)]) == []


def _people() -> list[Visitor]:
    return [
        Visitor(1, "王工", "technical", 10),
        Visitor(2, "李工", "technical", 10),
        Visitor(3, "张经理", "business", 16),
    ]


def test_plan_for_next_year_meets_every_target_with_the_preferred_person() -> None:
    needs = [
        Need(10, "A", "technical", 4, preferred_staff_id=2),
        Need(10, "A", "business", 12, preferred_staff_id=3),
    ]
    plan = propose_plan(2027, needs, _people(), today=date(2026, 12, 1))
    tech = [p for p in plan if p.layer == "technical"]
    biz = [p for p in plan if p.layer == "business"]
    assert len(tech) == 4 and len(biz) == 12
    assert {p.staff_id for p in tech} == {2} and {p.staff_id for p in biz} == {3}
    assert sorted(p.planned_on.month for p in biz) == list(range(1, 13))
    assert all(p.planned_on.weekday() < 5 and p.planned_on.year == 2027 for p in plan)
    assert not any(p.catch_up for p in plan)


def test_rerunning_after_accepting_proposes_nothing_more() -> None:
    first = propose_plan(
        2027,
        [Need(10, "B", "technical", 3, preferred_staff_id=1)],
        _people(),
        today=date(2026, 12, 1),
    )
    existing = tuple(p.planned_on for p in first)
    again = propose_plan(
        2027, [Need(10, "B", "technical", 3, existing, 1)], _people(), today=date(2026, 12, 1)
    )
    assert again == []


def test_missed_slots_of_the_current_year_are_caught_up_from_this_month() -> None:
    today = date(2027, 7, 10)
    plan = propose_plan(
        2027, [Need(10, "A", "technical", 4, preferred_staff_id=1)], _people(), today=today
    )
    assert len(plan) == 4
    assert all(p.planned_on >= today for p in plan)
    assert sum(p.catch_up for p in plan) == 2  # the February and May slots
    assert {p.planned_on.month for p in plan if p.catch_up} == {7, 8}


def test_past_year_gets_no_plan() -> None:
    assert propose_plan(2025, [Need(1, "A", "business", 12)], _people(), date(2026, 1, 1)) == []


def test_capacity_moves_visits_to_a_colleague_and_absences_are_respected() -> None:
    busy = Visitor(1, "王工", "technical", 1, absences=[(date(2027, 3, 1), date(2027, 3, 31))])
    free = Visitor(2, "李工", "technical", 10)
    needs = [Need(n, "A", "technical", 12, preferred_staff_id=1) for n in range(1, 4)]
    plan = propose_plan(2027, needs, [busy, free], today=date(2026, 12, 1))
    assert len(plan) == 36
    march = [p for p in plan if p.planned_on.month == 3]
    assert march and all(p.staff_id == 2 for p in march)
    per_month_busy: dict[int, int] = {}
    for p in plan:
        if p.staff_id == 1:
            per_month_busy[p.planned_on.month] = per_month_busy.get(p.planned_on.month, 0) + 1
    assert max(per_month_busy.values()) == 1
    assert all(
        not (date(2027, 3, 1) <= p.planned_on <= date(2027, 3, 31)) for p in plan if p.staff_id == 1
    )


def test_key_accounts_get_capacity_first_and_nobody_free_leaves_it_unassigned() -> None:
    only = [Visitor(1, "王工", "technical", 1)]
    needs = [
        Need(2, "C", "technical", 12, preferred_staff_id=1),
        Need(1, "A", "technical", 12, preferred_staff_id=1),
    ]
    plan = propose_plan(2027, needs, only, today=date(2026, 12, 1))
    assigned = [p for p in plan if p.staff_id == 1]
    assert all(p.account_id == 1 for p in assigned)
    assert any(p.staff_id is None and p.account_id == 2 for p in plan)


def test_booked_visits_use_up_capacity() -> None:
    person = Visitor(1, "王工", "technical", 2, booked={date(2027, 1, 5): 2})
    plan = propose_plan(
        2027,
        [Need(1, "A", "technical", 12, preferred_staff_id=1)],
        [person],
        today=date(2026, 12, 1),
    )
    # January is full: its slot moves to February with the same person.
    assert len(plan) == 12 and all(p.staff_id == 1 for p in plan)
    assert not [p for p in plan if p.planned_on.month == 1]
    assert len([p for p in plan if p.planned_on.month == 2]) == 2


def test_an_unassigned_visit_stays_on_a_working_day_of_the_year() -> None:
    # 2022-12-31 is a Saturday; the next working day would fall in 2023.
    plan = propose_plan(2022, [Need(1, "A", "business", 365)], [], today=date(2021, 12, 1))
    assert len(plan) == 365
    assert all(p.planned_on.year == 2022 and p.planned_on.weekday() < 5 for p in plan)
    assert all(p.staff_id is None for p in plan)
