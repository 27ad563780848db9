"""Backups are ordered by the order they were taken, not by a clock that can be wrong
(issue 16, item 3)."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kam.safety.restore import newest_good_backup
from kam.store import open_database
from kam.store.backup import list_backups, take_backup
from tests.store.helpers import add_accounts

pytestmark = pytest.mark.reliability


def test_a_clock_set_back_never_makes_an_older_copy_the_latest(db_path: Path) -> None:
    db = open_database(db_path)
    add_accounts(db, 5)
    now = datetime(2026, 11, 25, 12, 0)
    take_backup(db_path, "manual", if_changed=False, now=now)
    add_accounts(db, 3, prefix="B")
    # The laptop's clock is set back two days (a dead CMOS battery, a wrong sync).
    newer = take_backup(db_path, "manual", if_changed=False, now=now - timedelta(days=2))
    db.close()
    assert list_backups(db_path)[0].path == newer
    best = newest_good_backup(db_path)
    assert best is not None and best.path == newer and best.counts["account"] == 8


def test_fixing_the_clock_never_prunes_the_newest_copies(db_path: Path) -> None:
    db = open_database(db_path)
    add_accounts(db, 2)
    db.close()
    wrong = datetime(2027, 6, 1, 9, 0)  # a clock a year ahead
    for i in range(12):
        take_backup(db_path, "periodic", if_changed=False, now=wrong + timedelta(minutes=i))
    fixed = datetime(2026, 6, 1, 9, 0)
    made = [
        take_backup(db_path, "periodic", if_changed=False, now=fixed + timedelta(minutes=i))
        for i in range(12)
    ]
    kept = {b.path for b in list_backups(db_path)}
    assert set(made[-10:]) <= kept


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
def test_a_time_zone_change_keeps_the_order(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database(db_path)
    add_accounts(db, 2)
    db.close()
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        first = take_backup(db_path, "manual", if_changed=False)
        monkeypatch.setenv("TZ", "America/Los_Angeles")  # a flight to a customer abroad
        time.tzset()
        second = take_backup(db_path, "manual", if_changed=False)
        assert [b.path for b in list_backups(db_path)][:2] == [second, first]
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
