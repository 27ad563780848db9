"""What data safety costs on a big database (10,000 accounts, 50,000 contacts).

Prints, each the median of ``--runs`` (targets in brackets):

* open with ``quick_check`` vs. without (the check's share of start-up) [< 0.3 s extra],
* the "has anything changed?" test behind every automatic backup [< 0.5 s; it runs
  off the GUI thread],
* one backup with the backup API, plain [< 1 s] and encrypted [< 3 s, off the GUI
  thread: two key derivations plus decrypting and re-encrypting every page],
* opening an encrypted file (one key derivation of 256,000 iterations, ~0.6 s here,
  plus the quick check reading every page) [< 1.5 s],
* ``kam check`` (full ``integrity_check`` + foreign keys),
* encrypting the file (``sqlcipher_export``, check, rename).

Usage::

    python -m benchmarks.bench_safety [--runs 3] [--accounts 10000] [--contacts 50000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import size
from benchmarks.generate import cached_database
from kam.store import open_database
from kam.store.backup import backup_file, has_changed_since_backup, take_backup
from kam.store.check import check_file
from kam.store.crypto import encrypt_database

PASS = "benchmark passphrase"


def _median(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=size(3, 1))
    parser.add_argument("--accounts", type=int, default=size(10_000, 40))
    parser.add_argument("--contacts", type=int, default=size(50_000, 100))
    args = parser.parse_args()

    source = cached_database(accounts=args.accounts, contacts=args.contacts)
    work = Path(tempfile.mkdtemp(prefix="kam-bench-safety-"))
    path = work / "kam.sqlite3"
    shutil.copyfile(source, path)
    size_mb = path.stat().st_size / 1e6
    print(f"database: {args.accounts:,} accounts, {args.contacts:,} contacts, {size_mb:.1f} MB")

    checked = _median(args.runs, lambda: open_database(path).close())
    unchecked = _median(args.runs, lambda: open_database(path, check=False).close())
    print(
        f"open with quick_check      {checked:6.3f} s   without {unchecked:6.3f} s   "
        f"[check adds < 0.3 s: {checked - unchecked:.3f} s]"
    )
    take_backup(path, "start")
    changed = _median(args.runs, lambda: has_changed_since_backup(path))
    print(f"changed since last backup? {changed:6.3f} s   [< 0.5 s]")
    plain = _median(args.runs, lambda: backup_file(path, work / "copy.sqlite3"))
    print(f"backup (plain)             {plain:6.3f} s   [< 1 s]")
    full = _median(1, lambda: check_file(path))
    print(f"integrity + foreign keys   {full:6.3f} s")
    encrypt = _median(1, lambda: encrypt_database(path, PASS))
    print(f"encrypt the file           {encrypt:6.3f} s   (backups re-keyed too)")
    opened = _median(args.runs, lambda: open_database(path, passphrase=PASS).close())
    print(f"open encrypted             {opened:6.3f} s   [< 1.5 s]")
    secret = _median(args.runs, lambda: backup_file(path, work / "copy.sqlite3", PASS))
    print(f"backup (encrypted)         {secret:6.3f} s   [< 3 s]")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
