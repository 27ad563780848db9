"""``kam init [--demo]``: create an empty database, or the demo company.

A SQLite file is built under a temporary name and moved into place only when it is
complete, so a failed ``init`` leaves nothing behind and ``--force`` never destroys
the old file before the new one exists (the old one is kept beside it).
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from pathlib import Path

from kam.cli import CliError
from kam.i18n import _
from kam.store import open_database
from kam.store.instance import exclusive_use
from kam.store.location import display_url, file_url, resolve_url, sqlite_path

SIDE_FILES = ("-wal", "-shm", "-journal")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "init",
        help=_("create an empty database or the demo company"),
        description=_("Creates a new database at --db, KAM_DB or the default location."),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_("fill it with the demo company (a roll maker and 93 steel mills)"),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=_("replace an existing file (the old one is kept as a .replaced copy)"),
    )
    parser.set_defaults(func=run)


def _remove(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _discard(building: Path) -> None:
    _remove(building)
    building.with_name(building.name + ".lock").unlink(missing_ok=True)


def _fill(url: str, demo: bool) -> None:
    db = open_database(url)
    try:
        if demo:
            from kam.demo import build_demo

            build_demo(db)
    finally:
        db.close()


def _require_empty_server(url: str) -> None:
    """A server database is never replaced (no --force): a team's records live there."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import DBAPIError

    from kam.store.database import translate_error
    from kam.store.engine import make_engine

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
    except DBAPIError as exc:
        raise translate_error(exc, url) from exc
    finally:
        engine.dispose()
    if tables:
        raise CliError(
            _("{url} is not empty; kam init only fills a new, empty database").format(
                url=display_url(url)
            )
        )


def run(args: argparse.Namespace) -> int:
    url = resolve_url(args.db)
    path = sqlite_path(url)
    done = (
        _("Created the demo database at {path}")
        if args.demo
        else _("Created an empty database at {path}")
    )
    if path is None:  # a server database: Alembic creates the schema in place
        _require_empty_server(url)
        _fill(url, args.demo)
        print(done.format(path=display_url(url)))
        return 0
    if path.is_dir():
        raise CliError(_("{path} is a folder, not a database file").format(path=path))
    exists = path.exists() and path.stat().st_size > 0
    if exists and not args.force:
        raise CliError(_("{path} already exists; use --force to replace it").format(path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.name + ".init")
    _discard(building)
    try:
        _fill(file_url(building), args.demo)
    except BaseException:
        _discard(building)
        raise
    try:
        # A window or command still using the old file would go on writing into it.
        with exclusive_use(path):
            if exists:
                kept = path.with_name(f"{path.name}.replaced-{datetime.now():%Y%m%d-%H%M%S}")
                _move(path, kept)
                print(_("The old database was kept as {path}").format(path=kept))
            else:
                _remove(path)  # an empty placeholder file and stale side files
            _move(building, path)
    finally:
        _discard(building)
    print(done.format(path=path))
    return 0


def _move(source: Path, dest: Path) -> None:
    """Renames a SQLite file with its side files (a -wal may hold committed pages)."""
    for suffix in ("", *SIDE_FILES):
        side = source.with_name(source.name + suffix)
        if side.exists():
            os.replace(side, dest.with_name(dest.name + suffix))
