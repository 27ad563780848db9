"""``kam warnings``: the open early warnings on a day, as a table, CSV or JSON."""

from __future__ import annotations

import argparse
from datetime import date

from kam.cli import CliError
from kam.cli.output import add_format_option, write_rows
from kam.i18n import _
from kam.persistence import open_database
from kam.services.warnings import open_warnings
from kam.validation import parse_iso_date

KEYS = ["code", "account", "kind", "severity", "since", "reason"]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "warnings", help=_("list the open early warnings"),
        description=_("Lists the early warnings open on a day (today by default), most "
                      "severe first; acknowledged warnings that have not worsened are left "
                      "out."))
    parser.add_argument("--as-of", metavar="DATE", default=None,
                        help=_("the day to judge (YYYY-MM-DD, default today)"))
    parser.add_argument("--owner", default="", help=_("only this account manager's accounts"))
    parser.add_argument("--all", action="store_true",
                        help=_("also list acknowledged warnings"))
    add_format_option(parser)
    parser.set_defaults(func=run)


def _day(text: str | None) -> date:
    try:
        return parse_iso_date(text) or date.today()
    except ValueError as exc:
        raise CliError(_("--as-of: {value} is not a date (YYYY-MM-DD)").format(value=text),
                       2) from exc


def run(args: argparse.Namespace) -> int:
    as_of = _day(args.as_of)
    db = open_database(args.db, allow_read_only=True)
    try:
        rows = open_warnings(db, as_of, owner=args.owner or None,
                             include_acknowledged=args.all)
    finally:
        db.close()
    table = args.format == "table"
    keys = [*KEYS, "acknowledged"] if args.all else KEYS
    headers = [_("Code"), _("Account"), _("Warning"), _("Severity"), _("Since"), _("Reason")]
    if args.all:
        headers.append(_("Acknowledged"))
    values = []
    for r in rows:
        line = [r.code, r.account, r.kind_label if table else r.kind,
                r.severity_label if table else r.severity, r.on.isoformat(), r.reason]
        if args.all:
            acked = r.ack is not None
            line.append((r.ack.note if r.ack else "") if table else int(acked))
        values.append(line)
    write_rows(keys, headers, values, args.format)
    return 0
