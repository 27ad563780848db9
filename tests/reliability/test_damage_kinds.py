"""Every kind of damaged file is diagnosed as damage and restored from the newest good
backup, by the core, the command line and the app's recovery offer (issue 16, items 1-2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kam.cli import main
from kam.safety.restore import newest_good_backup, restore_backup
from kam.store import open_database
from kam.store.errors import DamagedDatabase
from tests.reliability.damage import KINDS, damage
from tests.store.helpers import account_codes, add_accounts, integrity

pytestmark = pytest.mark.reliability


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = open_database(db_path)
    add_accounts(db, 300, notes="设备状况良好,计划明年扩产。" * 10)
    db.take_backup("manual")
    db.close()
    return db_path


@pytest.mark.parametrize("kind", KINDS)
def test_open_calls_every_kind_damage(filled: Path, kind: str) -> None:
    damage(filled, kind)
    with pytest.raises(DamagedDatabase) as caught:
        open_database(filled)
    assert caught.value.path == filled


@pytest.mark.parametrize("kind", KINDS)
def test_restore_brings_back_every_kind(filled: Path, kind: str) -> None:
    before = account_codes(filled)
    damage(filled, kind)
    best = newest_good_backup(filled)
    assert best is not None
    result = restore_backup(filled, best.path)
    assert result.damaged_copy is not None and result.damaged_copy.exists()
    assert integrity(filled) == "ok" and account_codes(filled) == before


@pytest.mark.parametrize("kind", KINDS)
def test_cli_restore_latest_on_every_kind(
    filled: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = account_codes(filled)
    damage(filled, kind)
    assert main(["--db", str(filled), "restore", "--latest"]) == 0
    out = capsys.readouterr()
    assert "Restored" in out.out and "Traceback" not in out.err
    assert account_codes(filled) == before


@pytest.mark.parametrize("how", ["vanished", "emptied"])
def test_a_lost_file_with_backups_is_not_silently_a_new_database(
    filled: Path, how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = account_codes(filled)
    if how == "vanished":
        filled.unlink()
    else:
        filled.write_bytes(b"")
    with pytest.raises(DamagedDatabase, match="backups"):
        open_database(filled)
    assert main(["--db", str(filled), "accounts"]) == 1
    assert "backups" in capsys.readouterr().err
    assert not filled.exists() or filled.stat().st_size == 0
    assert main(["--db", str(filled), "restore", "--latest"]) == 0
    assert account_codes(filled) == before


def test_an_empty_backup_never_becomes_the_newest_good_one(filled: Path, tmp_path: Path) -> None:
    """Even when an empty file did get a "start" backup (an older version, a hand copy)."""
    from kam.store.backup import take_backup

    before = account_codes(filled)
    empty = open_database(tmp_path / "empty.sqlite3")
    empty.close()
    filled.unlink()
    (tmp_path / "empty.sqlite3").replace(filled)
    take_backup(filled, "start", if_changed=False)
    best = newest_good_backup(filled)
    assert best is not None and best.counts["account"] == 300
    restore_backup(filled, best.path)
    assert account_codes(filled) == before


def test_a_zeroed_header_is_not_taken_for_an_encrypted_file(filled: Path) -> None:
    from kam.store import raw

    picture = filled.with_name("picture.sqlite3")
    picture.write_bytes(filled.read_bytes())
    damage(filled, "zeroed_header")
    assert not raw.looks_encrypted(filled)
    damage(picture, "png")
    assert not raw.looks_encrypted(picture)


def _break_utf8(path: Path, code: str) -> None:
    import sqlite3

    con = sqlite3.connect(path)
    con.execute(
        "UPDATE account SET name = CAST(X'E6B2B3FF' || CAST(substr(name, 2) AS BLOB) AS TEXT)"
        " WHERE code = ?",
        (code,),
    )
    con.commit()
    con.close()


def test_text_that_is_not_utf8_gives_one_line_and_export_saves_the_rest(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    _break_utf8(filled, "A0007")
    assert main(["--db", str(filled), "accounts"]) == 1
    err = capsys.readouterr().err
    assert "not valid UTF-8" in err and "name" in err and "Traceback" not in err
    out = tmp_path / "rescued.xlsx"
    assert main(["--db", str(filled), "export", str(out)]) == 0
    assert "1 damaged texts" in capsys.readouterr().err
    sheet = load_workbook(out, read_only=True)["Accounts"]
    names = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(names) == 300 and sum("\ufffd" in (n or "") for n in names) == 1
