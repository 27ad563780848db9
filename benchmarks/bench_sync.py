"""Sync speed on loopback against a private PostgreSQL server: the first sync of the
10,000-account benchmark database to an empty server in under 60 s, an incremental sync
of 100 changed records in under 2 s, a laptop that pulls 1,000 changes in under 5 s.

    python -m benchmarks.bench_sync [--accounts 10000] [--contacts 50000]

The server is started with initdb in a temporary folder (as the tests do) and removed
at the end. A second, empty laptop takes everything once (reported too) before the
timed pull of 1,000 changes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import create_engine, text

from benchmarks import QUICK, size
from benchmarks.generate import make_database
from kam.store import open_database
from kam.store.location import resolve_url
from kam.sync.client import sync
from kam.sync.link import join
from kam.sync.server import prepare_server


def _start_server():
    from tests.pg import _find_bin, _free_port, _init_server

    bindir = _find_bin()
    if bindir is None:
        raise SystemExit("PostgreSQL is not installed (scripts/bootstrap.sh installs it)")
    server = _init_server(bindir)
    server.port = _free_port()
    server.start()
    return server


def _touch(db, count: int, region: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE account SET region = :r, updated_at = CURRENT_TIMESTAMP "
                "WHERE id IN (SELECT id FROM account ORDER BY id LIMIT :n)"
            ),
            {"r": region, "n": count},
        )


def _timed(label: str, db, target: float | None = None) -> float:
    started, cpu = time.perf_counter(), time.process_time()
    report = sync(db)
    wall = time.perf_counter() - started
    moved = sum(report.pushed.values()) + sum(report.pulled.values())
    goal = f"(target < {target:.0f} s)" if target else ""
    print(
        f"{label}: {wall:6.2f} s wall, {time.process_time() - cpu:6.2f} s CPU, "
        f"{moved:,} records {goal}",
        flush=True,
    )
    return wall


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--accounts", type=int, default=size(10_000, 300))
    parser.add_argument("--contacts", type=int, default=size(50_000, 1_500))
    parser.add_argument(
        "--source", type=Path, help="use this laptop file instead of generating one"
    )
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="kam-bench-sync-"))
    # Generated here rather than cached in the temp folder: the shared cache would carry
    # this branch's schema to every other benchmark.
    started = time.perf_counter()
    source = args.source or make_database(folder / "source.sqlite3", args.accounts, args.contacts)
    print(
        f"source: {args.accounts:,} accounts, {args.contacts:,} contacts generated in "
        f"{time.perf_counter() - started:.1f} s",
        flush=True,
    )
    server = _start_server()
    try:
        name = server.new_database("bench")
        url = server.url(name)
        open_database(url).close()
        engine = create_engine(resolve_url(url))
        with engine.begin() as connection:
            prepare_server(connection)
        engine.dispose()
        laptop_path, other_path = folder / "anna.sqlite3", folder / "ben.sqlite3"
        shutil.copyfile(source, laptop_path)
        anna = open_database(laptop_path, user="anna")
        ben = open_database(other_path, user="ben")
        join(anna, url)
        join(ben, url)
        first = _timed(
            f"first sync of {args.accounts:,} accounts + {args.contacts:,} contacts", anna, 60
        )
        _timed("second laptop takes everything", ben)
        few, many = min(100, args.accounts), min(1_000, args.accounts)
        _touch(anna, few, "唐山")
        incremental = _timed(f"incremental sync of {few:,} changed records", anna, 2)
        _touch(anna, many, "邯郸")
        sync(anna)
        pull = _timed(f"pull of {many:,} changes", ben, 5)
        anna.close()
        ben.close()
    finally:
        server.stop()
        shutil.rmtree(server.folder, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
    if os.environ.get(QUICK):  # small sizes show that it runs, not how fast
        return 0
    ok = first < 60 and incremental < 2 and pull < 5
    print("OK" if ok else "TOO SLOW")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
