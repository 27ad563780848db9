"""Restoring a backup, and recovering from a damaged database file.

A backup is only put in place after it opens (with the right key), passes
``integrity_check`` and was written by a KAM Desk no newer than this one. The file it
replaces is first backed up (or, when it is damaged, moved aside as ``.damaged``), so
a restore never destroys anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kam.i18n import _
from kam.store import atomic, raw
from kam.store.backup import copy_into_place, list_backups, take_backup
from kam.store.check import integrity_problems, quick_check
from kam.store.crypto import wrong_passphrase
from kam.store.errors import PassphraseRequired, RestoreFailed, StoreError
from kam.store.instance import exclusive_use

# The record counts shown next to each backup in the restore list: (table, label).
COUNTED = (
    ("account", "Accounts"),
    ("contact", "Contacts"),
    ("contract", "Contracts"),
    ("visit", "Visits"),
)


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, for the restore list; ``problems`` empty when usable."""

    path: Path
    encrypted: bool
    revision: str | None
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    taken_at: datetime | None = None
    reason: str = ""
    # In another key than the database's (kam.safety.stray): encrypted with another
    # passphrase, encrypted beside a plain database, or plain beside an encrypted one.
    other_key: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    safety_backup: Path | None
    damaged_copy: Path | None


def key_for(path: Path, passphrase: str | None) -> str | None:
    """The key to open ``path`` with: the passphrase for an encrypted file, else none."""
    if not raw.looks_encrypted(path):
        return None
    if not passphrase:
        raise PassphraseRequired(
            _("{path} is encrypted; a passphrase is needed").format(path=path), path
        )
    return passphrase


def summarize(
    path: Path, passphrase: str | None = None, *, integrity: bool = True
) -> BackupSummary:
    """Opens ``path`` read-only and reports its schema, record counts and problems.

    Raises:
        PassphraseRequired, WrongPassphrase: an encrypted file without the right key.
    """
    from kam.store.migrate import known_revisions

    key = key_for(path, passphrase)
    try:
        connection = raw.connect(path, key, readonly=True)
    except raw.DBAPI_ERRORS as exc:
        if key:
            raise wrong_passphrase(path) from exc
        return BackupSummary(path, False, None, problems=[str(exc)])
    try:
        problems = integrity_problems(connection) if integrity else quick_check(connection)
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        counts = {
            table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            for table, _label in COUNTED
            if table in tables and not problems
        }
    except raw.DBAPI_ERRORS as exc:
        return BackupSummary(path, key is not None, None, problems=[str(exc)])
    finally:
        connection.close()
    if revision is None:
        problems.append(_("{path} is not a KAM Desk database").format(path=path))
    elif revision not in known_revisions():
        problems.append(_("written by a newer KAM Desk (schema {rev})").format(rev=revision))
    return BackupSummary(path, key is not None, revision, counts, problems)


def list_summaries(
    database: Path, passphrase: str | None = None, among: Iterable[Path] | None = None
) -> list[BackupSummary]:
    """The automatic backups of ``database`` with their counts, newest first (with
    ``among``: only those of these files).

    Uses the quick check only (the full check runs on the one chosen for restore); a
    backup in another key is listed with the problem instead of stopping the list.
    """
    wanted = None if among is None else set(among)
    out = []
    for info in list_backups(database):
        if wanted is not None and info.path not in wanted:
            continue
        try:
            summary = summarize(info.path, passphrase, integrity=False)
            # A plain database beside an encrypted one is readable by anyone.
            other_key = bool(passphrase) and summary.revision is not None and not summary.encrypted
        except StoreError as exc:  # no or another key: listed, but not restorable
            summary = BackupSummary(info.path, True, None, problems=[str(exc)])
            other_key = True
        out.append(
            BackupSummary(
                summary.path,
                summary.encrypted,
                summary.revision,
                summary.counts,
                summary.problems,
                info.taken_at,
                info.reason,
                other_key,
            )
        )
    return out


# No key, the wrong key, not a database at all. Named with its type, as mypy reads
# ``(*raw.DBAPI_ERRORS, StoreError)`` in an except clause as a tuple of objects.
_NOT_OPENED: tuple[type[Exception], ...] = (*raw.DBAPI_ERRORS, StoreError)


def is_healthy(path: Path, passphrase: str | None) -> bool:
    try:
        connection = raw.connect(path, key_for(path, passphrase))
    except _NOT_OPENED:
        return False
    try:
        return not quick_check(connection)
    except raw.DBAPI_ERRORS:
        return False
    finally:
        connection.close()


def move_aside_damaged(database: Path) -> Path:
    """Renames a damaged file (and its ``-wal``/``-shm``) to ``<name>.damaged``."""
    dest = database.with_name(database.name + ".damaged")
    if dest.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = database.with_name(f"{database.name}.{stamp}.damaged")
    database.replace(dest)
    for side, suffix in zip(raw.side_files(database), ("-wal", "-shm", "-journal"), strict=True):
        if side.exists():
            side.replace(dest.with_name(dest.name + suffix))
    atomic.fsync_dir(database.parent)
    return dest


def restore_backup(database: Path, backup: Path, passphrase: str | None = None) -> RestoreResult:
    """Replaces ``database`` by ``backup`` after checking the backup.

    Raises:
        RestoreFailed: the backup is damaged, foreign or newer than this app.
        AlreadyOpen: the database is open in the app or another command.
    """
    if not backup.is_file():
        raise RestoreFailed(_("There is no backup file {path}").format(path=backup))
    summary = summarize(backup, passphrase, integrity=True)
    if not summary.ok:
        raise RestoreFailed(
            _("The backup {path} cannot be restored: {problem}").format(
                path=backup, problem=summary.problems[0]
            )
        )
    with exclusive_use(database):
        safety = damaged = None
        # The database's own encryption wins: restoring a plaintext backup into an
        # encrypted database must not silently turn the encryption off.
        encrypted = database.is_file() and raw.looks_encrypted(database)
        target_key = key_for(database if encrypted else backup, passphrase)
        if database.exists() and database.stat().st_size > 0:
            if is_healthy(database, passphrase):
                safety = take_backup(
                    database, "restore", key_for(database, passphrase), if_changed=False
                )
            else:
                damaged = move_aside_damaged(database)
        copy_into_place(database, backup, key_for(backup, passphrase), target_key=target_key)
    return RestoreResult(database, backup, safety, damaged)


def newest_good_backup(database: Path, passphrase: str | None = None) -> BackupSummary | None:
    """The newest automatic backup that opens and passes ``integrity_check``.

    A backup without a single record (an empty file that was opened after the real one
    vanished) is only offered when no backup holds records: restoring it would bring
    back nothing.
    """
    empty: BackupSummary | None = None
    for info in list_backups(database):
        try:
            summary = summarize(info.path, passphrase, integrity=True)
        except StoreError:  # a backup in another key cannot be the one to offer
            continue
        if summary.ok:
            found = BackupSummary(
                summary.path,
                summary.encrypted,
                summary.revision,
                summary.counts,
                [],
                info.taken_at,
                info.reason,
            )
            if any(summary.counts.values()):
                return found
            empty = empty or found
    return empty
