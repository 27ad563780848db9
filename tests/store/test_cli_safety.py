"""``kam check / backup / restore / encrypt / decrypt / rekey``: output and exit codes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kam.cli import main
from kam.store import open_database, raw
from kam.store.backup import list_backups
from tests.reliability.damage import flip_root_page_header
from tests.store.helpers import account_codes, add_accounts

PASS = "华北区 2026 passphrase"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = open_database(db_path)
    add_accounts(db, 50, notes="备注" * 30)
    db.close()
    return db_path


def test_check_passes_on_a_clean_file(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(filled), "check")
    assert code == 0 and "in order" in out and err == ""


def test_check_fails_on_a_damaged_file_with_one_line(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flip_root_page_header(filled, "account")
    code, out, err = run(capsys, "--db", str(filled), "check")
    assert code == 1
    assert "problems found" in out
    assert err.count("\n") == 1 and err.startswith("kam: ")


def test_check_reports_broken_foreign_keys(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    con = sqlite3.connect(filled)  # foreign keys are off in a plain connection
    con.execute("UPDATE account SET owner_id = 9999 WHERE code = 'A0001'")
    con.commit()
    con.close()
    code, out, _err = run(capsys, "--db", str(filled), "check")
    assert code == 1 and "refers to a missing staff row" in out


def test_backup_restore_round_trip(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "out" / "copy.sqlite3"
    code, out, _err = run(capsys, "--db", str(filled), "backup", "--to", str(dest))
    assert code == 0 and dest.exists() and str(dest) in out
    db = open_database(filled)
    add_accounts(db, 5, prefix="NEW")
    db.close()
    code, out, _err = run(capsys, "--db", str(filled), "restore", str(dest))
    assert code == 0 and "Restored" in out
    assert not any(c.startswith("NEW") for c in account_codes(filled))
    assert [b.reason for b in list_backups(filled)] == ["restore"]  # the replaced version
    code, out, _err = run(capsys, "--db", str(filled), "backup", "--list")
    assert code == 0 and "Before a restore" in out


def test_list_says_when_there_is_no_backup_yet(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "--db", str(filled), "backup", "--list")
    assert code == 0 and out.startswith(f"No backups of {filled} yet")
    assert str(filled.with_name(f"{filled.stem}-backups")) in out


def test_restore_latest_after_damage(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", str(filled), "backup")[0] == 0
    flip_root_page_header(filled, "account")
    code, _out, err = run(capsys, "--db", str(filled), "accounts")
    assert code == 1 and "damaged" in err and "kam restore --latest" in err
    code, out, _err = run(capsys, "--db", str(filled), "restore", "--latest")
    assert code == 0 and "damaged file was moved" in out
    assert len(account_codes(filled)) == 50


def test_restore_of_a_missing_file_fails_with_one_line(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "--db", str(filled), "restore", str(tmp_path / "nope.sqlite3"))
    assert code == 1 and err.count("\n") == 1 and "no backup file" in err


def test_encrypt_rekey_decrypt_with_the_environment(
    filled: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KAM_PASSPHRASE", PASS)
    code, _out, err = run(capsys, "--db", str(filled), "encrypt")
    assert code == 0 and raw.looks_encrypted(filled) and "Keep the passphrase safe" in err
    assert run(capsys, "--db", str(filled), "check")[0] == 0
    assert run(capsys, "--db", str(filled), "accounts")[0] == 0

    monkeypatch.setenv("KAM_NEW_PASSPHRASE", "another long one")
    assert run(capsys, "--db", str(filled), "rekey")[0] == 0
    code, _out, err = run(capsys, "--db", str(filled), "accounts")
    assert code == 1 and "passphrase does not open" in err and err.count("\n") == 1

    monkeypatch.setenv("KAM_PASSPHRASE", "another long one")
    assert run(capsys, "--db", str(filled), "decrypt")[0] == 0
    assert not raw.looks_encrypted(filled)
    code, _out, err = run(capsys, "--db", str(filled), "decrypt")
    assert code == 1 and "not encrypted" in err


def test_an_encrypted_database_without_a_terminal_asks_for_the_variable(
    filled: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KAM_PASSPHRASE", PASS)
    assert run(capsys, "--db", str(filled), "encrypt")[0] == 0
    monkeypatch.delenv("KAM_PASSPHRASE")
    code, _out, err = run(capsys, "--db", str(filled), "accounts")
    assert code == 1 and "KAM_PASSPHRASE" in err


def test_a_prompted_passphrase_opens_the_database(
    filled: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KAM_PASSPHRASE", PASS)
    assert run(capsys, "--db", str(filled), "encrypt")[0] == 0
    monkeypatch.delenv("KAM_PASSPHRASE")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: PASS)
    assert run(capsys, "--db", str(filled), "accounts")[0] == 0
