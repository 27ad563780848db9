"""The file lock is real on every platform: one maintained library, no POSIX-only
branch, no no-op (issue 16, item 12)."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kam.store import instance
from kam.store.errors import AlreadyOpen
from kam.store.instance import FileLock, app_lock, exclusive_use

pytestmark = pytest.mark.reliability
ROOT = Path(__file__).resolve().parents[2]
HOLD = """
import sys, time
from pathlib import Path
from kam.store.instance import FileLock
lock = FileLock(Path(sys.argv[1]), sys.argv[2])
assert lock.acquire(exclusive=sys.argv[3] == "x")
print("held", flush=True)
sys.stdin.read()
"""


def _holder(db: Path, suffix: str, mode: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), suffix, mode],
        cwd=ROOT,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_no_platform_branch_and_no_no_op() -> None:
    source = inspect.getsource(instance)
    for word in ("msvcrt", "fcntl", 'os.name == "nt"'):
        assert word not in source


def test_shared_holders_block_a_replace_and_a_second_window(tmp_path: Path) -> None:
    db = tmp_path / "kam.sqlite3"
    reader = _holder(db, "lock", "s")  # another kam command using the file
    try:
        mine = FileLock(db)
        assert mine.acquire(exclusive=False)  # shared with shared: fine
        mine.release()
        with pytest.raises(AlreadyOpen), exclusive_use(db):
            pass
    finally:
        reader.communicate("")
    with exclusive_use(db):
        pass
    window = _holder(db, "app.lock", "x")  # the first app window
    try:
        with pytest.raises(AlreadyOpen, match="already open"):
            app_lock(db)
    finally:
        window.communicate("")
    app_lock(db).release()
