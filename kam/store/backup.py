"""Consistent copies of a live SQLite file through SQLite's online backup API.

A plain file copy of a WAL database can miss committed pages still in the ``-wal``
file; the backup API copies a consistent snapshot. Automatic backups live in a folder
next to the database (``kam-backups/`` for ``kam.sqlite3``), are named by a counter,
the UTC time and the reason, carry the database's own key (a backup of an encrypted file is encrypted) and
are thinned out by :mod:`kam.store.rotation`.
"""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kam.i18n import _
from kam.store import atomic, raw
from kam.store.errors import BackupFailed
from kam.store.rotation import kept_positions

# Why a backup was taken; shown (translated) in the restore list.
REASONS = ("start", "periodic", "manual", "upgrade", "import", "finalise", "restore", "encryption")
REASON_LABELS = {
    "start": "At start",
    "periodic": "While working",
    "manual": "Backup now",
    "upgrade": "Before an upgrade",
    "import": "Before an import",
    "finalise": "Before finalising a rating",
    "restore": "Before a restore",
    "encryption": "Before an encryption change",
}
# Pre-upgrade copies survive the count-based thinning for this long.
KEEP_UPGRADE_DAYS = 31
# ``000042-20261202T133000-123456Z-manual.sqlite3``: the counter orders the backups (a
# clock set back or a time-zone change cannot make an older copy the "latest"), the UTC
# time is what the user is shown (in local time).
_NAME = re.compile(r"^(?P<seq>\d{6,})-(?P<stamp>\d{8}T\d{6}-\d{6})Z-(?P<reason>[a-z]+)\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%S-%f"
# Names written before the counter: local time, older than every counted backup.
_LEGACY_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z]+)\.sqlite3$")
_LEGACY_STAMP = "%Y%m%d-%H%M%S-%f"
# What a failed copy raises: the disk or the database driver. Named with its type, as mypy
# reads ``(OSError, *raw.DBAPI_ERRORS)`` in an except clause as a tuple of objects.
_COPY_ERRORS: tuple[type[Exception], ...] = (OSError, *raw.DBAPI_ERRORS)


@dataclass(frozen=True)
class BackupInfo:
    """One automatic backup file, newest first in :func:`list_backups`.

    ``taken_at`` is aware (UTC); ``seq`` the counter (-1 for a name without one).
    """

    path: Path
    taken_at: datetime
    reason: str
    size: int
    seq: int = -1


def reason_label(reason: str) -> str:
    return _(REASON_LABELS.get(reason, reason))


def backup_dir(database: Path) -> Path:
    return database.with_name(f"{database.stem}-backups")


def list_backups(database: Path) -> list[BackupInfo]:
    folder = backup_dir(database)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        legacy = None if match else _LEGACY_NAME.match(entry.name)
        if not (match or legacy) or not entry.is_file():
            continue
        if match:
            taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
            info = BackupInfo(
                entry, taken, match["reason"], entry.stat().st_size, int(match["seq"])
            )
        else:
            assert legacy is not None
            taken = datetime.strptime(legacy["stamp"], _LEGACY_STAMP).astimezone(UTC)
            info = BackupInfo(entry, taken, legacy["reason"], entry.stat().st_size)
        found.append(info)
    found.sort(key=lambda info: (info.seq, info.taken_at), reverse=True)
    return found


def utc(moment: datetime | None = None) -> datetime:
    """``moment`` (naive: local time) as an aware UTC time; now when None."""
    if moment is None:
        return datetime.now(UTC)
    return moment.astimezone(UTC)


def fingerprint(connection: Any) -> tuple[Any, ...]:
    """A cheap summary of the content that changes whenever a row is added, changed or removed.

    Every KAM table stamps ``updated_at``; row counts and rowid sums catch deletions
    and the link tables that have no timestamp. Comparing it with the newest backup
    tells whether a new backup would hold anything new.
    """
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    parts: list[Any] = []
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        columns = {row[1] for row in connection.execute(f"PRAGMA table_info({quoted})")}
        stamp = ", max(updated_at)" if "updated_at" in columns else ""
        try:
            row = connection.execute(
                f"SELECT count(*), max(rowid), total(rowid){stamp} FROM {quoted}"
            ).fetchone()
        except raw.DBAPI_ERRORS:  # a WITHOUT ROWID table
            row = connection.execute(f"SELECT count(*){stamp} FROM {quoted}").fetchone()
        parts.append((name, sorted(columns), tuple(row)))
    return tuple(parts)


def _failure(exc: BaseException, dest: Path) -> BackupFailed:
    text = str(exc).lower()
    full = isinstance(exc, OSError) and exc.errno == errno.ENOSPC
    if full or "disk is full" in text or "database or disk is full" in text:
        return BackupFailed(_("Not enough disk space to write the backup {path}").format(path=dest))
    return BackupFailed(_("Cannot write the backup {path}: {error}").format(path=dest, error=exc))


