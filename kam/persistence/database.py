"""Opening a KAM database and running units of work on it.

A :class:`Database` owns the engine and a session factory. Services open one session
per user action with :meth:`Database.session` (commit on success, roll back on any
error, so a failed save leaves the file as it was); no session outlives the action.

Opening checks the file before anything writes to it: a read-only file or folder, an
encrypted file without its passphrase, a damaged file (``quick_check``), a foreign or
newer file — each gets its own :class:`StoreError` with a message the user can act on.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kam.domain.base import Tracked
from kam.i18n import _
from kam.persistence import raw
from kam.persistence.backup import backup_file, list_backups, take_backup
from kam.persistence.check import CheckReport, check_file
from kam.persistence.crypto import passphrase_from_env, wrong_passphrase
from kam.persistence.engine import make_engine
from kam.persistence.errors import (
    DamagedDatabase,
    DatabaseLocked,
    DiskFull,
    NotKamDatabase,
    PassphraseRequired,
    ReadOnlyDatabase,
    StoreError,
)
from kam.persistence.instance import FileLock
from kam.persistence.location import resolve_url, sqlite_path
from kam.persistence.migrate import upgrade

# The local_setting row naming this database's person (written by kam.services.identity).
IDENTITY_SETTING = "identity.staff"

_OPEN_ERRORS = (OperationalError, DatabaseError, sqlite3.DatabaseError, sqlcipher.DatabaseError)


# ``kam --as NAME`` for the length of one command (the CLI sets and clears it).
_USER_OVERRIDE: list[str] = []


def set_user_override(name: str | None) -> None:
    _USER_OVERRIDE[:] = [name] if name else []


def explicit_user() -> str:
    """The user named for this process: ``--as NAME``, else ``KAM_USER``, else ""."""
    return (_USER_OVERRIDE[0] if _USER_OVERRIDE else "") or os.environ.get("KAM_USER", "")


def current_user() -> str:
    try:
        return explicit_user() or getpass.getuser()
    except OSError:
        return "unknown"


def stored_user(engine: Engine) -> str:
    """The staff member this database says it belongs to (see kam.services.identity),
    or "" when none is set or the file predates the setting."""
    try:
        with engine.connect() as connection:
            name = connection.execute(text(
                "SELECT staff.name FROM local_setting JOIN staff ON staff.uuid = "
                "local_setting.value WHERE local_setting.name = :key"),
                {"key": IDENTITY_SETTING}).scalar()
    except DBAPIError:
        return ""
    return str(name or "")


def _stamp_changed_by(session: Session, _ctx: object, _instances: object) -> None:
    user = session.info.get("user", "")
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Tracked):
            obj.changed_by = user


@dataclass
class Database:
    """An open KAM database: its URL, engine and session factory.

    ``passphrase`` (kept in memory only, never in ``repr``) is the key of an encrypted
    file; backups taken through this object carry the same key.
    """

    url: str
    engine: Engine
    user: str = field(default_factory=current_user)
    backup_taken: Path | None = None
    passphrase: str | None = field(default=None, repr=False, compare=False)
    lock: FileLock | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        self._held: list[FileLock] = []

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def encrypted(self) -> bool:
        return bool(self.passphrase)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on an error."""
        session = self._factory(info={"user": self.user})
        event.listen(session, "before_flush", _stamp_changed_by)
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise translate_error(exc, self.url) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def take_backup(self, reason: str, *, if_changed: bool = True) -> Path | None:
        """An automatic backup into the backup folder (``reason``: see ``backup.REASONS``).

        Call it before an import (``"import"``) or finalising a rating year
        (``"finalise"``); returns None when nothing changed since the last backup or
        the database is not a SQLite file.
        """
        if self.path is None:
            return None
        return take_backup(self.path, reason, self.passphrase, if_changed=if_changed)

    def backup_to(self, dest: Path) -> Path:
        """A backup into a file the user chose (encrypted when the database is)."""
        if self.path is None:
            raise StoreError(_("Backups are only possible for a database file"))
        return backup_file(self.path, Path(dest), self.passphrase)

    def check(self) -> CheckReport:
        """Integrity and foreign-key check of the open file."""
        if self.path is None:
            raise StoreError(_("Checks are only possible for a database file"))
        return check_file(self.path, self.passphrase)

    def hold(self, lock: FileLock) -> None:
        """Keeps ``lock`` (e.g. the app's one-window lock) until :meth:`close`."""
        self._held.append(lock)

    def close(self) -> None:
        self.engine.dispose()
        for held in self._held:
            held.release()
        self._held.clear()
        if self.lock is not None:
            self.lock.release()


