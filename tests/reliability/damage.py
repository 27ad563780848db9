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


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def damage(path: Path, kind: str) -> None:
    """Damages ``path`` one of the ways the restore path must cope with (see KINDS)."""
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    size = path.stat().st_size
    if kind == "truncated":  # cut mid-page, as a killed copy or a full disk leaves it
        with path.open("r+b") as handle:
            handle.truncate(int(size * 0.45) | 1)
    elif kind == "zeroed_header":
        with path.open("r+b") as handle:
            handle.write(bytes(100))
    elif kind == "bad_page_size":
        with path.open("r+b") as handle:
            handle.seek(16)
            handle.write(b"\x03\x00")  # 768: not a power of two
    elif kind == "text":
        path.write_text("这不是数据库。\n" * 2000, encoding="utf-8")
    elif kind == "png":  # a whole number of pages, like a SQLCipher file
        body = PNG_SIGNATURE + bytes((i * 37) % 251 for i in range(8192 - len(PNG_SIGNATURE)))
        path.write_bytes(body)
    elif kind == "zeros":
        path.write_bytes(bytes(size))
    else:
        raise ValueError(kind)


KINDS = ("truncated", "zeroed_header", "bad_page_size", "text", "png", "zeros")
