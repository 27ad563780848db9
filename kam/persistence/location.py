"""Where the database lives (docs/cli.md): ``--db``, then ``KAM_DB``, then the
per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

FILE_NAME = "kam.sqlite3"


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("kam")) / FILE_NAME


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL for ``db`` (a path or a URL), ``KAM_DB`` or the default file."""
    value = str(db) if db else os.environ.get("KAM_DB", "")
    if not value:
        value = str(default_path())
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and memory."""
    for prefix in ("sqlite:///", "sqlite+pysqlite:///", "sqlite+pysqlcipher://:@/"):
        if url.startswith(prefix):
            rest = url[len(prefix):].split("?", 1)[0]
            return Path(rest) if rest and rest != ":memory:" else None
    return None