def translate_error(exc: Exception, url: str) -> StoreError:
    message = str(getattr(exc, "orig", exc)).lower()
    path = sqlite_path(url)
    label = str(path or url)
    if "disk is full" in message:
        return DiskFull(
            _("The disk is full; the last change was not saved. Free some space and try again.")
        )
    if "locked" in message or "busy" in message:
        return DatabaseLocked(_("The database is locked by another program"))
    if "readonly" in message or "read-only" in message:
        return ReadOnlyDatabase(
            _("The database file {path} is read-only; KAM Desk cannot save to it").format(path=label)
        )
    if "malformed" in message or "corrupt" in message:
        return DamagedDatabase(
            _("The database {path} is damaged: {problem}").format(path=label, problem=message),
            path or Path(label),
        )
    if "not a database" in message:
        return NotKamDatabase(_("{path} is not a KAM Desk database").format(path=label))
    if "disk i/o error" in message:
        return StoreError(
            _("The disk reported an error; the last change was not saved: {error}").format(error=message)
        )
    return StoreError(_("Cannot open the database {path}: {error}").format(path=label, error=exc))


def _prepare_location(path: Path) -> None:
    if path.exists() and path.is_dir():
        raise NotKamDatabase(_("{path} is not a KAM Desk database").format(path=path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            _("Cannot create the folder {folder}: {error}").format(folder=path.parent, error=exc)
        ) from exc
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnlyDatabase(
            _("The database file {path} is read-only; KAM Desk cannot save to it").format(path=path)
        )
    # WAL keeps two files beside the database, so the folder must be writable too.
    if not os.access(path.parent, os.W_OK):
        raise ReadOnlyDatabase(
            _("The folder {folder} is read-only; KAM Desk cannot save there").format(
                folder=path.parent
            )
        )


def _key_opens_a_backup(path: Path, key: str) -> bool:
    backups = list_backups(path)
    if not backups:
        return False
    try:
        raw.connect(backups[0].path, key, readonly=True).close()
    except raw.DBAPI_ERRORS:
        return False
    return True


def _open_error(exc: Exception, url: str, path: Path | None, key: str | None) -> StoreError:
    message = str(getattr(exc, "orig", exc)).lower()
    unreadable = "not a database" in message or "malformed" in message or "corrupt" in message
    if path is not None and unreadable:
        if key:
            # An encrypted page that fails its HMAC looks just like a wrong key; if the
            # same passphrase opens the newest backup, the key is right and the file is
            # damaged.
            if _key_opens_a_backup(path, key):
                return DamagedDatabase(
                    _("The database {path} is damaged: {problem}").format(path=path, problem=message),
                    path,
                )
            return wrong_passphrase(path)
        with path.open("rb") as handle:
            ours = handle.read(16) == raw.SQLITE_MAGIC
        if ours:
            return DamagedDatabase(
                _("The database {path} is damaged: {problem}").format(path=path, problem=message),
                path,
            )
    return translate_error(exc, url)


def open_database(
    db: str | os.PathLike[str] | None = None,
    *,
    migrate: bool = True,
    user: str | None = None,
    passphrase: str | None = None,
    check: bool = True,
) -> Database:
    """Opens (and creates or upgrades) the database named by ``db``, ``KAM_DB`` or the default.

    Args:
        passphrase: the key of an encrypted file (default: ``KAM_PASSPHRASE``); ignored
            for a plain file.
        check: run ``quick_check`` first, so a damaged file is caught before any write.

    Raises:
        StoreError: the file is locked, read-only, foreign, damaged, encrypted with
            another passphrase or newer than this app (a subclass says which).
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    key = None
    lock = None
    if path is not None:
        _prepare_location(path)
        if raw.looks_encrypted(path):
            key = passphrase or passphrase_from_env()
            if not key:
                raise PassphraseRequired(
                    _("{path} is encrypted; a passphrase is needed").format(path=path), path
                )
        lock = FileLock(path)
        if not lock.acquire(exclusive=False):
            raise DatabaseLocked(
                _("The database {path} is being restored or re-encrypted; try again when that is done")
                .format(path=path)
            )
    engine = make_engine(url, passphrase=key)
    backup = None
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master"))
            if check and path is not None:
                rows = connection.exec_driver_sql("PRAGMA quick_check(20)").scalars().all()
                if list(rows) != ["ok"]:
                    raise DamagedDatabase(
                        _("The database {path} is damaged: {problem}").format(
                            path=path, problem="; ".join(map(str, rows))
                        ),
                        path,
                    )
        if migrate:
            backup = upgrade(engine, passphrase=key)
    except _OPEN_ERRORS as exc:
        engine.dispose()
        if lock is not None:
            lock.release()
        raise _open_error(exc, url, path, key) from exc
    except BaseException:
        engine.dispose()
        if lock is not None:
            lock.release()
        raise
    database = Database(url=url, engine=engine, backup_taken=backup, passphrase=key, lock=lock)
    # Who changes things: the one named for this run, else the database's own person,
    # else the operating-system login.
    database.user = user or explicit_user() or stored_user(engine) or current_user()
    return database
