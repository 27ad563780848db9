"""``kam check``, ``kam backup``, ``kam restore``, ``kam encrypt``, ``kam decrypt``, ``kam rekey``.

These work on the file itself, below the services, so they also run on a database that
is damaged (check, restore) or about to change its key.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from kam.cli import CliError
from kam.cli.output import write_rows
from kam.cli.passphrase import current_passphrase, new_passphrase
from kam.i18n import _
from kam.safety.restore import (
    COUNTED,
    list_summaries,
    newest_good_backup,
    restore_backup,
)
from kam.safety.stray import StrayBackup, convert_stray, remove_stray, stray_backups
from kam.store import raw
from kam.store.backup import backup_dir, backup_file, list_backups, reason_label, take_backup
from kam.store.check import check_file
from kam.store.crypto import (
    KeyChange,
    decrypt_database,
    encrypt_database,
    rekey_database,
    resume_interrupted,
)
from kam.store.database import not_for_server
from kam.store.errors import StoreError
from kam.store.location import display_url, is_server, resolve_url, sqlite_path

# The passphrase of a backup in another key, for scripts (a terminal is asked instead).
STRAY_ENV_VAR = "KAM_STRAY_PASSPHRASE"

# Which line a team server gets for each file command (encrypt, decrypt, rekey: "encrypt").
_SERVER_OPERATION = {"check": "check", "backup": "backup", "restore": "restore"}


def register(sub: argparse._SubParsersAction) -> None:
    check = sub.add_parser(
        "check", help=_("integrity and foreign-key check; exit 0 only when clean")
    )
    check.set_defaults(func=run_check)
    backup = sub.add_parser(
        "backup", help=_("a consistent copy of the database (SQLite backup API)")
    )
    backup.add_argument(
        "--to", metavar="FILE", help=_("write the copy to FILE (default: the backup folder)")
    )
    backup.add_argument("--list", action="store_true", help=_("list the automatic backups"))
    backup.add_argument(
        "--convert-stray",
        action="store_true",
        help=_(
            "put backups in another key into the database's key (asks for their "
            "passphrase, or takes it from {env})"
        ).format(env=STRAY_ENV_VAR),
    )
    backup.add_argument(
        "--remove-stray", action="store_true", help=_("delete the backups in another key")
    )
    backup.set_defaults(func=run_backup)
    restore = sub.add_parser("restore", help=_("restore a backup after checking it"))
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", metavar="FILE", help=_("the backup to restore"))
    which.add_argument("--latest", action="store_true", help=_("the newest good automatic backup"))
    restore.set_defaults(func=run_restore)
    for name, text, func in (
        ("encrypt", "encrypt the database with a passphrase (SQLCipher)", run_encrypt),
        ("decrypt", "remove the encryption", run_decrypt),
        ("rekey", "change the passphrase", run_rekey),
    ):
        sub.add_parser(name, help=_(text)).set_defaults(func=func)


def _database_path(args: argparse.Namespace) -> Path:
    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is None and is_server(url):
        raise not_for_server(_SERVER_OPERATION.get(args.command, "encrypt"))
    if path is None:
        raise CliError(
            _("This command needs a SQLite database file, not {url}").format(url=display_url(url))
        )
    return path


def _existing(args: argparse.Namespace) -> Path:
    path = _database_path(args)
    if path.parent.is_dir() and not raw.on_read_only_media(path):
        resume_interrupted(path)  # a key change a crash cut short, orphan temporary files
    if not path.is_file():
        raise CliError(_("There is no database at {path}").format(path=path))
    return path


def _key(path: Path) -> str | None:
    return current_passphrase(str(path)) if raw.looks_encrypted(path) else None


def run_check(args: argparse.Namespace) -> int:
    path = _existing(args)
    key = _key(path)
    try:
        report = check_file(path, key)
    except raw.DBAPI_ERRORS as exc:
        if key:
            raise CliError(
                _(
                    "The passphrase does not open {path} (or the file is not a KAM Desk database)"
                ).format(path=path)
            ) from exc
        raise CliError(
            _("{path} cannot be read as a database: {error}").format(path=path, error=exc)
        ) from exc
    for line in report.lines():
        print(line)
    if not report.ok:
        raise CliError(
            _("{n} problems found in {path}").format(
                n=len(report.integrity) + len(report.foreign_keys), path=path
            )
        )
    return 0


def _backup_key(path: Path) -> str | None:
    """The key for the backups of ``path``: they carry the database's key."""
    encrypted = path.is_file() and raw.looks_encrypted(path)
    if encrypted or any(raw.looks_encrypted(info.path) for info in list_backups(path)):
        return current_passphrase(str(path))
    return None