def backup_file(source: Path, dest: Path, passphrase: str | None = None) -> Path:
    """Copies the database at ``source`` to ``dest`` with the backup API.

    The copy is written to ``dest.part``, flushed to disk and renamed, so ``dest`` is
    either the complete copy or absent, and carries the same key as the source.
    """
    if dest.resolve() == source.resolve():
        raise BackupFailed(_("A backup cannot overwrite the database itself"))
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        for stale in [tmp, *raw.side_files(tmp)]:
            stale.unlink(missing_ok=True)
        src = raw.connect(source, passphrase, readonly=True)
        try:
            out = raw.connect(tmp, passphrase)
            try:
                src.backup(out)
                # A backup is a single self-contained file: no -wal beside it.
                out.execute("PRAGMA journal_mode = DELETE").fetchone()
            finally:
                out.close()
        finally:
            src.close()
        atomic.fsync_file(tmp)
        tmp.replace(dest)
        atomic.fsync_dir(dest.parent)
    except _COPY_ERRORS as exc:
        for stale in [tmp, *raw.side_files(tmp)]:
            stale.unlink(missing_ok=True)
        raise _failure(exc, dest) from exc
    return dest


def _fingerprint_of(path: Path, passphrase: str | None) -> tuple[Any, ...] | None:
    try:
        connection = raw.connect(path, passphrase, readonly=True)
    except raw.DBAPI_ERRORS:
        return None
    try:
        return fingerprint(connection)
    except raw.DBAPI_ERRORS:
        return None
    finally:
        connection.close()


def has_changed_since_backup(database: Path, passphrase: str | None = None) -> bool:
    backups = list_backups(database)
    if not backups:
        return True
    current = _fingerprint_of(database, passphrase)
    return current is None or current != _fingerprint_of(backups[0].path, passphrase)


def _new_name(database: Path, reason: str, now: datetime) -> Path:
    backups = list_backups(database)
    seq = max((b.seq for b in backups), default=-1) + 1
    folder = backup_dir(database)
    candidate = folder / f"{seq:06d}-{now.strftime(_STAMP)}Z-{reason}.sqlite3"
    while candidate.exists():  # another process took the same number at the same time
        seq += 1
        candidate = folder / f"{seq:06d}-{now.strftime(_STAMP)}Z-{reason}.sqlite3"
    return candidate


def take_backup(
    database: Path,
    reason: str,
    passphrase: str | None = None,
    *,
    if_changed: bool = True,
    now: datetime | None = None,
) -> Path | None:
    """Backs ``database`` up into its backup folder and thins the folder out.

    Returns:
        The new backup, or None when ``if_changed`` and nothing changed since the last.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if if_changed and not has_changed_since_backup(database, passphrase):
        return None
    moment = utc(now)
    dest = backup_file(database, _new_name(database, reason, moment), passphrase)
    prune(database, moment)
    return dest


def prune(database: Path, now: datetime | None = None) -> list[Path]:
    """Deletes the automatic backups the rotation no longer keeps; returns them."""
    moment = utc(now)
    backups = list_backups(database)
    keep = kept_positions([b.taken_at for b in backups], moment)
    removed: list[Path] = []
    for position, info in enumerate(backups):
        young_upgrade = info.reason == "upgrade" and moment - info.taken_at <= timedelta(
            days=KEEP_UPGRADE_DAYS
        )
        if young_upgrade or position in keep:
            continue
        try:
            info.path.unlink()
        except OSError:
            continue
        removed.append(info.path)
    return removed


# A temporary file untouched this long was left by a killed backup, restore or import.
ORPHAN_AGE_S = 600


def remove_orphans(database: Path, now: float | None = None) -> list[Path]:
    """Deletes the ``.part`` and ``.restoring`` files a killed backup, import or restore
    left beside ``database`` and in its backup folder; returns them."""
    import time

    moment = time.time() if now is None else now
    removed: list[Path] = []
    for folder in (database.parent, backup_dir(database)):
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            name = entry.name
            base = name.split(".part")[0] if ".part" in name else name.split(".restoring")[0]
            ours = folder != database.parent or base.startswith(database.name)
            if not ours or not (".part" in name or ".restoring" in name):
                continue
            try:
                if moment - entry.stat().st_mtime < ORPHAN_AGE_S:
                    continue  # possibly another program's backup in progress
                entry.unlink()
            except OSError:
                continue
            removed.append(entry)
    return removed


def copy_into_place(
    target: Path,
    source: Path,
    passphrase: str | None = None,
    *,
    target_key: str | None = None,
) -> None:
    """Replaces the database file ``target`` by a backup-API copy of ``source``.

    With ``target_key`` different from the source's key the copy is converted to it
    before it takes the database's place (a plaintext backup restored into an encrypted
    database stays encrypted). The caller makes sure nothing has ``target`` open. Its
    ``-wal`` goes too: a WAL left next to a different main file would be replayed onto
    it and corrupt it.
    """
    tmp = target.with_name(target.name + ".restoring")
    backup_file(source, tmp, passphrase)
    if (target_key or None) != (passphrase or None):
        from kam.store.crypto import convert_file

        convert_file(tmp, passphrase, target_key, journal_mode="WAL")
    for side in raw.side_files(target):
        side.unlink(missing_ok=True)
    tmp.replace(target)
    atomic.fsync_dir(target.parent)
