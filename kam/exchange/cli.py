"""``kam import FILE [--dry-run]`` and ``kam export FILE.xlsx`` (docs/workbook.md)."""

from __future__ import annotations

import argparse
import sys

from kam.cli import CliError
from kam.i18n import _
from kam.store import open_database

# Exit code of an import whose file has problems (docs/cli.md).
BAD_INPUT = 2


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import", help=_("import a workbook (.xlsx, .xls or .ods) or a folder of CSV files")
    )
    parser.add_argument(
        "file", help=_(".xlsx, .xls or .ods workbook, a SHEET.csv file or a folder of CSV files")
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=_("report what would be added or updated; write nothing"),
    )
    parser.set_defaults(func=run_import)
    parser = sub.add_parser("export", help=_("write every record to a workbook (.xlsx)"))
    parser.add_argument("file", help=_("the .xlsx file to write"))
    parser.add_argument(
        "--chinese-headers",
        action="store_true",
        help=_("Chinese sheet names and column headers (re-importable too)"),
    )
    parser.set_defaults(func=run_export)


def run_import(args: argparse.Namespace) -> int:
    from kam.exchange import import_workbook

    db = open_database(args.db)
    try:
        report = import_workbook(db, args.file, dry_run=args.dry_run)
    finally:
        db.close()
    for line in report.warning_lines():
        print(line, file=sys.stderr)
    if not report.ok:
        for line in report.problem_lines():
            print(line, file=sys.stderr)
        message = (
            _("kam: nothing was imported: {n} problem in {file}")
            if report.problem_count == 1
            else _("kam: nothing was imported: {n} problems in {file}")
        )
        print(message.format(n=report.problem_count, file=args.file), file=sys.stderr)
        return BAD_INPUT
    for line in report.summary_lines():
        print(line)
    if args.dry_run:
        print(_("Dry run: nothing was written."))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from kam.exchange import export_workbook

    if not args.file.lower().endswith(".xlsx"):
        raise CliError(_("the export file name must end in .xlsx"))
    db = open_database(args.db, rescue_text=True, allow_read_only=True)
    try:
        result = export_workbook(db, args.file, chinese_headers=args.chinese_headers)
    finally:
        db.close()
    for warning in result.warnings:
        print(_("warning: {text}").format(text=warning), file=sys.stderr)
    if db.repairs is not None and db.repairs.count:
        print(
            _(
                "warning: {n} damaged texts (not valid UTF-8) were exported with � in place "
                "of the unreadable characters"
            ).format(n=db.repairs.count),
            file=sys.stderr,
        )
    total = sum(result.rows.values())
    print(_("Exported {n} rows to {path}").format(n=total, path=result.path))
    return 0