def _list(path: Path) -> int:
    key = _backup_key(path)
    rows = []
    for summary in list_summaries(path, key):
        rows.append(
            [
                summary.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
                if summary.taken_at
                else "",
                reason_label(summary.reason),
                _("yes") if summary.encrypted else _("no"),
                *[summary.counts.get(table, "") for table, _label in COUNTED],
                _("ok") if summary.ok else summary.problems[0],
                str(summary.path),
            ]
        )
    if not rows:
        print(
            _("No backups of {path} yet (they go to {folder})").format(
                path=path, folder=backup_dir(path)
            )
        )
        return 0
    keys = [
        "taken_at",
        "reason",
        "encrypted",
        *[table for table, _label in COUNTED],
        "status",
        "path",
    ]
    headers = [
        _("Taken"),
        _("Reason"),
        _("Encrypted"),
        *[_(label) for _t, label in COUNTED],
        _("Status"),
        _("File"),
    ]
    write_rows(keys, headers, rows, "table")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    path = _existing(args)
    if args.list:
        return _list(path)
    if args.convert_stray or args.remove_stray:
        key = _key(path)
        strays = stray_backups(path, key)
        if not strays:
            print(_("No backup of {path} is in another key").format(path=path))
            return 0
        if args.remove_stray:
            failures = [_remove(path, key, s) for s in strays]
        else:
            failures = [_convert(path, key, s) for s in strays]
        _fail_on(failures)
        return 0
    key = _key(path)
    if args.to:
        dest = backup_file(path, Path(args.to).expanduser().resolve(), key)
    else:
        made = take_backup(path, "manual", key, if_changed=False)
        assert made is not None  # if_changed=False always writes
        dest = made
    print(_("Backup written to {path}").format(path=dest))
    if key:
        print(_("The backup is encrypted with the database's passphrase"))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    path = _database_path(args)
    if path.parent.is_dir() and not raw.on_read_only_media(path):
        resume_interrupted(path)
    if args.latest:
        key = _backup_key(path)
        best = newest_good_backup(path, key)
        if best is None:
            raise CliError(_("There is no good backup of {path}").format(path=path))
        backup = best.path
    else:
        backup = Path(args.file).expanduser().resolve()
        if not backup.is_file():
            raise CliError(_("There is no backup file {path}").format(path=backup))
        encrypted = raw.looks_encrypted(backup) or (path.is_file() and raw.looks_encrypted(path))
        key = current_passphrase(str(path)) if encrypted else None
    result = restore_backup(path, backup, key)
    print(_("Restored {path} from {backup}").format(path=path, backup=backup))
    if result.safety_backup:
        print(_("The replaced version was kept as {path}").format(path=result.safety_backup))
    if result.damaged_copy:
        print(_("The damaged file was moved to {path}").format(path=result.damaged_copy))
    return 0


def _stray_passphrase(stray: StrayBackup) -> str:
    value = os.environ.get(STRAY_ENV_VAR)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(
            _(
                "The backup {path} is in another key: set {var} to its passphrase "
                "or run the command in a terminal"
            ).format(path=stray.path, var=STRAY_ENV_VAR)
        )
    return getpass.getpass(_("Passphrase of the backup {path}: ").format(path=stray.path))


