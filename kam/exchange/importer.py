"""``import_workbook``: read, check, plan and (unless a dry run) write, all or nothing."""

from __future__ import annotations

from pathlib import Path

from kam.i18n import _
from kam.store import Database

from .apply import Writer
from .plan import Planner
from .progress import Cancelled, Progress, no_progress
from .readers import SourceError, open_source
from .report import ImportReport
from .rows import ParsedSheet, parse_sheet
from .specs import IMPORT_ORDER, SHEETS


class _Abort(Exception):
    """Rolls the transaction back after a problem found while writing."""


def import_workbook(
    db: Database,
    path: str | Path,
    *,
    dry_run: bool = False,
    progress: Progress = no_progress,
) -> ImportReport:
    """Imports ``path`` (.xlsx, a .csv named after a sheet, or a folder of CSV files).

    Nothing is written when the report has any problem or ``dry_run`` is set; the
    report lists what was (or would be) added and updated and every problem found.
    """
    report = ImportReport(source=str(path), dry_run=dry_run)
    try:
        return _import(db, path, report, dry_run, progress)
    except Cancelled:  # raised by the caller's progress callback; the session rolled back
        report.written = False
        report.problem(Path(path).name, 0, "", _("the import was cancelled; nothing was written"))
        return report


def _import(
    db: Database, path: str | Path, report: ImportReport, dry_run: bool, progress: Progress
) -> ImportReport:
    name = Path(path).name
    try:
        with open_source(path) as source:
            for title in source.ignored:
                report.warn(
                    title,
                    0,
                    "",
                    _("not a sheet KAM Desk knows; ignored (known: {names})").format(
                        names=", ".join(s.name for s in SHEETS)
                    ),
                )
            if not source.sheets:
                report.problem(
                    name,
                    0,
                    "",
                    _("contains none of the sheets {names}").format(
                        names=", ".join(f"{s.name} ({s.label})" for s in SHEETS)
                    ),
                )
                return report
            parsed: list[ParsedSheet] = []
            seen: dict[str, str] = {}
            for raw in source.sheets:
                if raw.spec.name in seen:
                    report.problem(
                        raw.title,
                        0,
                        "",
                        _("is the same sheet as {other}").format(other=seen[raw.spec.name]),
                    )
                    continue
                seen[raw.spec.name] = raw.title
                sheet = parse_sheet(raw, report, progress)
                if sheet is not None:
                    parsed.append(sheet)
    except SourceError as exc:
        report.problem(name, 0, "", str(exc))
        return report
    parsed.sort(key=lambda p: IMPORT_ORDER.index(p.spec))
    if not dry_run:
        db.take_backup("import")  # data safety: a copy from just before the import
    try:
        # The write lock before planning: a second import at the same time waits and then
        # plans against what this one wrote (no twin rows, no constraint error).
        with db.session(write_lock=not dry_run) as session:
            planner = Planner(session, report)
            planner.prepare(parsed)
            for sheet in parsed:
                planner.sheet(sheet)
            if planner.plan.new_staff:
                report.count(report.added, _("Staff"), len(planner.plan.new_staff))
            if not report.ok or dry_run:
                raise _Abort
            Writer(session, progress).run(planner.plan)
            report.written = True
    except _Abort:
        pass
    return report
