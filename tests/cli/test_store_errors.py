"""A locked, read-only or foreign database gives one human line on stderr and a non-zero
exit, never a traceback (docs/cli.md). These run the real `kam` executable."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import kam.store.engine
from kam.cli import main

NOBODY = 65534


def _kam(*argv: str, as_nobody: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KAM_LANG": "en", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("KAM_DB", None)
    command = [
        sys.executable,
        "-c",
        "import sys; from kam.cli import main; sys.exit(main())",
        *argv,
    ]
    if as_nobody:
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kam: ")
    return lines[0]


def test_foreign_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    line = _one_line(_kam("--db", str(path), "accounts"))
    assert "not a KAM Desk database" in line
    # Refused before anything was added to it.
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] == [
        "orders"
    ]
    conn.close()


def test_a_file_that_is_not_a_database_at_all(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("客户名单\n河北钢铁\n" * 200, encoding="utf-8")
    _one_line(_kam("--db", str(path), "accounts"))
    assert path.read_text(encoding="utf-8").startswith("客户名单")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder_and_file(db_path: Path) -> None:
    # Not under pytest's private tmp folder: "nobody" must be able to reach the file.
    with tempfile.TemporaryDirectory(prefix="kam-ro-") as name:
        folder = Path(name) / "ro"
        folder.mkdir()
        Path(name).chmod(0o755)
        path = folder / "kam.sqlite3"
        path.write_bytes(db_path.read_bytes())
        path.chmod(0o444)
        folder.chmod(0o555)
        as_nobody = os.geteuid() == 0  # root ignores permissions; drop to nobody
        if as_nobody and shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv to drop privileges")
        try:
            line = _one_line(_kam("--db", str(path), "init", "--force", as_nobody=as_nobody))
            assert "read-only" in line
            # Reading commands work there (tests/reliability/test_media_and_paths.py).
            assert path.read_bytes() == db_path.read_bytes()
        finally:
            folder.chmod(0o755)


def test_locked_database(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kam.store.engine, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE alembic_version SET version_num = version_num")
    try:
        code = main(["--db", str(db_path), "accounts"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and "locked" in err


def test_os_errors_read_as_words_in_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import kam.demo

    target = tmp_path / "kam.sqlite3"

    def disk_full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(kam.demo, "build_demo", disk_full)
    code = main(["--lang", "zh_CN", "--db", str(target), "init", "--demo"])
    err = capsys.readouterr().err
    assert code == 1
    assert err == f"kam：{target}：磁盘已满\n"
    assert not target.exists()
