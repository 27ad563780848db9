"""``kam init [--demo]``: create an empty database, or the demo company."""

from __future__ import annotations

import argparse

from kam.cli import CliError
from kam.i18n import _
from kam.persistence import open_database
from kam.persistence.location import resolve_url, sqlite_path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("init", help="create an empty database or the demo company")
    parser.add_argument("--demo", action="store_true", help="fill it with the demo company")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        if not args.force:
            raise CliError(_("{path} already exists; use --force to replace it").format(path=path))
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    db = open_database(url)
    try:
        if args.demo:
            from kam.demo import build_demo

            build_demo(db)
            print(_("Created the demo database at {path}").format(path=path or url))
        else:
            print(_("Created an empty database at {path}").format(path=path or url))
    finally:
        db.close()
    return 0
