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
from sqlalchemy.exc import (
    DatabaseError,
    DBAPIError,
    IntegrityError,
    NoResultFound,
    OperationalError,
)
from sqlalchemy.orm import Session, sessionmaker

from kam.domain import load_models
from kam.domain.base import Tracked
from kam.i18n import _
from kam.store import raw
from kam.store.backup import backup_dir, backup_file, list_backups, take_backup
from kam.store.check import CheckReport, check_file
from kam.store.crypto import passphrase_from_env, resume_interrupted, wrong_passphrase
from kam.store.engine import BUSY_TIMEOUT_MS, TextRepairs, make_engine
from kam.store.errors import (
    DamagedDatabase,
    DatabaseLocked,
    DiskFull,
    MissingDatabase,
    NotForServer,
    NotFound,
    NotKamDatabase,
    PassphraseRequired,
    ReadOnlyDatabase,
    ServerLoginRefused,
    ServerUnreachable,
    StoreError,
)
from kam.store.instance import FileLock
from kam.store.location import display_url, is_server, resolve_url, sqlite_path
from kam.store.migrate import upgrade
from kam.sync.tombstones import name_deleters

# The local_setting row naming this database's person (written by kam.accounts.identity).
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
    """The staff member this database says it belongs to (see kam.accounts.identity),
    or "" when none is set or the file predates the setting."""
    try:
        with engine.connect() as connection:
            name = connection.execute(
                text(
                    "SELECT staff.name FROM local_setting JOIN staff ON staff.uuid = "
                    "local_setting.value WHERE local_setting.name = :key"
                ),
                {"key": IDENTITY_SETTING},
            ).scalar()
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
    repairs: TextRepairs | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        load_models()  # every mapper's relationships resolvable before the first query
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        self._held: list[FileLock] = []

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def label(self) -> str:
        """How to name this database to a user: the file, or the server without password."""
        return display_url(self.url)

    @property
    def encrypted(self) -> bool:
        return bool(self.passphrase)

    @contextmanager
    def session(self, *, write_lock: bool = False) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on an error.

        ``write_lock`` takes SQLite's write lock before the first read (``BEGIN
        IMMEDIATE``), for work that reads, decides and then writes (an import): a second
        such unit waits for the first (up to ``WRITE_WAIT_MS``) and then plans against
        what the first wrote, instead of both inserting the same rows.
        """
        session = self._factory(info={"user": self.user})
        event.listen(session, "before_flush", _stamp_changed_by)
        event.listen(session, "after_flush", name_deleters)
        try:
            if write_lock:
                _begin_immediate(session)
            yield session
            session.commit()
        except (OperationalError, IntegrityError) as exc:
            session.rollback()
            raise translate_error(exc, self.url) from exc
        except NoResultFound as exc:  # a query's .one() on a row deleted meanwhile
            session.rollback()
            raise NotFound() from exc
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
            raise not_for_server("backup")
        return backup_file(self.path, Path(dest), self.passphrase)

    def check(self) -> CheckReport:
        """Integrity and foreign-key check of the open file."""
        if self.path is None:
            raise not_for_server("check")
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


# How long a unit of work with ``write_lock`` waits for another writer (an import of a
# large workbook takes a few seconds) before reporting the database busy.
WRITE_WAIT_MS = 60_000


def _begin_immediate(session: Session) -> None:
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    connection.exec_driver_sql(f"PRAGMA busy_timeout = {WRITE_WAIT_MS}")
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


# What each SQLite-file operation means on a team server, for the one line that says so.
_SERVER_MEANING = {
    "backup": "the server's administrator backs it up with pg_dump",
    "check": "PostgreSQL checks its own pages; the server's administrator runs amcheck",
    "encrypt": "the server protects it with roles and passwords (and TLS on the network)",
    "restore": "the server's administrator restores it with pg_restore",
}


def not_for_server(operation: str) -> NotForServer:
    """The one line saying a file operation does not apply to a team server, and why."""
    return NotForServer(
        _(
            "`{operation}` works on a database file and does not apply to a team server: {meaning}"
        ).format(operation=operation, meaning=_(_SERVER_MEANING[operation]))
    )


def _server_error(exc: Exception, url: str) -> StoreError | None:
    """The user's line for a PostgreSQL failure, or None when it is not about the server."""
    problem = " ".join(str(getattr(exc, "orig", exc)).split())
    message = problem.lower()
    label = display_url(url)
    if "password authentication failed" in message or "no password supplied" in message:
        return ServerLoginRefused(
            _(
                "The team server {url} refused the login: {error}. Give the password in the URL, "
                "PGPASSWORD or the pgpass file"
            ).format(url=label, error=problem)
        )
    if "role" in message and "does not exist" in message:
        return ServerLoginRefused(
            _("The team server {url} does not know this user: {error}").format(
                url=label, error=problem
            )
        )
    if "database" in message and "does not exist" in message:
        return NotKamDatabase(
            _("There is no such database on the team server {url}: {error}").format(
                url=label, error=problem
            )
        )
    unreachable = (
        "connection refused",
        "could not connect",
        "connection failed",
        "timeout expired",
        "could not translate host name",
        "server closed the connection",
        "name or service not known",
        "terminating connection",
        "the database system is shutting down",
        "connection is lost",
        "consuming input failed",
        "the database system is starting up",
    )
    if any(words in message for words in unreachable):
        return ServerUnreachable(
            _("The team server {url} cannot be reached: {error}").format(url=label, error=problem)
        )
    return None


