"""Opening a KAM database and running units of work on it.

A :class:`Database` owns the engine and a session factory. Services open one session
per user action with :meth:`Database.session` (commit on success, roll back on any
error, so a failed save leaves the file as it was); no session outlives the action.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kam.domain.base import Tracked
from kam.i18n import _
from kam.persistence.engine import make_engine
from kam.persistence.errors import (
    DatabaseLocked,
    NotKamDatabase,
    ReadOnlyDatabase,
    StoreError,
)
from kam.persistence.location import resolve_url, sqlite_path
from kam.persistence.migrate import upgrade


def current_user() -> str:
    try:
        return os.environ.get("KAM_USER") or getpass.getuser()
    except OSError:
        return "unknown"


def _stamp_changed_by(session: Session, _ctx: object, _instances: object) -> None:
    user = session.info.get("user", "")
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Tracked):
            obj.changed_by = user


@dataclass
class Database:
    """An open KAM database: its URL, engine and session factory."""

    url: str
    engine: Engine
    user: str = field(default_factory=current_user)
    backup_taken: Path | None = None

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

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

    def close(self) -> None:
        self.engine.dispose()


def translate_error(exc: Exception, url: str) -> StoreError:
    message = str(getattr(exc, "orig", exc)).lower()
    label = str(sqlite_path(url) or url)
    if "locked" in message or "busy" in message:
        return DatabaseLocked(_("The database is locked by another program"))
    if "readonly" in message or "read-only" in message:
        return ReadOnlyDatabase(_("The database file is read-only"))
    if "not a database" in message or "malformed" in message:
        return NotKamDatabase(_("{path} is not a KAM Desk database").format(path=label))
    return StoreError(_("Cannot open the database {path}: {error}").format(path=label, error=exc))


def open_database(
    db: str | os.PathLike[str] | None = None,
    *,
    migrate: bool = True,
    user: str | None = None,
) -> Database:
    """Opens (and creates or upgrades) the database named by ``db``, ``KAM_DB`` or the default.

    Raises:
        StoreError: the file is locked, read-only, foreign, damaged or newer than this app.
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        if path.exists() and path.is_dir():
            raise NotKamDatabase(_("{path} is not a KAM Desk database").format(path=path))
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    backup = None
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        if migrate:
            backup = upgrade(engine)
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise translate_error(exc, url) from exc
    except StoreError:
        engine.dispose()
        raise
    database = Database(url=url, engine=engine, backup_taken=backup)
    if user:
        database.user = user
    return database
