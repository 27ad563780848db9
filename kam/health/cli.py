"""``kam warnings``: the open early warnings on a day, as a table, CSV or JSON."""

from __future__ import annotations

import argparse
from datetime import date

from kam.cli.output import add_format_option, write_rows
from kam.cli.parser import day
from kam.health.attention import group, this_week
from kam.health.rules import severity_label
from kam.health.warnings import WarningRow, open_warnings
from kam.i18n import _
from kam.store import open_database

KEYS = ["code", "account", "kind", "severity", "since", "reason"]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "warnings",
        help=_("list the open early warnings"),
        description=_(
            "Lists the early warnings open on a day (today by default), most "
            "severe first; acknowledged warnings that have not worsened are left "
            "out."
        ),
    )
    parser.add_argument(
        "--as-of",
        metavar="DATE",
        type=day,
        default=None,
        help=_("the day to judge (YYYY-MM-DD, default today)"),
    )
    parser.add_argument("--owner", default="", help=_("only this account manager's accounts"))
    parser.add_argument("--all", action="store_true", help=_("also list acknowledged warnings"))
    parser.add_argument(
        "--by-account",
        action="store_true",
        help=_("one line per account, ranked: the most severe warning and how many there are"),
    )
    parser.add_argument(
        "--this-week",
        action="store_true",
        help=_(
            "only the short list of accounts that need someone this week (as on the home screen)"
        ),
    )
    add_format_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    as_of = args.as_of or date.today()
    db = open_database(args.db, allow_read_only=True)
    try:
        rows = open_warnings(db, as_of, owner=args.owner or None, include_acknowledged=args.all)
    finally:
        db.close()
    if args.by_account or args.this_week:
        return _by_account(rows, args)
    table = args.format == "table"
    keys = [*KEYS, "acknowledged"] if args.all else KEYS
    headers = [_("Code"), _("Account"), _("Warning"), _("Severity"), _("Since"), _("Reason")]
    if args.all:
        headers.append(_("Acknowledged"))
    values = []
    for r in rows:
        line: list[object] = [
            r.code,
            r.account,
            r.kind_label if table else r.kind,
            r.severity_label if table else r.severity,
            r.on.isoformat(),
            r.reason,
        ]
        if args.all:
            acked = r.ack is not None
            line.append((r.ack.note if r.ack else "") if table else int(acked))
        values.append(line)
    write_rows(keys, headers, values, args.format)
    return 0


def _by_account(rows: list[WarningRow], args: argparse.Namespace) -> int:
    groups = group(rows)
    if args.this_week:
        groups = this_week(groups)
    table = args.format == "table"
    keys = ["rank", "code", "account", "severity", "warnings", "owner", "reason"]
    headers = [
        _("Rank"),
        _("Code"),
        _("Account"),
        _("Severity"),
        _("Number of warnings"),
        _("Account manager"),
        _("Most severe"),
    ]
    values = [
        [
            n,
            g.code,
            g.account,
            severity_label(g.severity) if table else g.severity,
            len(g.warnings),
            g.owner,
            g.top.reason,
        ]
        for n, g in enumerate(groups, start=1)
    ]
    write_rows(keys, headers, values, args.format)
    return 0
