"""``kam visits``: print a visit plan, export visits to a calendar, print visit briefs,
list visits, cadence and overdue follow-ups."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from kam.cli import CliError
from kam.cli.output import add_format_option, write_rows
from kam.cli.parser import day
from kam.domain.enums import Layer, VisitStatus
from kam.i18n import _, chinese_label, label
from kam.store import Database, open_database
from kam.visits.cadence import cadence_status
from kam.visits.follow_ups import overdue_by_person
from kam.visits.queries import list_visits
from kam.visits.rules import CadenceState


def _layer(text: str) -> str:
    for layer in Layer:
        if text.strip().lower() in (layer.value, chinese_label(layer), label(layer, "en").lower()):
            return layer.value
    raise argparse.ArgumentTypeError(f"unknown layer: {text} (leader, technical, business)")


def _period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=day, required=True, metavar="D")
    parser.add_argument("--to", dest="end", type=day, required=True, metavar="D")
    parser.add_argument("--layer", type=_layer, help="leader, technical, business (or 领导层 …)")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("visits", help=_("visit plans, calendar export, briefs, cadence"))
    vsub = parser.add_subparsers(dest="visits_command", metavar="ACTION", required=True)

    plan = vsub.add_parser("plan", help=_("print a visit plan (PDF)"))
    _period(plan)
    plan.add_argument("--owner", help=_("only the visits this person of ours takes part in"))
    plan.add_argument("--include-cancelled", action="store_true")
    plan.add_argument("--out", required=True, metavar="FILE.pdf")
    plan.set_defaults(func=run_plan)

    ics = vsub.add_parser("ics", help=_("export visits as iCalendar (.ics)"))
    _period(ics)
    ics.add_argument("--owner", help=_("only the visits this person of ours takes part in"))
    ics.add_argument("--out", required=True, metavar="FILE.ics")
    ics.set_defaults(func=run_ics)

    brief = vsub.add_parser("brief", help=_("print one-page briefs of planned visits (PDF)"))
    brief.add_argument("visits", nargs="*", metavar="VISIT", help=_("visit ids or UUIDs"))
    brief.add_argument(
        "--from", dest="start", type=day, metavar="D", help=_("or every planned visit from D …")
    )
    brief.add_argument("--to", dest="end", type=day, metavar="D", help=_("… to D"))
    brief.add_argument("--owner", help=_("with --from/--to: only this person's visits"))
    brief.add_argument("--out", required=True, metavar="FILE.pdf")
    brief.set_defaults(func=run_brief)

    lst = vsub.add_parser("list", help=_("list visits of a period"))
    _period(lst)
    lst.add_argument("--owner")
    add_format_option(lst)
    lst.set_defaults(func=run_list)

    cad = vsub.add_parser("cadence", help=_("accounts due or overdue for a visit"))
    cad.add_argument("--as-of", type=day, default=None, metavar="D")
    cad.add_argument("--all", action="store_true", help=_("every account and layer, not only due"))
    add_format_option(cad)
    cad.set_defaults(func=run_cadence)

    fol = vsub.add_parser("followups", help=_("overdue follow-ups per person"))
    fol.add_argument("--as-of", type=day, default=None, metavar="D")
    add_format_option(fol)
    fol.set_defaults(func=run_followups)


def _check_period(args: argparse.Namespace) -> None:
    if args.end < args.start:
        raise CliError(
            _("--to {end} is before --from {start}").format(
                end=args.end.isoformat(), start=args.start.isoformat()
            ),
            2,
        )


def _open(args: argparse.Namespace) -> Database:
    return open_database(args.db)


def _check_owner(db: Database, owner: str | None) -> None:
    from kam.accounts.staff import list_staff

    if owner and owner not in {s.name for s in list_staff(db)}:
        raise CliError(_("unknown staff member: {name}").format(name=owner), 2)


def run_plan(args: argparse.Namespace) -> int:
    from kam.visits.pdf_plan import write_visit_plan

    _check_period(args)
    db = _open(args)
    try:
        _check_owner(db, args.owner)
        n = write_visit_plan(
            db,
            args.out,
            start=args.start,
            end=args.end,
            layer=args.layer,
            owner=args.owner,
            include_cancelled=args.include_cancelled,
        )
    finally:
        db.close()
    print(_("Wrote the visit plan ({n} visits) to {path}").format(n=n, path=args.out))
    return 0


def run_ics(args: argparse.Namespace) -> int:
    from kam.visits.ics_sent import export_ics

    _check_period(args)
    db = _open(args)
    try:
        _check_owner(db, args.owner)
        done = export_ics(
            db,
            args.out,
            start=args.start,
            end=args.end,
            layer=args.layer,
            staff=args.owner or None,
            name=_("KAM visits"),
        )
    finally:
        db.close()
    if done.cancelled:
        print(
            _("Exported {n} visits and {m} cancellations to {path}").format(
                n=done.events, m=done.cancelled, path=args.out
            )
        )
    else:
        print(_("Exported {n} visits to {path}").format(n=done.events, path=args.out))
    return 0


def _visit_ids(db: Database, args: argparse.Namespace) -> list[int]:
    from sqlalchemy import select

    from kam.domain import Visit

    ids: list[int] = []
    with db.session() as session:
        for ref in args.visits:
            found = session.scalar(
                select(Visit.id).where(
                    (Visit.uuid == ref) | (Visit.id == (int(ref) if ref.isdigit() else -1))
                )
            )
            if found is None:
                raise CliError(_("unknown visit: {ref}").format(ref=ref), 2)
            ids.append(found)
    if args.start or args.end:
        if not (args.start and args.end):
            raise CliError(_("give both --from and --to"), 2)
        _check_period(args)
        _check_owner(db, args.owner)
        ids += [
            r.id
            for r in list_visits(
                db,
                start=args.start,
                end=args.end,
                staff=args.owner or None,
                statuses=(VisitStatus.PLANNED.value, VisitStatus.POSTPONED.value),
            )
        ]
    if not ids:
        raise CliError(_("no visits to brief: name visits or a period with planned visits"), 2)
    return ids


def run_brief(args: argparse.Namespace) -> int:
    from kam.visits.pdf_brief import write_visit_briefs

    db = _open(args)
    try:
        n = write_visit_briefs(db, args.out, _visit_ids(db, args))
    finally:
        db.close()
    print(_("Wrote {n} visit briefs to {path}").format(n=n, path=args.out))
    return 0


def run_list(args: argparse.Namespace) -> int:
    _check_period(args)
    db = _open(args)
    try:
        rows = list_visits(
            db, start=args.start, end=args.end, layer=args.layer, staff=args.owner or None
        )
    finally:
        db.close()
    table = args.format == "table"
    keys = [
        "uuid",
        "date",
        "time",
        "account_code",
        "account",
        "layer",
        "status",
        "our_people",
        "counterparts",
        "purpose",
        "outcome",
    ]
    headers = [
        _("UUID"),
        _("Date"),
        _("Time"),
        _("Code"),
        _("Account"),
        _("Layer"),
        _("Status"),
        _("Our people"),
        _("Customer's people"),
        _("Purpose"),
        _("Outcome"),
    ]
    values = [
        [
            r.uuid,
            r.planned_on.isoformat(),
            r.start_time.strftime("%H:%M") if r.start_time else "",
            r.account_code,
            r.account_name,
            label(r.layer) if table else r.layer,
            label(r.status, kind=VisitStatus) if table else r.status,
            r.our_side,
            r.their_side,
            r.purpose,
            r.outcome,
        ]
        for r in rows
    ]
    write_rows(keys, headers, values, args.format)
    return 0


def run_cadence(args: argparse.Namespace) -> int:
    from kam.accounts.service import list_accounts

    today = args.as_of or date.today()
    db = _open(args)
    try:
        statuses = cadence_status(db, today)
        names = {a.id: (a.code, a.name) for a in list_accounts(db)}
    finally:
        db.close()
    table = args.format == "table"
    keys = [
        "code",
        "name",
        "grade",
        "layer",
        "target",
        "last_done",
        "next_planned",
        "due_on",
        "state",
        "days_overdue",
    ]
    headers = [
        _("Code"),
        _("Name"),
        _("Grade"),
        _("Layer"),
        _("Visits a year"),
        _("Last visit"),
        _("Next planned"),
        _("Due"),
        _("State"),
        _("Days overdue"),
    ]
    wanted = {CadenceState.DUE, CadenceState.OVERDUE}
    # Each line with what it sorts by: the most days overdue first, then the code.
    lines: list[tuple[int, str, list[object]]] = []
    for ac in statuses:
        for lc in ac.layers:
            if not args.all and lc.state not in wanted:
                continue
            code, name = names.get(ac.account_id, ("", ""))
            lines.append(
                (
                    lc.days_overdue,
                    code,
                    [
                        code,
                        name,
                        ac.grade,
                        label(lc.layer) if table else lc.layer,
                        lc.target,
                        lc.last_done,
                        lc.next_planned,
                        lc.due_on,
                        _("state:" + lc.state) if table else lc.state.value,
                        lc.days_overdue,
                    ],
                )
            )
    lines.sort(key=lambda line: (-line[0], line[1]))
    write_rows(
        keys,
        headers,
        [[x.isoformat() if isinstance(x, date) else x for x in v] for _days, _code, v in lines],
        args.format,
    )
    return 0


def run_followups(args: argparse.Namespace) -> int:
    today = args.as_of or date.today()
    db = _open(args)
    try:
        grouped = overdue_by_person(db, today)
    finally:
        db.close()
    keys = ["owner", "account", "description", "due_on", "days_overdue", "visit_date"]
    headers = [_("Owner"), _("Account"), _("Action"), _("Due"), _("Days overdue"), _("Visit")]
    values = [
        [
            owner or _("(nobody)"),
            r.account_name,
            r.description,
            r.due_on.isoformat(),
            r.days_overdue(today),
            r.visit_date.isoformat() if r.visit_date else "",
        ]
        for owner, rows in grouped.items()
        for r in rows
    ]
    write_rows(keys, headers, values, args.format)
    if not values and args.format == "table":
        print(_("No overdue follow-ups."), file=sys.stderr)
    return 0
