"""Encryption at rest: no plaintext anywhere on disk, the key required, rekey and decrypt."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kam.safety.restore import restore_backup, summarize
from kam.store import open_database, raw
from kam.store.backup import list_backups
from kam.store.crypto import (
    decrypt_database,
    encrypt_database,
    export_warning,
    rekey_database,
)
from kam.store.errors import StoreError, WrongPassphrase
from tests.store.helpers import add_accounts

pytestmark = pytest.mark.reliability

CANARIES = ["CANARY-7Q2XK9", "金丝雀客户甲乙丙", "canary@example.cn"]
PASS = "宝钢 the 2nd mill!"
NEW = "a completely different one"


def _files_containing(folder: Path, needle: str) -> list[Path]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if needle.encode("utf-8") in data or needle.encode("utf-16-le") in data:
                hits.append(path)
    return hits


def _stdlib_cannot_read(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        con.close()


def test_no_canary_reaches_the_disk_in_plaintext(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sqlite_tmp = tmp_path / "sqlite-tmp"
    sqlite_tmp.mkdir()
    monkeypatch.setenv("SQLITE_TMPDIR", str(sqlite_tmp))
    monkeypatch.delenv("KAM_PASSPHRASE", raising=False)
    folder = db_path.parent

    db = open_database(db_path)
    with db.session() as session:
        session.execute(
            text(
                "INSERT INTO account (code, name, notes, short_name, pinyin, pinyin_initials, industry,"
                " region, address, ownership, annual_output, service_area, business_status,"
                " payment_terms, credit_rating, credit_notes, stage, relationship_type, lifecycle,"
                " uuid, grade, key_account, created_at, updated_at, changed_by) VALUES"
                " (:c, :n, :o, '', '', '', '', '', '', '', '', '', '', '', '', '', 'stable',"
                " 'buy_sell', 'loyal', 'u-canary', '', 0, '2026-01-01', '2026-01-01', 'x')"
            ),
            {"c": CANARIES[0], "n": CANARIES[1], "o": CANARIES[2]},
        )
    db.take_backup("start")  # a plaintext backup from before encryption
    db.close()
    assert _files_containing(folder, CANARIES[0])  # the check would see plaintext

    change = encrypt_database(db_path, PASS)
    assert change.backups_converted == len(list_backups(db_path)) >= 2

    db = open_database(db_path, passphrase=PASS)
    add_accounts(db, 300, prefix="K", notes=CANARIES[2] * 5)
    with db.engine.connect() as conn:  # a sort big enough to spill to a temp file on disk
        conn.execute(text("SELECT notes || name FROM account ORDER BY random()")).fetchall()
    db.take_backup("periodic")
    backup_copy = db.backup_to(tmp_path / "manual.sqlite3")
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    for needle in CANARIES:  # while open: main file, -wal, -shm, backups, temp files
        assert _files_containing(folder, needle) == []
        assert _files_containing(sqlite_tmp, needle) == []
        assert _files_containing(tmp_path, needle) == []
    db.close()
    for needle in CANARIES:
        assert _files_containing(tmp_path, needle) == []

    _stdlib_cannot_read(db_path)
    _stdlib_cannot_read(backup_copy)
    for info in list_backups(db_path):
        _stdlib_cannot_read(info.path)
        assert summarize(info.path, PASS).ok


def test_files_are_made_with_the_shipped_key_derivation_cost(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(raw, "kdf_iter", raw.DEFAULT_KDF_ITER)  # as shipped, not the test's
    encrypt_database(db_path, PASS)
    con = raw.connect(db_path, PASS)
    try:
        assert con.execute("PRAGMA kdf_iter").fetchone()[0] == "256000"
        assert con.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    finally:
        con.close()


def test_rekey_makes_the_old_passphrase_useless(db_path: Path) -> None:
    db = open_database(db_path)
    add_accounts(db, 5)
    db.close()
    encrypt_database(db_path, PASS)
    rekey_database(db_path, PASS, NEW)
    with pytest.raises(WrongPassphrase):
        open_database(db_path, passphrase=PASS)
    for info in list_backups(db_path):
        with pytest.raises(WrongPassphrase):
            summarize(info.path, PASS)
        assert summarize(info.path, NEW).ok
    db = open_database(db_path, passphrase=NEW)
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM account")).scalar() == 5
    db.close()
    with pytest.raises(WrongPassphrase):
        rekey_database(db_path, PASS, "whatever123")
    with pytest.raises(StoreError, match="at least"):
        rekey_database(db_path, NEW, "short")


def test_decrypt_gives_a_plain_file_back(db_path: Path) -> None:
    db = open_database(db_path)
    add_accounts(db, 4)
    db.close()
    encrypt_database(db_path, PASS)
    with pytest.raises(StoreError, match="already encrypted"):
        encrypt_database(db_path, PASS)
    decrypt_database(db_path, PASS)
    assert not raw.looks_encrypted(db_path)
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT count(*) FROM account").fetchone()[0] == 4
    con.close()
    assert all(not raw.looks_encrypted(b.path) for b in list_backups(db_path))


def test_restoring_an_encrypted_backup_keeps_it_encrypted(db_path: Path) -> None:
    db = open_database(db_path)
    add_accounts(db, 3)
    db.close()
    encrypt_database(db_path, PASS)
    db = open_database(db_path, passphrase=PASS)
    backup = db.take_backup("manual", if_changed=False)
    add_accounts(db, 2, prefix="LATER")
    db.close()
    assert backup is not None
    restore_backup(db_path, backup, PASS)
    assert raw.looks_encrypted(db_path)
    db = open_database(db_path, passphrase=PASS)
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM account")).scalar() == 3
    db.close()


def test_exports_of_an_encrypted_database_warn() -> None:
    assert export_warning(False) is None
    assert "not" in (export_warning(True) or "")
