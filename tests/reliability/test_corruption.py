"""Damage is caught when the file is opened, and the newest good backup brings it back."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kam.safety.restore import newest_good_backup, restore_backup
from kam.store import open_database
from kam.store.check import check_file
from kam.store.errors import DamagedDatabase, RestoreFailed
from tests.reliability.damage import flip_root_page_header, truncate
from tests.store.helpers import account_codes, add_accounts, integrity

pytestmark = pytest.mark.reliability


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = open_database(db_path)
    add_accounts(db, 400, notes="设备状况良好,计划明年扩产。" * 10)
    db.take_backup("start")
    db.close()
    return db_path


def test_flipped_bytes_are_detected_at_open(filled: Path) -> None:
    flip_root_page_header(filled, "account")
    with pytest.raises(DamagedDatabase, match="damaged"):
        open_database(filled)
    assert not check_file(filled).ok


def test_a_truncated_file_is_detected_at_open(filled: Path) -> None:
    sqlite3.connect(filled).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    truncate(filled, 0.5)
    with pytest.raises(DamagedDatabase):
        open_database(filled)


def test_a_stale_wal_is_detected_at_open(filled: Path, tmp_path: Path) -> None:
    """An old ``-wal`` brought back next to a newer file (a sync client, a hand copy)."""
    con = sqlite3.connect(filled)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE account SET name = name || ' 更新' WHERE id % 7 = 0")
    con.commit()
    stale = tmp_path / "stale-wal"
    shutil.copyfile(filled.with_name(filled.name + "-wal"), stale)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("DELETE FROM account WHERE id % 2 = 0")
    con.executemany(
        "INSERT INTO account (code, name, short_name, pinyin, pinyin_initials, industry, region,"
        " address, ownership, annual_output, service_area, business_status, payment_terms,"
        " credit_rating, credit_notes, stage, relationship_type, lifecycle, notes, uuid, grade,"
        " key_account, created_at, updated_at, changed_by) VALUES (?, ?, '', '', '', '', '', '',"
        " '', '', '', '', '', '', '', 'stable', 'buy_sell', 'loyal', ?, ?, '', 0, '2026-01-01',"
        " '2026-01-01', 'x')",
        [(f"N{i}", f"新客户 {i}", "备注" * 80, f"n-{i}") for i in range(300)],
    )
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.copyfile(stale, filled.with_name(filled.name + "-wal"))
    with pytest.raises(DamagedDatabase):
        open_database(filled)


def test_the_newest_good_backup_restores_a_damaged_file(filled: Path) -> None:
    before = account_codes(filled)
    flip_root_page_header(filled, "account")
    best = newest_good_backup(filled)
    assert best is not None and best.counts["account"] == 400
    result = restore_backup(filled, best.path)
    assert result.damaged_copy is not None and result.damaged_copy.name.endswith(".damaged")
    assert result.damaged_copy.exists()
    assert integrity(filled) == "ok" and account_codes(filled) == before
    open_database(filled).close()


def test_a_damaged_backup_is_never_restored(filled: Path) -> None:
    backup = newest_good_backup(filled)
    assert backup is not None
    flip_root_page_header(backup.path, "account")
    assert newest_good_backup(filled) is None
    with pytest.raises(RestoreFailed, match="cannot be restored"):
        restore_backup(filled, backup.path)
    assert integrity(filled) == "ok"


def test_a_damaged_encrypted_file_is_not_taken_for_a_wrong_passphrase(filled: Path) -> None:
    from kam.store.crypto import encrypt_database
    from kam.store.errors import WrongPassphrase

    encrypt_database(filled, "the right passphrase")
    with filled.open("r+b") as handle:  # one flipped byte in the first page
        handle.seek(200)
        byte = handle.read(1)
        handle.seek(200)
        handle.write(bytes([byte[0] ^ 0x01]))
    with pytest.raises(DamagedDatabase):
        open_database(filled, passphrase="the right passphrase")
    with pytest.raises(WrongPassphrase):
        open_database(filled, passphrase="a wrong one")
