"""``kam rating run|list|report``: the annual rating from the command line (docs/cli.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kam.cli import CliError
from kam.cli.output import add_format_option, write_rows
from kam.i18n import _
from kam.rating import service as rating
from kam.rating.format import change_text, plain_number, points_text, total_text
from kam.rating.scheme import SchemeError
from kam.store import Database, open_database


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("rating", help=_("the annual rating (年度评级)"))
    commands = parser.add_subparsers(dest="rating_command", metavar="ACTION", required=True)

    run = commands.add_parser("run", help=_("rate every account for a year"))
    run.add_argument("--year", type=int, required=True)
    run.add_argument(
        "--scheme", type=Path, help=_("rating scheme (TOML); default: the shipped one")
    )
    run.set_defaults(func=cmd_run)

    show = commands.add_parser("list", help=_("one row per account of a year's rating"))
    show.add_argument("--year", type=int, required=True)
    show.add_argument(
        "--final",
        action="store_true",
        help=_("the finalised rating even when a newer draft exists"),
    )
    add_format_option(show)
    show.set_defaults(func=cmd_list)

    report = commands.add_parser("report", help=_("the review-meeting pack (PDF)"))
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--out", type=Path, required=True)
    report.add_argument(
        "--final",
        action="store_true",
        help=_("the finalised rating even when a newer draft exists"),
    )
    report.set_defaults(func=cmd_report)


def _read_scheme(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CliError(_("scheme file {path} does not exist").format(path=path)) from None
    except UnicodeDecodeError:
        raise CliError(_("scheme file {path} is not UTF-8 text").format(path=path)) from None


def cmd_run(args: argparse.Namespace) -> int:
    text = _read_scheme(args.scheme)
    db = open_database(args.db)
    try:
        try:
            run = rating.run_rating(db, args.year, scheme_text=text)
        except SchemeError as exc:
            where = str(args.scheme) if args.scheme else _("default scheme")
            raise CliError(f"{where}: " + "; ".join(exc.problems), 2) from None
        print(
            _("Rated {n} accounts for {year}: draft #{id}, {k} key accounts").format(
                n=run.accounts, year=run.year, id=run.id, k=run.key_accounts
            )
        )
        if run.based_on_id is not None:
            _print_differences(db, run.id)
    finally:
        db.close()
    return 0


def _print_differences(db: Database, run_id: int) -> None:
    diffs = rating.differences(db, run_id)
    print(
        _("The year is finalised; this new draft differs from it in {n} accounts").format(
            n=len(diffs)
        )
    )
    for d in diffs:
        old = "—" if d.old_total is None else f"{total_text(d.old_total)} {d.old_grade}"
        new = "—" if d.new_total is None else f"{total_text(d.new_total)} {d.new_grade}"
        print(f"  {d.code}  {d.name}  {old} → {new}" + (f"  ({d.why})" if d.why else ""))


def _run_for(db: Database, year: int, final: bool) -> rating.RunInfo:
    run = rating.current_run(db, year, "final" if final else None)
    if run is None:
        raise CliError(
            _("there is no rating for {year}; run `kam rating run --year {year}` first").format(
                year=year
            )
        )
    return run


def cmd_list(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        run = _run_for(db, args.year, args.final)
        scheme, _text = rating.run_scheme(db, run.id)
        rows = rating.results(db, run.id)
    finally:
        db.close()
    measures = scheme.measures
    if args.format == "table":
        keys = ["code", "name", *measures, "total", "grade", "rank", "key_account", "change"]
        headers = [
            _("Code"),
            _("Name"),
            *(c.title for c in scheme.criteria),
            _("Total"),
            _("Grade"),
            _("Rank"),
            _("Key account"),
            _("Change"),
        ]
        values = [
            [
                r.code,
                r.name,
                *("—" if m in r.missing else points_text(r.points[m]) for m in measures),
                total_text(r.total),
                r.grade,
                r.rank,
                _("yes") if r.key_account else "",
                change_text(r.change),
            ]
            for r in rows
        ]
        write_rows(keys, headers, values, "table")
        return 0
    keys = ["code", "name"]
    for m in measures:
        keys += [f"{m}_value", f"{m}_points"]
    keys += ["total", "grade", "rank", "key_account", "change"]
    values = []
    for r in rows:
        line: list[object] = [r.code, r.name]
        for m in measures:
            line += [plain_number(r.values.get(m)), plain_number(r.points[m], 2)]
        line += [r.total, r.grade, r.rank, 1 if r.key_account else 0, r.change]
        values.append(line)
    write_rows(keys, keys, values, args.format)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from kam.rating.pdf_pack import write_rating_pack

    db = open_database(args.db)
    try:
        run = _run_for(db, args.year, args.final)
        write_rating_pack(db, run.id, args.out)
    finally:
        db.close()
    print(_("Wrote {path}").format(path=args.out))
    return 0
