"""``kam sync`` (push and pull), ``kam sync conflicts``, ``kam sync restore``, and the
``kam team join`` step (:func:`run_join`, registered by ``kam.sync.team_cli``)."""

from __future__ import annotations

import argparse
import json

from kam.cli import CliError
from kam.cli.output import add_format_option, write_rows
from kam.i18n import _
from kam.store import open_database
from kam.store.location import display_url, resolve_url
from kam.sync.client import SyncReport, sync
from kam.sync.conflicts import list_conflicts, restore
from kam.sync.link import SyncError, join
from kam.sync.rows import Refusal
from kam.sync.tables import table_label

CHANGES_ENV = "KAM_CHANGES_PASSPHRASE"
CONFLICT_KEYS = [
    "id",
    "table",
    "record",
    "field",
    "kept",
    "set_aside",
    "kept_by",
    "set_aside_by",
    "decided_at",
    "restored_at",
]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "sync",
        help=_("push this laptop's changes to the team server and pull everyone else's"),
        description=_(
            "Pushes the changes made here since the last sync and pulls everyone "
            "else's. Exit 3 when the server cannot be reached (nothing is changed "
            "here then)."
        ),
    )
    files = parser.add_mutually_exclusive_group()
    files.add_argument(
        "--export-changes",
        metavar="FILE",
        help=_(
            "write this laptop's unsynced changes to FILE, encrypted with a passphrase "
            "(KAM_CHANGES_PASSPHRASE or a prompt), instead of syncing"
        ),
    )
    files.add_argument(
        "--import-changes",
        metavar="FILE",
        help=_(
            "apply a changes file to the team server (--db: the server, or a laptop joined to it)"
        ),
    )
    parser.set_defaults(func=run_sync)
    actions = parser.add_subparsers(dest="sync_command", metavar="ACTION")
    conflicts = actions.add_parser("conflicts", help=_("list the decided conflicts"))
    add_format_option(conflicts)
    conflicts.set_defaults(func=run_conflicts)
    back = actions.add_parser("restore", help=_("put a conflict's set-aside value back"))
    back.add_argument("conflict", type=int, metavar="ID", help=_("the conflict's number"))
    back.set_defaults(func=run_restore)
    merge = actions.add_parser(
        "merge",
        help=_("merge a customer the server refused as a duplicate into the server's"),
        description=_(
            "LOCAL is the refused customer on this laptop, SERVER the one already on "
            "the team server (each by code, name or uuid). LOCAL takes SERVER's "
            "identity and values; its contacts, visits, contracts … follow it; where "
            "its values differed they are kept as conflicts (kam sync conflicts). "
            "Then it syncs."
        ),
    )
    merge.add_argument("pair", metavar="LOCAL=SERVER", help=_("e.g. C2=C1"))
    merge.set_defaults(func=run_merge)


def register_join(team: argparse._SubParsersAction) -> None:
    """Adds ``join URL`` to the ``kam team`` subcommands."""
    parser = team.add_parser("join", help=_("link this laptop's database to a team server"))
    parser.add_argument("url", metavar="URL", help=_("the team server, postgresql://user@host/db"))
    parser.set_defaults(func=run_join)


