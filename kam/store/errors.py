"""Typed store errors that carry a message a user can read (the UI and CLI show it)."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A database problem with a human message; never shown with a traceback."""


class NotFound(StoreError, LookupError):
    """A record asked for by id is gone: deleted in another window, by an import or a
    sync. A :class:`LookupError` too, so callers that look records up catch it alike.

    Attributes:
        table: the record's table ("" when unknown); ``key``: the id asked for.
    """

    def __init__(self, table: str = "", key: object = None) -> None:
        from kam.i18n import _
        from kam.store.kinds import record_kind

        super().__init__(
            _("This {kind} no longer exists; it may have been deleted meanwhile").format(
                kind=record_kind(table)
            )
            if table
            else _("This record no longer exists; it may have been deleted meanwhile")
        )
        self.table = table
        self.key = key


class DatabaseLocked(StoreError):
    pass


class ReadOnlyDatabase(StoreError):
    pass


class NotKamDatabase(StoreError):
    pass


class NewerSchema(StoreError):
    pass


class UpgradeFailed(StoreError):
    pass


class DiskFull(StoreError):
    """The disk filled up during a write; the transaction was rolled back."""


class DamagedDatabase(StoreError):
    """The file fails SQLite's checks; the UI offers the newest good backup.

    Attributes:
        path: the damaged file.
    """

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class MissingDatabase(DamagedDatabase):
    """The file vanished or is empty but has backups: never silently a new database."""


class PassphraseRequired(StoreError):
    """The file is encrypted and no passphrase was given."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class WrongPassphrase(StoreError):
    """The passphrase does not open the file (or the file is not a database at all)."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class AlreadyOpen(StoreError):
    """Another running KAM Desk holds the database."""


class BackupFailed(StoreError):
    pass


class RestoreFailed(StoreError):
    pass


class ServerUnreachable(StoreError):
    """The team server (PostgreSQL) does not answer: down, unreachable or refusing."""


class ServerLoginRefused(StoreError):
    """The team server answered but refused the user's login (role or password)."""


class NotForServer(StoreError):
    """A SQLite-file operation (backup file, check, encryption) asked of a team server."""