def translate_error(exc: Exception, url: str) -> StoreError:
    if is_server(url):
        found = _server_error(exc, url)
        if found is not None:
            return found
    message = str(getattr(exc, "orig", exc)).lower()
    path = sqlite_path(url)
    label = display_url(url)
    if "disk is full" in message:
        return DiskFull(
            _("The disk is full; the last change was not saved. Free some space and try again.")
        )
    if "locked" in message or "busy" in message:
        return DatabaseLocked(
            _(
                "The database is busy (locked by another import, save or program); nothing "
                "was changed, try again when it is done"
            )
        )
    if "unique constraint failed" in message:
        return StoreError(
            _(
                "Another program added the same record at the same moment; nothing was "
                "changed, try again"
            )
        )
    if "readonly" in message or "read-only" in message:
        return ReadOnlyDatabase(
            _("The database file {path} is read-only; KAM Desk cannot save to it").format(
                path=label
            )
        )
    if "malformed" in message or "corrupt" in message:
        return DamagedDatabase(
            _("The database {path} is damaged: {problem}").format(path=label, problem=message),
            path or Path(label),
        )
    if "not a database" in message:
        return NotKamDatabase(_("{path} is not a KAM Desk database").format(path=label))
    if "could not decode to utf-8" in message:
        column = message.split("column '", 1)[-1].split("'", 1)[0] if "column '" in message else "?"
        return DamagedDatabase(
            _(
                "The database {path} holds damaged text (not valid UTF-8) in the column "
                "{column}; `kam export` saves everything readable"
            ).format(path=label, column=column),
            path or Path(label),
        )
    if "disk i/o error" in message:
        return StoreError(
            _("The disk reported an error; the last change was not saved: {error}").format(
                error=message
            )
        )
    if is_server(url):
        error = " ".join(str(getattr(exc, "orig", exc)).split())
        return StoreError(
            _("Cannot open the database {path}: {error}").format(path=label, error=error)
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
                    _("The database {path} is damaged: {problem}").format(
                        path=path, problem=message
                    ),
                    path,
                )
            return wrong_passphrase(path)
        with path.open("rb") as handle:
            ours = handle.read(16) == raw.SQLITE_MAGIC
        # A wiped header, or a foreign file where a database with backups used to be, is
        # damage to recover from, not a stranger's file.
        if ours or raw.zeroed_start(path) or list_backups(path):
            return DamagedDatabase(
                _("The database {path} is damaged: {problem}").format(path=path, problem=message),
                path,
            )
    return translate_error(exc, url)


