"""Engine creation with the SQLite pragmas the app depends on.

WAL lets the UI read while a write commits; ``synchronous=FULL`` makes every commit
durable across a power loss (a laptop's battery); foreign keys are off by default in
SQLite and the schema relies on them for cascades. An encrypted file is opened through
SQLCipher with the key applied in the connect event, before any other statement, so
the passphrase never appears in the URL or in SQLAlchemy's logs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from kam.store.location import sqlite_path
from kam.store.raw import apply_key, file_uri

BUSY_TIMEOUT_MS = 5000


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


class TextRepairs:
    """Decodes stored text, replacing bytes that are not UTF-8 (a flipped bit) by U+FFFD.

    Used only to rescue what is readable (``kam export``); ``count`` says how many
    values were repaired, so the user is told rather than handed silent changes.
    """

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, data: bytes) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            self.count += 1
            return data.decode("utf-8", "replace")


def make_engine(
    url: str,
    passphrase: str | None = None,
    repairs: TextRepairs | None = None,
    *,
    read_only: bool = False,
    **kwargs: Any,
) -> Engine:
    """An engine for ``url``; with ``passphrase`` the SQLite file is opened with SQLCipher.

    ``repairs`` reads undecodable text as U+FFFD instead of failing the query;
    ``read_only`` opens the file read-only (immutable on read-only media).
    """
    module: Any = None
    if passphrase:
        import sqlcipher3.dbapi2 as sqlcipher

        module = kwargs["module"] = sqlcipher
    path = sqlite_path(url) if read_only else None
    if path is not None:
        import sqlite3

        uri = file_uri(path, readonly=True)
        driver = module or sqlite3
        kwargs["creator"] = lambda: driver.connect(uri, uri=True, check_same_thread=False)
    if url.startswith("postgresql"):
        # Text travels as UTF-8 whatever the server's own encoding (a SQL_ASCII database
        # would otherwise hand back bytes); the server lists us by name in pg_stat_activity.
        connect_args = kwargs.setdefault("connect_args", {})
        connect_args.setdefault("client_encoding", "utf8")
        connect_args.setdefault("application_name", "kam")
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        if passphrase:
            key = passphrase

            def _key(dbapi_connection: Any, _record: Any) -> None:
                apply_key(dbapi_connection, key)

            event.listen(engine, "connect", _key, insert=True)
        event.listen(engine, "connect", _read_only_pragmas if path else _sqlite_pragmas)
        if repairs is not None:

            def _lenient(dbapi_connection: Any, _record: Any) -> None:
                dbapi_connection.text_factory = repairs

            event.listen(engine, "connect", _lenient)
    return engine
