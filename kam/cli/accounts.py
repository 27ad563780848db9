"""``kam accounts``: list accounts as a table, CSV or JSON."""

from __future__ import annotations

import argparse

from kam.cli.output import add_format_option, write_rows
from kam.i18n import _, label
from kam.persistence import open_database
from kam.services.accounts import list_accounts


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("accounts", help="list accounts")
    add_format_option(parser)
    parser.add_argument("--search", default="", help="code, name, pinyin or initials")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        rows = list_accounts(db, query=args.search)
    finally:
        db.close()
    keys = ["code", "name", "short_name", "region", "industry", "owner", "stage", "contacts"]
    headers = [_("Code"), _("Name"), _("Short name"), _("Region"), _("Industry"),
               _("Account manager"), _("Stage"), _("Contacts")]
    values = [
        [r.code, r.name, r.short_name, r.region, r.industry, r.owner,
         r.stage if args.format != "table" else label(r.stage), r.contacts]
        for r in rows
    ]
    write_rows(keys, headers, values, args.format)
    return 0
