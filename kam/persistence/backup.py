"""Consistent copies of a live SQLite file through SQLite's online backup API.

A plain file copy of a WAL database can miss committed pages still in the ``-wal``
file; the backup API copies a consistent snapshot.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


def backup_file(source: Path, dest: Path) -> Path:
    """Copies the database at ``source`` to ``dest`` (written to a temp name, then renamed)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    tmp.replace(dest)
    return dest


def pre_upgrade_path(source: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return source.with_name(f"{source.stem}.pre-upgrade-{revision or 'none'}-{stamp}{source.suffix}")
