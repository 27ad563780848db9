"""Ways to damage a SQLite file the way disks, crashes and sync clients do."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def root_page(path: Path, table: str) -> tuple[int, int]:
    """(page size, root page number) of ``table``."""
    con = sqlite3.connect(path)
    try:
        size = con.execute("PRAGMA page_size").fetchone()[0]
        page = con.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()[0]
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return size, page


def flip_root_page_header(path: Path, table: str) -> None:
    """Inverts the b-tree header bytes of ``table``'s root page (cell count, pointers)."""
    size, page = root_page(path, table)
    offset = (page - 1) * size
    with path.open("r+b") as handle:
        handle.seek(offset + 3)
        header = bytearray(handle.read(5))
        handle.seek(offset + 3)
        handle.write(bytes(b ^ 0xFF for b in header))


def truncate(path: Path, keep: float = 0.5) -> None:
    size = path.stat().st_size
    page = 4096
    with path.open("r+b") as handle:
        handle.truncate(max(page, int(size * keep) // page * page))