def _convert(path: Path, key: str | None, stray: StrayBackup) -> str | None:
    """Converts one stray backup; the problem in one line when it was left as it is."""
    try:
        backup_key = _stray_passphrase(stray) if stray.needs_passphrase else None
        convert_stray(path, key, stray.path, backup_key)
    except (CliError, StoreError) as exc:
        return str(exc)
    print(_("The backup {path} now uses the database's key").format(path=stray.path))
    return None


def _remove(path: Path, key: str | None, stray: StrayBackup) -> str | None:
    try:
        remove_stray(path, key, stray.path)
    except StoreError as exc:
        return str(exc)
    print(_("Removed the backup {path}").format(path=stray.path))
    return None


def _fail_on(failures: list[str | None]) -> None:
    problems = [f for f in failures if f]
    if len(problems) == 1:
        raise CliError(problems[0])
    if problems:
        raise CliError(
            _("{n} backups were left as they are; the first: {problem}").format(
                n=len(problems), problem=problems[0]
            )
        )


def _report_stray(change: KeyChange, key: str | None) -> None:
    """Backups the old key did not open: the change happened and stays reported as such
    (nothing here turns it into a failure); say what was left, and in a terminal offer to
    convert or remove them now."""
    try:
        _offer_stray(change, key)
    except (OSError, StoreError, CliError) as exc:
        print(_("warning: {problem}").format(problem=exc), file=sys.stderr)


def _offer_stray(change: KeyChange, key: str | None) -> None:
    strays = stray_backups(change.path, key, change.stray)
    if not strays:
        return
    for stray in strays:
        print(
            _("warning: the backup {path} is in another key and was left as it is").format(
                path=stray.path
            ),
            file=sys.stderr,
        )
    if not sys.stdin.isatty():
        print(
            _(
                "`kam backup --convert-stray` puts it in the database's key (with its "
                "passphrase); `kam backup --remove-stray` deletes it"
            ),
            file=sys.stderr,
        )
        return
    try:
        answer = input(_("[c]onvert with its passphrase, [r]emove, or [k]eep as it is? "))
    except EOFError:
        answer = ""
    action = {"c": _convert, "r": _remove}.get(answer.strip()[:1].lower())
    for stray in strays if action else []:
        problem = action(change.path, key, stray)  # type: ignore[misc]
        if problem:  # the key change itself stands: a warning, not a failure
            print(_("warning: {problem}").format(problem=problem), file=sys.stderr)


def run_encrypt(args: argparse.Namespace) -> int:
    path = _existing(args)
    if raw.looks_encrypted(path):
        raise CliError(
            _("{path} is already encrypted; use rekey to change the passphrase").format(path=path)
        )
    passphrase = new_passphrase("KAM_PASSPHRASE")
    change = encrypt_database(path, passphrase)
    print(
        _("{path} is now encrypted; {n} backups were encrypted too").format(
            path=path, n=change.backups_converted
        )
    )
    print(
        _("Keep the passphrase safe: without it the data cannot be recovered by anyone"),
        file=sys.stderr,
    )
    _report_stray(change, passphrase)
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    path = _existing(args)
    if not raw.looks_encrypted(path):
        raise CliError(_("{path} is not encrypted").format(path=path))
    change = decrypt_database(path, current_passphrase(str(path)))
    print(
        _("{path} is no longer encrypted; {n} backups were decrypted too").format(
            path=path, n=change.backups_converted
        )
    )
    _report_stray(change, None)
    return 0


def run_rekey(args: argparse.Namespace) -> int:
    path = _existing(args)
    if not raw.looks_encrypted(path):
        raise CliError(_("{path} is not encrypted").format(path=path))
    old = current_passphrase(str(path))
    new = new_passphrase()
    change = rekey_database(path, old, new)
    print(
        _("The passphrase of {path} was changed; {n} backups now use it too").format(
            path=path, n=change.backups_converted
        )
    )
    _report_stray(change, new)
    return 0
