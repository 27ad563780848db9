"""Backups in another key after a key change (issue 16 item 4): the change is reported as
done, and the CLI offers to convert them (with their own passphrase) or remove them —
`kam backup --convert-stray / --remove-stray`, or a question in a terminal. A wrong
passphrase for a stray backup is one line, and the backup is left as it was."""

from __future__ import annotations

import builtins
import getpass
import hashlib
import sys
from pathlib import Path

import pytest

from kam.cli import main
from kam.safety.stray import convert_stray, remove_stray, stray_backups
from kam.store import open_database, raw
from kam.store.backup import backup_dir, list_backups, take_backup
from kam.store.crypto import convert_file, encrypt_database
from kam.store.errors import StoreError, WrongPassphrase
from tests.store.helpers import add_accounts

pytestmark = pytest.mark.reliability
NEW, THIRD = "新的口令 new-pass", "另一台电脑的口令 third"
STRAY_NAME = "000900-20990101T000000-000000Z-manual.sqlite3"


def _prepare(path: Path, *, stray_key: str | None = THIRD) -> Path:
    """A database with two backups and a third, a real KAM Desk backup, in another key
    (``stray_key``; None: plain)."""
    db = open_database(path)
    add_accounts(db, 40, prefix="河北钢铁")
    db.close()
    for _n in range(2):
        take_backup(path, "manual", if_changed=False)
    stray = backup_dir(path) / STRAY_NAME
    stray.write_bytes(list_backups(path)[-1].path.read_bytes())
    if stray_key:
        convert_file(stray, None, stray_key, journal_mode="DELETE")
    return stray


def _opens_with(path: Path, key: str | None) -> bool:
    try:
        raw.connect(path, key, readonly=True).close()
    except raw.DBAPI_ERRORS:
        return False
    return not key or raw.looks_encrypted(path)


def _codes(path: Path, key: str) -> set[str]:
    con = raw.connect(path, key, readonly=True)
    try:
        return {row[0] for row in con.execute("SELECT code FROM account")}
    finally:
        con.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    monkeypatch.delenv("KAM_STRAY_PASSPHRASE", raising=False)


def test_encrypt_reports_success_and_names_the_way_out(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stray = _prepare(db_path)
    monkeypatch.setenv("KAM_PASSPHRASE", NEW)
    assert main(["--db", str(db_path), "encrypt"]) == 0
    out, err = capsys.readouterr()
    assert "is now encrypted" in out
    assert stray.name in err and "--convert-stray" in err and "--remove-stray" in err
    assert [s.path for s in stray_backups(db_path, NEW)] == [stray]
    assert _opens_with(stray, THIRD)  # left as it was


def test_convert_stray_with_a_wrong_then_the_right_passphrase(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stray = _prepare(db_path)
    encrypt_database(db_path, NEW)
    before = _digest(stray)
    monkeypatch.setenv("KAM_PASSPHRASE", NEW)
    monkeypatch.setenv("KAM_STRAY_PASSPHRASE", "not the one")
    capsys.readouterr()
    assert main(["--db", str(db_path), "backup", "--convert-stray"]) == 1
    _out, err = capsys.readouterr()
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "does not open the backup" in err and stray.name in err and "left as it is" in err
    assert _digest(stray) == before  # nothing lost
    assert not [p for p in backup_dir(db_path).iterdir() if p.name.endswith(".rekey")]

    monkeypatch.setenv("KAM_STRAY_PASSPHRASE", THIRD)
    assert main(["--db", str(db_path), "backup", "--convert-stray"]) == 0
    assert "now uses the database's key" in capsys.readouterr().out
    assert _opens_with(stray, NEW) and stray_backups(db_path, NEW) == []
    assert _codes(stray, NEW) and _codes(stray, NEW) <= _codes(db_path, NEW)
    assert main(["--db", str(db_path), "backup", "--convert-stray"]) == 0
    assert "No backup" in capsys.readouterr().out


def test_remove_stray_deletes_only_the_backup_in_another_key(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stray = _prepare(db_path)
    encrypt_database(db_path, NEW)
    others = [b.path for b in list_backups(db_path) if b.path != stray]
    monkeypatch.setenv("KAM_PASSPHRASE", NEW)
    assert main(["--db", str(db_path), "backup", "--remove-stray"]) == 0
    assert stray.name in capsys.readouterr().out
    assert not stray.exists()
    assert [b.path for b in list_backups(db_path)] == others
    assert all(_opens_with(p, NEW) for p in others)


def test_a_plain_backup_beside_an_encrypted_database_is_converted_without_asking(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _prepare(db_path, stray_key=None)  # plain like the others: encrypt converts it too
    encrypt_database(db_path, NEW)
    assert stray_backups(db_path, NEW) == []
    # A plain copy of the database put among the backups of the encrypted one:
    copy = backup_dir(db_path) / "000901-20990101T000000-000000Z-manual.sqlite3"
    convert_file(list_backups(db_path)[-1].path, NEW, None, journal_mode="DELETE", into=copy)
    assert [(s.path, s.encrypted) for s in stray_backups(db_path, NEW)] == [(copy, False)]
    monkeypatch.setenv("KAM_PASSPHRASE", NEW)
    assert main(["--db", str(db_path), "backup", "--convert-stray"]) == 0
    assert _opens_with(copy, NEW) and "河北钢铁".encode() not in copy.read_bytes()


def test_in_a_terminal_rekey_asks_and_converts(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stray = _prepare(db_path)
    encrypt_database(db_path, "the old passphrase")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(builtins, "input", lambda _prompt="": "c")
    asked: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or THIRD)
    monkeypatch.setenv("KAM_PASSPHRASE", "the old passphrase")
    monkeypatch.setenv("KAM_NEW_PASSPHRASE", NEW)
    assert main(["--db", str(db_path), "rekey"]) == 0
    out = capsys.readouterr().out
    assert "was changed" in out and "now uses the database's key" in out
    assert len(asked) == 1 and stray.name in asked[0]
    assert all(_opens_with(p.path, NEW) for p in list_backups(db_path))


def test_in_a_terminal_a_wrong_stray_passphrase_leaves_the_change_done(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stray = _prepare(db_path)
    before = _digest(stray)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(builtins, "input", lambda _prompt="": "c")
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "wrong passphrase")
    monkeypatch.setenv("KAM_PASSPHRASE", NEW)
    assert main(["--db", str(db_path), "encrypt"]) == 0  # the change happened
    out, err = capsys.readouterr()
    assert "is now encrypted" in out
    problem = [line for line in err.splitlines() if "does not open the backup" in line]
    assert len(problem) == 1 and "Traceback" not in err
    assert _digest(stray) == before and _opens_with(db_path, NEW)


def test_the_services_refuse_a_backup_that_is_not_stray(db_path: Path) -> None:
    _prepare(db_path)
    encrypt_database(db_path, NEW)
    good = next(b.path for b in list_backups(db_path) if b.path.name != STRAY_NAME)
    with pytest.raises(StoreError, match="not a backup"):
        remove_stray(db_path, NEW, good)
    with pytest.raises(StoreError, match="not a backup"):
        convert_stray(db_path, NEW, db_path, THIRD)
    with pytest.raises(WrongPassphrase):
        convert_stray(db_path, NEW, backup_dir(db_path) / STRAY_NAME, None)
    assert good.exists() and _opens_with(good, NEW)
