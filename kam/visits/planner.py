"""The annual visit plan: propose the visits each account needs on each layer to meet
its yearly targets, spread across the months, and give each to someone who is free.

How a proposal comes about, per account and layer with a target of *n* a year:

1. The year holds *n* ideal slots, evenly spaced (slot *k* on day ``(k + ½) · days / n``).
2. Every visit already in that year (done, planned or postponed) fills the nearest free
   slot, so re-running the generator after accepting a plan proposes nothing twice.
3. A free slot still ahead of ``today`` becomes a proposal in its own month; a free slot
   already behind ``today`` is caught up from the current month on.
4. The visit goes to the preferred person (the account manager on the business layer,
   the last visitor on the others) when they have capacity in that month or the next,
   else to the least-loaded colleague on the same layer, else it stays unassigned.
   Capacity is a number of visits a month, reduced pro rata by absences; the day picked
   is a working day the person is not away, the least busy one nearest the ideal day.

Key accounts (grade A first) are placed first, so they get the scarce capacity.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

GRADE_ORDER = {"A": 0, "B": 1, "C": 2, "D": 3, "": 4}


@dataclass(frozen=True)
class Need:
    """One account's yearly target on one layer and the visits it already has."""

    account_id: int
    grade: str
    layer: str
    target: int
    existing: tuple[date, ...] = ()
    preferred_staff_id: int | None = None


@dataclass
class Visitor:
    """One of our people who can visit on ``layer``."""

    staff_id: int
    name: str
    layer: str
    per_month: int
    absences: list[tuple[date, date]] = field(default_factory=list)
    # visits already booked per date (from planned visits in the database)
    booked: dict[date, int] = field(default_factory=dict)

    def away(self, day: date) -> bool:
        return any(start <= day <= end for start, end in self.absences)


@dataclass(frozen=True)
class Proposal:
    account_id: int
    layer: str
    planned_on: date
    staff_id: int | None
    catch_up: bool  # the slot lay before today and was moved forward


def ideal_slots(year: int, target: int) -> list[date]:
    """``target`` evenly spaced dates over ``year``."""
    start = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - start).days
    return [start + timedelta(days=int((k + 0.5) * days / target)) for k in range(target)]


def free_slots(year: int, target: int, existing: Iterable[date]) -> list[date]:
    """The ideal slots no existing visit of the year fills (each visit fills its nearest)."""
    slots = ideal_slots(year, target)
    free = set(range(len(slots)))
    for visit in sorted(d for d in existing if d.year == year):
        if not free:
            break
        nearest = min(free, key=lambda k: (abs((slots[k] - visit).days), k))
        free.discard(nearest)
    return [slots[k] for k in sorted(free)]


def working_days(year: int, month: int) -> list[date]:
    last = calendar.monthrange(year, month)[1]
    return [d for d in (date(year, month, n) for n in range(1, last + 1)) if d.weekday() < 5]


class _Capacity:
    """Visits each person may still take per month, and how busy each day already is."""

    def __init__(self, people: Sequence[Visitor], year: int, today: date) -> None:
        self.people = {p.staff_id: p for p in people}
        self.today = today
        self.year = year
        self.left: dict[tuple[int, int], int] = {}
        self.load: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
        for person in people:
            for day, n in person.booked.items():
                self.load[person.staff_id][day] += n
            for month in range(1, 13):
                days = working_days(year, month)
                free = [d for d in days if not person.away(d)]
                share = len(free) / len(days) if days else 0.0
                booked = sum(
                    n for d, n in person.booked.items() if d.year == year and d.month == month
                )
                self.left[(person.staff_id, month)] = max(
                    0, int(person.per_month * share + 0.5) - booked
                )

    def open_days(self, staff_id: int, month: int) -> list[date]:
        person = self.people[staff_id]
        return [d for d in working_days(self.year, month) if d >= self.today and not person.away(d)]

    def can_take(self, staff_id: int, month: int) -> bool:
        return self.left.get((staff_id, month), 0) > 0 and bool(self.open_days(staff_id, month))

    def take(self, staff_id: int, month: int, ideal: date) -> date:
        load = self.load[staff_id]
        day = min(
            self.open_days(staff_id, month), key=lambda d: (load[d], abs((d - ideal).days), d)
        )
        load[day] += 1
        self.left[(staff_id, month)] -= 1
        return day


def _first_month(year: int, today: date) -> int | None:
    if today.year > year:
        return None
    return 1 if today.year < year else today.month


def propose_plan(
    year: int,
    needs: Iterable[Need],
    people: Sequence[Visitor],
    today: date,
) -> list[Proposal]:
    """The visits to add in ``year`` so every need meets its target (see module doc)."""
    first = _first_month(year, today)
    if first is None:
        return []
    capacity = _Capacity(people, year, today)
    by_layer: dict[str, list[int]] = defaultdict(list)
    for person in people:
        by_layer[person.layer].append(person.staff_id)
    ordered = sorted(needs, key=lambda n: (GRADE_ORDER.get(n.grade, 5), n.account_id, n.layer))
    proposals: list[Proposal] = []
    for need in ordered:
        if need.target <= 0:
            continue
        slots = free_slots(year, need.target, need.existing)
        catch_month = first
        for slot in slots:
            catch_up = slot < today
            if catch_up:
                month, ideal = catch_month, max(today, date(year, catch_month, 1))
                catch_month = min(12, catch_month + 1)
            else:
                month, ideal = slot.month, slot
            proposals.append(_place(need, month, ideal, catch_up, capacity, by_layer))
    proposals.sort(key=lambda p: (p.planned_on, p.account_id, p.layer))
    return proposals


def _place(
    need: Need,
    month: int,
    ideal: date,
    catch_up: bool,
    capacity: _Capacity,
    by_layer: dict[str, list[int]],
) -> Proposal:
    colleagues = by_layer.get(need.layer, [])
    preferred = need.preferred_staff_id if need.preferred_staff_id in capacity.people else None
    tries: list[tuple[int, int]] = []
    if preferred is not None:
        tries += [(preferred, m) for m in (month, month + 1) if m <= 12]
    for m in (month, month + 1, month - 1):
        if 1 <= m <= 12:
            others = sorted(
                (s for s in colleagues if s != preferred),
                key=lambda s: (-capacity.left.get((s, m), 0), s),
            )
            tries += [(s, m) for s in others]
    for staff_id, m in tries:
        if capacity.can_take(staff_id, m):
            day_ideal = ideal if m == month else date(capacity.year, m, min(ideal.day, 28))
            day = capacity.take(staff_id, m, day_ideal)
            return Proposal(need.account_id, need.layer, day, staff_id, catch_up)
    # Nobody free: keep the visit on its ideal working day, unassigned, for the user.
    return Proposal(need.account_id, need.layer, _working_day(ideal), None, catch_up)


def _working_day(day: date) -> date:
    """The next working day, or the previous one when the next lies in another year."""
    ahead = day
    while ahead.weekday() >= 5:
        ahead += timedelta(days=1)
    if ahead.year == day.year:
        return ahead
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day
