"""Start-up and search-as-you-type speed of the desktop app on a big database.

Prints, for 10,000 accounts and 50,000 contacts (targets in brackets):

* process start → main window shown and the event loop idle (< 1.5 s),
* process start → the account list filled (opening the account page first when the
  window starts on another screen),
* the time of each keystroke typed into the account search box (``accountSearch``),
  e.g. ``hbgt`` and ``hebei`` one key at a time, until the list is repainted (< 50 ms).

Each run is a fresh ``python`` process running the real entry point
(:func:`ui.app.main`); the clock starts in the parent just before the process is
spawned, so interpreter start and imports count. Usage::

    python -m benchmarks.bench_startup [--runs 3] [--accounts 10000] [--profile out.prof]

``--profile`` writes a cProfile of one run's start-up (open ``out.prof`` with
``python -m pstats``) and prints its top entries.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from benchmarks import size

QUERIES = ("hbgt", "hebei")
TARGET_START_S = 1.5
TARGET_KEY_MS = 50.0
CHILD = "KAM_BENCH_CHILD"
WATCHDOG_S = 120


def _child(db: str, queries: list[str], profile: str) -> None:
    """Runs inside the measured process: the app, instrumented from the outside."""
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

    report: dict[str, object] = {}

    def give_up() -> None:
        report["error"] = f"no result after {WATCHDOG_S} s (a dialog or a hang?)"
        emit()
        os._exit(4)

    watchdog = threading.Timer(WATCHDOG_S, give_up)
    watchdog.daemon = True
    watchdog.start()

    def emit() -> None:
        print("BENCH " + json.dumps(report), flush=True)

    def window():  # the main window, once shown
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if w.objectName() == "mainWindow" and w.isVisible()
            ),
            None,
        )

    def typing() -> None:
        app = QApplication.instance()
        main = window()
        search = main.findChild(QLineEdit, "accountSearch") if main else None
        if search is None:
            report["error"] = "no QLineEdit 'accountSearch' in the main window"
            emit()
            app.quit()
            return
        search.setFocus()
        keys: dict[str, list[float]] = {}
        for query in queries:
            search.clear()
            app.processEvents()
            times = []
            for ch in query:
                started = time.perf_counter()
                QTest.keyClick(search, ch)
                app.processEvents()  # the filtered list repaints
                times.append((time.perf_counter() - started) * 1000)
            keys[query] = times
        report["keys_ms"] = keys
        emit()
        # Measured; an app that hangs or crashes on the way out is reported, not waited for.
        QTimer.singleShot(10_000, lambda: os._exit(5))
        app.quit()

    def wait_for_list(started: float, deadline: float) -> None:
        main = window()
        table = main.findChild(QAbstractItemView, "accountTable") if main else None
        if table is not None and table.model() is not None and table.model().rowCount() > 0:
            report["listed"] = time.time()
            report["listed_cpu"] = time.process_time()
            report["accounts_page_s"] = time.perf_counter() - started
            report["rows"] = table.model().rowCount()
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(profile)
            QTimer.singleShot(0, typing)
        elif time.time() > deadline:
            report["listed"] = None
            QTimer.singleShot(0, typing)
        else:
            QTimer.singleShot(1, lambda: wait_for_list(started, deadline))

    def open_accounts() -> None:
        """Goes to the account list as a user would if the first screen is another one."""
        main = window()
        started = time.perf_counter()
        if main is not None and main.findChild(QLineEdit, "accountSearch") is None:
            main.show_page("accounts")
        wait_for_list(started, time.time() + 30)

    def shown() -> None:
        report["shown"] = time.time()
        # CPU seconds of this process so far: on a busy machine the wall clock also
        # counts waiting for a core, this does not.
        report["shown_cpu"] = time.process_time()
        QTimer.singleShot(0, open_accounts)

    original_exec = QApplication.exec

    def exec_and_measure() -> int:
        # ui.app.main calls exec() right after window.show(): two zero timers later the
        # show, layout and first paint events have been handled and the loop is idle.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, shown))
        return original_exec()

    # exec() is static in PySide6.
    QApplication.exec = staticmethod(exec_and_measure)  # type: ignore[method-assign]
    from ui.app import main as app_main

    app_main(db=db)


def run_once(db: Path, queries: tuple[str, ...], profile: str = "") -> dict[str, object]:
    env = {**os.environ, CHILD: json.dumps([str(db), list(queries), profile])}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_startup"],
        env=env,
        capture_output=True,
        text=True,
        timeout=WATCHDOG_S + 60,
        cwd=Path(__file__).resolve().parents[1],
    )
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith("BENCH ")]
    if not lines:
        raise RuntimeError(
            f"the app did not start (exit {result.returncode}):\n{result.stderr[-3000:]}"
        )
    report = json.loads(lines[-1][6:])
    if result.returncode != 0:  # measured, but the app failed on the way out
        last = [ln for ln in result.stderr.splitlines() if ln.strip()][-1:]
        report["exit"] = f"exit {result.returncode} on quit: {last[0] if last else ''}"
    if "shown" not in report:
        raise RuntimeError(
            f"the window never showed: {report.get('error')}\n{result.stderr[-3000:]}"
        )
    report["shown_s"] = report["shown"] - started
    report["listed_s"] = report["listed"] - started if report.get("listed") else None
    return report


def _answer_first_start(path: Path) -> None:
    """Says who uses the benchmark database, as its user did at the first start: the
    measured start-ups are the everyday ones, and the first-start question (a modal
    dialog) would otherwise block the window of a database that has never been opened."""
    from sqlalchemy import select

    from kam.accounts.identity import needs_asking, set_me
    from kam.domain import Staff
    from kam.store import open_database

    db = open_database(path)
    try:
        if needs_asking(db):
            with db.session() as session:
                first = session.scalar(select(Staff.id).order_by(Staff.id).limit(1))
            set_me(db, first)
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=size(3, 1))
    parser.add_argument("--accounts", type=int, default=size(10_000, 40))
    parser.add_argument("--contacts", type=int, default=size(50_000, 100))
    parser.add_argument("--profile", default="", help="write a cProfile of one start-up here")
    args = parser.parse_args(argv)
    # Imported here, not at the top: the measured child process must not pay for it.
    from benchmarks.generate import cached_database

    db = cached_database(args.accounts, args.contacts)
    _answer_first_start(db)
    print(f"database: {args.accounts:,} accounts, {args.contacts:,} contacts ({db})")
    reports = [run_once(db, QUERIES) for _ in range(args.runs)]
    errors = {str(r["error"]) for r in reports if "error" in r}
    if errors:
        print("error: " + "; ".join(sorted(errors)))
        return 1
    shown = [r["shown_s"] for r in reports]
    listed = [r["listed_s"] for r in reports if r["listed_s"] is not None]
    print(
        f"start → window shown, loop idle: median {statistics.median(shown):.2f} s, "
        f"best {min(shown):.2f} s  (target < {TARGET_START_S} s)"
    )
    cpu = [r["shown_cpu"] for r in reports]
    print(
        f"  of which CPU time of the process: median {statistics.median(cpu):.2f} s "
        f"(wall minus CPU is waiting: disk, or other programs on a busy machine)"
    )
    if listed:
        page = [r["accounts_page_s"] for r in reports if r["listed_s"] is not None]
        print(
            f"start → account list filled:     median {statistics.median(listed):.2f} s, "
            f"best {min(listed):.2f} s  ({reports[0].get('rows')} rows; opening the "
            f"account page took {statistics.median(page):.2f} s of it)"
        )
    else:
        print("start → account list filled:     the list stayed empty for 30 s")
    for problem in sorted({str(r["exit"]) for r in reports if "exit" in r}):
        print(f"note: the app {problem}")
    for query in QUERIES:
        per_key = [[r["keys_ms"][query][i] for r in reports] for i in range(len(query))]
        cells = "  ".join(
            f"{query[: i + 1]} {statistics.median(ms):.1f}" for i, ms in enumerate(per_key)
        )
        worst = max(max(ms) for ms in per_key)
        print(
            f"typing {query!r} (median ms per key): {cells}  worst {worst:.1f} ms "
            f"(target < {TARGET_KEY_MS:.0f} ms)"
        )
    if args.profile:
        run_once(db, QUERIES, profile=args.profile)
        import pstats

        print(f"\nprofile of one start-up ({args.profile}), by cumulative time:")
        pstats.Stats(args.profile).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    if os.environ.get(CHILD):
        db_arg, queries_arg, profile_arg = json.loads(os.environ[CHILD])
        _child(db_arg, queries_arg, profile_arg)
    else:
        raise SystemExit(main())
