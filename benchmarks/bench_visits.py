"""Visits speed with 10,000 accounts and 200,000 visits: the month calendar renders in
under 200 ms, the cadence status of all accounts computes in under 1 s, a 3-month plan
PDF for one person prints in under 2 s.

    python -m benchmarks.bench_visits [--accounts 10000] [--visits 200000] [--staff 100]

The database (accounts and people from :mod:`benchmarks.generate`, visits over two years
here, each with one of our people and one of the customer's) is built once into the temp
folder and reused. Each figure is the best of five runs after one warm-up.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select, update

from benchmarks import size
from benchmarks.generate import bulk_insert, cached, make_database
from kam.domain import Account, Contact, FollowUp, Staff, Visit, visit_contact, visit_staff
from kam.store import Database, open_database

TODAY = date(2026, 6, 15)
FIRST = TODAY - timedelta(days=540)
SPAN = 720  # days: 18 months back, 6 months ahead
STATUSES = ("done",) * 17 + ("cancelled", "postponed", "planned")


def _visits(db: Database, count: int, seed: int) -> None:
    rng = random.Random(seed)
    with db.session() as session:
        accounts = session.execute(select(Account.id, Account.owner_id)).all()
        grades = ["A"] * 5 + ["B"] * 15 + ["C"] * 40 + ["D"] * 30 + [""] * 10
        for account_id, _owner in accounts:
            session.execute(
                update(Account).where(Account.id == account_id).values(grade=rng.choice(grades))
            )
        staff = session.execute(select(Staff.id, Staff.layer)).all()
        by_layer: dict[str, list[int]] = {}
        for staff_id, layer in staff:
            by_layer.setdefault(layer, []).append(staff_id)
        contacts: dict[int, list[int]] = {}
        for contact_id, account_id in session.execute(select(Contact.id, Contact.account_id)):
            contacts.setdefault(account_id, []).append(contact_id)
        layers = ["business"] * 6 + ["technical"] * 3 + ["leader"]
        rows, people, met, follow = [], [], [], []
        for n in range(1, count + 1):
            account_id, owner = accounts[rng.randrange(len(accounts))]
            layer = rng.choice(layers)
            day = FIRST + timedelta(days=rng.randrange(SPAN))
            status = "planned" if day >= TODAY else rng.choice(STATUSES)
            rows.append(
                {
                    "id": n,
                    "account_id": account_id,
                    "layer": layer,
                    "planned_on": day,
                    "status": status,
                    "purpose": "跟进订单与交货",
                    "outcome": "客户无异议" if status == "done" else "",
                }
            )
            who = owner if layer == "business" and owner else rng.choice(by_layer[layer])
            people.append({"visit_id": n, "staff_id": who})
            if contacts.get(account_id):
                met.append({"visit_id": n, "contact_id": rng.choice(contacts[account_id])})
            if status == "done" and rng.random() < 0.15:
                follow.append(
                    {
                        "account_id": account_id,
                        "visit_id": n,
                        "description": "跟踪回款",
                        "owner_id": who,
                        "due_on": day + timedelta(days=14),
                        "done_on": None if rng.random() < 0.3 else day,
                    }
                )
        bulk_insert(session, Visit, rows)
        session.execute(visit_staff.insert(), people)
        session.execute(visit_contact.insert(), met)
        bulk_insert(session, FollowUp, follow)


def database(accounts: int, visits: int, staff: int, seed: int = 2025) -> Path:
    def build(path: Path) -> None:
        make_database(path, accounts, accounts * 5, staff=staff, seed=seed)
        db = open_database(path)
        try:
            _visits(db, visits, seed)
        finally:
            db.close()

    return cached(f"kam-bench-visits-{accounts}-{visits}-{staff}.sqlite3", build)


def best(fn: Callable[[], object], runs: int = 5) -> tuple[float, float]:
    """The best wall-clock time of ``runs`` and the CPU time of that run (on a shared
    machine the wall clock also counts waiting for a core)."""
    fn()
    times = []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - started, time.process_time() - cpu))
    return min(times)


def _ms(figure: tuple[float, float]) -> str:
    return f"{figure[0] * 1000:7.1f} ms (CPU {figure[1] * 1000:6.1f} ms)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--accounts", type=int, default=size(10_000, 40))
    parser.add_argument("--visits", type=int, default=size(200_000, 400))
    parser.add_argument("--staff", type=int, default=size(100, 10))
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    started = time.perf_counter()
    path = database(args.accounts, args.visits, args.staff)
    print(f"database: {path} ({time.perf_counter() - started:.1f} s to build or open)")
    db = open_database(path)

    from PySide6.QtWidgets import QApplication

    from kam.reports.fonts import register_fonts
    from kam.visits.cadence import cadence_status
    from kam.visits.pdf_plan import write_visit_plan
    from kam.visits.queries import calendar_entries, list_visits
    from ui.visits.calendar_view import CalendarView

    app = QApplication.instance() or QApplication([])
    view = CalendarView()
    view.resize(1000, 700)
    view.selected = view.today = TODAY
    with db.session() as session:
        person = session.scalar(
            select(Staff.name).where(Staff.layer == "business").order_by(Staff.id)
        )
        total = session.scalar(select(Visit.id).order_by(Visit.id.desc()).limit(1))

    def month(staff: str | None) -> Callable[[], object]:
        def run() -> object:
            start, end = view.period()
            view.set_visits(calendar_entries(db, start=start, end=end, staff=staff))
            return view.grab()

        return run

    start, end = view.period()
    shown = len(list_visits(db, start=start, end=end, with_people=False))
    t_all = best(month(None))
    t_person = best(month(person))
    statuses = cadence_status(db, TODAY)
    t_cadence = best(lambda: cadence_status(db, TODAY))
    register_fonts()
    out = Path(tempfile.gettempdir()) / "kam-bench-visit-plan.pdf"
    plan_end = TODAY + timedelta(days=91)
    n_plan = write_visit_plan(db, out, start=TODAY - timedelta(days=1), end=plan_end, owner=person)
    t_plan = best(
        lambda: write_visit_plan(
            db, out, start=TODAY - timedelta(days=1), end=plan_end, owner=person
        ),
        runs=3,
    )
    print(
        f"{args.accounts} accounts, {total} visits, {args.staff} staff; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print(f"month calendar, everyone ({shown} visits): {_ms(t_all)}  target < 200 ms")
    print(f"month calendar, one person:               {_ms(t_person)}  target < 200 ms")
    print(f"cadence of all {len(statuses)} accounts:        {_ms(t_cadence)}  target < 1 s")
    print(f"3-month plan PDF, one person ({n_plan} visits): {_ms(t_plan)}  target < 2 s")
    db.close()
    # The widget must go before the application, or Qt crashes at interpreter exit.
    view.deleteLater()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
