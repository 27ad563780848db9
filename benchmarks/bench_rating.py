"""Rating speed: 10,000 accounts with three years of 300,000 contracts and 300,000
payments rated in under 2 s; the results table sorts and filters in under 50 ms.

    python -m benchmarks.bench_rating [--accounts 10000] [--contracts 300000]

The database is generated once into the temp folder (accounts from
:mod:`benchmarks.generate`, records here) and reused by later runs.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from benchmarks import size
from benchmarks.generate import bulk_insert, cached, make_database
from kam.domain import Account, Contract, ManualScore, Payment, QualityRecord
from kam.rating import runs
from kam.rating import service as rating
from kam.rating.scheme import default_scheme
from kam.rating.scoring import score_all
from kam.store import Database, open_database

YEAR = 2025
YEARS = (YEAR - 2, YEAR - 1, YEAR)


def _records(db: Database, contracts: int, seed: int) -> None:
    rng = random.Random(seed)
    with db.session() as session:
        ids = session.scalars(select(Account.id)).all()
        # A Pareto-like spread: a few accounts buy most of the tonnage.
        weights = [1.0 / (n + 1) ** 0.8 for n in range(len(ids))]
        owners = rng.choices(ids, weights, k=contracts)
        start = date(YEARS[0], 1, 1)
        span = (date(YEAR, 12, 31) - start).days
        c_rows, p_rows = [], []
        for n, account_id in enumerate(owners):
            signed = start + timedelta(days=rng.randint(0, span))
            qty = round(rng.uniform(2, 40), 1)
            price = rng.uniform(11_000, 40_000)
            amount = round(qty * price, 2)
            c_rows.append(
                {
                    "account_id": account_id,
                    "contract_no": f"B{n:07d}",
                    "signed_on": signed,
                    "quantity": qty,
                    "unit_price": price,
                    "amount": amount,
                    "cost": round(amount * rng.uniform(0.6, 0.9), 2)
                    if rng.random() < 0.7
                    else None,
                }
            )
            p_rows.append(
                {
                    "account_id": account_id,
                    "paid_on": min(
                        signed + timedelta(days=rng.randint(10, 200)), date(YEAR, 12, 31)
                    ),
                    "amount": round(amount * rng.uniform(0.5, 1.0), 2),
                }
            )
        bulk_insert(session, Contract, c_rows)
        bulk_insert(session, Payment, p_rows)
        bulk_insert(
            session,
            QualityRecord,
            [
                {
                    "account_id": rng.choice(ids),
                    "loss_amount": rng.uniform(1_000, 80_000),
                    "reported_on": date(rng.choice(YEARS), rng.randint(1, 12), rng.randint(1, 28)),
                }
                for _ in range(contracts // 60)
            ],
        )
        bulk_insert(
            session,
            ManualScore,
            [
                {
                    "account_id": a,
                    "year": y,
                    "industry_influence": rng.randint(1, 5),
                    "reputation": rng.randint(1, 5),
                }
                for a in ids
                for y in YEARS
            ],
        )


def database(accounts: int, contracts: int, seed: int = 2025) -> Path:
    def build(path: Path) -> None:
        started = time.perf_counter()
        make_database(path, accounts, contacts=0, seed=seed)
        db = open_database(path)
        try:
            _records(db, contracts, seed)
        finally:
            db.close()
        print(
            f"generated {accounts:,} accounts, {contracts:,} contracts and payments in "
            f"{time.perf_counter() - started:.1f} s"
        )

    return cached(f"kam-bench-rating-{accounts}-{contracts}-{seed}.sqlite3", build)


def bench_run(db: Database) -> float:
    """Times a whole run (what ``kam rating run`` does), then its phases. Wall time and
    the process's CPU time are both printed: on a shared, loaded machine the wall time
    mostly measures waiting for a core."""
    wall, cpu = time.perf_counter(), time.process_time()
    run = rating.run_rating(db, YEAR)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        f"rating {run.accounts:,} accounts for {YEAR}: wall {wall:.2f} s, CPU {cpu:.2f} s "
        f"({run.key_accounts:,} key accounts)  [target < 2 s]"
    )
    scheme = default_scheme().for_year(YEAR)
    with db.session() as session:
        phases = []
        started = time.process_time()
        inputs = runs.gather_inputs(session, scheme, YEAR)
        phases.append(("measures from the records", time.process_time() - started))
        started = time.process_time()
        scores = score_all(scheme, inputs)
        phases.append(("scoring and ranking", time.process_time() - started))
        started = time.process_time()
        runs.write_run(
            session,
            year=YEAR,
            scheme=scheme,
            scheme_text="",
            scores=scores,
            user="bench",
            based_on_id=None,
        )
        session.flush()
        phases.append(("writing the results", time.process_time() - started))
        session.rollback()
    print("  CPU by phase: " + ", ".join(f"{name} {t:.2f} s" for name, t in phases))
    return wall


def _timed(action: Callable[[], object], repeat: int = 5) -> tuple[float, float]:
    """Median and worst time of ``action`` in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(1000 * (time.perf_counter() - started))
    return statistics.median(times), max(times)


def bench_table(db: Database) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.rating.results_model import ResultsFilter, ResultsModel

    _app = QApplication.instance() or QApplication([])
    run = rating.current_run(db, YEAR)
    assert run is not None
    scheme, _text = rating.run_scheme(db, run.id)
    rows = rating.results(db, run.id)
    model = ResultsModel()
    median, worst = _timed(lambda: model.set_results(scheme, rows), 3)
    print(f"results table of {len(rows):,} rows (median / worst of 5, target < 50 ms):")
    print(f"  load: {median:.0f} / {worst:.0f} ms")
    orders = [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]
    for column, name in (
        (model.total_column(), "total"),
        (2, "name"),
        (model.grade_column(), "grade"),
        (3, "first criterion"),
    ):
        # Alternate the order so every run really reorders the rows.
        median, worst = _timed(lambda c=column: model.sort(c, orders.reverse() or orders[0]))
        print(f"  sort by {name}: {median:.0f} / {worst:.0f} ms")
    for wanted, name in (
        (ResultsFilter(text="钢铁"), "search 钢铁"),
        (ResultsFilter(text="hb"), "search hb (pinyin initials)"),
        (ResultsFilter(key_only=True), "key accounts"),
        (ResultsFilter(grades=frozenset("AB"), changes=frozenset({"up"})), "grades A+B moving up"),
    ):

        def apply(w: ResultsFilter = wanted) -> None:
            model.set_filter(ResultsFilter())
            model.set_filter(w)

        median, worst = _timed(apply)
        print(
            f"  filter {name}: {model.rowCount():,} rows, {median:.0f} / {worst:.0f} ms "
            "(clear + apply)"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=size(10_000, 40))
    parser.add_argument("--contracts", type=int, default=size(300_000, 400))
    args = parser.parse_args(argv)
    db = open_database(database(args.accounts, args.contracts))
    try:
        bench_run(db)
        bench_run(db)  # again: replaces the draft, as a director re-running would
        bench_table(db)
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
