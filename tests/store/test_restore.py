"""Restoring: checks before anything is replaced, and nothing is ever lost by a restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kam.safety.restore import list_summaries, restore_backup
from kam.store import Database, open_database
from kam.store.backup import list_backups
from kam.store.errors import AlreadyOpen, RestoreFailed
from tests.store.helpers import account_codes, add_accounts


def test_restore_keeps_the_replaced_version(db: Database, tmp_path: Path) -> None:
    add_accounts(db, 3)
    copy = db.backup_to(tmp_path / "three.sqlite3")
    add_accounts(db, 2, prefix="B")
    db.close()
    result = restore_backup(db.path, copy)
    assert len(account_codes(db.path)) == 3
    assert result.safety_backup is not None and len(account_codes(result.safety_backup)) == 5
    assert result.damaged_copy is None
    assert not db.path.with_name(db.path.name + "-wal").exists()  # no stale WAL beside it


def test_restore_waits_until_the_database_is_closed(db: Database, tmp_path: Path) -> None:
    copy = db.backup_to(tmp_path / "copy.sqlite3")
    with pytest.raises(AlreadyOpen):
        restore_backup(db.path, copy)


def test_a_backup_from_a_newer_app_is_refused(db_path: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(db_path.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(RestoreFailed, match="newer KAM Desk"):
        restore_backup(db_path, newer)


def test_a_foreign_file_is_refused(db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "music.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE songs (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(RestoreFailed, match="not a KAM Desk database"):
        restore_backup(db_path, other)
    open_database(db_path).close()


def test_the_list_shows_counts_per_backup(db: Database) -> None:
    add_accounts(db, 2)
    db.take_backup("start")
    add_accounts(db, 3, prefix="B")
    db.take_backup("periodic")
    summaries = list_summaries(db.path)
    assert [s.counts["account"] for s in summaries] == [5, 2]
    assert [s.reason for s in summaries] == ["periodic", "start"]
    assert all(s.ok and s.taken_at for s in summaries)
    assert len(list_backups(db.path)) == 2
