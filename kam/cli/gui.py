"""``kam gui``: open the desktop app (the only CLI module that reaches into ``ui``)."""

from __future__ import annotations

import argparse

from kam.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("gui", help=_("open the desktop app"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so that the core and every other command run without Qt installed.
    from ui.app import main as gui_main

    return gui_main(db=args.db, lang=args.lang)
