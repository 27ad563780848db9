"""``kam profile ACCOUNT… (--out FILE.pdf | --out-dir DIR)``: print account profiles
(docs/cli.md, docs/outputs.md), for named accounts, the key-account list or the accounts visited
in a period."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from kam.cli import CliError
from kam.cli.parser import day
from kam.domain.service_base import resolve_account
from kam.i18n import _
from kam.profile.data import key_account_ids, visiting_account_ids
from kam.profile.pdf import SECTION_KEYS, ProfileOptions, next_week, print_profiles
from kam.store import Database, open_database


def _sections(text: str) -> tuple[str, ...]:
    chosen = tuple(s.strip() for s in text.split(",") if s.strip())
    unknown = [s for s in chosen if s not in SECTION_KEYS]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown section {', '.join(unknown)} (one of {', '.join(SECTION_KEYS)})"
        )
    return chosen


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("profile", help=_("print account profiles (PDF)"))
    parser.add_argument(
        "accounts",
        nargs="*",
        metavar="ACCOUNT",
        help=_("account code, or a unique name or short name"),
    )
    parser.add_argument(
        "--key-accounts", action="store_true", help=_("every account on the key-account list")
    )
    parser.add_argument(
        "--visits-from",
        type=day,
        metavar="D",
        help=_("the accounts with a visit planned from D …"),
    )
    parser.add_argument("--visits-to", type=day, metavar="D", help=_("… to D"))
    parser.add_argument(
        "--next-week",
        action="store_true",
        help=_("the accounts with a visit planned next week (Monday to Sunday)"),
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", metavar="FILE.pdf", help=_("all profiles in one PDF"))
    target.add_argument("--out-dir", metavar="DIR", help=_("one PDF per account"))
    parser.add_argument(
        "--sections",
        type=_sections,
        default=SECTION_KEYS,
        metavar="LIST",
        help=_("comma-separated, from: {sections}").format(sections=", ".join(SECTION_KEYS)),
    )
    parser.add_argument(
        "--omit",
        type=_sections,
        default=(),
        metavar="LIST",
        help=_("sections to leave out (e.g. personal)"),
    )
    parser.add_argument(
        "--as-of",
        type=day,
        default=None,
        metavar="D",
        help=_("figures, arrears and visits as of D (default: today)"),
    )
    parser.add_argument(
        "--duplex",
        action="store_true",
        help=_("start each account on an odd page (printing on both sides)"),
    )
    parser.set_defaults(func=run)


def _account_ids(db: Database, args: argparse.Namespace) -> list[int]:
    """The accounts named or selected, each once, in the order given; every unknown
    name is reported together."""
    ids: list[int] = []
    problems: list[str] = []
    with db.session() as session:
        for ref in args.accounts:
            try:
                ids.append(resolve_account(session, ref).id)
            except LookupError as exc:
                problems.append(str(exc))
        if args.key_accounts:
            ids += key_account_ids(session)
        start, end = args.visits_from, args.visits_to
        if args.next_week:
            start, end = next_week(args.as_of or date.today())
        if (start is None) != (end is None):
            raise CliError(_("give both --visits-from and --visits-to"))
        if start is not None and end is not None:
            if end < start:
                raise CliError(_("--visits-to is before --visits-from"))
            ids += visiting_account_ids(session, start, end)
    if problems:
        raise CliError("; ".join(problems))
    return list(dict.fromkeys(ids))


def _progress(done: int, total: int, name: str) -> None:
    if name and sys.stderr.isatty():
        print(f"\r[{done + 1}/{total}] {name}\033[K", end="", file=sys.stderr, flush=True)
    elif not name and sys.stderr.isatty():
        print("\r\033[K", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    sections = tuple(s for s in args.sections if s not in args.omit)
    if not sections:
        raise CliError(_("no sections left to print"))
    if not (
        args.accounts or args.key_accounts or args.next_week or args.visits_from or args.visits_to
    ):
        raise CliError(_("name at least one account, or use --key-accounts or --next-week"))
    options = ProfileOptions(sections=sections, duplex=args.duplex)
    db = open_database(args.db, allow_read_only=True)
    try:
        ids = _account_ids(db, args)
        if not ids:
            raise CliError(_("no accounts match; nothing printed"))
        written = print_profiles(
            db,
            ids,
            out_file=args.out,
            out_dir=args.out_dir,
            options=options,
            as_of=args.as_of,
            progress=_progress,
        )
    finally:
        db.close()
    where = args.out or args.out_dir
    message = (
        _("Wrote 1 account profile to {path}")
        if len(ids) == 1
        else _("Wrote {n} account profiles to {path}")
    )
    print(message.format(n=len(ids), path=where))
    if args.out_dir:
        for path in written:
            print(f"  {path.name}")
    return 0
