"""A full disk in the middle of a write: a message, a rollback, the file intact.

The disk fills up for real inside SQLite by capping the file's page count
(``max_page_count``), which makes SQLite fail with ``SQLITE_FULL`` exactly as on a full
disk; exports and backups get an injected ``ENOSPC``. Mounting a tiny file system is
not possible in CI containers.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from kam.store import open_database
from kam.store.atomic import atomic_path, atomic_write
from kam.store.errors import DiskFull
from tests.store.helpers import account_codes, add_accounts, integrity

pytestmark = pytest.mark.reliability


def test_sqlite_full_rolls_back_the_whole_unit_of_work(db_path: Path) -> None:
    db = open_database(db_path)
    add_accounts(db, 10, prefix="OK")
    with db.engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar()
    db.close()

    db = open_database(db_path)
    limit = int(pages) + 6

    @event.listens_for(db.engine, "connect")
    def _small_disk(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit}")

    db.engine.dispose()  # new connections get the cap
    size_before = db_path.stat().st_size
    with pytest.raises(DiskFull, match="disk is full"):
        add_accounts(db, 400, prefix="BIG", notes="很长的备注" * 200)
    # The app keeps working after the failure: a small change still fits.
    add_accounts(db, 1, prefix="AFTER")
    db.close()

    codes = account_codes(db_path)
    assert not any(code.startswith("BIG") for code in codes)  # nothing half-saved
    assert {c for c in codes if c.startswith("OK")} == {f"OK{i:04d}" for i in range(10)}
    assert "AFTER0000" in codes
    assert integrity(db_path) == "ok"
    assert db_path.stat().st_size >= size_before > 0
    open_database(db_path).close()


class _FillsUp:
    """A writer that runs out of space after a few bytes, as a full disk does."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle
        self.written = 0

    def write(self, data: str) -> None:
        if self.written > 10:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.handle.write(data)
        self.written += len(data)


def test_an_export_on_a_full_disk_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "客户.csv"
    out.write_text("old export\n", encoding="utf-8")
    with pytest.raises(OSError), atomic_write(out, "w", encoding="utf-8") as handle:
        writer = _FillsUp(handle)
        for _ in range(100):
            writer.write("code,name\n")
    assert out.read_text(encoding="utf-8") == "old export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["客户.csv"]  # no temp file left


def test_a_new_export_on_a_full_disk_is_not_left_empty(tmp_path: Path) -> None:
    out = tmp_path / "profile.pdf"
    with pytest.raises(OSError), atomic_path(out) as tmp:
        tmp.write_bytes(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_replaces_the_file_in_one_step(tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    out.write_bytes(b"old")
    out.chmod(0o640)
    with atomic_write(out) as handle:
        handle.write(b"BEGIN:VCALENDAR")
        assert out.read_bytes() == b"old"  # the old file stays until the block ends
    assert out.read_bytes() == b"BEGIN:VCALENDAR"
    assert out.stat().st_mode & 0o777 == 0o640
