"""How fast account profiles print (issue 6): one profile of a rich account (target
< 0.5 s) and a batch of 100 profiles into one file (target < 30 s).

Usage: python -m benchmarks.bench_profile [--db DEMO.sqlite3]
Without --db the demo company is built into a temporary file first (not timed).
Wall time and CPU time are both printed: on a shared machine they differ.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from io import BytesIO
from pathlib import Path

from sqlalchemy import func, select

from benchmarks import size
from kam.domain import Account, Contact, Visit
from kam.profile.data import gather_profile
from kam.profile.pdf import ProfileOptions, print_profiles, render_profile
from kam.reports.fonts import register_fonts
from kam.store import Database, open_database


def richest_account(db: Database) -> int:
    with db.session() as s:
        contacts = (
            select(Contact.account_id, func.count().label("n"))
            .group_by(Contact.account_id)
            .subquery()
        )
        visits = (
            select(Visit.account_id, func.count().label("n")).group_by(Visit.account_id).subquery()
        )
        return s.scalars(
            select(Account.id)
            .outerjoin(contacts, contacts.c.account_id == Account.id)
            .outerjoin(visits, visits.c.account_id == Account.id)
            .order_by((func.coalesce(contacts.c.n, 0) + func.coalesce(visits.c.n, 0)).desc())
            .limit(1)
        ).one()


def timed(fn) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="a demo database to read (default: build one)")
    parser.add_argument("--batch", type=int, default=size(100, 2))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.db:
            db = open_database(args.db)
        else:
            from kam.demo import build_demo

            db = open_database(Path(tmp) / "demo.sqlite3")
            print("building the demo company …", flush=True)
            build_demo(db)
        wall, _cpu = timed(register_fonts)
        print(f"font registration (once per process): {wall:.2f} s")
        account_id = richest_account(db)
        options = ProfileOptions(lang="zh_CN")

        def one() -> None:
            with db.session() as s:
                data = gather_profile(s, account_id)
            render_profile(data, options)

        one()  # warm caches (styles, glyph widths)
        runs = [timed(one) for _ in range(5)]
        with db.session() as s:
            pages = render_profile(gather_profile(s, account_id), options).count(b"/Type /Page\n")
        print(
            f"one profile of the richest account ({pages} pages): "
            f"median {statistics.median(r[0] for r in runs):.3f} s wall, "
            f"{statistics.median(r[1] for r in runs):.3f} s CPU  (target < 0.5 s)"
        )

        with db.session() as s:
            ids = list(s.scalars(select(Account.id).order_by(Account.code)))
        batch = [ids[i % len(ids)] for i in range(args.batch)]
        out = BytesIO()
        wall, cpu = timed(lambda: print_profiles(db, batch, out_file=out, options=options))
        print(
            f"{len(batch)} profiles into one file ({len(out.getvalue()) // 1024} KB): "
            f"{wall:.1f} s wall, {cpu:.1f} s CPU  (target < 30 s)"
        )
        db.close()


if __name__ == "__main__":
    main()
