"""Backups in another key ("stray" backups) and what to do with them (issue 16 item 4).

A key change converts every automatic backup the old key opens. A backup it cannot
open — restored from another machine, or left by a change made with another
passphrase — stays as it was, so the folder holds a copy the database's key does not
open: useless for a restore, and readable by anyone when it is plain. The user is
offered to convert it (with that backup's own passphrase) or to remove it.

Neither leaves anything half-done: a conversion writes a checked copy and renames it
over the backup (``kam.store.crypto.convert_file``), and a wrong passphrase stops before
anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kam.i18n import _
from kam.safety.restore import list_summaries
from kam.store import raw
from kam.store.crypto import convert_file
from kam.store.errors import StoreError, WrongPassphrase


@dataclass(frozen=True)
class StrayBackup:
    """An automatic backup the database's key does not open."""

    path: Path
    encrypted: bool  # False: a plain backup beside an encrypted database

    @property
    def needs_passphrase(self) -> bool:
        """Converting it needs its own passphrase (a plain one needs none)."""
        return self.encrypted


def stray_backups(
    database: Path, key: str | None, among: Iterable[Path] | None = None
) -> list[StrayBackup]:
    """The backups of ``database`` in another key than ``key`` (None: plain), newest
    first; with ``among``, only those of these files. What counts as another key is the
    backup list's ``other_key`` (``kam.safety.restore.list_summaries``)."""
    return [
        StrayBackup(s.path, s.encrypted)
        for s in list_summaries(database, key, among)
        if s.other_key
    ]


def _stray(database: Path, key: str | None, backup: Path) -> StrayBackup:
    for stray in stray_backups(database, key, [backup]):
        return stray
    raise StoreError(
        _("{path} is not a backup of {database} in another key").format(
            path=backup, database=database
        )
    )


def convert_stray(database: Path, key: str | None, backup: Path, backup_key: str | None) -> None:
    """Puts the stray ``backup`` in the database's key ``key``, opening it with
    ``backup_key`` (its own passphrase; not needed for a plain backup).

    Raises:
        WrongPassphrase: ``backup_key`` does not open it; the backup is unchanged.
        StoreError: it is no stray backup of ``database``, or the conversion failed
            (the backup is unchanged).
    """
    stray = _stray(database, key, backup)
    if stray.needs_passphrase and not backup_key:
        raise WrongPassphrase(
            _("The backup {path} is encrypted; its passphrase is needed").format(path=backup),
            backup,
        )
    try:
        convert_file(backup, backup_key if stray.encrypted else None, key, journal_mode="DELETE")
    except WrongPassphrase:
        raise WrongPassphrase(
            _("The passphrase does not open the backup {path}; it was left as it is").format(
                path=backup
            ),
            backup,
        ) from None
    except (OSError, *raw.DBAPI_ERRORS) as exc:  # type: ignore[misc]
        raise StoreError(
            _("Cannot convert the backup {path}: {error}; it was left as it is").format(
                path=backup, error=exc
            )
        ) from exc


def remove_stray(database: Path, key: str | None, backup: Path) -> None:
    """Deletes the stray ``backup`` (only a backup of ``database`` in another key)."""
    _stray(database, key, backup)
    try:
        for path in [backup, *raw.side_files(backup)]:
            path.unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(
            _("Cannot remove the backup {path}: {error}").format(path=backup, error=exc)
        ) from exc
