"""Key changes are all-or-nothing over the database and its backups, even under kill -9;
backups show their encryption; a restore never downgrades the encryption; orphan
temporary files go (issue 16, items 4-5)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kam.cli import main
from kam.safety.restore import restore_backup
from kam.store import open_database, raw
from kam.store.backup import backup_dir, list_backups, remove_orphans, take_backup
from kam.store.crypto import (
    decrypt_database,
    encrypt_database,
    journal_path,
    rekey_database,
    resume_interrupted,
)
from tests.store.helpers import add_accounts

pytestmark = pytest.mark.reliability
ROOT = Path(__file__).resolve().parents[2]
OLD, NEW = "旧的口令 old-pass", "新的口令 new-pass"
SECRET = "河北钢铁".encode()
TRIALS = int(os.environ.get("KAM_KEY_KILL_TRIALS", "6"))
CHILD = (
    "import sys; from kam.store import raw; raw.kdf_iter = 1000; "
    "from kam.cli import main; sys.exit(main(sys.argv[1:]))"
)


def _prepare(path: Path, backups: int = 3) -> None:
    db = open_database(path)
    add_accounts(db, 150, prefix="河北钢铁", notes="轧辊使用情况良好。" * 20)
    db.close()
    for i in range(backups):
        take_backup(path, "manual", if_changed=False)
        db = open_database(path)
        add_accounts(db, 5, prefix=f"N{i}")
        db.close()


def _files(path: Path) -> list[Path]:
    return [path, *[b.path for b in list_backups(path)]]


def _key_of(path: Path) -> str:
    for name, key in (("plain", None), ("old", OLD), ("new", NEW)):
        if (key is None) == raw.looks_encrypted(path):
            continue
        try:
            con = raw.connect(path, key, readonly=True)
        except raw.DBAPI_ERRORS:
            continue
        ok = con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        con.close()
        if ok:
            return name
    return "unreadable"


def _run(path: Path, op: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KAM_LANG": "en"}
    env["KAM_PASSPHRASE"] = NEW if op == "encrypt" else OLD
    env["KAM_NEW_PASSPHRASE"] = NEW
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, "--db", str(path), op],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


START = {"encrypt": "plain", "rekey": "old", "decrypt": "old"}
END = {"encrypt": "new", "rekey": "new", "decrypt": "plain"}


def _initial(path: Path, op: str) -> None:
    _prepare(path)
    if op != "encrypt":
        encrypt_database(path, OLD)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("op", ["encrypt", "rekey", "decrypt"])
def test_kill9_during_a_key_change_leaves_one_key_everywhere(tmp_path: Path, op: str) -> None:
    rng = random.Random(16)
    timing = tmp_path / "timing.sqlite3"
    _initial(timing, op)
    started = time.perf_counter()
    proc = _run(timing, op)
    assert proc.wait(120) == 0, proc.stderr.read() if proc.stderr else ""
    duration = time.perf_counter() - started
    outcomes: dict[str, int] = {"old": 0, "new": 0}
    for trial in range(TRIALS):
        path = tmp_path / f"t{trial}" / "kam.sqlite3"
        path.parent.mkdir()
        _initial(path, op)
        proc = _run(path, op)
        if trial % 2:  # at a random moment after start-up
            time.sleep(rng.uniform(0.2, 1.0) * duration)
        else:  # just after the commit point, while the copies are being renamed
            journal = journal_path(path)
            while not journal.exists() and proc.poll() is None:
                time.sleep(0.0005)
            time.sleep(rng.uniform(0.0, 0.01))
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        resume_interrupted(path)  # what the next command does first
        keys = {_key_of(p) for p in _files(path)}
        assert len(keys) == 1, (trial, {p.name: _key_of(p) for p in _files(path)})
        state = keys.pop()
        assert state in (START[op], END[op]), (trial, state)
        outcomes["new" if state == END[op] else "old"] += 1
        if state != "plain":  # nothing readable anywhere beside the database
            for leftover in path.parent.rglob("*"):
                if leftover.is_file() and "lock" not in leftover.name:
                    assert SECRET not in leftover.read_bytes(), leftover
    print(f"{op}: {TRIALS} kill -9 trials, {outcomes}")


def test_a_backup_in_another_key_does_not_fail_a_change_that_happened(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _prepare(db_path, backups=2)
    stray = backup_dir(db_path) / "000900-20990101T000000-000000Z-manual.sqlite3"
    raw.connect(stray, "a third passphrase").execute("CREATE TABLE t (x)").connection.close()
    monkeypatch.setenv("KAM_PASSPHRASE", NEW)
    assert main(["--db", str(db_path), "encrypt"]) == 0
    err = capsys.readouterr().err
    assert stray.name in err and "another key" in err
    assert _key_of(db_path) == "new"


def test_backup_list_shows_encryption(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _prepare(db_path, backups=1)
    encrypt_database(db_path, NEW)
    monkeypatch.setenv("KAM_PASSPHRASE", NEW)
    capsys.readouterr()
    assert main(["--db", str(db_path), "backup", "--list"]) == 0
    out = capsys.readouterr().out
    assert "Encrypted" in out.splitlines()[0]
    assert all(" yes " in line for line in out.splitlines()[2:] if line.strip())


def test_restoring_a_plaintext_backup_into_an_encrypted_database_keeps_it_encrypted(
    db_path: Path, tmp_path: Path
) -> None:
    _prepare(db_path, backups=0)
    plain_copy = tmp_path / "plain-copy.sqlite3"
    open_database(db_path).backup_to(plain_copy)
    encrypt_database(db_path, NEW)
    restore_backup(db_path, plain_copy, NEW)
    assert _key_of(db_path) == "new"
    assert SECRET not in db_path.read_bytes()


def test_rekey_and_decrypt_keep_backups_in_step(db_path: Path) -> None:
    _prepare(db_path, backups=2)
    encrypt_database(db_path, OLD)
    change = rekey_database(db_path, OLD, NEW)
    assert change.backups_converted == len(list_backups(db_path)) and not change.stray
    assert {_key_of(p) for p in _files(db_path)} == {"new"}
    decrypt_database(db_path, NEW)
    assert {_key_of(p) for p in _files(db_path)} == {"plain"}


def test_orphan_part_files_are_removed_at_the_next_start(db_path: Path) -> None:
    _prepare(db_path, backups=1)
    folder = backup_dir(db_path)
    orphan = folder / "000099-20260101T000000-000000Z-import.sqlite3.part"
    orphan.write_bytes(b"half a backup")
    fresh = folder / "000100-20260101T000000-000000Z-manual.sqlite3.part"
    fresh.write_bytes(b"another program's backup in progress")
    restoring = db_path.with_name(db_path.name + ".restoring")
    restoring.write_bytes(b"half a restore")
    old = time.time() - 3600
    for stale in (orphan, restoring):
        os.utime(stale, (old, old))
    open_database(db_path).close()
    assert not orphan.exists() and not restoring.exists()
    assert fresh.exists()  # young: maybe still being written
    assert remove_orphans(db_path, now=time.time() + 3600) == [fresh]
