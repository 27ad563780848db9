"""Row-level security on the team server: what a salesperson's login pays to read
contacts, against the owner of the tables (not subject to the policies) and a director
(who sees everything through the policies' first test). Target: a salesperson counts
and pulls contacts within 3× of the owner's time; the other figures are for comparison.

    python -m benchmarks.bench_rls [--accounts 10000] [--contacts 50000] [--visits 20000]

A private PostgreSQL server (initdb in a temporary folder, as the tests do) is made a
team server (``kam team init``) and filled by its owner with the accounts and people
of :mod:`benchmarks.generate` (20 staff, every 50th account shared) and visits with one
person each; ``kam team add-member`` then adds a salesperson (员工001: ~1/4 of the
accounts are theirs, covered or shared) and a director. Each figure is the best of a few
runs on one connection per role. The salesperson's counts are checked against what
they must see (computed by the owner), so a faster policy that sees more or less fails.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, create_engine, insert, select, text

from benchmarks import QUICK, size
from benchmarks.bench_sync import _start_server
from benchmarks.generate import account_rows, contact_rows
from kam.domain import Account, Contact, Staff, Visit
from kam.store.location import resolve_url
from kam.store.team_server import add_member, init_team_server
from kam.sync.rows import Writer, read_rows
from kam.sync.tables import by_name
from kam.sync.visibility import upsert_where_allowed
from kam.visits.model import visit_contact

SALES, BOSS = "bench_sales", "bench_boss"
SALES_STAFF = "员工001"
TARGET = 3.0
# The contact reads the target is set for; the rest are shown for comparison (a count
# of a small table is dominated by working out the visible accounts once, ~4 ms, and
# each UPDATE works them out twice: for the row it changes and for the row it writes).
TARGETED = (
    "count(*) of contact",
    "pull: every contact (read_rows)",
    "pull: 1,000 contacts by uuid",
)

# What the salesperson must see (migration 0008_team's rules), computed by the owner.
EXPECTED = """
WITH me AS (SELECT id FROM staff WHERE name = :staff),
     seen AS (SELECT a.id FROM account a WHERE a.shared
                 OR a.owner_id IN (SELECT id FROM me)
                 OR a.id IN (SELECT c.account_id FROM contact c
                             WHERE c.owner_id IN (SELECT id FROM me)))
SELECT (SELECT count(*) FROM seen),
       (SELECT count(*) FROM contact WHERE account_id IN (SELECT id FROM seen)),
       (SELECT count(*) FROM visit_contact vc JOIN visit v ON v.id = vc.visit_id
        WHERE v.account_id IN (SELECT id FROM seen))
