"""Where the database lives (docs/cli.md): ``--db``, then ``KAM_DB``, then the
per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

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
    return file_url(Path(value).expanduser().resolve())


def file_url(path: Path) -> str:
    """The SQLite URL of ``path``, quoted: a ``?`` or ``%`` in a folder or file name
    would otherwise start a query string or an escape and open another file."""
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and memory."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    return Path(database) if database and database != ":memory:" else None