def _at_head_or_refuse(engine: Engine, path: Path | None) -> None:
    """A read-only file can be read only when it needs no upgrade."""
    from kam.store.migrate import check_is_kam, head_revision

    if check_is_kam(engine, str(path)) != head_revision():
        raise ReadOnlyDatabase(
            _(
                "The database {path} is on read-only media and was written by an older KAM "
                "Desk; copy it to a writable folder to open it"
            ).format(path=path)
        )


def _refuse_lost_file(path: Path) -> None:
    """A missing or empty file that has backups was lost (a sync client, a crash, a
    mistaken delete): creating a new empty database there would hide that."""
    empty = not path.exists() or path.stat().st_size == 0
    if empty and list_backups(path):
        state = _("is missing") if not path.exists() else _("is empty")
        raise MissingDatabase(
            _("The database {path} {state}, but it has backups in {folder}").format(
                path=path, state=state, folder=backup_dir(path)
            ),
            path,
        )


def open_database(
    db: str | os.PathLike[str] | None = None,
    *,
    migrate: bool = True,
    user: str | None = None,
    passphrase: str | None = None,
    check: bool = True,
    rescue_text: bool = False,
    allow_read_only: bool = False,
) -> Database:
    """Opens (and creates or upgrades) the database named by ``db``, ``KAM_DB`` or the default.

    Args:
        passphrase: the key of an encrypted file (default: ``KAM_PASSPHRASE``); ignored
            for a plain file.
        check: run ``quick_check`` first, so a damaged file is caught before any write.
        rescue_text: read text that is not valid UTF-8 with U+FFFD in place of the bad
            bytes (counted in ``Database.repairs``) instead of failing; for exports.
        allow_read_only: for commands that only read: a file on read-only media (a
            write-protected USB stick) is opened read-only instead of refused.

    Raises:
        StoreError: the file is locked, read-only, foreign, damaged, encrypted with
            another passphrase or newer than this app (a subclass says which).
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    key = None
    lock = None
    read_only = (
        allow_read_only and path is not None and path.is_file() and raw.on_read_only_media(path)
    )
    if path is not None:
        if not read_only:
            _prepare_location(path)
            resume_interrupted(path)
        _refuse_lost_file(path)
        if raw.looks_encrypted(path):
            key = passphrase or passphrase_from_env()
            if not key:
                raise PassphraseRequired(
                    _("{path} is encrypted; a passphrase is needed").format(path=path), path
                )
        lock = FileLock(path)
        if not lock.acquire(exclusive=False):
            raise DatabaseLocked(
                _(
                    "The database {path} is being restored or re-encrypted; try again when that is done"
                ).format(path=path)
            )
    repairs = TextRepairs() if rescue_text else None
    engine = make_engine(url, passphrase=key, repairs=repairs, read_only=read_only)
    backup = None
    try:
        with engine.connect() as connection:
            if path is not None or engine.dialect.name == "sqlite":
                connection.execute(text("SELECT count(*) FROM sqlite_master"))
            else:
                connection.execute(text("SELECT 1"))
            if check and path is not None:
                rows = connection.exec_driver_sql("PRAGMA quick_check(20)").scalars().all()
                if list(rows) != ["ok"]:
                    raise DamagedDatabase(
                        _("The database {path} is damaged: {problem}").format(
                            path=path, problem="; ".join(map(str, rows))
                        ),
                        path,
                    )
        if read_only:
            _at_head_or_refuse(engine, path)
        elif migrate:
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
    database = Database(
        url=url, engine=engine, backup_taken=backup, passphrase=key, lock=lock, repairs=repairs
    )
    # Who changes things: the one named for this run, else the database's own person,
    # else the operating-system login.
    database.user = user or explicit_user() or stored_user(engine) or current_user()
    return database
