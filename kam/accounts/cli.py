"""``kam accounts``: list accounts as a table, CSV or JSON."""

from __future__ import annotations

import argparse

from kam.accounts.service import list_accounts
from kam.cli.output import add_format_option, write_rows
from kam.domain.enums import Stage
from kam.i18n import _, label
from kam.store import open_database

KEYS = ["code", "name", "short_name", "region", "industry", "owner", "stage", "grade", "contacts"]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "accounts",
        help=_("list accounts"),
        description=_("Lists accounts in pinyin order of their names."),
    )
    add_format_option(parser)
    parser.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help=_("code, name, pinyin or initials (hbgt finds 河北钢铁)"),
    )
    parser.add_argument("--owner", metavar="NAME", help=_("only this account manager's"))
    parser.add_argument("--region", metavar="REGION", help=_("only this region"))
    parser.add_argument(
        "--stage", choices=[s.value for s in Stage], help=_("only this relationship stage")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.db, allow_read_only=True)
    try:
        rows = list_accounts(
            db, query=args.search, owner=args.owner, region=args.region, stage=args.stage
        )
    finally:
        db.close()
    headers = [
        _("Code"),
        _("Name"),
        _("Short name"),
        _("Region"),
        _("Industry"),
        _("Account manager"),
        _("Stage"),
        _("Grade"),
        _("Contacts"),
    ]
    table = args.format == "table"
    values = [
        [
            r.code,
            r.name,
            r.short_name,
            r.region,
            r.industry,
            r.owner,
            label(r.stage) if table else r.stage,
            r.grade,
            r.contacts,
        ]
        for r in rows
    ]
    write_rows(KEYS, headers, values, args.format)
    return 0
