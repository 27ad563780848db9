"""Read-only media and odd file names (issue 16, item 11)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kam.cli import main
from kam.store import open_database
from tests.store.helpers import account_codes, add_accounts

pytestmark = pytest.mark.reliability
ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534


def _kam(*argv: str, as_nobody: bool) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KAM_LANG": "en", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("KAM_DB", None)
    command = [sys.executable, "-m", "kam.cli", *argv]
    if as_nobody:
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_reading_commands_work_on_read_only_media(db_path: Path) -> None:
    db = open_database(db_path)
    add_accounts(db, 12)
    db.close()
    sqlite3.connect(db_path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    as_nobody = os.geteuid() == 0  # root ignores permissions; drop to nobody
    if as_nobody and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv to drop privileges")
    with tempfile.TemporaryDirectory(prefix="kam-ro-") as name:
        top = Path(name)
        top.chmod(0o777)
        stick = top / "usb"
        stick.mkdir()
        path = stick / "kam.sqlite3"
        path.write_bytes(db_path.read_bytes())
        out = top / "out"
        out.mkdir()
        out.chmod(0o777)
        path.chmod(0o444)
        stick.chmod(0o555)
        before = path.read_bytes()
        try:
            listed = _kam("--db", str(path), "accounts", as_nobody=as_nobody)
            assert listed.returncode == 0, listed.stderr
            assert "A0011" in listed.stdout
            exported = _kam("--db", str(path), "export", str(out / "x.xlsx"), as_nobody=as_nobody)
            assert exported.returncode == 0, exported.stderr
            copied = _kam(
                "--db", str(path), "backup", "--to", str(out / "copy.sqlite3"), as_nobody=as_nobody
            )
            assert copied.returncode == 0, copied.stderr
            assert len(account_codes(out / "copy.sqlite3")) == 12
            refused = _kam("--db", str(path), "init", "--force", as_nobody=as_nobody)
            assert refused.returncode != 0 and "read-only" in refused.stderr
            assert "Traceback" not in refused.stderr
            assert path.read_bytes() == before
            assert sorted(p.name for p in stick.iterdir()) == ["kam.sqlite3"]
        finally:
            stick.chmod(0o755)


@pytest.mark.parametrize("name", ["客户?名单.sqlite3", "100%41.sqlite3", "a%3Fb?c=1.sqlite3"])
def test_a_path_with_question_marks_or_percents_opens_that_file(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / name
    assert main(["--db", str(target), "init"]) == 0
    assert target.is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite3") == [name]
    db = open_database(target)
    assert db.path == target
    add_accounts(db, 2)
    db.close()
    capsys.readouterr()
    assert main(["--db", str(target), "accounts"]) == 0
    assert "A0001" in capsys.readouterr().out
