"""Automatic and manual backups: the backup API, change detection, rotation, failures."""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from kam.store import Database, atomic
from kam.store.backup import backup_dir, list_backups, prune, take_backup
from kam.store.errors import BackupFailed
from kam.store.rotation import to_keep
from tests.store.helpers import account_codes, add_accounts, integrity


def test_backup_holds_commits_still_in_the_wal(db: Database) -> None:
    add_accounts(db, 5)
    assert db.path is not None
    wal = db.path.with_name(db.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # committed pages not yet checkpointed
    made = db.take_backup("manual", if_changed=False)
    assert made is not None and made.parent == backup_dir(db.path)
    assert len(account_codes(made)) == 5
    assert integrity(made) == "ok"
    assert not made.with_name(made.name + "-wal").exists()


def test_backup_only_when_something_changed(db: Database) -> None:
    assert db.take_backup("start") is not None
    assert db.take_backup("periodic") is None
    add_accounts(db, 1)
    assert db.take_backup("periodic") is not None
    with db.session() as session:
        session.execute(text("DELETE FROM account"))
    assert db.take_backup("periodic") is not None
    assert [b.reason for b in list_backups(db.path)] == ["periodic", "periodic", "start"]


def test_manual_backup_to_a_chosen_file(db: Database, tmp_path: Path) -> None:
    add_accounts(db, 3)
    dest = db.backup_to(tmp_path / "copy" / "客户备份.sqlite3")
    assert account_codes(dest) == account_codes(db.path)
    with pytest.raises(BackupFailed, match="cannot overwrite"):
        db.backup_to(db.path)


def test_rotation_keeps_recent_daily_weekly_monthly() -> None:
    now = datetime(2026, 11, 25, 12, 0)
    stamps = [now - timedelta(hours=6 * i) for i in range(4 * 400)]  # every 6 h for 400 days
    kept = to_keep(stamps, now)
    newest = sorted(stamps, reverse=True)
    assert set(newest[:10]) <= kept
    days = {s.date() for s in kept if now - s <= timedelta(days=7)}
    assert len(days) == 8  # today and each of the 7 days before
    assert all(now - s <= timedelta(days=366) for s in kept)
    months = {(s.year, s.month) for s in kept}
    assert len(months) == 13
    assert len(kept) < 50


def test_prune_deletes_what_rotation_drops_but_keeps_young_upgrade_copies(
    db: Database,
) -> None:
    now = datetime(2026, 11, 25, 12, 0)
    take_backup(db.path, "upgrade", if_changed=False, now=now - timedelta(hours=40))
    for i in reversed(range(30)):  # in the order they are taken
        take_backup(db.path, "periodic", if_changed=False, now=now - timedelta(minutes=30 * i))
    prune(db.path, now)
    backups = list_backups(db.path)
    assert any(b.reason == "upgrade" for b in backups)
    assert len([b for b in backups if b.reason == "periodic"]) == 11  # last 10 + yesterday's newest


def test_backup_on_a_full_disk_fails_cleanly(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    add_accounts(db, 2)

    def no_space(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "fsync_file", no_space)
    with pytest.raises(BackupFailed, match="Not enough disk space"):
        db.take_backup("manual", if_changed=False)
    folder = backup_dir(db.path)
    assert not any(folder.iterdir())  # no half-written copy left behind
    assert integrity(db.path) == "ok"
    assert len(account_codes(db.path)) == 2


def test_backup_of_a_plain_file_is_readable_with_stdlib(db: Database) -> None:
    made = db.take_backup("manual", if_changed=False)
    con = sqlite3.connect(made)
    assert con.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    con.close()


def test_an_import_is_preceded_by_a_backup(db: Database, tmp_path: Path) -> None:
    from kam.exchange import import_workbook

    add_accounts(db, 2)
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "Accounts.csv").write_text("code,name\nNEW1,新客户一\n", encoding="utf-8")
    import_workbook(db, folder, dry_run=True)
    assert list_backups(db.path) == []  # a dry run writes nothing, so needs no copy
    report = import_workbook(db, folder)
    assert report.written
    backups = list_backups(db.path)
    assert [b.reason for b in backups] == ["import"]
    assert "NEW1" not in account_codes(backups[0].path)  # the state from before
