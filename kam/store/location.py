"""Where the database lives (docs/cli.md): ``--db``, then ``KAM_DB``, then the
per-user data folder.

A team server is named by the libpq URL every PostgreSQL tool takes
(``postgresql://user@host:port/dbname``); SQLAlchemy would read that as psycopg2, so it
is mapped to psycopg 3 (``postgresql+psycopg``). The password stays where libpq looks
for it (the URL, ``PGPASSWORD``, ``~/.pgpass`` or ``%APPDATA%\\postgresql\\pgpass.conf``);
KAM Desk never writes it anywhere and :func:`display_url` hides it in messages."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

FILE_NAME = "kam.sqlite3"
# The libpq spellings, and psycopg2's, all go to psycopg 3 (the one driver we ship).
_POSTGRES_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg2://")
POSTGRES_DRIVER = "postgresql+psycopg://"


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("kam")) / FILE_NAME


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL for ``db`` (a path or a URL), ``KAM_DB`` or the default file."""
    value = str(db) if db else os.environ.get("KAM_DB", "")
    if not value:
        value = str(default_path())
    if "://" in value:
        for scheme in _POSTGRES_SCHEMES:
            if value.startswith(scheme):
                return POSTGRES_DRIVER + value[len(scheme) :]
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


def is_server(url: str) -> bool:
    """True for a PostgreSQL URL (a team server), in any of its spellings."""
    return url.startswith((*_POSTGRES_SCHEMES, POSTGRES_DRIVER))


def display_url(url: str) -> str:
    """``url`` for messages: a file's path, or the server URL with its password hidden."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    if "://" not in url:
        return url
    try:
        parsed = make_url(url)
    except Exception:  # an unparsable URL has no password we could find either
        return url
    if parsed.drivername.startswith("postgresql"):
        parsed = parsed.set(drivername="postgresql")
    return parsed.render_as_string(hide_password=True)