"""


def _fill(connection: Connection, accounts: int, contacts: int, visits: int) -> None:
    rng = random.Random(2025)
    layers = ["business"] * 3 + ["technical", "leader"]
    connection.execute(
        insert(Staff.__table__),  # type: ignore[arg-type]
        [{"name": f"员工{n:03d}", "layer": layers[n % len(layers)]} for n in range(1, 21)],
    )
    staff = connection.scalars(select(Staff.id)).all()
    rows = account_rows(rng, accounts, staff)
    for n, row in enumerate(rows):
        row["shared"] = n % 50 == 0
    connection.execute(insert(Account.__table__), rows)  # type: ignore[arg-type]
    ids = connection.scalars(select(Account.id).order_by(Account.id)).all()
    connection.execute(
        insert(Contact.__table__),  # type: ignore[arg-type]
        contact_rows(rng, ids, contacts, staff),
    )
    people = connection.execute(select(Contact.id, Contact.account_id)).all()
    picks = [rng.choice(people) for _ in range(visits)]
    start = date(2026, 1, 5)
    connection.execute(
        insert(Visit.__table__),  # type: ignore[arg-type]
        [
            {
                "account_id": account_id,
                "layer": "business",
                "planned_on": start + timedelta(days=n % 330),
                "status": "done",
            }
            for n, (_contact, account_id) in enumerate(picks)
        ],
    )
    visit_ids = connection.scalars(select(Visit.id).order_by(Visit.id)).all()
    connection.execute(
        insert(visit_contact),
        [
            {"visit_id": v, "contact_id": contact}
            for v, (contact, _account) in zip(visit_ids, picks, strict=True)
        ],
    )
    connection.exec_driver_sql("ANALYZE")


def _best(runs: int, work: Callable[[], Any]) -> tuple[float, Any]:
    work()  # warm: caches, the first plan
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def _measure(connection: Connection, runs: int, keys: list[str]) -> dict[str, tuple[float, Any]]:
    contact = by_name()["contact"]
    link = by_name()["visit_contact"]
    few = keys[:: max(1, len(keys) // 1000)][:1000]

    def count(sql: str) -> Callable[[], Any]:
        return lambda: connection.execute(text(sql)).scalar_one()

    # 100 edits of visible people written as the server writes a laptop's push (whole
    # wire rows through its Writer, under a savepoint where row-level security may
    # refuse some), undone after.
    edited = {
        key: {**row, "notes": "bench"}
        for key, row in read_rows(connection, contact, keys[:100]).items()
    }

    def push() -> int:
        savepoint = connection.begin_nested()
        refused = upsert_where_allowed(connection, Writer(connection), contact, edited, [])
        savepoint.rollback()
        assert not refused, refused
        return len(edited)

    return {
        "count(*) of contact": _best(runs, count("SELECT count(*) FROM contact")),
        "count(*) of account": _best(runs, count("SELECT count(*) FROM account")),
        "count(*) of visit_contact": _best(runs, count("SELECT count(*) FROM visit_contact")),
        "pull: every contact (read_rows)": _best(runs, lambda: len(read_rows(connection, contact))),
        "pull: 1,000 contacts by uuid": _best(
            runs, lambda: len(read_rows(connection, contact, few))
        ),
        "pull: every visit_contact link": _best(runs, lambda: len(read_rows(connection, link))),
        "push: 100 contact updates": _best(runs, push),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--accounts", type=int, default=size(10_000, 200))
    parser.add_argument("--contacts", type=int, default=size(50_000, 1_000))
    parser.add_argument("--visits", type=int, default=size(20_000, 200))
    parser.add_argument("--runs", type=int, default=size(5, 1))
    args = parser.parse_args(argv)
    server = _start_server()
    try:
        name = server.new_database("rls")
        url = server.url(name)
        started = time.perf_counter()
        init_team_server(url)
        owner = create_engine(resolve_url(url))
        with owner.begin() as connection:
            _fill(connection, args.accounts, args.contacts, args.visits)
            expected = connection.execute(text(EXPECTED), {"staff": SALES_STAFF}).one()
            revision = connection.execute(text("SELECT version_num FROM alembic_version"))
            head = revision.scalar_one()
        owner.dispose()
        add_member(url, SALES, "salesperson", staff_name=SALES_STAFF)
        add_member(url, BOSS, "director")
        print(
            f"team server at {head}: {args.accounts:,} accounts, {args.contacts:,} contacts, "
            f"{args.visits:,} visits in {time.perf_counter() - started:.1f} s",
            flush=True,
        )
        figures: dict[str, dict[str, tuple[float, Any]]] = {}
        for label, role in (("owner", None), ("director", BOSS), ("salesperson", SALES)):
            engine = create_engine(resolve_url(server.url(name, user=role or "postgres")))
            with engine.connect() as connection:
                keys = list(read_rows(connection, by_name()["contact"]))
                figures[label] = _measure(connection, args.runs, keys)
                connection.rollback()
            engine.dispose()
        uptime = os.getloadavg() if hasattr(os, "getloadavg") else ()
        print(f"load average {' '.join(f'{n:.2f}' for n in uptime)} (the best of {args.runs} runs)")
        worst = 0.0
        print(f"{'':32}{'owner':>12}{'director':>12}{'salesperson':>12}  salesperson/owner")
        for what, (base, _rows) in figures["owner"].items():
            cells = "".join(
                f"{figures[label][what][0] * 1000:9.1f} ms"
                for label in ("owner", "director", "salesperson")
            )
            wall, rows = figures["salesperson"][what]
            ratio = wall / base
            goal = ""
            if what in TARGETED:
                worst = max(worst, ratio)
                goal = f" (target < {TARGET:.0f}×)"
            print(f"{what:32}{cells}  {ratio:4.1f}×{goal}  sees {rows:,}", flush=True)
        seen = (
            figures["salesperson"]["count(*) of account"][1],
            figures["salesperson"]["count(*) of contact"][1],
            figures["salesperson"]["count(*) of visit_contact"][1],
        )
        right = seen == tuple(expected)
        if not right:
            print(f"WRONG: the salesperson sees {seen} (accounts, contacts, links), not {expected}")
    finally:
        server.stop()
        shutil.rmtree(server.folder, ignore_errors=True)
    if os.environ.get(QUICK):  # small sizes show that it runs and sees right, not how fast
        return 0 if right else 1
    ok = right and worst < TARGET
    print("OK" if ok else "TOO SLOW" if right else "WRONG")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