def run_join(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        join(db, args.url)
    except SyncError as exc:
        raise CliError(str(exc), exc.code) from exc
    finally:
        db.close()
    print(
        _("Joined the team server {url}; kam sync sends this laptop's records").format(
            url=display_url(resolve_url(args.url))
        )
    )
    return 0


def print_report(report: SyncReport) -> None:
    if report.changed_nothing and not report.refused and not report.held:
        print(_("Up to date: nothing to push or pull"))
        return
    for title, counts in (
        (_("Pushed"), report.pushed),
        (_("Pulled"), report.pulled),
        (_("Deleted here (deleted elsewhere)"), report.deleted),
    ):
        if counts:
            parts = _(", ").join(f"{table_label(t)} {n}" for t, n in sorted(counts.items()))
            print(_("{title}: {items}").format(title=title, items=parts))
    for refusal in report.refused:
        print(refusal_line(refusal))
    for held in report.held:
        print(
            _("Not taken from the server yet: {table} {key} ({reason})").format(
                table=table_label(held.table), key=held.key, reason=held.detail
            )
        )
    for conflict in report.conflicts:
        print(conflict_line(conflict))


def refusal_line(refusal: Refusal) -> str:
    table = table_label(refusal.table)
    if refusal.reason == "duplicate" and refusal.table == "account" and refusal.label:
        return _(
            "Refused: this {table} {key} duplicates {other} already on the server; change "
            "its code or name here, or delete it, then sync again; or merge it into the "
            "server's: {command}"
        ).format(
            table=table,
            key=refusal.label,
            other=refusal.detail,
            command=merge_command(refusal.label, refusal.detail),
        )
    if refusal.reason == "duplicate":
        return _(
            "Refused: this {table} {key} duplicates {other} already on the server; change "
            "its code or name here, or delete it, then sync again"
        ).format(table=table, key=refusal.label or refusal.key, other=refusal.detail)
    if refusal.reason == "hidden":
        return _("Refused: {table} {key}: {why}; it stays here, the rest was synced").format(
            table=table, key=refusal.label or refusal.key, why=refusal.detail
        )
    if refusal.reason == "frozen":
        return _("Refused: {table} {key}: {why}; the server's version was taken back").format(
            table=table, key=refusal.key, why=refusal.detail
        )
    return _("Waiting: {table} {key} needs {parent}, which the server does not have").format(
        table=table, key=refusal.key, parent=refusal.detail
    )


def merge_command(local: str, server: str) -> str:
    pair = f"{local}={server}"
    return (
        f'kam sync merge "{pair}"'
        if any(c.isspace() or c in "\"'" for c in pair)
        else (f"kam sync merge {pair}")
    )


def conflict_line(conflict: dict) -> str:
    table = table_label(conflict["table_name"])
    if conflict["kind"] == "field":
        return _(
            "Conflict #{id}: {table} {label}, {field}: kept {kept} ({kept_by}), set aside "
            "{set_aside} ({set_aside_by}) — kam sync restore {id}"
        ).format(
            id=conflict["id"],
            table=table,
            label=conflict["label"],
            field=conflict["field"],
            kept=conflict["kept"],
            kept_by=conflict["kept_by"],
            set_aside=conflict["set_aside"],
            set_aside_by=conflict["set_aside_by"],
        )
    if conflict["kind"] == "deletion":
        return _(
            "Conflict #{id}: {table} {label} was edited by {kept_by}; the deletion by "
            "{set_aside_by} was set aside and the record kept"
        ).format(
            id=conflict["id"],
            table=table,
            label=conflict["label"],
            kept_by=conflict["kept_by"],
            set_aside_by=conflict["set_aside_by"],
        )
    return _(
        "Conflict #{id}: {table} {label} was deleted by {set_aside_by} but edited by "
        "{kept_by}; it is back"
    ).format(
        id=conflict["id"],
        table=table,
        label=conflict["label"],
        kept_by=conflict["kept_by"],
        set_aside_by=conflict["set_aside_by"],
    )


def _changes_passphrase(new: bool) -> str:
    import os

    from kam.cli.passphrase import current_passphrase, new_passphrase

    if new:
        return new_passphrase(CHANGES_ENV)
    return os.environ.get(CHANGES_ENV) or current_passphrase(_("the changes file"))


def run_sync(args: argparse.Namespace) -> int:
    if args.export_changes or args.import_changes:
        return _run_file(args)
    db = open_database(args.db)
    try:
        report = sync(db)
    except SyncError as exc:
        raise CliError(str(exc), exc.code) from exc
    finally:
        db.close()
    print_report(report)
    if report.adopted_person:
        print(
            _(
                "Changes on this laptop are now recorded as {person}, the team member "
                "this login belongs to (Settings → Preferences changes it)"
            ).format(person=report.adopted_person)
        )
    return 0


def _run_file(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kam.sync.changes_file import export_changes, import_changes

    passphrase = _changes_passphrase(new=bool(args.export_changes))
    db = open_database(args.db)
    try:
        if args.export_changes:
            count = export_changes(db, Path(args.export_changes), passphrase)
            print(
                _(
                    "{n} changed records written to {path} (encrypted); this laptop keeps "
                    "them until its own sync"
                ).format(n=count, path=args.export_changes)
            )
            return 0
        done = import_changes(db, Path(args.import_changes), passphrase)
    except SyncError as exc:
        raise CliError(str(exc), exc.code) from exc
    finally:
        db.close()
    print(
        _(
            "{n} records from {user}'s file of {when} applied to the team server; "
            "{conflicts} conflicts decided"
        ).format(
            n=done.applied, user=done.laptop_user, when=done.written_at, conflicts=done.conflicts
        )
    )
    for refusal in done.refused:
        print(refusal_line(refusal))
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        conflicts = list_conflicts(db)
    finally:
        db.close()
    table = args.format == "table"
    headers = [
        _("No."),
        _("Table"),
        _("Record"),
        _("Field"),
        _("Kept"),
        _("Set aside"),
        _("Kept from"),
        _("Set aside from"),
        _("Decided"),
        _("Restored"),
    ]
    rows = []
    for c in conflicts:
        kept, aside = c.kept, c.set_aside
        if table or args.format == "csv":
            kept = kept if isinstance(kept, str) else json.dumps(kept, ensure_ascii=False)
            aside = aside if isinstance(aside, str) else json.dumps(aside, ensure_ascii=False)
        rows.append(
            [
                c.id,
                table_label(c.table) if table else c.table,
                c.label,
                c.field or ("(" + _("record") + ")"),
                kept,
                aside,
                c.kept_by,
                c.set_aside_by,
                c.decided_at,
                c.restored_at or "",
            ]
        )
    write_rows(CONFLICT_KEYS, headers, rows, args.format)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        chosen = restore(db, args.conflict)
    finally:
        db.close()
    print(
        _("Conflict #{id} restored on this laptop: {label}; kam sync sends it").format(
            id=chosen.id, label=chosen.label
        )
    )
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from kam.sync.merge import merge_duplicate

    local, sep, server = args.pair.partition("=")
    if not sep or not local.strip() or not server.strip():
        raise CliError(_("Give the two customers as LOCAL=SERVER, e.g. kam sync merge C2=C1"))
    db = open_database(args.db)
    try:
        merged = merge_duplicate(db, local.strip(), server.strip())
        print(
            _(
                "{local} merged into the server's {server}; {n} fields of this laptop set aside "
                "as conflicts (kam sync conflicts)"
            ).format(local=merged.local_label, server=merged.server_label, n=merged.conflicts)
        )
        report = sync(db)
    except LookupError as exc:
        raise CliError(str(exc.args[0])) from exc
    except SyncError as exc:
        raise CliError(str(exc), exc.code) from exc
    finally:
        db.close()
    print_report(report)
    return 0
